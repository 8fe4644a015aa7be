# Three Debian packages from the install components of cmake/ConsoleInstall.cmake: `cpack -G DEB` in a build
# directory (scripts/package.sh builds a Release tree and runs it). Dependencies come from dpkg-shlibdeps, so
# campaignctl and campaign-sandbox, which do not link Qt Widgets or Gui, do not pull them in.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME campaign-console)
set(CPACK_PACKAGE_VENDOR "Campaign Console maintainers")
set(CPACK_PACKAGE_CONTACT "${CONSOLE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Descriptions: the first line is the synopsis; CPackDeb indents the rest and turns an empty line into " .".
# Each package's synopsis is the first line of its own description below. CPackDeb (3.25) would put this
# summary in front of every component's description unless it is CPack's default text, so it is that.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL console ctl sandbox)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # campaign-console_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE ${CONSOLE_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CONSOLE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SOURCE campaign-console)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Files 0644 and directories 0755 in the archive, and the control files with Debian's permissions.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME campaign-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION x11)
# The sign-in session lives in the Secret Service (gnome-keyring, KWallet, KeePassXC) and PNG/SVG icons need
# Qt's SVG image plugin; neither is a linked library, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, xdg-utils")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SUGGESTS "campaignctl, campaign-sandbox")
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION
    "desktop administration console for a Supabase backend
Campaign Console is a Qt desktop console for the campaigns of a Supabase
project: browse, search, create and change thousands of campaigns (also
offline, from a local cache), watch the health of every service the console
depends on with history, and follow a live feed of changes.

It ships with a built-in Supabase-compatible sandbox, so `campaign-console
--demo` runs without any account. The package also holds the SQL migrations
that prepare a real Supabase project and the guides, under
/usr/share/campaign-console.")

set(CPACK_DEBIAN_CTL_PACKAGE_NAME campaignctl)
set(CPACK_DEBIAN_CTL_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_CTL_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CTL_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_DEBIAN_CTL_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_COMPONENT_CTL_DESCRIPTION
    "command line for Campaign Console
campaignctl manages Campaign Console profiles and the campaigns of a Supabase
backend from a terminal or a script: profiles, sign-in, a doctor that says
how to fix a profile, campaigns list/show/create/update/delete/sync, a live
watch of changes and a health check with exit codes. --json gives
machine-readable output; --demo runs against a built-in sandbox.

It shares profiles and the signed-in session with the desktop console but
needs no graphical libraries.")

set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME campaign-sandbox)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_COMPONENT_SANDBOX_DESCRIPTION
    "local Supabase-compatible backend for Campaign Console
campaign-sandbox serves Supabase's protocols on SQLite on this computer:
PostgREST (campaigns, filters, paging, row-level security, RPC), GoTrue
sign-in with refresh-token rotation, Realtime change channels, an e-mail API,
a health endpoint and fault injection. It seeds demo users and campaigns, for
demonstrations and end-to-end tests of the console and campaignctl.")

include(CPack)
