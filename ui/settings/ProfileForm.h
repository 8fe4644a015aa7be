#pragma once

#include "app/core/Profile.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace cc::ui {

// The fields of one profile, each with room under it for the validator's message. It edits a copy: fields it
// does not show (the OAuth scopes) are carried over from the profile it was given.
class ProfileForm : public QWidget {
    Q_OBJECT

public:
    explicit ProfileForm(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    Profile profile() const;
    // The sign-in providers the server has enabled, offered in the provider field; with just one, the field
    // takes it (an edit, so the profile can be saved).
    void setOfferedProviders(const QStringList& providers);
    QStringList offeredProviders() const;

    // Marks each field named in `issues` and shows its message under it; clears the others.
    void showIssues(const QList<ProfileIssue>& issues);
    void clearIssues();
    // The message shown for a field ("" when it is valid). Field names as in ProfileIssue.
    QString issueText(const QString& field) const;
    QWidget* field(const QString& name) const { return m_fields.value(name); }

signals:
    void edited();

private:
    QLineEdit* addLineEdit(QGridLayout* grid, int& row, const QString& name, const QString& label,
                           const QString& placeholder);
    void addRow(QGridLayout* grid, int& row, const QString& name, const QString& label, QWidget* field);
    void addSection(QGridLayout* grid, int& row, const QString& title);
    void updateDependentFields();
    void pickColor();
    void markField(const QString& name, bool invalid);

    Profile m_base;
    QLineEdit* m_name;
    QLineEdit* m_projectUrl;
    QLineEdit* m_anonKey;
    QComboBox* m_environment;
    QLineEdit* m_color;
    QToolButton* m_colorButton;
    QComboBox* m_authFlavor;
    QComboBox* m_authProvider;
    QLineEdit* m_oidcIssuer;
    QLineEdit* m_clientId;
    QLineEdit* m_emailApiUrl;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    bool m_loading = false;
};

} // namespace cc::ui
