#!/bin/sh
# README "test" command: installs what is missing, builds, and runs every test with ctest.
set -eu
cd "$(dirname "$0")/.."
./tools/install-deps.sh
./tools/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${IOC_BUILD_DIR:-build}" --output-on-failure --parallel 2 "$@"
