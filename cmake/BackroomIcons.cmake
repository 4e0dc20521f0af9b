# The application icon. resources/icons/backroom.svg is the one source; tools/render_icons.cpp renders
# it at build time (Qt Svg) to hicolor PNGs for Linux, backroom.ico for Windows and backroom.icns for
# macOS, in ${BACKROOM_ICON_DIR}. Without Qt Svg only the SVG is installed (Linux desktops scale it).
#
# Sets: BACKROOM_ICON_SVG, BACKROOM_ICON_DIR, BACKROOM_RASTER_ICONS (TRUE when rendered).

set(BACKROOM_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/backroom.svg)
set(BACKROOM_ICON_DIR ${PROJECT_BINARY_DIR}/icons)
set(BACKROOM_RASTER_ICONS FALSE)

find_package(Qt6 QUIET COMPONENTS Svg)
if(NOT TARGET Qt6::Svg)
  message(WARNING "Qt Svg not found (Debian: qt6-svg-dev): only the SVG icon is installed; "
                  "Windows and macOS packages need it for their .ico/.icns.")
  return()
endif()

qt_add_executable(render_icons ${PROJECT_SOURCE_DIR}/tools/render_icons.cpp)
target_link_libraries(render_icons PRIVATE Qt6::Gui Qt6::Svg)
set_target_properties(render_icons PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)

set(_icon_outputs ${BACKROOM_ICON_DIR}/backroom.ico ${BACKROOM_ICON_DIR}/backroom.icns)
foreach(size 16 24 32 48 64 128 256 512)
  list(APPEND _icon_outputs ${BACKROOM_ICON_DIR}/hicolor/${size}x${size}/apps/backroom.png)
endforeach()

set(_render_icons $<TARGET_FILE:render_icons>)
if(WIN32)
  # No RPATH on Windows: the tool finds the Qt DLLs through PATH while it runs.
  set(_qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
  string(REPLACE ";" "\\;" _path "${_qt_bin};$ENV{PATH}")
  set(_render_icons ${CMAKE_COMMAND} -E env "PATH=${_path}" $<TARGET_FILE:render_icons>)
endif()

add_custom_command(
  OUTPUT ${_icon_outputs}
  COMMAND ${_render_icons} ${BACKROOM_ICON_SVG} ${BACKROOM_ICON_DIR}
  DEPENDS render_icons ${BACKROOM_ICON_SVG}
  COMMENT "Rendering the application icon"
  VERBATIM)
add_custom_target(backroom_icons ALL DEPENDS ${_icon_outputs})
set(BACKROOM_RASTER_ICONS TRUE)
