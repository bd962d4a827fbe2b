#!/bin/sh
# The sanitizer pass .ci/run runs after ./tools/test.sh and clang-tidy: one clang build
# tree with AddressSanitizer + UndefinedBehaviorSanitizer (and libFuzzer's coverage), the
# whole ctest suite in it, then every fuzz target of tests/fuzz for a bounded time over
# its corpus.
# Fails when a test fails or a fuzzer finds a crash, leak, timeout or out-of-memory.
#
#   IOC_ASAN_BUILD_DIR  build tree (default build-asan; never ./build, the gcc tree)
#   IOC_FUZZ_SECONDS    seconds per fuzz target (default 60; five targets)
#   IOC_BUILD_JOBS      parallel jobs (default 2)
#   IOC_TIMEOUT_FACTOR  QtTest's function limit times this (default 3; the ctest TIMEOUTs
#                       are scaled by the preset's IOC_TEST_TIMEOUT_FACTOR, cmake/IocHelpers.cmake)
#   IOC_SANITIZE_STEPS  "build tests fuzz" (default: all three), to rerun one part
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${IOC_ASAN_BUILD_DIR:-build-asan}
FUZZ_SECONDS=${IOC_FUZZ_SECONDS:-60}
JOBS=${IOC_BUILD_JOBS:-2}
TIMEOUT_FACTOR=${IOC_TIMEOUT_FACTOR:-3}
STEPS=${IOC_SANITIZE_STEPS:-build tests fuzz}
# ccache keys on paths relative to the checkout, as in tools/build.sh.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR=1

step() { case " $STEPS " in *" $1 "*) return 0 ;; esac; return 1; }
now() { date +%s; }

for tool in clang clang++; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "sanitize.sh: $tool not found; install the Debian packages clang and llvm" >&2
        exit 1
    fi
done

# The sanitizers' behaviour, for the tests and the fuzzers alike. halt_on_error: the first
# report fails the program (UBSan would print and go on otherwise). QT_NO_GLIB: Qt's own
# event dispatcher, so a leak in our event-loop code has no GLib frame a third-party
# suppression could match (tests/sanitizers/lsan.supp).
# The suppression files are read from a copy outside the checkout: tst_package runs the
# installed programs with the source and build trees hidden (a mount namespace), and a
# sanitizer that cannot read its suppressions file aborts the program.
SUPP=$(mktemp -d "${TMPDIR:-/tmp}/ioc-sanitizers.XXXXXX")
trap 'rm -rf "$SUPP"' EXIT
cp "$ROOT"/tests/sanitizers/*.supp "$SUPP/"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$SUPP/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$SUPP/ubsan.supp"
export QT_QPA_PLATFORM=offscreen
export QT_NO_GLIB=1
# Instrumented code runs 3–4 times slower (most of it in ASan's allocator): QtTest's own
# limit per test function (300 s by default) is scaled like the ctest TIMEOUTs are
# (IOC_TEST_TIMEOUT_FACTOR in the asan preset). tst_crashsafety times its kills against a
# calibration run, so they take that much longer too.
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-$((300000 * TIMEOUT_FACTOR))}"

failed=""
begin=$(now)

if step build; then
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        # The "asan" preset (CMakePresets.json): clang, IOC_SANITIZE=ON, IOC_FUZZ=ON.
        cmake --preset asan -B "$BUILD_DIR"
    fi
    start=$(now)
    # nice: the gcc build and its tests may share these two cores.
    nice -n 10 cmake --build "$BUILD_DIR" --parallel "$JOBS"
    echo "sanitize.sh: ASan build took $(( $(now) - start )) s"
fi

if step tests; then
    start=$(now)
    if ! ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS"; then
        failed="$failed ctest"
    fi
    echo "sanitize.sh: ctest under ASan took $(( $(now) - start )) s"
fi

if step fuzz; then
    start=$(now)
    summary=""
    for seeds in "$ROOT"/tests/fuzz/corpus/*/; do
        name=$(basename "$seeds")
        fuzzer="$BUILD_DIR/tests/fuzz/fuzz_$name"
        if [ ! -x "$fuzzer" ]; then
            echo "sanitize.sh: $fuzzer was not built" >&2
            failed="$failed fuzz_$name"
            continue
        fi
        # The working corpus grows in the build tree (kept between runs when the tree is);
        # the checked-in seeds are read, never written.
        work="$BUILD_DIR/fuzz/$name"
        mkdir -p "$work/corpus" "$work/artifacts"
        rm -f "$work/artifacts"/*
        log="$work/fuzz.log"
        echo "sanitize.sh: fuzzing $name for $FUZZ_SECONDS s"
        # -fork=1 -ignore_crashes=1: a known crash does not end the run, so the time is
        # spent finding others; every finding is still written to artifacts/ and fails.
        rc=0
        "$fuzzer" -fork=1 -ignore_crashes=1 -max_total_time="$FUZZ_SECONDS" -timeout=30 \
            -rss_limit_mb=2560 -print_final_stats=1 \
            -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" >"$log" 2>&1 || rc=$?
        # libFuzzer's last status line in fork mode:
        #   #<execs>: cov: <edges> ft: <features> corp: <inputs> exec/s <n> oom/timeout/crash: a/b/c ...
        stats=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -n 1)
        execs=$(echo "$stats" | sed -n 's/^#\([0-9]*\):.*/\1/p')
        cov=$(echo "$stats" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
        ft=$(echo "$stats" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
        corp=$(echo "$stats" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
        findings=$(find "$work/artifacts" -type f | wc -l)
        line=$(printf '%-12s %6ss %10s execs  cov %6s  ft %6s  corpus %5s  findings %s' \
            "$name" "$FUZZ_SECONDS" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$findings")
        echo "sanitize.sh: $line"
        summary="$summary
$line"
        if [ "$rc" -ne 0 ] || [ -z "$stats" ]; then
            echo "sanitize.sh: fuzz_$name exited with $rc; see $log" >&2
            tail -n 30 "$log" >&2
            failed="$failed fuzz_$name"
        fi
        if [ "$findings" -gt 0 ]; then
            failed="$failed fuzz_$name"
            # What each finding is: the sanitizer's one-line summary, from a replay.
            for artifact in "$work/artifacts"/*; do
                what=$("$fuzzer" "$artifact" 2>&1 | grep -m 1 -E '^SUMMARY|ERROR: libFuzzer' || true)
                echo "sanitize.sh:   $artifact: ${what:-no report on replay (timeout or flaky)}" >&2
            done
            echo "sanitize.sh:   keep each in tests/fuzz/regressions/$name/ once understood" >&2
        fi
    done
    echo "sanitize.sh: fuzz summary (libFuzzer's final stats line per target):$summary"
    echo "sanitize.sh: fuzzing took $(( $(now) - start )) s"
fi
echo "sanitize.sh: $STEPS: $(( $(now) - begin )) s in all"

if [ -n "$failed" ]; then
    echo "sanitize.sh: FAILED:$failed" >&2
    exit 1
fi
echo "sanitize.sh: all passed"
