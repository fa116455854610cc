#!/usr/bin/env bash
# HubLens set-up for Debian 12: installs the missing build dependencies (apt, as root or through sudo), builds, then
#   run   – launches the desktop application
#   test  – runs the whole test suite (offscreen, no network beyond 127.0.0.1)
#   build – only builds
# Idempotent: a second run installs nothing and rebuilds only what changed.
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo), CMAKE_ARGS (extra configure flags),
#              JOBS (default: nproc).
set -euo pipefail

action="${1:-run}"
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"
jobs="${JOBS:-$(nproc)}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev
    libcurl4-openssl-dev libsqlite3-dev qtkeychain-qt6-dev
    xvfb xauth
    appstream # appstreamcli: the test installer_metainfo_valid checks the AppStream metainfo
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "error: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
        exit 1
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# shellcheck disable=SC2086
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${CMAKE_ARGS:-}
cmake --build "$build_dir" --parallel "$jobs"

case "$action" in
run)
    exec "$build_dir/hublens" "$@"
    ;;
test)
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" "$@"
    ;;
build)
    ;;
*)
    echo "usage: installer/bootstrap.sh run|test|build" >&2
    exit 2
    ;;
esac
