#!/usr/bin/env bash
# ctest's entry to the supabase-js conformance suite: installs the locked npm packages when they are missing,
# then runs conformance.mjs, which starts campaign-sandbox, drives it with supabase-js and stops it with SIGTERM.
#   run-conformance.sh /path/to/campaign-sandbox
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sandbox="${1:?usage: run-conformance.sh <campaign-sandbox>}"
node="${NODE:-node}"

if [ ! -f "$here/node_modules/@supabase/supabase-js/package.json" ] || [ ! -f "$here/node_modules/ws/package.json" ]; then
    echo "conformance: installing the locked npm packages (npm ci)" >&2
    (cd "$here" && npm ci --no-audit --no-fund)
fi
exec "$node" "$here/conformance.mjs" "$sandbox"
