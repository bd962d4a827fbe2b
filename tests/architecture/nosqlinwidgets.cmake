# ctest: no SQL in widget code (docs/architecture.md, "No SQL in widgets"). Widgets get
# what they show from a queries function run on the thread pool; SQL lives in core, sync,
# alerts, map and the modules' non-widget files. Fails, naming the file, when:
#   - anything under app/ or modules/ui/ uses QSqlQuery, QSqlDatabase or the project's own
#     statement wrapper (core::SqliteStatement, core/sqlitestatement.h);
#   - any other file under modules/ uses them and also includes a Qt Widgets header.
# Run: cmake -DSOURCE_DIR=<repo> -P tests/architecture/nosqlinwidgets.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR not set")
endif()
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
     "${SOURCE_DIR}/modules/*.cpp" "${SOURCE_DIR}/modules/*.h")
set(widgetHeaders "#include <Q(Widget|Label|Dialog|PushButton|ComboBox|TreeWidget|TableWidget|\
TableView|LineEdit|PlainTextEdit|MainWindow|DockWidget|TabWidget|Splitter|ToolButton|\
VBoxLayout|HBoxLayout|FormLayout|GridLayout|MessageBox|ProgressBar|ScrollArea|Menu)>")
# SQL the way this project runs it: QtSql, or the prepared statements of the SQLite C API
# (modules/core/sqlitestatement.h) on the hot paths.
set(sqlUse "QSql(Query|Database)|core/sqlitestatement\\.h|SqliteStatement")
set(offenders "")
foreach(source IN LISTS sources)
    if(source MATCHES "/tests/")
        continue() # a module's own tests may set up data with SQL
    endif()
    file(READ "${SOURCE_DIR}/${source}" text)
    if(NOT text MATCHES "${sqlUse}")
        continue()
    endif()
    if(source MATCHES "^(app|modules/ui)/" OR text MATCHES "${widgetHeaders}")
        list(APPEND offenders "${source}")
    endif()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " shown)
    message(FATAL_ERROR "SQL in widget code (move it to a queries function run on a worker):\n  ${shown}")
endif()
list(LENGTH sources checked)
message(STATUS "no SQL in widget code: ${checked} files checked")
