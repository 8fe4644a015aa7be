#pragma once

#include <QString>

namespace cc {

// Folders and files that only their owner may read (0700 and 0600): the settings, the logs, the caches and
// the outbox describe what a person did, so no other local account may list or read them, whatever the umask.
class OwnerOnlyPaths {
public:
    // Creates `path` and its missing parents as 0700 folders, and makes `path` 0700 if it already existed.
    // Existing parents inside one of the user's standard locations (the XDG data, config, cache and state
    // folders, the temporary folder) are made 0700 as well up to that location, so a folder an older version
    // created 0755 is tightened; folders outside them (a --database path the user chose) are left as they
    // are. False if a folder could not be created.
    static bool makeDirectory(const QString& path);
    // makeDirectory() for the file's folder, then the file created empty (if absent) and made 0600.
    static bool makeFile(const QString& path);
    // Takes the group's and others' permissions off an existing file (false if it does not exist or cannot be
    // changed); a new file is made 0600 by makeFile().
    static bool restrictFile(const QString& path);
};

} // namespace cc
