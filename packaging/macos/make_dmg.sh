#!/usr/bin/env bash
# The macOS disk image: dist/aspdesk.app (made by `python -m aspdesk.packaging build` on
# macOS, with its Info.plist document type for .aspmap from packaging/aspdesk.spec) beside
# a link to /Applications, so the app is installed by dragging it across.
#
#     bash packaging/macos/make_dmg.sh VERSION
#
# Writes dist/aspdesk-VERSION-macos-ARCH.dmg. Run by the hosted CI workflow; needs hdiutil
# (macOS only). The app is not signed or notarised: the first start is by right-click >
# Open, which the README says.
set -euo pipefail
version="${1:?give the version}"
cd "$(dirname "$0")/../.."
app="dist/aspdesk.app"
[ -d "$app" ] || { echo "$app is missing: build the bundle first" >&2; exit 1; }
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/aspdesk-${version}-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname "aspdesk ${version}" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "$dmg"
