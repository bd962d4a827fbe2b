#!/bin/sh
# Installs what building, running and testing IOC Desktop needs on Debian 12 (clang and
# llvm: tools/sanitize.sh's ASan build and fuzzers; clang-tidy: tools/clang-tidy.sh), and
# only what is missing (so a second run costs a dpkg query, not an apt round trip).
set -eu

PACKAGES="
build-essential cmake ninja-build ccache pkg-config
qt6-base-dev qt6-charts-dev qt6-positioning-dev libqt6positioning6-plugins
qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
qtkeychain-qt6-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins libgl-dev qt6-multimedia-dev
libgeos-dev libsimdjson-dev zlib1g-dev libsqlite3-dev
xvfb xauth fonts-noto-cjk fonts-noto-core
librsvg2-bin appstream desktop-file-utils
mapserver-bin poppler-utils
postgresql-15 postgresql-15-postgis-3 gdal-bin lighttpd cgi-mapserver
clang llvm clang-tidy
"

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "These Debian packages are missing and I am not root (and sudo is not available):" >&2
    echo "   $missing" >&2
    echo "Install them as root: apt-get install$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
