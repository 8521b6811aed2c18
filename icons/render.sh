#!/usr/bin/env bash
# Regenerates every raster icon from the SVG drawings in this folder.
#   transcript-viewer-16.svg  -> 16 px            (hand-tuned: bubble and waveform only)
#   transcript-viewer-32.svg  -> 24 and 32 px     (hand-tuned: pixel-aligned braces and bars)
#   transcript-viewer.svg     -> 48 px and larger (the master)
# Outputs: png/transcript-viewer-<N>.png, transcript-viewer.ico (Windows), transcript-viewer.icns (macOS),
# transcript-viewer.png (Linux installers, 256 px), and the sizes the app loads at run time under
# src/main/resources/com/transcriptviewer/icons/.
# Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns);
# pass --install to apt-get them first.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
resources="$here/../src/main/resources/com/transcriptviewer/icons"

if [[ "${1:-}" == "--install" ]]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin imagemagick icnsutils >/dev/null
fi
# /usr/bin first: some images put a look-alike "convert" in /usr/local/bin.
export PATH="/usr/bin:$PATH"
for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing (run with --install)" >&2; exit 1; }
done

source_for() {
  local size=$1
  if (( size <= 16 )); then echo "$here/transcript-viewer-16.svg"
  elif (( size <= 32 )); then echo "$here/transcript-viewer-32.svg"
  else echo "$here/transcript-viewer.svg"; fi
}

mkdir -p "$here/png" "$resources"
for size in 16 24 32 48 64 128 256 512 1024; do
  out="$here/png/transcript-viewer-$size.png"
  rsvg-convert --width "$size" --height "$size" "$(source_for "$size")" --output "$out.tmp"
  # -strip drops time stamps so a re-render of unchanged drawings gives identical files.
  convert "$out.tmp" -strip "PNG32:$out"
  rm -f "$out.tmp"
done

png() { echo "$here/png/transcript-viewer-$1.png"; }

# Windows: one .ico holding every size Explorer, the taskbar and the installer ask for.
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" \
  "$here/transcript-viewer.ico"

# macOS: png2icns picks the icon type from each PNG's size.
png2icns "$here/transcript-viewer.icns" \
  "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" "$(png 1024)" >/dev/null

# Linux installers take a single PNG; menus scale it down.
cp "$(png 256)" "$here/transcript-viewer.png"

# Run-time window icons (AppIcons loads these): small for title bars and task switchers, large for docks.
for size in 16 24 32 48 64 128 256; do
  cp "$(png "$size")" "$resources/icon-$size.png"
done
# Preview sheet: actual sizes on a light and a dark desktop, and 16/32 px enlarged 6x to judge the pixels.
row() {
  local bg=$1
  convert -size 620x300 "xc:$bg" \
    "$(png 16)" -geometry +20+142 -composite \
    "$(png 32)" -geometry +52+134 -composite \
    "$(png 48)" -geometry +100+126 -composite \
    \( "$(png 16)" -filter point -resize 96x96 \) -geometry +164+102 -composite \
    \( "$(png 32)" -filter point -resize 192x192 \) -geometry +276+54 -composite \
    \( "$(png 256)" -resize 128x128 \) -geometry +480+86 -composite \
    "$2"
}
row '#F3F4F6' "$here/preview-light.tmp.png"
row '#1F2937' "$here/preview-dark.tmp.png"
convert "$here/preview-light.tmp.png" "$here/preview-dark.tmp.png" -append -strip "$here/preview.png"
rm -f "$here"/preview-*.tmp.png

echo "render.sh: icons written to $here and $resources"
