#!/usr/bin/env bash
# Remakes the Windows and macOS icons from the application's SVG (packaging/*.svg): packaging/windows/*.ico (16 to
# 256 pixels) and packaging/macos/*.icns (128 to 1024 pixels, PNG entries). Needs ImageMagick with SVG support and
# python3. Run after a change to the SVG; both files are kept in the repository so that no build needs these tools.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
svg="$root/packaging/io.github.compliancedesk.ComplianceDesk.svg"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for size in 16 32 48 64 128 256 512 1024; do
    convert -background none -density 1200 "$svg" -resize "${size}x${size}" -depth 8 "PNG32:$scratch/$size.png"
done
convert "$scratch"/{16,32,48,64,128,256}.png "$root/packaging/windows/compliance-desk.ico"
python3 - "$scratch" "$root/packaging/macos/compliance-desk.icns" <<'PY'
import struct, sys
folder, out = sys.argv[1], sys.argv[2]
entries = b''
for kind, size in ((b'ic07', 128), (b'ic08', 256), (b'ic09', 512), (b'ic10', 1024)):
    data = open(f'{folder}/{size}.png', 'rb').read()
    entries += kind + struct.pack('>I', len(data) + 8) + data
open(out, 'wb').write(b'icns' + struct.pack('>I', len(entries) + 8) + entries)
PY
echo "made packaging/windows/compliance-desk.ico and packaging/macos/compliance-desk.icns"
