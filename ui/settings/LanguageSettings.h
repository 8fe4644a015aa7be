#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace cc::ui {

// The language chooser: English, Deutsch, Français or the system's language. The choice is saved in the
// settings file (console/language) and takes effect at the next start, which the widget says.
class LanguageSettings : public QWidget {
    Q_OBJECT

public:
    // `activeLanguage`: the language this run uses, to tell whether a restart is needed.
    explicit LanguageSettings(const QString& activeLanguage, QWidget* parent = nullptr);

    QString savedLanguage() const; // "" for the system's language
    QComboBox* combo() const { return m_combo; }
    QString noteText() const;

private:
    void onChosen(int index);
    void updateNote();

    QString m_active;
    QComboBox* m_combo;
    QLabel* m_note;
};

} // namespace cc::ui
