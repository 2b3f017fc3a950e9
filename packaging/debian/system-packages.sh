#!/bin/sh
# Installs the Debian/Ubuntu packages Account Assistant needs, or says exactly how to.
#   system-packages.sh run    what the app needs to open a window
#   system-packages.sh test   what `make test` needs (headless Qt, a real keyring for tests)
# As root it installs what is missing; otherwise it prints the `sudo apt-get install` line
# and fails. On systems without dpkg (Windows, macOS, other Linux) it does nothing.
set -eu

what=${1:-run}

# Qt 6 from PyPI needs these on a bare Debian 12; fonts so that text is drawn at all.
qt_core="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
# A real X11 window (the "xcb" platform).
qt_x11="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"
# Tests: a session bus and a Secret Service keyring started by the tests themselves.
test_tools="dbus dbus-x11 gnome-keyring"

case "$what" in
  run) wanted="$qt_core $qt_x11" ;;
  test) wanted="$qt_core $test_tools" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0
fi

# `python3 -m venv` needs Debian's python3-venv unless Python came from elsewhere.
if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
  wanted="$wanted python3-venv"
fi

missing=""
for package in $wanted; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing="$missing $package"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "Account Assistant needs some system packages. Install them with:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  echo "then run the same make command again." >&2
  exit 1
fi
