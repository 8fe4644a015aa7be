#!/usr/bin/env bash
# Fails when a shipped translation is incomplete: runs lupdate over the current sources into a copy of each .ts
# file, then looks for messages that are unfinished (new or changed strings) or vanished (stale entries).
# usage: check-translations.sh LUPDATE SOURCES_LIST_FILE TS_FILE...
set -euo pipefail
lupdate="$1"; sources="$2"; shift 2
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
  name="$(basename "$ts")"
  if grep -q 'type="vanished"\|type="obsolete"' "$ts"; then
    echo "$name: holds stale (vanished/obsolete) entries; run the update_translations target" >&2
    status=1
  fi
  cp "$ts" "$work/$name"
  "$lupdate" -silent -no-obsolete -locations none "@$sources" -ts "$work/$name" >/dev/null
  unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "$name: $unfinished unfinished or missing translations:" >&2
    # Print the source text of each unfinished message.
    awk '/<source>/{src=$0} /type="unfinished"/{gsub(/^ *<source>|<\/source>$/,"",src); print "  - " src}' \
      "$work/$name" | head -50 >&2
    status=1
  fi
  total=$(grep -c '<message' "$work/$name" || true)
  echo "$name: $total messages, $unfinished unfinished"
done
exit $status
