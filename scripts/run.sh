#!/usr/bin/env bash
# The README's first command: installs what is missing, builds the release preset and starts the console on
# the built-in sandbox (--demo). Extra arguments go to the console.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run: no display found (DISPLAY/WAYLAND_DISPLAY unset). Run this from a desktop session, or try:" >&2
  echo "     xvfb-run -a scripts/run.sh" >&2
  exit 1
fi
exec build/release/ui/campaign-console --demo "$@"
