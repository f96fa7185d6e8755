#!/bin/sh
# Rebuilds src/assets/fonts/share-image.otf: Noto Sans CJK SC Bold cut down to the characters listed in
# src/assets/fonts/share-image.txt, so the build can draw the share images and 一图读懂 pictures without system fonts.
# Needs Debian's fonts-noto-cjk and python3-fonttools (apt-get install fonts-noto-cjk python3-fonttools).
# Run it after adding characters to share-image.txt (the build names any that are missing).
set -eu
cd "$(dirname "$0")/.."
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc \
  --font-number=2 \
  --text-file=src/assets/fonts/share-image.txt \
  --layout-features='*' --name-IDs='*' --name-languages='*' \
  --output-file=src/assets/fonts/share-image.otf
echo "wrote src/assets/fonts/share-image.otf ($(wc -c < src/assets/fonts/share-image.otf) bytes)"
