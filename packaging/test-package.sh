#!/bin/sh
# Package test (ctest label "package"): builds the two .deb files with CPack from the
# already built tree, installs them (dpkg -i when run as root, as CI does; otherwise
# unpacked into a temporary root), validates the AppStream metainfo and the desktop
# entry, and runs the installed programs from installed files only. Removes what it
# installed, also on failure.
#   test-package.sh BUILD_DIR SOURCE_DIR VERSION
set -eu
BUILD_DIR=$(cd "$1" && pwd)
SOURCE_DIR=$(cd "$2" && pwd)
VERSION=$3
ARCH=$(dpkg --print-architecture)
WORK=$(mktemp -d -t ioc-package-test.XXXXXX)
installed_by_us=no

cleanup() {
    if [ "$installed_by_us" = yes ]; then
        echo "--- removing the test installation"
        dpkg -r ioc-desktop ioc-datacenter-sim >/dev/null || echo "dpkg -r failed" >&2
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

echo "--- cpack -G DEB in $BUILD_DIR"
# One package build at a time on this machine (several build trees share dpkg).
exec 9>/tmp/ioc-package-test.lock
flock 9
(cd "$BUILD_DIR" && cpack -G DEB >"$WORK/cpack.log" 2>&1) || { cat "$WORK/cpack.log" >&2; exit 1; }
DESKTOP_DEB="$BUILD_DIR/packages/ioc-desktop_${VERSION}_${ARCH}.deb"
SIM_DEB="$BUILD_DIR/packages/ioc-datacenter-sim_${VERSION}_${ARCH}.deb"
for deb in "$DESKTOP_DEB" "$SIM_DEB"; do
    [ -f "$deb" ] || { echo "FAILED: $deb was not produced" >&2; exit 1; }
    echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
done
dpkg-deb -f "$DESKTOP_DEB" Depends | grep -q libqt6sql6-sqlite \
    || { echo "FAILED: ioc-desktop does not depend on the SQLite driver" >&2; exit 1; }

already=$(dpkg-query -W -f='${Status}' ioc-desktop 2>/dev/null || true)
if [ "$(id -u)" -eq 0 ] && [ "${already#install ok installed}" = "$already" ]; then
    echo "--- dpkg -i (as root)"
    installed_by_us=yes
    if ! dpkg -i "$DESKTOP_DEB" "$SIM_DEB" >"$WORK/dpkg.log" 2>&1; then
        cat "$WORK/dpkg.log" >&2
        echo "FAILED: dpkg -i (missing dependencies? run tools/install-deps.sh)" >&2
        exit 1
    fi
    PREFIX=/usr
else
    # Not root, or a real installation is present that we must not replace: unpack.
    echo "--- not root or ioc-desktop already installed: unpacking into $WORK/root"
    dpkg-deb -x "$DESKTOP_DEB" "$WORK/root"
    dpkg-deb -x "$SIM_DEB" "$WORK/root"
    PREFIX="$WORK/root/usr"
fi

echo "--- appstreamcli validate"
appstreamcli validate --no-net "$PREFIX/share/metainfo/vn.gov.hatinh.iocdesktop.metainfo.xml"
if command -v desktop-file-validate >/dev/null 2>&1; then
    echo "--- desktop-file-validate"
    desktop-file-validate "$PREFIX/share/applications/ioc-desktop.desktop"
fi

cp "$SOURCE_DIR/packaging/smoke-installed.sh" "$WORK/smoke.sh"
mkdir -p "$WORK/run" "$WORK/empty"
# As root, hide the source and build trees from the smoke run, so that nothing can be
# found there by accident (a path compiled in from the build machine).
if [ "$(id -u)" -eq 0 ] && unshare -m true 2>/dev/null; then
    echo "--- smoke run with $SOURCE_DIR and $BUILD_DIR hidden"
    unshare -m sh -c "mount --bind '$WORK/empty' '$SOURCE_DIR' && \
        mount --bind '$WORK/empty' '$BUILD_DIR' 2>/dev/null; \
        exec sh '$WORK/smoke.sh' '$PREFIX' '$VERSION' '$WORK/run'"
else
    echo "--- smoke run (trees not hidden: needs root and unshare)"
    sh "$WORK/smoke.sh" "$PREFIX" "$VERSION" "$WORK/run"
fi
