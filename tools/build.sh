#!/bin/sh
# Configures (once) and builds IOC Desktop in ./build. Used by run.sh and test.sh.
set -eu
cd "$(dirname "$0")/.."
# ccache keys on paths relative to the checkout, so every clone (CI's fresh one included)
# reuses the objects another clone compiled.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR=1
BUILD_DIR=${IOC_BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Two cores on our machines; more jobs only thrash.
cmake --build "$BUILD_DIR" --parallel "${IOC_BUILD_JOBS:-2}"
