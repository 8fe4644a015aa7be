#pragma once

#include <QHash>
#include <QString>

namespace cc::ui {

// Texts made from values (an amount, a date in the user's format), kept so a view that repaints many times
// a second under live changes does not format the same value again at every paint. Bounded: when it holds
// a few screens' worth it starts over.
template <typename Key>
class TextMemo {
public:
    static constexpr qsizetype kMaxTexts = 4'096;

    template <typename Make>
    QString text(const Key& key, Make make) const {
        if (const auto known = m_texts.constFind(key); known != m_texts.cend()) {
            return *known;
        }
        if (m_texts.size() >= kMaxTexts) {
            m_texts.clear();
        }
        QString made = make(key);
        m_texts.insert(key, made);
        return made;
    }

    qsizetype size() const { return m_texts.size(); }

private:
    mutable QHash<Key, QString> m_texts;
};

} // namespace cc::ui
