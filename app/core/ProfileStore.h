#pragma once

#include "app/core/Error.h"
#include "app/core/Profile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace cc {

// The saved profiles, in QSettings (INI, in the standard config location). Validates on every write; never
// stores secrets.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(cc::ProfileStore)

public:
    // Uses the application's standard INI settings file.
    ProfileStore();
    // Uses a specific INI file (tests, --config).
    explicit ProfileStore(const QString& iniPath);
    ~ProfileStore();

    // At most kMaxProfiles, whatever the file declares.
    QList<Profile> profiles() const;
    static constexpr int kMaxProfiles = 1000;
    // What was wrong with the file when profiles() last read it (a damaged array), for the user; empty if
    // nothing.
    QString readProblem() const { return m_problem; }
    QStringList names() const;
    std::optional<Profile> find(const QString& name) const;

    // Adds a new profile. Fails with a Validation error listing every issue.
    Result<Profile> add(const Profile& profile);
    // Replaces the profile called `originalName` (which may be renamed).
    Result<Profile> update(const QString& originalName, const Profile& profile);
    // Removes a profile; fails if there is none with that name.
    Result<bool> remove(const QString& name);

    // The profile the console opens with when --profile is not given.
    QString currentName() const;
    void setCurrentName(const QString& name);

    QString fileName() const;
    // Writes pending changes; an error if the file cannot be written (read-only, disk full).
    std::optional<Error> sync();

    // The issues, formatted one per line, for command-line output.
    static QString describe(const QList<ProfileIssue>& issues);

private:
    void writeAll(const QList<Profile>& profiles);
    Result<Profile> checked(const Profile& profile, const QStringList& otherNames) const;

    void noteProblem(const QString& problem) const;

    std::unique_ptr<QSettings> m_settings;
    mutable QString m_problem;
};

} // namespace cc
