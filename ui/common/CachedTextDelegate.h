#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace cc::ui {

// Draws an item view's plain-text cells from a cache of laid-out, elided text. QStyledItemDelegate shapes
// and elides every cell's text again at every repaint (a QTextLayout per cell), which made a 20-row table
// cost 9-13 ms to repaint; tables that repaint many times a second under live changes (the campaigns
// table, the live feed) draw the same strings again and again. Looks like the style's own item: the style
// paints selection, hover and focus; a cell's own plain colour is filled here, as the styles fill it; the
// text goes through the cache. One line per cell,
// elided (the views it serves turn word wrap off). Cells with an icon or a check box are left to
// QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int kCachedTexts = 4'000; // a few screens of cells
    static constexpr int kFonts = 8;

    explicit CachedTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // For tests: how often a cell's text was laid out rather than taken from the cache.
    int layouts() const { return m_layouts; }

    // What a layout depends on.
    struct Key {
        QString text;
        int width = 0;
        int elideMode = 0;
        int font = 0; // index in m_fonts

        bool operator==(const Key& other) const = default;
    };

private:
    // A cell's own plain colour as it shows over its row.
    static QColor overRow(const QStyleOptionViewItem& option);
    const QStaticText& laidOut(const QStyleOptionViewItem& option, int width) const;
    int fontIndex(const QFont& font) const;

    mutable QCache<Key, QStaticText> m_texts{kCachedTexts};
    // The fonts the cells use: one or two per view (a bold row, say). Comparing a font is cheap, building
    // its key for every cell was not.
    mutable QList<QFont> m_fonts;
    mutable int m_layouts = 0;
};

size_t qHash(const CachedTextDelegate::Key& key, size_t seed = 0);

} // namespace cc::ui
