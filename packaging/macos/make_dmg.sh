#!/usr/bin/env bash
# Wraps the PyInstaller app bundle into a disk image (macOS only; see README.md here):
#     bash packaging/macos/make_dmg.sh
# reads  dist/<APP_NAME>.app                  (pyinstaller ... packaging/pyinstaller/account-assistant.spec)
# writes dist/<APP_ID>-<version>.dmg          (dist/account-assistant-<version>.dmg)
# The image holds the app and a link to /Applications, so that the user drags one onto the
# other. Name, id and version are read from app/__init__.py, their one source.
# PYTHON may name the interpreter to read them with (default: python3; app/__init__.py
# imports nothing, so any Python 3 will do).
set -euo pipefail

cd "$(dirname "$0")/../.."
python=${PYTHON:-python3}

app_value() {
  "$python" -c 'import sys, app; print(getattr(app, sys.argv[1]))' "$1"
}

if [ "$(uname -s)" != "Darwin" ]; then
  echo "make_dmg.sh: hdiutil exists only on macOS; build the disk image on a Mac." >&2
  exit 1
fi

app_name=$(app_value APP_NAME)
app_id=$(app_value APP_ID)
version=$(app_value __version__)
app_bundle="dist/${app_name}.app"
dmg="dist/${app_id}-${version}.dmg"

if [ ! -d "$app_bundle" ]; then
  echo "make_dmg.sh: no $app_bundle here. Build it first, from the repository root:" >&2
  echo "  python packaging/icons/make_icons.py build/icons" >&2
  echo "  pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/pyinstaller/account-assistant.spec" >&2
  exit 1
fi
if [ ! -x "$app_bundle/Contents/MacOS/$app_id" ]; then
  echo "make_dmg.sh: $app_bundle has no executable Contents/MacOS/$app_id: the build is incomplete." >&2
  exit 1
fi

staging=$(mktemp -d "${TMPDIR:-/tmp}/${app_id}-dmg.XXXXXX")
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symbolic links (Qt's frameworks), permissions and signatures
ditto "$app_bundle" "$staging/${app_name}.app"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
# hdiutil sometimes fails with "Resource busy" on CI machines (a race with the system's
# malware scanner, actions/runner-images#7522): try again a few times before giving up.
attempt=1
until hdiutil create -volname "$app_name" -srcfolder "$staging" -ov -format UDZO "$dmg"; do
  if [ "$attempt" -ge 5 ]; then
    echo "make_dmg.sh: hdiutil create failed $attempt times; giving up." >&2
    exit 1
  fi
  echo "make_dmg.sh: hdiutil create failed (attempt $attempt); trying again in $((attempt * 5)) s." >&2
  sleep $((attempt * 5))
  attempt=$((attempt + 1))
done
hdiutil verify "$dmg"
echo "wrote $dmg ($(du -h "$dmg" | cut -f1))"
