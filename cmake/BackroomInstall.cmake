# What `cmake --install` puts where, per platform. Included from the top-level CMakeLists.txt after the
# `backroom` target exists.
#
#   Linux:   <prefix>/bin/backroom, share/applications/backroom.desktop,
#            share/icons/hicolor/{scalable,NxN}/apps/backroom.{svg,png}
#   Windows: <prefix>/bin/backroom.exe + the Qt DLLs and plugins (windeployqt, at install time)
#            + libpq.dll and the DLLs it needs, found beside PostgreSQL's libpq
#   macOS:   <prefix>/Backroom.app with Qt and libpq inside (macdeployqt, at install time)
#
# Translations (translations/*.ts) are compiled into the binary as :/i18n/backroom_<lang>.qm by
# qt_add_translations in ui/CMakeLists.txt, so there is no separate .qm file to install or lose.

if(UNIX AND NOT APPLE)
  # Backroom installs no shared library of its own: every library comes from the system, so the
  # $ORIGIN run path qt_standard_project_setup() adds has nothing to find (and Debian forbids it).
  set_target_properties(backroom PROPERTIES INSTALL_RPATH "")
  install(TARGETS backroom RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/backroom.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${BACKROOM_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  if(BACKROOM_RASTER_ICONS)
    install(DIRECTORY ${BACKROOM_ICON_DIR}/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
  endif()
  return()
endif()

if(WIN32)
  if(BACKROOM_RASTER_ICONS)
    # The executable's own icon (Explorer, taskbar, Start menu).
    set(BACKROOM_ICO ${BACKROOM_ICON_DIR}/backroom.ico)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/backroom.rc.in ${PROJECT_BINARY_DIR}/backroom.rc @ONLY)
    target_sources(backroom PRIVATE ${PROJECT_BINARY_DIR}/backroom.rc)
    add_dependencies(backroom backroom_icons)
  endif()
  install(TARGETS backroom RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
          RUNTIME_DEPENDENCY_SET backroom_runtime)
  # libpq.dll and its own DLLs (OpenSSL, libintl, zlib...) live in PostgreSQL's bin folder. Qt's DLLs
  # are left to windeployqt, Windows' own to Windows.
  # DLL names are matched as the import tables spell them, in any letter case: qt6 -> ^[qQ][tT]6.
  set(_skip_dlls)
  foreach(prefix api-ms- ext-ms- qt6 vcruntime msvcp ucrtbase concrt)
    set(_regex "^")
    string(LENGTH "${prefix}" _length)
    math(EXPR _last "${_length} - 1")
    foreach(i RANGE ${_last})
      string(SUBSTRING "${prefix}" ${i} 1 _char)
      string(TOUPPER "${_char}" _upper)
      if(_char STREQUAL _upper)
        string(APPEND _regex "${_char}")
      else()
        string(APPEND _regex "[${_char}${_upper}]")
      endif()
    endforeach()
    list(APPEND _skip_dlls "${_regex}")
  endforeach()
  get_filename_component(_pg_libdir "${PostgreSQL_LIBRARY}" DIRECTORY)
  install(RUNTIME_DEPENDENCY_SET backroom_runtime
          DESTINATION ${CMAKE_INSTALL_BINDIR}
          DIRECTORIES "${_pg_libdir}/../bin" "${_pg_libdir}"
          PRE_EXCLUDE_REGEXES ${_skip_dlls}
          POST_EXCLUDE_REGEXES "[Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\]" "[Ss][Yy][Ss][Ww][Oo][Ww]64[/\\\\]")
  qt_generate_deploy_app_script(TARGET backroom FILENAME_VARIABLE _deploy_script)
  install(SCRIPT ${_deploy_script})
  return()
endif()

if(APPLE)
  set(BACKROOM_BUNDLE_ID "org.backroom.Backroom" CACHE STRING
      "macOS bundle identifier (reverse DNS; use a domain the project controls before signing)")
  set_target_properties(backroom PROPERTIES
      OUTPUT_NAME Backroom
      MACOSX_BUNDLE ON
      MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/cmake/Info.plist.in
      MACOSX_BUNDLE_BUNDLE_NAME Backroom
      MACOSX_BUNDLE_GUI_IDENTIFIER ${BACKROOM_BUNDLE_ID}
      MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
      MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
  if(BACKROOM_RASTER_ICONS)
    set(_icns ${BACKROOM_ICON_DIR}/backroom.icns)
    set_source_files_properties(${_icns} PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    target_sources(backroom PRIVATE ${_icns})
    set_target_properties(backroom PROPERTIES MACOSX_BUNDLE_ICON_FILE backroom.icns)
    add_dependencies(backroom backroom_icons)
  endif()
  install(TARGETS backroom BUNDLE DESTINATION . RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # macdeployqt copies Qt, its plugins and the non-system libraries (Homebrew's libpq, OpenSSL) into
  # Backroom.app/Contents/Frameworks and rewrites the load paths.
  qt_generate_deploy_app_script(TARGET backroom FILENAME_VARIABLE _deploy_script)
  install(SCRIPT ${_deploy_script})
endif()
