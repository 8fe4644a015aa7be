#pragma once

#include "app/core/Profile.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QStackedLayout;

namespace cc {
class ProfileStore;
}
namespace cc::auth {
class SecretStore;
}

namespace cc::ui {

class ConnectionTester;
class EmailKeySettings;
class LanguageSettings;
class ProfileForm;
struct ConnectionTestResult;

// Settings: the saved backend profiles (create, edit, test, delete, use) and the language.
// Every change goes through ProfileStore, which validates again before writing.
class SettingsPage : public QWidget {
    Q_OBJECT

public:
    SettingsPage(ProfileStore& store, QNetworkAccessManager* network, const QString& activeLanguage,
                 QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Shows the saved profile `name` in the editor ("" for a new profile).
    void selectProfile(const QString& name);
    void newProfile();
    // Validates and writes the profile in the editor. Returns false when a field is invalid or the file could
    // not be written; the reason is shown.
    bool save();
    void revert();
    void requestDelete(); // asks first (non-blocking), then deletes
    void testConnection();
    void useSelectedProfile();
    void setActiveProfileName(const QString& name);
    // Where the active profile's e-mail API key is kept (the keychain); without it the field is disabled.
    void setSecretStore(auth::SecretStore* secrets);
    EmailKeySettings* emailKey() const { return m_emailKey; }

    QString editingName() const { return m_editingName; }
    bool isDirty() const { return m_dirty; }
    ProfileForm* form() const { return m_form; }
    ConnectionTester* tester() const { return m_tester; }
    QString statusText() const;
    QListWidget* profileList() const { return m_list; }

signals:
    void profileSaved(const QString& previousName, const cc::Profile& profile);
    void profileRemoved(const QString& name);
    void profileActivated(const cc::Profile& profile);

private:
    void reloadList(const QString& select);
    void onListSelection();
    void load(const QString& name);
    void onEdited();
    void onTestFinished(const ConnectionTestResult& result);
    void setStatus(const QString& text, int tone); // tone: 0 neutral, 1 success, -1 failure
    void updateButtons();
    QStringList otherNames() const;

    ProfileStore& m_store;
    QListWidget* m_list;
    QLabel* m_emptyHint;
    QStackedLayout* m_listStack;
    ProfileForm* m_form;
    ConnectionTester* m_tester;
    LanguageSettings* m_language;
    EmailKeySettings* m_emailKey;
    QLabel* m_formTitle;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_delete;
    QPushButton* m_test;
    QPushButton* m_use;
    QPushButton* m_revert;
    QPushButton* m_save;
    QString m_editingName; // the saved name of the profile in the editor; empty for a new one
    QString m_activeName;
    bool m_dirty = false;
    bool m_validatedOnce = false;
    bool m_switching = false;
};

} // namespace cc::ui
