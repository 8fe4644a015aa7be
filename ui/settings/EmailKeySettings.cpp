#include "ui/settings/EmailKeySettings.h"

#include "app/auth/SecretStore.h"
#include "app/email/EmailClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

EmailKeySettings::EmailKeySettings(QWidget* parent)
    : QWidget(parent)
    , m_key(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save &key"), this))
    , m_remove(new QPushButton(tr("Remo&ve key"), this))
    , m_status(new QLabel(this)) {
    m_key->setObjectName(QStringLiteral("emailApiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("E-mail API key"));
    m_key->setAccessibleName(tr("E-mail API key"));
    m_save->setObjectName(QStringLiteral("saveEmailKey"));
    m_remove->setObjectName(QStringLiteral("removeEmailKey"));
    m_status->setObjectName(QStringLiteral("emailKeyStatus"));
    m_status->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("E-mail API key:"), this));
    row->addWidget(m_key, 1);
    row->addWidget(m_save);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_save, &QPushButton::clicked, this, &EmailKeySettings::save);
    connect(m_key, &QLineEdit::returnPressed, this, &EmailKeySettings::save);
    connect(m_remove, &QPushButton::clicked, this, &EmailKeySettings::remove);
    probe();
}

void EmailKeySettings::setSecretStore(auth::SecretStore* store) {
    m_store = store;
    probe();
}

void EmailKeySettings::setProfile(const QString& profile) {
    m_profile = profile;
    probe();
}

QString EmailKeySettings::statusText() const {
    return m_status->text();
}

void EmailKeySettings::setStatus(const QString& text, bool good) {
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString() : QStringLiteral("color: #b3261e;"));
}

void EmailKeySettings::probe() {
    const bool usable = m_store && !m_profile.isEmpty();
    setEnabled(usable);
    if (!usable) {
        setStatus(tr("Choose a profile to set its e-mail API key."), true);
        return;
    }
    m_store->read(email::EmailClient::secretKey(m_profile), this, [this](const auth::SecretResult& r) {
        if (!r.ok()) {
            setStatus(r.error.message, false);
        } else if (r.notFound || !r.data || r.data->isEmpty()) {
            setStatus(tr("No key saved for this profile: test e-mails cannot be sent."), true);
        } else {
            setStatus(tr("A key is saved in the keychain for this profile."), true);
        }
    });
}

void EmailKeySettings::save() {
    const QByteArray key = m_key->text().trimmed().toUtf8();
    if (!m_store || m_profile.isEmpty()) {
        return;
    }
    if (key.isEmpty()) {
        setStatus(tr("Enter the key first."), false);
        return;
    }
    m_store->write(email::EmailClient::secretKey(m_profile), key, this, [this](const auth::SecretResult& r) {
        if (!r.ok()) {
            setStatus(tr("The key could not be saved: %1").arg(r.error.message), false);
            return;
        }
        m_key->clear();
        setStatus(tr("A key is saved in the keychain for this profile."), true);
        emit stored(true);
    });
}

void EmailKeySettings::remove() {
    if (!m_store || m_profile.isEmpty()) {
        return;
    }
    m_store->remove(email::EmailClient::secretKey(m_profile), this, [this](const auth::SecretResult& r) {
        if (!r.ok()) {
            setStatus(tr("The key could not be removed: %1").arg(r.error.message), false);
            return;
        }
        setStatus(tr("No key saved for this profile: test e-mails cannot be sent."), true);
        emit stored(false);
    });
}

} // namespace cc::ui
