"""What goes into the bundle: PyInstaller's lists, trimmed to what the app uses.

PyInstaller's Qt hooks collect every plugin and every translation of the Qt modules the app
imports. The app needs far fewer: a window on X11, Wayland (and Windows, macOS), offscreen
for checks, SVG for its icon, input methods for accented letters, and Qt's own strings in
Italian and English. The rest is left out here, and then every library no kept file needs.

On Debian the libraries that Debian itself ships (libX11, fontconfig, glib...) are left out
too: the .deb depends on their packages instead (packaging/debian/system-packages.sh), so they
get Debian's security updates and always match the system's own configuration files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

# Entries of PyInstaller's TOC lists: (destination in the bundle, source path, type code).
Entry = tuple[str, str, str]

# Qt plugins left out, by folder, then by file name (without "lib" and extension): a whole
# folder when its value is None.
_UNUSED_PLUGINS: dict[str, frozenset[str] | None] = {
    # full-screen embedded back ends, VNC, a bare framebuffer: not a desktop
    "platforms": frozenset(
        {"qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvkkhrdisplay", "qvnc", "qdirect2d"}
    ),
    "egldeviceintegrations": None,
    "generic": None,  # raw evdev and TUIO input, for embedded devices
    "xcbglintegrations": None,  # OpenGL on X11: the app draws plain widgets
    "platformthemes": frozenset({"qgtk3"}),  # would need GTK 3 and its whole stack
    "imageformats": frozenset(
        {"qgif", "qicns", "qico", "qjpeg", "qtga", "qtiff", "qwbmp", "qwebp", "qpdf"}
    ),
    # plugins for Wayland compositors (servers) and for shells other than the desktop one
    "wayland-graphics-integration-client": frozenset(
        {"dmabuf-server", "drm-egl-server", "shm-emulation-server", "vulkan-server"}
    ),
    "wayland-shell-integration": frozenset(
        {"fullscreen-shell-v1", "ivi-shell", "qt-shell", "wl-shell-plugin"}
    ),
    "networkinformation": None,
    "tls": None,
    "sqldrivers": None,
    "styles": frozenset({"qmodernwindowsstyle"}) if sys.platform != "win32" else frozenset(),
}
# Qt's own strings: only the languages the app speaks.
KEPT_QT_TRANSLATIONS = frozenset({"qtbase_it.qm", "qtbase_en.qm"})


# PyInstaller runs a hook at start-up for some standard modules found anywhere in the app's
# import graph; these three import their module eagerly (inspect, multiprocessing, pkgutil
# with zipfile: about 80 ms before the first line of the app) only to patch features the app
# never uses: source lookup, child processes, walking packages. Without the hooks the modules
# still load, lazily, if something needs them.
UNNEEDED_RUNTIME_HOOKS = frozenset(
    {"pyi_rth_inspect", "pyi_rth_multiprocessing", "pyi_rth_pkgutil"}
)


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".", maxsplit=1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def is_unused_plugin(destination: str) -> bool:
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if "plugins" not in parts:
        return False
    index = parts.index("plugins")
    if len(parts) < index + 3:
        return False
    folder, file_name = parts[index + 1], parts[-1]
    if folder not in _UNUSED_PLUGINS:
        return False
    names = _UNUSED_PLUGINS[folder]
    return names is None or _plugin_name(file_name) in names


def keep_data(destination: str) -> bool:
    """False for Qt translations of other languages."""
    path = PurePosixPath(destination.replace("\\", "/"))
    if "translations" in path.parts and path.suffix == ".qm" and "PySide6" in path.parts:
        return path.name in KEPT_QT_TRANSLATIONS
    return True


# --- libraries ----------------------------------------------------------------------------

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")


def _needed_libraries(path: str) -> set[str]:
    """The DT_NEEDED names of an ELF file (what the dynamic loader will look for)."""
    result = subprocess.run(
        ["readelf", "--dynamic", "--wide", path],
        capture_output=True,
        text=True,
        check=False,
    )
    return {match["name"] for match in _NEEDED.finditer(result.stdout)}


def debian_owned(paths: Iterable[str]) -> dict[str, str]:
    """For each path that a Debian package installed, that package's name (without :arch)."""
    wanted = sorted({str(Path(p).resolve()) for p in paths} | {p for p in paths})
    if not wanted or shutil.which("dpkg-query") is None:
        return {}
    result = subprocess.run(
        ["dpkg-query", "--search", *wanted], capture_output=True, text=True, check=False
    )
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        package, _, path = line.partition(": ")
        if path and "," not in package:
            owners[path] = package.split(":")[0]
    found: dict[str, str] = {}
    for p in paths:
        owner = owners.get(p) or owners.get(str(Path(p).resolve()))
        if owner is None:
            # Debian 12 has a merged /usr: /lib/x86_64-linux-gnu/x is /usr/lib/x86_64-linux-gnu/x
            resolved = str(Path(p).resolve())
            alias = resolved.removeprefix("/usr") if resolved.startswith("/usr/lib") else None
            owner = owners.get(alias or "") or owners.get("/usr" + resolved)
        if owner is not None:
            found[p] = owner
    return found


