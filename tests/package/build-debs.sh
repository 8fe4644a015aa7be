#!/usr/bin/env bash
# Runs cpack -G DEB on an existing build tree into OUTPUT (no rebuild): build-debs.sh BUILD_DIR OUTPUT
set -euo pipefail
build="$1" output="$2"
rm -rf "$output"
mkdir -p "$output"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$output" >"$output/cpack.log" 2>&1 || {
  cat "$output/cpack.log" >&2
  exit 1
}
ls "$output"/*.deb
