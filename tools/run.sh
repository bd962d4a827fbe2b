#!/bin/sh
# README "run" command: installs what is missing, builds, and starts IOC Desktop.
# Arguments are passed to ioc-desktop (e.g. --language en, --data-dir PATH).
set -eu
cd "$(dirname "$0")/.."
./tools/install-deps.sh
./tools/build.sh
exec "${IOC_BUILD_DIR:-build}/app/ioc-desktop" "$@"
