#!/usr/bin/env bash
# in-locked-keyring.sh TEST_BINARY TEST_FUNCTION: runs one test function in a gnome-keyring of its own (its own bus,
# its own data folder), which the test locks itself. Never with a display: a locked keyring would ask for its
# password in a window, and wait.
set -euo pipefail
binary=$1
function=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache" CD_PRIVATE_KEYRING=1 QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
    echo -n compliance-desk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0" "$1"' "$binary" "$function"
