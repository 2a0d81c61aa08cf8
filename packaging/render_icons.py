"""Render the app icon's PNG sizes from its SVG (run after editing the SVG; commit the PNGs).

    python packaging/render_icons.py          # writes resources/icons/hicolor/NxN/apps/*.png
    python packaging/render_icons.py --check  # exit 1 if a PNG no longer matches the SVG

The PNGs are committed because desktops and Qt's own icon loading want bitmaps at the
small sizes, and a wheel should not need Qt's SVG module to show an icon.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402  (after the platform choice)
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.lstmviz.lstmviz"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
# Rendering the same SVG with another Qt version moves anti-aliased edges a little.
CHECK_TOLERANCE = 24


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of one colour channel over all pixels (0 = identical)."""
    if a.size() != b.size():
        return 255
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            for shift in (0, 8, 16, 24):
                worst = max(worst, abs((pa >> shift & 0xFF) - (pb >> shift & 0xFF)))
    return worst


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the PNGs with the SVG, write nothing")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # alive while rendering
    stale = []
    for size in SIZES:
        image, out = render(SVG, size), png_path(size)
        if args.check:
            # Small sizes are enough to see a changed drawing; comparing 512 px pixel by pixel is slow.
            if not out.is_file() or (size <= 64 and largest_difference(image, QImage(str(out))) > CHECK_TOLERANCE):
                stale.append(out)
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"render_icons: cannot write {out}")
        print(f"wrote {out.relative_to(ROOT)}")
    if stale:
        print("render_icons: out of date with the SVG (run packaging/render_icons.py): "
              + ", ".join(str(p.relative_to(ROOT)) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
