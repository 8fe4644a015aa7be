#!/usr/bin/env bash
# Installs the build tree into a fresh prefix: install-prefix.sh CMAKE BUILD_DIR PREFIX
set -euo pipefail
cmake="$1" build="$2" prefix="$3"
rm -rf "$prefix"
"$cmake" --install "$build" --prefix "$prefix" >/dev/null
echo "installed into $prefix: $(find "$prefix" -type f | wc -l) files"
