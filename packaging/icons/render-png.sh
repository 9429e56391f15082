#!/usr/bin/env bash
# Renders the PNG sizes of the icon from its SVG (needs librsvg2-bin). Run after editing
# the SVG; the PNGs are kept in the repository so the build needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" org.prepdeck.Prepdeck.svg \
    -o "hicolor/${size}x${size}/apps/org.prepdeck.Prepdeck.png"
done
