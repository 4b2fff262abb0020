# Shared by run.sh and test.sh: install what is missing, then configure and build.
# shellcheck shell=bash
set -euo pipefail

CD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages (see ../shared/toolchain.md for why each is here).
CD_PACKAGES=(
    cmake ninja-build g++ dpkg-dev file
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    fonts-dejavu-core xvfb xauth dbus gnome-keyring libsecret-1-0 libsecret-tools
    desktop-file-utils appstream poppler-utils
)

cd_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

cd_install_packages() {
    local missing=()
    local pkg
    for pkg in "${CD_PACKAGES[@]}"; do
        local status
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        if [ "$status" != "install ok installed" ]; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "== installing ${#missing[@]} Debian package(s): ${missing[*]}"
    cd_as_root apt-get update -qq
    cd_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# cd_build PRESET: configure once, then build incrementally.
cd_build() {
    local preset="$1"
    cd "$CD_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" >/dev/null
    fi
    cmake --build --preset "$preset" -j "$(nproc)"
}
