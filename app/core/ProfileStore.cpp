#include "app/core/ProfileStore.h"

#include "app/core/AppInfo.h"
#include "app/core/LogCategories.h"
#include "app/core/OwnerOnlyPaths.h"
#include "app/core/ProfileValidator.h"

#include <QSettings>

#include <algorithm>

namespace cc {

namespace {

const QString kArray = QStringLiteral("profiles");
// Not "general/...": QSettings' INI format writes a group called "general" as [%General] and then cannot read
// the key back under its lower-case name.
const QString kCurrent = QStringLiteral("console/currentProfile");

Profile readProfile(const QSettings& s) {
    Profile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.projectUrl = QUrl(s.value(QStringLiteral("projectUrl")).toString());
    p.anonKey = s.value(QStringLiteral("anonKey")).toString();
    p.authFlavor = s.value(QStringLiteral("authFlavor"), p.authFlavor).toString();
    p.authProvider = s.value(QStringLiteral("authProvider")).toString();
    p.oidcIssuer = QUrl(s.value(QStringLiteral("oidcIssuer")).toString());
    p.clientId = s.value(QStringLiteral("clientId"), p.clientId).toString();
    if (s.contains(QStringLiteral("scopes"))) {
        p.scopes = s.value(QStringLiteral("scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    p.emailApiUrl = QUrl(s.value(QStringLiteral("emailApiUrl")).toString());
    p.environment = s.value(QStringLiteral("environment"), p.environment).toString();
    p.color = s.value(QStringLiteral("color")).toString();
    return p;
}

void writeProfile(QSettings& s, const Profile& p) {
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("projectUrl"), p.projectUrl.toString());
    s.setValue(QStringLiteral("anonKey"), p.anonKey);
    s.setValue(QStringLiteral("authFlavor"), p.authFlavor);
    s.setValue(QStringLiteral("authProvider"), p.authProvider);
    s.setValue(QStringLiteral("oidcIssuer"), p.oidcIssuer.toString());
    s.setValue(QStringLiteral("clientId"), p.clientId);
    s.setValue(QStringLiteral("scopes"), p.scopes.join(QLatin1Char(' ')));
    s.setValue(QStringLiteral("emailApiUrl"), p.emailApiUrl.toString());
    s.setValue(QStringLiteral("environment"), p.environment);
    s.setValue(QStringLiteral("color"), p.color);
}

Profile normalized(Profile p) {
    p.name = p.name.trimmed();
    p.anonKey = p.anonKey.trimmed();
    p.clientId = p.clientId.trimmed();
    return p;
}

} // namespace

ProfileStore::ProfileStore()
    : ProfileStore(AppInfo::settingsPath()) {}

ProfileStore::ProfileStore(const QString& iniPath) {
    // Owner-only before QSettings first writes it (it would create it under the umask, 0644); QSettings
    // rewrites it through QSaveFile, which keeps the mode.
    OwnerOnlyPaths::makeFile(iniPath);
    m_settings = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const {
    // The file is hand-editable and may be damaged: its declared array size is not trusted (a "size" of two
    // billion would be two billion lookups). Only the entries present are read, in index order, at most
    // kMaxProfiles of them; anything else is reported once through readProblem() and the log.
    m_settings->beginGroup(kArray);
    const qint64 declared = m_settings->value(QStringLiteral("size")).toLongLong();
    QList<int> indexes;
    for (const QString& group : m_settings->childGroups()) {
        bool ok = false;
        const int index = group.toInt(&ok);
        if (ok && index >= 1 && index <= declared) {
            indexes.append(index);
        }
    }
    std::sort(indexes.begin(), indexes.end());
    const qsizetype present = indexes.size();
    if (indexes.size() > kMaxProfiles) {
        indexes.resize(kMaxProfiles);
    }
    QList<Profile> result;
    for (const int index : std::as_const(indexes)) {
        m_settings->beginGroup(QString::number(index));
        Profile p = readProfile(*m_settings);
        m_settings->endGroup();
        if (!p.name.isEmpty()) {
            result.append(p);
        }
    }
    m_settings->endGroup();
    if (declared > kMaxProfiles || present > kMaxProfiles || declared < 0) {
        noteProblem(
            tr("The settings file %1 is damaged: it declares %L2 profiles; the first %L3 found are used.")
                .arg(fileName())
                .arg(declared)
                .arg(result.size()));
    }
    return result;
}

void ProfileStore::noteProblem(const QString& problem) const {
    if (m_problem != problem) {
        m_problem = problem;
        qCWarning(lcCore).noquote() << problem;
    }
}

QStringList ProfileStore::names() const {
    QStringList names;
    for (const Profile& p : profiles()) {
        names << p.name;
    }
    return names;
}

std::optional<Profile> ProfileStore::find(const QString& name) const {
    for (const Profile& p : profiles()) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return p;
        }
    }
    return std::nullopt;
}

Result<Profile> ProfileStore::checked(const Profile& profile, const QStringList& otherNames) const {
    const QList<ProfileIssue> issues = ProfileValidator::validate(profile, otherNames);
    if (!issues.isEmpty()) {
        Error error(ErrorKind::Validation, describe(issues));
        error.code = issues.first().field;
        return error;
    }
    return profile;
}

Result<Profile> ProfileStore::add(const Profile& input) {
    const Profile profile = normalized(input);
    auto result = checked(profile, names());
    if (!result) {
        return result;
    }
    QList<Profile> all = profiles();
    all.append(profile);
    writeAll(all);
    if (auto error = sync()) {
        return *error;
    }
    return profile;
}

Result<Profile> ProfileStore::update(const QString& originalName, const Profile& input) {
    const Profile profile = normalized(input);
    QList<Profile> all = profiles();
    qsizetype index = -1;
    QStringList others;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (index < 0 && all[i].name.compare(originalName.trimmed(), Qt::CaseInsensitive) == 0) {
            index = i;
        } else {
            others << all[i].name;
        }
    }
    if (index < 0) {
        return Error(ErrorKind::Config, tr("There is no profile named \"%1\".").arg(originalName));
    }
    auto result = checked(profile, others);
    if (!result) {
        return result;
    }
    const bool wasCurrent = currentName().compare(all[index].name, Qt::CaseInsensitive) == 0;
    all[index] = profile;
    writeAll(all);
    if (wasCurrent) {
        setCurrentName(profile.name);
    }
    if (auto error = sync()) {
        return *error;
    }
    return profile;
}

Result<bool> ProfileStore::remove(const QString& name) {
    QList<Profile> all = profiles();
    const auto before = all.size();
    all.removeIf([&](const Profile& p) { return p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0; });
    if (all.size() == before) {
        return Error(ErrorKind::Config, tr("There is no profile named \"%1\".").arg(name));
    }
    writeAll(all);
    if (currentName().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
        setCurrentName(all.isEmpty() ? QString() : all.first().name);
    }
    if (auto error = sync()) {
        return *error;
    }
    return true;
}

QString ProfileStore::currentName() const {
    return m_settings->value(kCurrent).toString();
}

void ProfileStore::setCurrentName(const QString& name) {
    m_settings->setValue(kCurrent, name);
}

QString ProfileStore::fileName() const {
    return m_settings->fileName();
}

std::optional<Error> ProfileStore::sync() {
    m_settings->sync();
    OwnerOnlyPaths::restrictFile(fileName());
    if (m_settings->status() != QSettings::NoError) {
        return Error(ErrorKind::Storage, tr("The settings file %1 could not be written.").arg(fileName()),
                     m_settings->status() == QSettings::AccessError ? QStringLiteral("access error")
                                                                    : QStringLiteral("format error"));
    }
    return std::nullopt;
}

QString ProfileStore::describe(const QList<ProfileIssue>& issues) {
    QStringList lines;
    for (const ProfileIssue& issue : issues) {
        lines << issue.message;
    }
    return lines.join(QLatin1Char('\n'));
}

void ProfileStore::writeAll(const QList<Profile>& profiles) {
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, profiles[i]);
    }
    m_settings->endArray();
}

} // namespace cc
