#!/usr/bin/env bash
# Starts the oidc-provider test server (provider.mjs), installing the locked npm packages on first use.
# Prints {"issuer":"http://127.0.0.1:PORT"} as its first stdout line; stops on SIGTERM.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
node="${NODE:-node}"
if [ ! -f "$here/node_modules/oidc-provider/package.json" ]; then
    echo "oidc-provider: installing the locked npm packages (npm ci)" >&2
    (cd "$here" && npm ci --no-audit --no-fund >&2)
fi
exec "$node" "$here/provider.mjs"
