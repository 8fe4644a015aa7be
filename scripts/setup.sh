#!/usr/bin/env bash
# Installs the Debian packages that building, running and testing Campaign Console need.
# Idempotent: when every package is already present it does not touch apt at all.
set -euo pipefail

packages=(
  g++ clang cmake ninja-build ccache pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-websockets-dev qt6-httpserver-dev qt6-networkauth-dev qt6-charts-dev
  libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libqt6svg6 qtkeychain-qt6-dev
  postgresql
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-1-0 libsecret-tools
  fonts-dejavu-core
  help2man librsvg2-bin gzip dpkg-dev file desktop-file-utils appstream lintian bash-completion zsh man-db
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
    missing+=("$p")
  fi
done

# Node.js and npm run the supabase-js conformance tests. Some machines carry a newer Node.js from another
# repository (its nodejs package bundles npm, and Debian's npm package would conflict), so ask for the commands.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
