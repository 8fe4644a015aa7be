#!/usr/bin/env bash
# Checks of the .deb files cpack made from this build (package_debs_are_built), one behaviour a case:
# debs-test.sh CASE DEBS_DIR LINTIAN_ACCEPTED
set -euo pipefail
case_name="$1" debs="$2" accepted="$3"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
deb_of() { ls "$debs/$1"_*.deb; }
packages=(campaign-console campaignctl campaign-sandbox)

case "$case_name" in
lintian_finds_no_error)
  # Errors fail; so does any warning that tests/package/lintian-accepted.txt does not list with its reason.
  # (The tags' explanations: `lintian-explain-tags TAG`.)
  report="$(lintian --fail-on none --tag-display-limit 0 "${debs}"/*.deb)"
  echo "$report"
  if grep -q '^E: ' <<<"$report"; then
    fail "lintian reported errors"
  fi
  unexpected="$(grep '^W: ' <<<"$report" | awk '{print $3}' | sort -u |
    grep -vxF -f <(grep -v '^#' "$accepted" | awk 'NF {print $1}') || true)"
  [[ -z $unexpected ]] || fail "warnings not accepted in $accepted: $unexpected"
  ;;

campaignctl_and_sandbox_do_not_depend_on_qt_gui)
  for package in campaignctl campaign-sandbox; do
    depends="$(dpkg-deb -f "$(deb_of "$package")" Depends)"
    echo "$package: $depends"
    grep -qE 'libqt6(widgets|gui)6' <<<"$depends" && fail "$package depends on Qt Gui or Widgets"
    grep -q 'libqt6core6' <<<"$depends" || fail "$package has no computed dependency on Qt Core (dpkg-shlibdeps?)"
  done
  depends="$(dpkg-deb -f "$(deb_of campaign-console)" Depends)"
  grep -q 'libqt6widgets6' <<<"$depends" || fail "campaign-console does not depend on Qt Widgets: $depends"
  ;;

each_package_has_copyright_changelog_and_man_page)
  for package in "${packages[@]}"; do
    contents="$(dpkg-deb -c "$(deb_of "$package")" | awk '{print $6}')"
    for path in "./usr/share/doc/$package/copyright" "./usr/share/doc/$package/changelog.Debian.gz" \
      "./usr/bin/$package" "./usr/share/man/man1/$package.1.gz"; do
      grep -qx -- "$path" <<<"$contents" || fail "$package has no $path"
    done
    section="$(dpkg-deb -f "$(deb_of "$package")" Section)"
    [[ -n $section ]] || fail "$package has no section"
    echo "$package: section $section, $(wc -l <<<"$contents") entries"
  done
  ;;

*)
  fail "unknown case $case_name"
  ;;
esac
echo "ok: $case_name"
