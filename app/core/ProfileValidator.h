#pragma once

#include "app/core/Profile.h"

#include <QCoreApplication>

namespace cc {

// Checks a profile before it is saved or used. Every problem is reported, each tied to its field, in words a
// person can act on.
class ProfileValidator {
    Q_DECLARE_TR_FUNCTIONS(cc::ProfileValidator)

public:
    static constexpr int kMaxNameLength = 64;

    // `otherNames` are the names of the other saved profiles (the one being edited excluded); duplicates are
    // compared case-insensitively, as people read them.
    static QList<ProfileIssue> validate(const Profile& profile, const QStringList& otherNames);
};

} // namespace cc