def _is_python_module(destination: str) -> bool:
    name = PurePosixPath(destination).name
    return ".cpython-" in name or name.endswith(".abi3.so") or "lib-dynload" in destination


def trim(binaries: list[Entry]) -> tuple[list[Entry], dict[str, str]]:
    """The binaries to bundle, and the Debian libraries left out (name -> package).

    Unused plugins go first. On Linux, a library a Debian package provides is then left out;
    last, every library that no kept module, plugin or library needs (DT_NEEDED, followed
    through) is dropped, so a plugin left out takes its private libraries with it.
    """
    kept = [entry for entry in binaries if not is_unused_plugin(entry[0])]
    if not sys.platform.startswith("linux"):
        return kept, {}
    owners = debian_owned(
        [src for dest, src, _ in kept if not _is_python_module(dest) and "python" not in dest]
    )
    system = {PurePosixPath(dest).name: owners[src] for dest, src, _ in kept if src in owners}
    kept = [entry for entry in kept if entry[1] not in owners]

    by_name: dict[str, list[Entry]] = {}
    for entry in kept:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    roots = [
        entry
        for entry in kept
        if _is_python_module(entry[0])
        or "/plugins/" in f"/{entry[0]}"
        or PurePosixPath(entry[0]).name.startswith("libpython")
    ]
    reachable: set[str] = set()
    pending = [entry[1] for entry in roots]
    seen_sources: set[str] = set()
    while pending:
        source = pending.pop()
        if source in seen_sources:
            continue
        seen_sources.add(source)
        for name in _needed_libraries(source):
            if name in by_name and name not in reachable:
                reachable.add(name)
                pending.extend(entry[1] for entry in by_name[name])
    root_ids = {id(entry) for entry in roots}
    trimmed = [
        entry
        for entry in kept
        if id(entry) in root_ids or PurePosixPath(entry[0]).name in reachable
    ]
    return trimmed, system


def without_dangling_symlinks(entries: list[Entry], kept: Iterable[Entry]) -> list[Entry]:
    """`entries` less the SYMLINK entries whose target is no longer in the bundle.

    PyInstaller links each Qt library at the bundle's top level to its copy under
    PySide6/Qt/lib; a link to a library `trim` left out would be left dangling.
    """
    present = {PurePosixPath(dest).as_posix() for dest, _, _ in kept}
    return [
        (dest, src, kind)
        for dest, src, kind in entries
        if kind != "SYMLINK"
        or (PurePosixPath(dest).parent / src).as_posix().lstrip("./") in present
        or PurePosixPath(src).as_posix() in present
    ]


def windows_version_file(build: Path, name: str, app_id: str, version: str) -> str:
    """A PyInstaller version-info file for the .exe (Properties > Details), from the version."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    four = tuple(numbers)
    text = f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        StringStruct('CompanyName', '{name} developers'),
        StringStruct('FileDescription', '{name}'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', '{app_id}'),
        StringStruct('LegalCopyright', 'MIT licence'),
        StringStruct('OriginalFilename', '{app_id}.exe'),
        StringStruct('ProductName', '{name}'),
        StringStruct('ProductVersion', '{version}')])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 0x04B0, 0x0410, 0x04B0])])
  ]
)
"""
    build.mkdir(parents=True, exist_ok=True)
    path = build / "windows-version-info.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)
