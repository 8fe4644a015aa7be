#!/usr/bin/env bash
# The README's second command: installs what is missing, builds the `dev` preset (or PRESET=asan) and runs
# every test. Tests run offscreen, inside a private D-Bus session with an unlocked gnome-keyring, so the
# keychain tests use a real Secret Service and nothing touches the user's own keyring or files.
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${PRESET:-dev}"
scripts/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset"

export QT_QPA_PLATFORM=offscreen
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT

# shellcheck disable=SC2016
HOME="$keyring_home" CONSOLE_REAL_HOME="$HOME" dbus-run-session -- bash -c '
  set -euo pipefail
  # Unlock (and create) the login collection with a throwaway password, non-interactively.
  eval "$(printf "test-password" | gnome-keyring-daemon --unlock --components=secrets)"
  export CONSOLE_REQUIRE_KEYCHAIN=1
  export GNOME_KEYRING_CONTROL
  ctest --preset "$0" "${@}"
' "$preset" "$@"
