# One helper per kind of target. Each parses its arguments and fails on
# unknown ones, so a typo in a module's CMakeLists is an error, not a silent no-op.

include_guard(GLOBAL)

# add_ioc_library(NAME <target> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
function(add_ioc_library)
    cmake_parse_arguments(PARSE_ARGV 0 ARG "" "NAME" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS")
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "add_ioc_library: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT ARG_NAME)
        message(FATAL_ERROR "add_ioc_library: NAME is required")
    endif()
    add_library(${ARG_NAME} STATIC ${ARG_SOURCES})
    target_include_directories(${ARG_NAME} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${ARG_NAME} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    target_compile_features(${ARG_NAME} PUBLIC cxx_std_17)
endfunction()

# ioc_scaled_timeout(<out-var> <seconds>): a test's ctest TIMEOUT in this tree. Instrumented
# builds (IOC_SANITIZE: ASan's allocator makes every program 3–4 times slower) set
# IOC_TEST_TIMEOUT_FACTOR so that a limit sized for the plain build still means "hung".
set(IOC_TEST_TIMEOUT_FACTOR 1 CACHE STRING "ctest TIMEOUTs are multiplied by this (3 in the asan preset)")
function(ioc_scaled_timeout out seconds)
    math(EXPR scaled "${seconds} * ${IOC_TEST_TIMEOUT_FACTOR}")
    set(${out} ${scaled} PARENT_SCOPE)
endfunction()

# add_ioc_test(NAME <tst_x> SOURCES ... [LIBS ...] [TIMEOUT seconds] [ENVIRONMENT k=v ...])
# One QtTest executable per unit, registered with ctest, always offscreen.
function(add_ioc_test)
    cmake_parse_arguments(PARSE_ARGV 0 ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT")
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "add_ioc_test: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "add_ioc_test: NAME and SOURCES are required")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    ioc_scaled_timeout(ARG_TIMEOUT ${ARG_TIMEOUT})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;IOC_SOURCE_DIR=${PROJECT_SOURCE_DIR};${ARG_ENVIRONMENT}")
endfunction()

# add_ioc_module(NAME <id> CLASS <C++ class> HEADER <include path> ICON <svg> SOURCES ... [LIBS ...])
# A subsystem library. It records itself in global properties that app/ turns into the
# generated module catalog, so a new module needs only its folder and one word in
# modules/CMakeLists.txt (IOC_MODULES).
function(add_ioc_module)
    cmake_parse_arguments(PARSE_ARGV 0 ARG "" "NAME;CLASS;HEADER;ICON" "SOURCES;LIBS")
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "add_ioc_module: unknown arguments: ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    foreach(required NAME CLASS HEADER ICON SOURCES)
        if(NOT ARG_${required})
            message(FATAL_ERROR "add_ioc_module: ${required} is required")
        endif()
    endforeach()
    set(target ioc_module_${ARG_NAME})
    add_ioc_library(NAME ${target} SOURCES ${ARG_SOURCES} PUBLIC_LIBS ioc_ui ${ARG_LIBS})
    qt_add_resources(${target} "${target}_icon" PREFIX "/modules/${ARG_NAME}" FILES ${ARG_ICON})
    set_property(GLOBAL APPEND PROPERTY IOC_MODULE_TARGETS ${target})
    set_property(GLOBAL APPEND PROPERTY IOC_MODULE_HEADERS ${ARG_HEADER})
    set_property(GLOBAL APPEND PROPERTY IOC_MODULE_CLASSES ${ARG_CLASS})
endfunction()
