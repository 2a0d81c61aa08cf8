"""Saving the diagram as PNG or SVG, atomically (a failed export never leaves half a file)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import replacing

FORMATS = {".png": "PNG image", ".svg": "SVG image"}
FILTER = "PNG image (*.png);;SVG image (*.svg)"


class ExportError(ValueError):
    """The image could not be written; the message says why and where."""


def export_scene(scene: QGraphicsScene, path: str | os.PathLike[str], scale: float = 2.0,
                 title: str = tr('lstmviz unrolled diagram')) -> Path:
    """Write the whole scene to ``path``; the suffix (.png or .svg) picks the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(tr('{name}: unknown image type {value}; use .png or .svg').format(name=path.name, value=suffix or tr('(no suffix)')))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(tr('{path}: the folder {folder} does not exist').format(path=path, folder=folder))
    source = scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)
    try:
        with replacing(path, suffix=suffix) as tmp:
            if suffix == ".png":
                _png(scene, source, str(tmp), scale)
            else:
                _svg(scene, source, str(tmp), title)
    except OSError as exc:
        raise ExportError(tr('{path}: cannot be written ({value})').format(path=path, value=exc.strerror or exc)) from None
    return path


def _png(scene: QGraphicsScene, source: QRectF, tmp: str, scale: float) -> None:
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    # The binding takes the format as str only; PySide6's stub says bytes.
    if not image.save(tmp, "PNG"):  # type: ignore[call-overload]
        raise ExportError(tr('{tmp}: could not write the PNG image').format(tmp=tmp))


def _svg(scene: QGraphicsScene, source: QRectF, tmp: str, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(tmp)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(tr('{tmp}: could not write the SVG image').format(tmp=tmp))
    painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("#ffffff"))
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
