#!/usr/bin/env bash
# Checks of the tree `cmake --install` laid out (tests/package/CMakeLists.txt installs it first), one behaviour a
# case: installed-test.sh CASE PREFIX VERSION SOURCE_DIR
set -euo pipefail
case_name="$1" prefix="$2" version="$3" source_dir="$4"
bin="$prefix/bin"
share="$prefix/share"

# A private HOME and settings for every run, so nothing of the caller's (or of another test's) is read.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME"
# English unless a case asks for another language (--lang).
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# The options a --help text lists: every --long-name at the start of an option line.
options_of() { grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*' | sort -u; }

# The words bash completion offers for a command line whose last word is being completed.
complete_words() {
  # shellcheck disable=SC1091
  source "$share/bash-completion/completions/campaignctl"
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="${COMP_WORDS[*]}"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _campaignctl
  printf '%s\n' "${COMPREPLY[@]}" | sort -u
}

ctl_sub_commands=("profiles list" "profiles add" "profiles remove" "campaigns list" "campaigns show"
  "campaigns create" "campaigns update" "campaigns delete" "campaigns sync" "doctor" "health" "login" "whoami"
  "logout" "watch")

case "$case_name" in
every_program_prints_the_project_version_and_commit)
  expected="$version"
  if commit="$(git -C "$source_dir" rev-parse --short=12 HEAD 2>/dev/null)"; then
    expected="$version (git $commit"
  fi
  for program in campaign-console campaignctl campaign-sandbox; do
    line="$("$bin/$program" --version)"
    echo "$line"
    [[ $line == "$program $expected"* ]] || fail "$program --version printed \"$line\", expected \"$program $expected...\""
  done
  ;;

campaignctl_lists_a_demo_campaign)
  out="$("$bin/campaignctl" --demo campaigns list --limit 1)"
  echo "$out"
  # One tab-separated row (id, status, channel, budget, name), then "1 of N campaigns".
  [[ $(grep -c $'\t' <<<"$out") -eq 1 ]] || fail "expected one campaign row"
  [[ $(tail -1 <<<"$out") =~ ^1\ of\ [0-9]+\ campaigns$ ]] || fail "no \"1 of N campaigns\" line"
  ;;

console_paints_its_first_window_in_german)
  # --screenshot waits for the main window's first paint (and its page), saves it and says so in the UI's
  # language: a German message means the installed program loaded its German translation.
  out="$("$bin/campaign-console" --demo --lang de --screenshot "$scratch/first-paint.png")"
  echo "$out"
  [[ $out == *"Bildschirmfoto in "*" gespeichert"* ]] || fail "no German report of the first paint"
  file "$scratch/first-paint.png" | grep -q 'PNG image data' || fail "no PNG written"
  ;;

desktop_entry_and_icons_resolve)
  desktop="$share/applications/campaign-console.desktop"
  desktop-file-validate "$desktop"
  icon="$(sed -n 's/^Icon=//p' "$desktop")"
  exec_name="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
  [[ -x $bin/$exec_name ]] || fail "Exec=$exec_name is not an installed program"
  [[ -f $share/icons/hicolor/scalable/apps/$icon.svg ]] || fail "no scalable $icon.svg"
  for size in 16 22 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$icon.png"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
  done
  metainfo="$(ls "$share"/metainfo/*.metainfo.xml)"
  grep -q "<launchable type=\"desktop-id\">campaign-console.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch the desktop entry"
  grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
  ;;

man_pages_mention_every_option_of_help)
  missing=0
  check() { # check PAGE_TEXT_FILE LABEL < help text
    local option
    for option in $(options_of); do
      grep -qF -- "$option" "$1" || {
        echo "$2: $option is not in the man page" >&2
        missing=1
      }
    done
  }
  for program in campaign-console campaignctl campaign-sandbox; do
    page="$scratch/$program.txt"
    # The roff source with minus signs as plain hyphens: what `man` shows.
    zcat "$share/man/man1/$program.1.gz" | sed 's/\\-/-/g' >"$page"
    grep -q '^\.TH' "$page" || fail "$program.1 is not a man page"
    "$bin/$program" --help | check "$page" "$program --help"
  done
  for sub in "${ctl_sub_commands[@]}"; do
    # shellcheck disable=SC2086
    "$bin/campaignctl" $sub --help | check "$scratch/campaignctl.txt" "campaignctl $sub --help"
    grep -qF "campaignctl $sub" "$scratch/campaignctl.txt" || fail "no section for campaignctl $sub"
  done
  [[ $missing -eq 0 ]] || fail "options missing from the man pages"
  ;;

bash_completion_offers_the_commands)
  got="$(complete_words campaignctl "" | tr '\n' ' ')"
  [[ $got == "campaigns doctor health login logout profiles watch whoami " ]] || fail "got: $got"
  got="$(complete_words campaignctl campaigns "" | tr '\n' ' ')"
  [[ $got == "create delete list show sync update " ]] || fail "campaigns: got: $got"
  got="$(complete_words campaignctl pro | tr '\n' ' ')"
  [[ $got == "profiles " ]] || fail "pro: got: $got"
  ;;

bash_completion_offers_every_option_of_help)
  missing=0
  for sub in "" "${ctl_sub_commands[@]}"; do
    # shellcheck disable=SC2086
    offered="$(complete_words campaignctl $sub --)"
    # shellcheck disable=SC2086
    for option in $("$bin/campaignctl" $sub --help | options_of); do
      grep -qx -- "$option" <<<"$offered" || {
        echo "campaignctl $sub --<TAB> does not offer $option" >&2
        missing=1
      }
    done
  done
  [[ $missing -eq 0 ]] || fail "options missing from the bash completion"
  ;;

bash_completion_offers_profile_names)
  export PATH="$bin:$PATH"
  for name in Staging "Stage two" Production; do
    campaignctl profiles add --name "$name" --url https://abcd.supabase.co --anon-key test-anon-key >/dev/null
  done
  got="$(complete_words campaignctl --profile St | tr '\n' ' ')"
  [[ $got == 'Stage\ two Staging ' ]] || fail "--profile St: got: $got"
  got="$(complete_words campaignctl profiles remove P | tr '\n' ' ')"
  [[ $got == "Production " ]] || fail "profiles remove P: got: $got"
  ;;

zsh_completion_parses)
  zsh -n "$share/zsh/vendor-completions/_campaignctl"
  head -1 "$share/zsh/vendor-completions/_campaignctl" | grep -qx '#compdef campaignctl' || fail "no #compdef line"
  ;;

*)
  fail "unknown case $case_name"
  ;;
esac
echo "ok: $case_name"
