#!/usr/bin/env bash
# Builds the three Debian packages (campaign-console, campaignctl, campaign-sandbox) from a clean Release tree:
# a fresh build/package directory, configured without tests, built, then `cpack -G DEB`. The .deb files end up
# in build/package/packages/. docs/packaging.md says what each holds.
#
#   scripts/package.sh
#   sudo apt-get install ./build/package/packages/campaign-console_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
build=build/package
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  echo "package: the working tree has uncommitted changes; the packages will say \"-dirty\" in --version" >&2
fi
rm -rf "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCONSOLE_BUILD_TESTS=OFF \
  -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build "$build"
(cd "$build" && cpack -G DEB)
ls -l "$build"/packages/*.deb
