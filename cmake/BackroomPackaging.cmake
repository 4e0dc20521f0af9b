# Packages with CPack: a .deb on Debian/Ubuntu, an NSIS installer on Windows, a drag-and-drop .dmg on
# macOS. `cpack` in the build folder makes the platform's package from what cmake/BackroomInstall.cmake
# installs; docs/install.md has the steps per OS. Only the .deb is built and tested here (tst_install).

set(BACKROOM_PACKAGE_MAINTAINER "Backroom maintainers <maintainers@users.noreply.b-seed-49a8927f.example>"
    CACHE STRING "Name <email> of whoever answers for the packages (Debian Maintainer field)")

set(CPACK_PACKAGE_NAME backroom)
set(CPACK_PACKAGE_VENDOR Backroom)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${BACKROOM_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Backroom)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "back office for shops selling on the web, Shopee and Lazada")
# Debian wants the long description in lines under 80 characters.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Backroom keeps a shop's stock, orders and picking in one PostgreSQL database"
    "shared by every desktop: staff edits are guarded by row versions so that"
    "nothing oversells, and every change of stock is written to an append-only"
    "ledger. It runs as a desktop application (backroom gui), a scriptable command"
    "line (backroom stock, orders, db) and a headless store API (backroom serve)."
    "`backroom demo` runs a demo shop on a private PostgreSQL cluster, which needs"
    "the PostgreSQL server programs (initdb, pg_ctl).")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(CPACK_GENERATOR DEB)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)          # backroom_<version>_<arch>.deb
  set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
  set(CPACK_DEBIAN_PACKAGE_SECTION misc)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # Depends comes from the binary itself: dpkg-shlibdeps (dpkg-dev) maps every linked library
  # (Qt, libpq, libstdc++) to its package and minimum version.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # The demo's private cluster needs initdb/pg_ctl and pg_trgm; Qt's own dialogs in Thai need the Qt
  # translations; Wayland sessions run natively with the Wayland plugin (else XWayland).
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql, postgresql-contrib, qt6-translations-l10n, qt6-wayland")
elseif(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_FILE_NAME "Backroom-${PROJECT_VERSION}-windows-x64")
  set(CPACK_NSIS_PACKAGE_NAME Backroom)
  set(CPACK_NSIS_DISPLAY_NAME Backroom)
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH ON)                   # offers to put bin\ on PATH for the command line
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\backroom.exe")
  if(BACKROOM_RASTER_ICONS)
    file(TO_NATIVE_PATH "${BACKROOM_ICON_DIR}/backroom.ico" _ico)
    set(CPACK_NSIS_MUI_ICON "${_ico}")
    set(CPACK_NSIS_MUI_UNIICON "${_ico}")
  endif()
  # Start menu entries with arguments (CPACK_PACKAGE_EXECUTABLES cannot pass any): the window, and
  # the demo shop. backroom.exe alone prints the command-line help.
  set(CPACK_NSIS_CREATE_ICONS_EXTRA
      "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Backroom.lnk' '$INSTDIR\\\\bin\\\\backroom.exe' 'gui'
      CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Backroom Demo Shop.lnk' '$INSTDIR\\\\bin\\\\backroom.exe' 'demo'")
  set(CPACK_NSIS_DELETE_ICONS_EXTRA
      "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Backroom.lnk'
      Delete '$SMPROGRAMS\\\\$START_MENU\\\\Backroom Demo Shop.lnk'")
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_PACKAGE_FILE_NAME "Backroom-${PROJECT_VERSION}-macos")
  set(CPACK_DMG_VOLUME_NAME Backroom)
  set(CPACK_DMG_FORMAT UDZO)
  # The .dmg shows Backroom.app beside a link to /Applications (CPack adds it).
endif()

include(CPack)
