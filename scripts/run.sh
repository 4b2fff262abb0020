#!/usr/bin/env bash
# Installs what is missing, builds a release and starts Compliance Desk on its demo sandbox.
source "$(dirname "$0")/lib.sh"
cd_install_packages
cd_build release
exec "$CD_ROOT/build/release/ui/compliance-desk" --sandbox "$@"
