"""Render `resources/icon.svg` into every icon each system wants.

    python packaging/icons/make_icons.py OUTDIR

writes
    OUTDIR/hicolor/<N>x<N>/apps/<DESKTOP_ID>.png   for N in 16 ... 512 (Linux menus)
    OUTDIR/hicolor/scalable/apps/<DESKTOP_ID>.svg  (the source, for scalable themes)
    OUTDIR/account-assistant.ico                     (Windows: .exe and installer)
    OUTDIR/account-assistant.icns                    (macOS: the .app)

Qt's SVG renderer draws each size from the vector (crisp small sizes, no resampling of one
big bitmap); Pillow only packs the PNGs into .ico and .icns. Both are build-time tools: the
app itself never runs this.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))

from app import APP_ID, DESKTOP_ID  # noqa: E402  (the path above makes `app` importable)

SOURCE = REPO_ROOT / "resources" / "icon.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    """The icon drawn at `size` x `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} OUTDIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([argv[0]])
    out = Path(argv[1])
    pngs = {size: render_png(size) for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES})}

    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)

    def image(size: int) -> Image.Image:
        return Image.open(io.BytesIO(pngs[size])).convert("RGBA")

    largest_ico = image(max(ICO_SIZES))
    largest_ico.save(
        out / f"{APP_ID}.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[image(size) for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    largest_icns = image(max(ICNS_SIZES))
    largest_icns.save(
        out / f"{APP_ID}.icns",
        format="ICNS",
        append_images=[image(size) for size in ICNS_SIZES if size != max(ICNS_SIZES)],
    )
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
