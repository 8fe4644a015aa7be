#!/usr/bin/env bash
# Writes a help2man include file with a COMMANDS section: the --help of each campaignctl sub-command, so the man
# page lists their options as well (cmake/ConsoleInstall.cmake runs it at build time).
# Usage: campaignctl-commands.sh CAMPAIGNCTL OUTPUT
set -euo pipefail
ctl="$1"
output="$2"

commands=(
  "profiles" "profiles list" "profiles add" "profiles remove"
  "campaigns" "campaigns list" "campaigns show" "campaigns create" "campaigns update" "campaigns delete"
  "campaigns sync"
  "doctor" "health" "login" "whoami" "logout" "watch"
)

# roff: a backslash is \e, a line may not start with . or ', and - in options is a minus sign (\-).
escape() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/" -e 's/-/\\-/g'; }

{
  echo "[COMMANDS]"
  echo "Each command has its own options as well as the global ones above; \\fBcampaignctl COMMAND \\-\\-help\\fR"
  echo "prints them."
  for command in "${commands[@]}"; do
    # shellcheck disable=SC2086 # the command's words are separate arguments
    if ! text="$("$ctl" $command --help 2>/dev/null)"; then
      echo "campaignctl-commands.sh: '$command --help' failed" >&2
      exit 1
    fi
    echo ".SS \"campaignctl $command\""
    echo ".nf"
    printf '%s\n' "$text" | sed -e "s#^Usage: [^ ]*campaignctl#Usage: campaignctl#" | escape
    echo ".fi"
  done
} > "$output.tmp"
mv "$output.tmp" "$output"
