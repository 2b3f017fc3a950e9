"""Build dist/account-assistant_<version>_<arch>.deb from the PyInstaller bundle.

    python packaging/debian/build_deb.py [--bundle dist/account-assistant]
        [--icons build/icons] [--out dist]

The package installs
    /opt/account-assistant/                      the bundle (its own Python and Qt)
    /usr/bin/account-assistant                   a link to the bundle's executable
    /usr/share/applications/<DESKTOP_ID>.desktop the menu entry
    /usr/share/icons/hicolor/*/apps/<DESKTOP_ID>.{png,svg}
    /usr/share/metainfo/<DESKTOP_ID>.metainfo.xml
    /usr/share/doc/account-assistant/{copyright,changelog.gz}
and depends on exactly the packages `system-packages.sh --list run` names: before building,
every library the bundle links to and does not carry is looked up (ldconfig, dpkg) and must
come from one of them, and each of them must be needed (or be listed in NOT_LINKED with its
reason). Removing the package removes these files only: the user's data lives in their home.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from app import APP_ID, APP_NAME, DESKTOP_ID, __version__  # noqa: E402

SYSTEM_PACKAGES = REPO / "packaging" / "debian" / "system-packages.sh"
METAINFO = REPO / "packaging" / "linux" / f"{DESKTOP_ID}.metainfo.xml"
LINTIAN_OVERRIDES = REPO / "packaging" / "debian" / "lintian-overrides"
DESKTOP_FILE = REPO / "resources" / f"{DESKTOP_ID}.desktop"
INSTALL_DIR = f"/opt/{APP_ID}"
MAINTAINER = "Account Assistant developers <maintainers@accountassistant.org>"
HOMEPAGE = "https://github.com/account-assistant/account-assistant"
# Packages in the run list that no library of the bundle links to, and why they are needed.
NOT_LINKED = {
    "fonts-dejavu-core": "Qt finds fonts through fontconfig; without one it draws no text",
}
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")


class BuildError(Exception):
    """The package cannot be built as it stands; the message says why."""


def run_packages() -> list[str]:
    out = subprocess.run(
        ["sh", str(SYSTEM_PACKAGES), "--list", "run"], capture_output=True, text=True, check=True
    ).stdout
    return out.split()


def newest_release(metainfo: Path) -> str:
    releases = ET.parse(metainfo).getroot().find("releases")
    if releases is None or len(releases) == 0:
        raise BuildError(f"{metainfo} lists no <release>")
    return releases[0].attrib["version"]


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def bundle_elf_files(bundle: Path) -> list[Path]:
    return sorted(
        path
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink() and _is_elf(path)
    )


def _dynamic_section(path: Path) -> str:
    """`readelf`'s listing of an ELF file's dynamic section (NEEDED, RUNPATH...)."""
    return subprocess.run(
        ["readelf", "--dynamic", "--wide", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def needed_outside(bundle: Path) -> dict[str, list[str]]:
    """Library names the bundle's ELF files need but the bundle does not carry -> who needs."""
    carried = {path.name for path in bundle.rglob("*")}
    needed: dict[str, list[str]] = {}
    for path in bundle_elf_files(bundle):
        for match in _NEEDED.finditer(_dynamic_section(path)):
            if match["name"] not in carried:
                needed.setdefault(match["name"], []).append(str(path.relative_to(bundle)))
    return needed


def _library_paths() -> dict[str, str]:
    """Where the dynamic loader finds each library name on this machine (ldconfig's cache)."""
    text = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    arch = "x86-64" if os.uname().machine == "x86_64" else os.uname().machine
    paths: dict[str, str] = {}
    for line in text.splitlines():
        match = re.match(r"\s+(\S+) \((?P<flags>[^)]*)\) => (?P<path>\S+)", line)
        if match and (arch in match["flags"] or "," not in match["flags"]):
            paths.setdefault(match[1], match["path"])
    return paths


