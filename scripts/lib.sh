# Shared by run.sh and test.sh: install what is missing, then configure and build.
# shellcheck shell=bash
set -euo pipefail

CD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 packages (see ../shared/toolchain.md for why each is here).
CD_PACKAGES=(
    cmake ninja-build g++ dpkg-dev file
    clang libclang-rt-14-dev
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
    fonts-dejavu-core xvfb xauth dbus gnome-keyring libsecret-1-0 libsecret-tools
    desktop-file-utils appstream poppler-utils qt6-translations-l10n help2man lintian yamllint
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

# cd_fuzz SECONDS: builds the libFuzzer targets (the fuzz preset) and runs each for SECONDS over a scratch copy of its
# seed corpus (tests/fuzz/corpus/<target>, never written to). A crash, a sanitizer report, a leak, an input slower
# than 10 s or over 2 GB stops the run; the input is kept in build/fuzz/findings/ to reproduce it.
cd_fuzz() {
    local seconds="$1"
    cd "$CD_ROOT"
    if [ ! -f build/fuzz/build.ninja ]; then
        cmake --preset fuzz >/dev/null
    fi
    cmake --build --preset fuzz -j "$(nproc)" >/dev/null
    mkdir -p build/fuzz/findings
    local target scratch
    for target in json_decoders record_codec linter; do
        scratch=$(mktemp -d)
        if ! build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$CD_ROOT/build/fuzz/findings/" \
            "$scratch" "tests/fuzz/corpus/$target" >"build/fuzz/$target.log" 2>&1; then
            tail -n 40 "build/fuzz/$target.log" >&2
            echo "error: fuzz_$target found a failing input (kept in build/fuzz/findings/)" >&2
            rm -rf "$scratch"
            return 1
        fi
        echo "   fuzz_$target: $(grep -o 'number_of_executed_units: *[0-9]*' "build/fuzz/$target.log" | grep -o '[0-9]*$') inputs in ${seconds} s, no failure"
        rm -rf "$scratch"
    done
}
