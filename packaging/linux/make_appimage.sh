#!/usr/bin/env bash
# Linux: wrap the onedir bundle (dist/liability-wizard/) in an AppImage — one file a user can run.
#
#   python3 packaging/build.py --installer     # builds the bundle, then runs this script
#
# Needs appimagetool on PATH (https://github.com/AppImage/appimagetool/releases, itself an AppImage;
# in a container without FUSE run it with APPIMAGE_EXTRACT_AND_RUN=1). Build on the oldest distribution
# you support: the bundle links against the build machine's glibc.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUNDLE="$ROOT/dist/liability-wizard"
APPDIR="$ROOT/build/LiabilityWizard.AppDir"
VERSION="$(PYTHONPATH="$ROOT/src" python3 -c 'import liability_wizard; print(liability_wizard.__version__)')"
OUT="$ROOT/dist/LiabilityWizard-$VERSION-$(uname -m).AppImage"

[[ -x "$BUNDLE/liability-wizard" ]] || { echo "no $BUNDLE: run python3 packaging/build.py first" >&2; exit 1; }
command -v appimagetool >/dev/null || { echo "appimagetool is not on PATH (see the top of $0)" >&2; exit 1; }

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib"
cp -a "$BUNDLE" "$APPDIR/usr/lib/liability-wizard"
cp "$ROOT/packaging/linux/liability-wizard.desktop" "$APPDIR/"
# appimagetool wants an icon named after the .desktop file's Icon= key.
ICON="$(ls "$ROOT"/resources/icons/*.png 2>/dev/null | head -n1 || true)"
if [[ -n "$ICON" ]]; then
  cp "$ICON" "$APPDIR/liability-wizard.png"
else
  convert -size 256x256 xc:'#7a1f1f' -fill white -gravity center -pointsize 120 -annotate 0 'LW' \
    "$APPDIR/liability-wizard.png"
fi
cat > "$APPDIR/AppRun" <<'RUN'
#!/bin/sh
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/liability-wizard/liability-wizard" "$@"
RUN
chmod +x "$APPDIR/AppRun"
ARCH="$(uname -m)" appimagetool "$APPDIR" "$OUT"
echo "$OUT ($(du -h "$OUT" | cut -f1))"