def _owner(path: str) -> str | None:
    """The Debian package that installed `path` (Debian 12's merged /usr: try both names)."""
    real = os.path.realpath(path)
    candidates = {path, real}
    for name in list(candidates):
        if name.startswith("/usr/lib/"):
            candidates.add(name.removeprefix("/usr"))
        elif name.startswith("/lib/"):
            candidates.add("/usr" + name)
    for candidate in sorted(candidates):
        result = subprocess.run(
            ["dpkg-query", "--search", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0 and result.stdout:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def check_depends(bundle: Path, depends: list[str]) -> None:
    """Every outside library comes from `depends`; every package there is needed."""
    where = _library_paths()
    providers: dict[str, list[str]] = {}
    problems: list[str] = []
    for name, users in sorted(needed_outside(bundle).items()):
        path = where.get(name)
        owner = _owner(path) if path else None
        if owner is None:
            problems.append(
                f"{name} (needed by {users[0]}) is not installed on this machine: install "
                f"`sh {SYSTEM_PACKAGES.relative_to(REPO)} package` first"
            )
            continue
        providers.setdefault(owner, []).append(name)
        if owner not in depends:
            problems.append(f"{name} (needed by {users[0]}) comes from {owner}: add it to run")
    for package in depends:
        if package not in providers and package not in NOT_LINKED:
            problems.append(f"{package} is in the run list but nothing in the bundle needs it")
    if problems:
        raise BuildError("Depends: does not match the bundle:\n  " + "\n  ".join(problems))


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)


def _drop_build_machine_paths(install: Path) -> None:
    """Remove a RUNPATH naming a folder of the build machine (the bundled Python's modules
    carry the one of the Python they were built with); `$ORIGIN` paths stay."""
    for path in bundle_elf_files(install):
        text = _dynamic_section(path)
        match = re.search(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[(?P<p>[^\]]*)\]", text)
        if match and any(not part.startswith("$ORIGIN") for part in match["p"].split(":")):
            subprocess.run(["patchelf", "--remove-rpath", str(path)], check=True)


def _man_page() -> bytes:
    """account-assistant(1), from the command line's own definition."""
    from app.cli import build_parser

    parser = build_parser()
    lines = [
        f'.TH {APP_ID.upper()} 1 "" "{APP_NAME} {__version__}" "User Commands"',
        ".SH NAME",
        f"{APP_ID} \\- {APP_NAME}, an assistant for Amazon accounts",
        ".SH SYNOPSIS",
        f".B {APP_ID}",
        "[\\fIOPTION\\fR]...",
        ".SH DESCRIPTION",
        (parser.description or "").replace("-", "\\-"),
        "Without options it opens its window, in Italian or English.",
        ".SH OPTIONS",
    ]
    for action in parser._actions:  # argparse has no public list of its options
        if not action.option_strings:
            continue
        names = ", ".join(action.option_strings).replace("-", "\\-")
        metavar = f" \\fI{action.metavar}\\fR" if action.metavar else ""
        lines += [".TP", f".B {names}{metavar}", (action.help or "").replace("-", "\\-")]
    lines += [
        ".SH FILES",
        "The cases are kept in \\fI~/.local/share/account\\-assistant/\\fR.",
        ".SH NOTES",
        "Account Assistant is not affiliated with Amazon.",
    ]
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def _normalise_modes(root: Path, executables: set[Path]) -> None:
    """Directories 0755, files 0644, the program 0755: what dpkg and lintian expect."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path in executables else 0o644)


def _changelog(version: str, when: dt.datetime) -> bytes:
    stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    text = (
        f"{APP_ID} ({version}) unstable; urgency=medium\n\n"
        f"  * Release {version}: the changes are in the AppStream metainfo file.\n\n"
        f" -- {MAINTAINER}  {stamp}\n"
    )
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def _copyright() -> str:
    licence = (REPO / "LICENSE").read_text("utf-8").strip()
    body = "\n".join(f" {line}" if line.strip() else " ." for line in licence.splitlines())
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {APP_NAME}\n"
        f"Source: {HOMEPAGE}\n\n"
        "Files: *\n"
        "Copyright: Account Assistant developers\n"
        "License: MIT\n"
        f"{body}\n\n"
        "Files: opt/account-assistant/_internal/*\n"
        "Copyright: The Qt Company Ltd. and other contributors (Qt, PySide6: LGPL-3);\n"
        " the Python Software Foundation (CPython: PSF-2.0); the authors of pydantic (MIT),\n"
        " keyring (MIT), ada-url (Apache-2.0 or MIT), cryptography (Apache-2.0 or BSD-3)\n"
        "License: various\n"
        " Each bundled component keeps its own licence; the licence files that its wheel\n"
        " ships are under opt/account-assistant/_internal/ where the wheel provides them.\n"
    )


def _control(version: str, arch: str, depends: list[str], installed_kib: int) -> str:
    return (
        f"Package: {APP_ID}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        "Description: close an Amazon account, recover Seller Central, avoid phishing\n"
        " A bilingual (Italian / English) desktop assistant that walks Amazon customers\n"
        " and sellers, one step at a time, through closing an account (with a reminder of\n"
        " the 5-day confirmation), recovering access to Seller Central, and checking that\n"
        " a link or a sender really is Amazon.\n"
        " .\n"
        " It never asks for a password and never goes online by itself. It is not\n"
        " affiliated with Amazon.\n"
    )


def stage(bundle: Path, icons: Path, root: Path, depends: list[str]) -> None:
    if root.exists():
        shutil.rmtree(root)
    install = root / INSTALL_DIR.lstrip("/")
    install.parent.mkdir(parents=True)
    _copy_tree(bundle, install)
    _drop_build_machine_paths(install)
    program = install / APP_ID
    if not program.is_file():
        raise BuildError(f"{bundle} has no {APP_ID} executable: build the bundle first")

    share = root / "usr" / "share"
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP_ID).symlink_to(f"{INSTALL_DIR}/{APP_ID}")
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    (share / "metainfo").mkdir(parents=True)
    shutil.copyfile(METAINFO, share / "metainfo" / METAINFO.name)
    hicolor = icons / "hicolor"
    if not hicolor.is_dir():
        raise BuildError(f"no icons in {icons}: run packaging/icons/make_icons.py first")
    shutil.copytree(hicolor, share / "icons" / "hicolor")
    doc = share / "doc" / APP_ID
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(_copyright(), encoding="utf-8")
    (share / "man" / "man1").mkdir(parents=True)
    (share / "man" / "man1" / f"{APP_ID}.1.gz").write_bytes(_man_page())
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(LINTIAN_OVERRIDES, overrides / APP_ID)
    (doc / "changelog.gz").write_bytes(_changelog(__version__, dt.datetime.now(dt.UTC)))

    executables = {program} | {
        path
        for path in install.rglob("*")
        if path.is_file() and not path.is_symlink() and path.suffix == "" and _is_elf(path)
    }
    _normalise_modes(root, executables)

    installed = (
        sum(path.lstat().st_size for path in root.rglob("*") if not path.is_dir()) // 1024 + 1
    )
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(_control(__version__, arch, depends, installed), "utf-8")
    sums = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and debian not in path.parents:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # what dpkg's md5sums holds
            sums.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    (debian / "md5sums").write_text("".join(sums), "utf-8")
    for path in debian.iterdir():
        path.chmod(0o644)


def build(bundle: Path, icons: Path, out: Path) -> Path:
    release = newest_release(METAINFO)
    if release != __version__:
        raise BuildError(
            f"{METAINFO.relative_to(REPO)}'s newest release is {release}, the app's version is "
            f"{__version__}: add a <release> for {__version__}"
        )
    depends = run_packages()
    check_depends(bundle, depends)
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = REPO / "build" / "deb" / f"{APP_ID}_{__version__}_{arch}"
    stage(bundle, icons, root, depends)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{APP_ID}_{__version__}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=REPO / "dist" / APP_ID)
    parser.add_argument("--icons", type=Path, default=REPO / "build" / "icons")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    options = parser.parse_args(argv)
    try:
        deb = build(options.bundle, options.icons, options.out)
    except BuildError as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
