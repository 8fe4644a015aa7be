#include "ui/settings/LanguageSettings.h"

#include "app/core/Translations.h"
#include "ui/shell/UiSettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace cc::ui {

LanguageSettings::LanguageSettings(const QString& activeLanguage, QWidget* parent)
    : QWidget(parent)
    , m_active(activeLanguage)
    , m_combo(new QComboBox(this))
    , m_note(new QLabel(this)) {
    m_combo->setObjectName(QStringLiteral("language"));
    const QString systemLanguage = Translations::choose(QString(), QString());
    m_combo->addItem(tr("System default (%1)").arg(Translations::nativeName(systemLanguage)), QString());
    for (const QString& code : Translations::available()) {
        m_combo->addItem(Translations::nativeName(code), code);
    }
    const auto settings = UiSettings::open();
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(settings->value(UiSettings::kLanguage).toString())));
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageSettings::onChosen);

    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);

    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_note, 1);
    updateNote();
}

QString LanguageSettings::savedLanguage() const {
    return UiSettings::open()->value(UiSettings::kLanguage).toString();
}

QString LanguageSettings::noteText() const {
    return m_note->text();
}

void LanguageSettings::onChosen(int index) {
    const QString code = m_combo->itemData(index).toString();
    const auto settings = UiSettings::open();
    if (code.isEmpty()) {
        settings->remove(UiSettings::kLanguage);
    } else {
        settings->setValue(UiSettings::kLanguage, code);
    }
    settings->sync();
    updateNote();
}

void LanguageSettings::updateNote() {
    const QString code = m_combo->currentData().toString();
    const QString effective = Translations::choose(QString(), code);
    QPalette palette = m_note->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_note->setPalette(palette);
    m_note->setText(effective == m_active
                        ? tr("Menus and messages use this language.")
                        : tr("%1 is used the next time Campaign Console starts; until then "
                             "it stays in %2.")
                              .arg(Translations::nativeName(effective), Translations::nativeName(m_active)));
}

} // namespace cc::ui
