#!/usr/bin/env bash
# Makes the screenshots into a scratch folder and checks they are the set docs/screenshots holds, each a PNG.
# Usage: check_screenshots.sh MAKE_SCREENSHOTS DOCS_DIR
set -euo pipefail
tool=$1 docs=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$tool" "$scratch"
made=$(cd "$scratch" && ls -1 ./*.png | sort)
shipped=$(cd "$docs" && ls -1 ./*.png | sort)
if [ "$made" != "$shipped" ]; then
    echo "docs/screenshots differs from what scripts/screenshots.sh makes:" >&2
    diff <(echo "$shipped") <(echo "$made") >&2 || true
    exit 1
fi
for image in "$scratch"/*.png; do
    file -b "$image" | grep -q '^PNG image data' || { echo "$image is not a PNG" >&2; exit 1; }
done
echo "$(wc -l <<<"$made") screenshots, as in docs/screenshots"
