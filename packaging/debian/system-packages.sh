#!/bin/sh
# The one list of the Debian/Ubuntu packages Account Assistant needs; installs them, or says
# exactly how to. The Makefile, the .deb's Depends: and the docs all come from here.
#   system-packages.sh run          what the app needs to open a window (= the .deb's Depends)
#   system-packages.sh test         what `make test` needs (headless Qt, a real keyring for tests)
#   system-packages.sh package      what `make deb` and `make package-test` need
#   system-packages.sh --list WHAT  print the packages of WHAT, one per line, install nothing
# As root it installs what is missing; otherwise it prints the `sudo apt-get install` line
# and fails. On systems without dpkg (Windows, macOS, other Linux) it does nothing.
set -eu

list_only=no
if [ "${1:-}" = "--list" ]; then
  list_only=yes
  shift
fi
what=${1:-run}

# Every package below is there because a library in the app's bundle links to one of its
# libraries (packaging/debian/build_deb.py checks that, both ways), except where noted.
# The C and C++ runtimes and compression libraries Qt and Python link to.
runtime="libc6 libgcc-s1 libstdc++6 zlib1g libzstd1 libbz2-1.0 liblzma5"
# The bundled Python's own modules: ctypes (libffi), ssl and hashlib (OpenSSL), uuid.
python_runtime="libffi8 libssl3 libuuid1"
# Qt 6 from PyPI: GLib's event loop, D-Bus, fonts, EGL/OpenGL, keyboard maps. The fonts are
# not a library: without at least one font installed Qt draws no text at all.
qt_core="libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libegl1 libgl1 libxkbcommon0 \
fonts-dejavu-core"
# A real X11 window (the "xcb" platform).
qt_x11="libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 \
libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0"
# A native Wayland window (GNOME's default session on Debian 12).
qt_wayland="libwayland-client0 libwayland-cursor0 libwayland-egl1"
# Tests: a session bus and a Secret Service keyring started by the tests themselves.
test_tools="dbus dbus-x11 gnome-keyring"
# Building and checking the installers: readelf/objdump (PyInstaller, build_deb.py), patchelf
# (drops the build machine's paths from the bundled Python's modules), the .deb's checkers,
# a bare Debian root to install it in, a screen for the installed app's window.
package_tools="binutils patchelf xz-utils lintian desktop-file-utils appstream mmdebstrap \
xvfb xauth"

run_packages="$runtime $python_runtime $qt_core $qt_x11 $qt_wayland"
case "$what" in
  run) wanted="$run_packages" ;;
  test) wanted="$runtime $qt_core $test_tools" ;;
  package) wanted="$run_packages $package_tools" ;;
  *) echo "usage: $0 [--list] run|test|package" >&2; exit 2 ;;
esac

if [ "$list_only" = yes ]; then
  for package in $wanted; do echo "$package"; done
  exit 0
fi

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
