#!/usr/bin/env bash
# Full sync of 100,000 campaigns: `campaignctl campaigns sync --all` (fetched, parsed and written to an empty
# cache) against supabase-js paging the same rows into memory (tests/conformance/sync-bench.mjs), from one
# campaign-sandbox, alternating, ROUNDS times each. Builds the `bench` preset (BUILD_DIR to use another
# build), runs inside a private HOME and D-Bus session; campaignctl uses the administrator's access token
# (CAMPAIGN_CONSOLE_ACCESS_TOKEN), supabase-js the same token. Prints each run and the median ratio
# campaignctl / supabase-js (target <= 1.0) and campaignctl's peak RSS (target < 100 MB).
# PERF=1: records the last campaignctl run with `perf record -g` (linux-perf) into $PERF_OUT (default
# /tmp/sync.perf).
#   scripts/bench-sync.sh [ROUNDS=6] [CAMPAIGNS=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-6}"
campaigns="${2:-100000}"
build="${BUILD_DIR:-build/bench}"

if [ -z "${BUILD_DIR:-}" ]; then
    cmake --preset bench >/dev/null
    cmake --build "$build" --target campaignctl campaign-sandbox
fi
if [ ! -f tests/conformance/node_modules/@supabase/supabase-js/package.json ]; then
    (cd tests/conformance && npm ci --no-audit --no-fund)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2016
HOME="$work" BUILD="$build" ROUNDS="$rounds" CAMPAIGNS="$campaigns" PERF="${PERF:-}" \
    PERF_OUT="${PERF_OUT:-/tmp/sync.perf}" dbus-run-session -- bash -c '
  set -euo pipefail
  eval "$(printf bench | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  ctl="$BUILD/app/cli/campaignctl"
  "$BUILD/app/sandbox/campaign-sandbox" --port 0 --seed "$CAMPAIGNS" --seed-random 7 \
      > "$HOME/sandbox.json" 2>"$HOME/sandbox.log" &
  sandbox=$!
  trap "kill $sandbox 2>/dev/null || true" EXIT
  for _ in $(seq 1200); do [ -s "$HOME/sandbox.json" ] && break; sleep 0.1; done
  info="$(head -n1 "$HOME/sandbox.json")"
  field() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(eval(sys.argv[2]))" "$info" "$1"; }
  url="$(field "d[\"url\"]")"
  anon="$(field "d[\"anon_key\"]")"
  email="$(field "[u for u in d[\"users\"] if u[\"role\"]==\"admin\"][0][\"email\"]")"
  password="$(field "[u for u in d[\"users\"] if u[\"role\"]==\"admin\"][0][\"password\"]")"
  token="$(curl -sf -H "apikey: $anon" -H "Content-Type: application/json" \
      -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$url/auth/v1/token?grant_type=password" |
      python3 -c "import json,sys; print(json.load(sys.stdin)[\"access_token\"])")"
  "$ctl" profiles add --name bench --url "$url" --anon-key "$anon" --environment local --provider sandbox \
      --current >/dev/null
  for i in $(seq "$ROUNDS"); do
    # The token goes through the environment, never a command line (which perf and ps record).
    SYNC_BENCH_TOKEN="$token" /usr/bin/time -f "%e %M" -o "$HOME/js-$i.time" \
        node tests/conformance/sync-bench.mjs "$url" "$anon" > "$HOME/js-$i.json"
    rm -rf "$HOME/.local/share"
    export CAMPAIGN_CONSOLE_ACCESS_TOKEN="$token"
    run=("$ctl" campaigns sync --all --profile bench --json)
    if [ -n "$PERF" ] && [ "$i" = "$ROUNDS" ]; then
      run=(perf record -g -o "$PERF_OUT" -- "${run[@]}")
    fi
    /usr/bin/time -f "%e %M" -o "$HOME/ctl-$i.time" "${run[@]}" > "$HOME/ctl-$i.json"
  done
  python3 - "$HOME" "$ROUNDS" <<"PY"
import json, statistics, sys
home, rounds = sys.argv[1], int(sys.argv[2])
ratios, ctl_rss = [], []
for i in range(1, rounds + 1):
    js = json.load(open(f"{home}/js-{i}.json"))
    js_s, js_kb = map(float, open(f"{home}/js-{i}.time").read().split()[-2:])
    ctl = json.loads(open(f"{home}/ctl-{i}.json").read().strip().splitlines()[-1])
    ctl_s, ctl_kb = map(float, open(f"{home}/ctl-{i}.time").read().split()[-2:])
    ratios.append(ctl_s / js_s)
    ctl_rss.append(ctl_kb / 1024)
    print("round %d: campaignctl %.2f s (%s cached, peak RSS %.0f MB); supabase-js %.2f s (%d rows, paging "
          "%.2f s, peak RSS %.0f MB); ratio %.2f"
          % (i, ctl_s, ctl.get("cached"), ctl_kb / 1024, js_s, js["rows"], js["ms"] / 1000, js_kb / 1024,
             ctl_s / js_s))
print("whole processes, wall clock: median ratio campaignctl / supabase-js %.2f (min %.2f, max %.2f; target "
      "<= 1.0); campaignctl peak RSS max %.0f MB (target < 100 MB)"
      % (statistics.median(ratios), min(ratios), max(ratios), max(ctl_rss)))
PY
'
