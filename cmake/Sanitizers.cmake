# IOC_SANITIZE=ON: AddressSanitizer + UndefinedBehaviorSanitizer for every target of the
# tree (libraries, app, simulator, tests), compile and link, so ctest runs the whole suite
# instrumented. Used by the "asan" preset and tools/sanitize.sh.

include_guard(GLOBAL)

option(IOC_SANITIZE "Build with -fsanitize=address,undefined (tools/sanitize.sh)" OFF)

if(IOC_SANITIZE)
    # -fno-sanitize-recover: UB must fail the test that hits it, not print and go on.
    # -fno-omit-frame-pointer: readable stacks from the fast unwinder ASan uses on malloc.
    set(IOC_SANITIZER_FLAGS
        -fsanitize=address,undefined
        -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_compile_options(${IOC_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
    message(STATUS "IOC_SANITIZE: ${IOC_SANITIZER_FLAGS}")
endif()

# IOC_FUZZ (option in the top-level CMakeLists, read here from the cache because this file
# is included first): libFuzzer steers by the coverage of the code under test, i.e. our
# libraries, not only the small fuzz_*.cpp; so with clang every object gets the coverage
# instrumentation (-fsanitize=fuzzer-no-link). Programs not linked with libFuzzer (the
# app, the tests) get the sanitizer runtime's no-op callbacks and run as before.
if(IOC_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
