#!/bin/sh
# Configures (once) and builds IOC Desktop in ./build. Used by run.sh and test.sh.
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${IOC_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Two cores on our machines; more jobs only thrash.
cmake --build "$BUILD_DIR" --parallel "${IOC_BUILD_JOBS:-2}"
