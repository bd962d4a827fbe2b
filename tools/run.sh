#!/bin/sh
# README "run" command: installs what is missing, builds, starts the built-in data-center
# simulator in the background and IOC Desktop pointed at it. Arguments go to ioc-desktop
# (e.g. --language en). With --data-center URL or --offline among them, no simulator is
# started: the app talks to that center, or to nobody.
set -eu
cd "$(dirname "$0")/.."
./tools/install-deps.sh
./tools/build.sh
BUILD_DIR=${IOC_BUILD_DIR:-build}

use_simulator=yes
for arg in "$@"; do
    case "$arg" in
        --data-center|--data-center=*|--offline|--help|-h|--version|-v) use_simulator=no ;;
    esac
done

if [ "$use_simulator" = no ]; then
    exec "$BUILD_DIR/app/ioc-desktop" "$@"
fi

# The simulator keeps operators' acknowledgements and notes across runs here.
STATE_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/IOC/ioc-datacenter-sim"
mkdir -p "$STATE_DIR"
SIM_LOG=$(mktemp -t ioc-sim.XXXXXX)
"$BUILD_DIR/simulator/ioc-datacenter-sim" --port 0 --state-dir "$STATE_DIR" >"$SIM_LOG" 2>&1 &
SIM_PID=$!
trap 'kill "$SIM_PID" 2>/dev/null || true; rm -f "$SIM_LOG"' EXIT INT TERM

URL=""
for _ in $(seq 1 100); do
    URL=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$SIM_LOG" | head -n 1)
    [ -n "$URL" ] && break
    if ! kill -0 "$SIM_PID" 2>/dev/null; then
        echo "The data-center simulator did not start:" >&2
        cat "$SIM_LOG" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$URL" ]; then
    echo "The data-center simulator did not report its address within 10 s:" >&2
    cat "$SIM_LOG" >&2
    exit 1
fi
echo "Data-center simulator at $URL (log: $SIM_LOG)"
"$BUILD_DIR/app/ioc-desktop" --data-center "$URL" "$@"
