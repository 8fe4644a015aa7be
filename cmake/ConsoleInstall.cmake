# What `cmake --install` puts under CMAKE_INSTALL_PREFIX, split into the three components CPack turns into the
# three Debian packages (cmake/ConsolePackaging.cmake): console (campaign-console), ctl (campaignctl) and
# sandbox (campaign-sandbox). docs/packaging.md lists every file and why it is where it is.
#
# Translations need nothing here: the .qm files are compiled into console_core (translations/CMakeLists.txt),
# so the installed programs find German and French wherever they are installed.
include(GNUInstallDirs)
# Directories the install creates are 0755 whatever the builder's umask (lintian: non-standard-dir-perm).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

find_program(CONSOLE_HELP2MAN help2man)
find_program(CONSOLE_RSVG_CONVERT rsvg-convert)
find_program(CONSOLE_GZIP gzip)
if(NOT CONSOLE_HELP2MAN OR NOT CONSOLE_RSVG_CONVERT OR NOT CONSOLE_GZIP)
    message(FATAL_ERROR "help2man, rsvg-convert (librsvg2-bin) and gzip build the man pages and icons: "
                        "run scripts/setup.sh")
endif()

set(CONSOLE_APP_ID io.github.campaignconsole.campaignconsole)
set(CONSOLE_DATA_DIR ${CMAKE_INSTALL_DATADIR}/campaign-console)
set(CONSOLE_ZSH_COMPLETION_DIR ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
    CACHE STRING "Where the zsh completion goes (Debian: share/zsh/vendor-completions)")
set(_generated ${CMAKE_BINARY_DIR}/generated)

# --- programs ---------------------------------------------------------------------------------------------
install(TARGETS campaign-console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)
install(TARGETS campaignctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ctl)
install(TARGETS campaign-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT sandbox)

# --- desktop integration ------------------------------------------------------------------------------------
install(FILES ${PROJECT_SOURCE_DIR}/resources/campaign-console.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/campaign-console.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT console)

# PNG renderings of the one SVG, for menus and docks that do not draw SVG (the hicolor theme's fixed sizes).
set(CONSOLE_ICON_SIZES 16 22 24 32 48 64 128 256)
set(_pngs)
foreach(_size IN LISTS CONSOLE_ICON_SIZES)
    set(_png ${_generated}/icons/${_size}x${_size}/campaign-console.png)
    add_custom_command(OUTPUT ${_png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_generated}/icons/${_size}x${_size}
        COMMAND ${CONSOLE_RSVG_CONVERT} --width ${_size} --height ${_size} --keep-aspect-ratio
                --output ${_png} ${PROJECT_SOURCE_DIR}/resources/icons/campaign-console.svg
        DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/campaign-console.svg
        VERBATIM)
    list(APPEND _pngs ${_png})
    install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
            COMPONENT console)
endforeach()
add_custom_target(console_icons ALL DEPENDS ${_pngs})

# AppStream: the id, description, screenshot, release and content rating software centres show.
set(CONSOLE_METAINFO ${_generated}/${CONSOLE_APP_ID}.metainfo.xml)
configure_file(${PROJECT_SOURCE_DIR}/resources/metainfo.xml.in ${CONSOLE_METAINFO} @ONLY)
install(FILES ${CONSOLE_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT console)

# --- man pages: help2man runs each program's --help and --version at build time ---------------------------
# A private HOME and the C locale, so nothing of the builder's settings or language gets into the pages.
set(_man_env ${CMAKE_COMMAND} -E env HOME=${_generated}/man-home XDG_CONFIG_HOME=${_generated}/man-home
             XDG_DATA_HOME=${_generated}/man-home LC_ALL=C.UTF-8 LANGUAGE= LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
             ASAN_OPTIONS=detect_leaks=0)
set(_man_pages)
foreach(_program campaign-console campaignctl campaign-sandbox)
    set(_include ${PROJECT_SOURCE_DIR}/resources/man/${_program}.h2m)
    set(_extra_includes)
    set(_extra_depends)
    if(_program STREQUAL "campaignctl")
        # Every sub-command's own --help, so the page lists their options too.
        set(_commands ${_generated}/man/campaignctl-commands.h2m)
        add_custom_command(OUTPUT ${_commands}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_generated}/man ${_generated}/man-home
            COMMAND ${_man_env} ${PROJECT_SOURCE_DIR}/resources/man/campaignctl-commands.sh
                    $<TARGET_FILE:campaignctl> ${_commands}
            DEPENDS campaignctl ${PROJECT_SOURCE_DIR}/resources/man/campaignctl-commands.sh
            VERBATIM)
        set(_extra_includes --include=${_commands})
        set(_extra_depends ${_commands})
    endif()
    set(_page ${_generated}/man/${_program}.1)
    add_custom_command(OUTPUT ${_page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_generated}/man ${_generated}/man-home
        COMMAND ${_man_env} ${CONSOLE_HELP2MAN} --no-info --section=1
                --include=${_include} ${_extra_includes} --output=${_page} $<TARGET_FILE:${_program}>
        # -n: no name or time stamp in the archive, so the same page gives the same bytes (lintian asks it).
        COMMAND ${CONSOLE_GZIP} -9nf ${_page}
        DEPENDS ${_program} ${_include} ${_extra_depends}
        VERBATIM)
    list(APPEND _man_pages ${_page}.gz)
endforeach()
add_custom_target(console_man_pages ALL DEPENDS ${_man_pages})
install(FILES ${_generated}/man/campaign-console.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT console)
install(FILES ${_generated}/man/campaignctl.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ctl)
install(FILES ${_generated}/man/campaign-sandbox.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT sandbox)

# --- shell completion for campaignctl ------------------------------------------------------------------------
install(FILES ${PROJECT_SOURCE_DIR}/resources/completions/campaignctl.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME campaignctl COMPONENT ctl)
install(FILES ${PROJECT_SOURCE_DIR}/resources/completions/_campaignctl
        DESTINATION ${CONSOLE_ZSH_COMPLETION_DIR} COMPONENT ctl)

# --- data and guides ------------------------------------------------------------------------------------------
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/supabase/migrations
        DESTINATION ${CONSOLE_DATA_DIR} COMPONENT console FILES_MATCHING PATTERN "*.sql")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CONSOLE_DATA_DIR}/docs COMPONENT console
        FILES_MATCHING PATTERN "*.md")

# Each package's copyright and Debian changelog (Debian policy 12.5 and 12.7), one source for all three.
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${_generated}/debian/changelog @ONLY)
add_custom_command(OUTPUT ${_generated}/debian/changelog.Debian.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${_generated}/debian/changelog ${_generated}/debian/changelog.Debian
    COMMAND ${CONSOLE_GZIP} -9nf ${_generated}/debian/changelog.Debian
    DEPENDS ${_generated}/debian/changelog
    VERBATIM)
add_custom_target(console_debian_changelog ALL DEPENDS ${_generated}/debian/changelog.Debian.gz)
foreach(_component_package console:campaign-console ctl:campaignctl sandbox:campaign-sandbox)
    string(REPLACE ":" ";" _pair ${_component_package})
    list(GET _pair 0 _component)
    list(GET _pair 1 _package)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${_generated}/debian/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${_package} COMPONENT ${_component})
endforeach()
