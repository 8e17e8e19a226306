#!/usr/bin/env bash
# macOS: sign (optional), notarize (optional) and wrap "Liability Wizard.app" in a compressed .dmg.
#
#   python3 packaging/build.py --installer         # builds the .app, then runs this script
#   bash packaging/macos/make_dmg.sh               # or on its own, after packaging/build.py
#
# Signing: export CODESIGN_IDENTITY="Developer ID Application: … (TEAMID)" *before* packaging/build.py;
# the spec then lets PyInstaller sign every binary with the hardened runtime and entitlements.plist.
# Notarization: export NOTARY_PROFILE=<name> (made once with `xcrun notarytool store-credentials`).
# Without either, the .dmg is unsigned: fine for testing, Gatekeeper asks users to right-click › Open.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/Liability Wizard.app"
VERSION="$(PYTHONPATH="$ROOT/src" python3 -c 'import liability_wizard; print(liability_wizard.__version__)')"
DMG="$ROOT/dist/LiabilityWizard-$VERSION-$(uname -m).dmg"
STAGING="$ROOT/build/dmg"

[[ -d "$APP" ]] || { echo "no $APP: run python3 packaging/build.py first" >&2; exit 1; }

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

rm -rf "$STAGING" "$DMG"
mkdir -p "$STAGING"
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"   # drag-to-install
hdiutil create -volname "Liability Wizard" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGING"

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
  codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
fi
if [[ -n "${NOTARY_PROFILE:-}" ]]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "$DMG ($(du -h "$DMG" | cut -f1))"
