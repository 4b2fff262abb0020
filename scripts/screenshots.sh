#!/usr/bin/env bash
# Remakes the documentation's screenshots (docs/screenshots) from the app itself: the demo organization, offscreen,
# in English unless LANG says otherwise. Run after a change to what the window shows.
source "$(dirname "$0")/lib.sh"
cd_install_packages
cd_build release
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export LANG="${LANG:-C.UTF-8}" LANGUAGE="${LANGUAGE:-en}"
dbus-run-session -- bash -c '
    echo -n compliance-desk-screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "'"$CD_ROOT"'/build/release/tests/screenshots/make_screenshots" "'"$CD_ROOT"'/docs/screenshots"
'
echo "docs/screenshots: $(ls "$CD_ROOT/docs/screenshots" | wc -l) images"
