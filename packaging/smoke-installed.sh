#!/bin/sh
# Runs the installed IOC Desktop from its installed files only (called by test-package.sh,
# possibly inside a mount namespace where the source and build trees are hidden).
#   smoke-installed.sh PREFIX VERSION WORKDIR
set -eu
PREFIX=$1
VERSION=$2
WORK=$3
BIN="$PREFIX/bin"

export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/config" XDG_DATA_HOME="$WORK/home/share"
export XDG_RUNTIME_DIR="$WORK/runtime" QT_QPA_PLATFORM=offscreen IOC_NO_KEYRING=1
unset IOC_RESOURCE_DIR
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

step() { echo "--- $*"; }
die() { echo "FAILED: $*" >&2; exit 1; }

step "ioc-desktop --version"
got=$("$BIN/ioc-desktop" --version)
[ "$got" = "ioc-desktop $VERSION" ] || die "--version said '$got', expected 'ioc-desktop $VERSION'"

step "ioc-datacenter-sim starts; the desktop syncs from it once, configured system-wide"
"$BIN/ioc-datacenter-sim" --port 0 --scale 0.02 --rate 0 >"$WORK/sim.out" 2>"$WORK/sim.err" &
sim=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^listening on \(http:[^ ]*\).*/\1/p' "$WORK/sim.out" | head -n 1)
    [ -n "$url" ] && break
    kill -0 "$sim" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$url" ]; then
    kill "$sim" 2>/dev/null || true
    cat "$WORK/sim.err" >&2
    die "the installed simulator did not start"
fi
# The administrator's file (docs/deploy.md), here in a private XDG_CONFIG_DIRS instead of
# /etc/xdg so that the machine's own configuration is not touched.
mkdir -p "$WORK/etc-xdg/IOC"
printf '[datacenter]\nurl=%s\n' "$url" >"$WORK/etc-xdg/IOC/ioc-desktop.conf"
if ! XDG_CONFIG_DIRS="$WORK/etc-xdg" "$BIN/ioc-desktop" --language en --sync-once \
        --data-dir "$WORK/data" >"$WORK/sync.out" 2>&1; then
    kill "$sim" 2>/dev/null || true
    cat "$WORK/sync.out" >&2
    die "--sync-once against the installed simulator failed"
fi
kill "$sim" 2>/dev/null || true
wait "$sim" 2>/dev/null || true
tail -n 1 "$WORK/sync.out"

step "offscreen window run from the cache, quits by itself (--offline --quit-after)"
if ! "$BIN/ioc-desktop" --language vi --offline --data-dir "$WORK/data" --quit-after 2500 \
        >"$WORK/run.out" 2>&1; then
    cat "$WORK/run.out" >&2
    die "the offscreen run failed"
fi
# The basemap must come from the installed copy (the build and source trees are hidden
# when the test runs as root; either way no other directory is acceptable).
if ! grep -q "basemap loaded from \"$PREFIX/share/ioc-desktop/resources/geo\"" "$WORK/run.out"; then
    cat "$WORK/run.out" >&2
    die "the basemap was not loaded from $PREFIX/share/ioc-desktop/resources/geo"
fi

step "snapshot export and import with the installed executable"
"$BIN/ioc-desktop" --language en --data-dir "$WORK/data" --export-snapshot "$WORK/s.iocsnap" \
    || die "--export-snapshot failed"
"$BIN/ioc-desktop" --language en --data-dir "$WORK/data2" --import-snapshot "$WORK/s.iocsnap" \
    || die "--import-snapshot failed"

step "installed metadata carries the version"
grep -q "<release version=\"$VERSION\"" "$PREFIX/share/metainfo/"*.metainfo.xml \
    || die "metainfo has no release $VERSION"
zcat "$PREFIX/share/man/man1/ioc-desktop.1.gz" | grep -q "IOC Desktop $VERSION" \
    || die "the man page does not name version $VERSION"
zcat "$PREFIX/share/man/man1/ioc-datacenter-sim.1.gz" | grep -q "^\.TH IOC-DATACENTER-SIM" \
    || die "the simulator's man page is missing"
for size in 16 32 48 64 128 256 512; do
    [ -s "$PREFIX/share/icons/hicolor/${size}x${size}/apps/ioc-desktop.png" ] \
        || die "no ${size}x${size} icon"
done
echo "smoke run OK"
