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
# appimagetool wants an icon named after the .desktop file's Icon= key. The application icon is
# resources/icons/app.svg with generated sizes app-<N>.png; each goes into the hicolor theme too, where
# desktop menus and the AppImage integration look for Icon=liability-wizard.
ICONS="$ROOT/resources/icons"
ICON=""
for candidate in "$ICONS/app-256.png" "$ICONS/app.png" $(ls "$ICONS"/app-*.png 2>/dev/null | sort -t- -k2 -n -r); do
  [[ -f "$candidate" ]] && { ICON="$candidate"; break; }
done
for sized in "$ICONS"/app-*.png; do
  [[ -f "$sized" ]] || continue
  size="$(basename "$sized" .png)"; size="${size#app-}"
  mkdir -p "$APPDIR/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$sized" "$APPDIR/usr/share/icons/hicolor/${size}x${size}/apps/liability-wizard.png"
done
if [[ -f "$ICONS/app.svg" ]]; then
  mkdir -p "$APPDIR/usr/share/icons/hicolor/scalable/apps"
  cp "$ICONS/app.svg" "$APPDIR/usr/share/icons/hicolor/scalable/apps/liability-wizard.svg"
fi
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
