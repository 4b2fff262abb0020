#!/usr/bin/env bash
# Installs what is missing, builds, packages, and runs the whole suite inside a private D-Bus session with an
# unlocked gnome-keyring, offscreen. Extra arguments go to ctest (e.g. -L sandbox).
source "$(dirname "$0")/lib.sh"
cd_install_packages

preset=release
if [ -n "${CI:-}" ]; then
    preset=ci # the same build with -Werror
fi
cd_build "$preset"

# Portability: the same code through clang with -Werror, so that what only GCC accepts is caught (CI only: a
# second full build).
if [ -n "${CI:-}" ]; then
    echo "== clang build with -Werror"
    clang_start=$(date +%s)
    cd_build clang
    echo "   built in $(($(date +%s) - clang_start)) s"
    cd "$CD_ROOT"
fi

echo "== packaging (.deb and .tar.gz)"
(cd "$CD_ROOT/build/$preset" && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls "$CD_ROOT/build/$preset"/compliance-desk_*.deb | head -n 1)
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libsecret-1-0 qt6-qpa-plugins; do
    if ! grep -q "$needed" <<<"$depends"; then
        echo "error: $deb does not depend on $needed (Depends: $depends)" >&2
        exit 1
    fi
done
echo "   $(basename "$deb"): Depends: $depends"
# Debian's own checks: any error or warning fails the run (an override needs a one-line reason in the package).
echo "== lintian"
if ! report=$(lintian --fail-on error,warning --tag-display-limit 0 "$deb" 2>&1); then
    grep -v 'running with root privileges' <<<"$report" >&2 || true
    echo "error: lintian reports errors or warnings on $(basename "$deb")" >&2
    exit 1
fi
echo "   clean"

echo "== fuzzing (the decoders, the cache's codecs and the linter; ${CD_FUZZ_SECONDS:-20} s each)"
cd_fuzz "${CD_FUZZ_SECONDS:-20}"

# A private, disposable keychain: fresh runtime, data and config directories every run.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export CD_TEST_PRESET="$preset"

echo "== tests"
dbus-run-session -- bash -c '
    echo -n compliance-desk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "'"$CD_ROOT"'" && ctest --preset "$CD_TEST_PRESET" "$@"
' bash "$@"
