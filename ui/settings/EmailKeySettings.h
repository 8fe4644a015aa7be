#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::auth {
class SecretStore;
}

namespace cc::ui {

// The e-mail API key of the profile in use: stored in and removed from the keychain (SecretStore, entry
// EmailClient::secretKey(profile)), never in the settings file or the log. The field only ever holds what
// the user types; a saved key is never read back into it, only reported as "saved".
class EmailKeySettings : public QWidget {
    Q_OBJECT

public:
    explicit EmailKeySettings(QWidget* parent = nullptr);

    void setSecretStore(auth::SecretStore* store);
    void setProfile(const QString& profile);
    QString statusText() const;
    QLineEdit* keyField() const { return m_key; }

public slots:
    void save();
    void remove();

signals:
    void stored(bool present);

private:
    void probe();
    void setStatus(const QString& text, bool good);

    auth::SecretStore* m_store = nullptr;
    QString m_profile;
    QLineEdit* m_key;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_status;
};

} // namespace cc::ui
