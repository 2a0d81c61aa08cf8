"""Saving a plot as PNG or SVG, atomically: a failed export never leaves a half-written file."""

from __future__ import annotations

import os

import pyqtgraph as pg

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import replacing


def export_plot(plot_item: pg.PlotItem, path: str) -> None:
    """Write ``plot_item`` as SVG or a bitmap chosen by the suffix, atomically (temp file + rename)."""
    from pyqtgraph import exporters

    suffix = os.path.splitext(path)[1].lower()
    if suffix not in (".svg", ".png", ".jpg", ".jpeg", ".bmp"):
        raise ValueError(tr("{name}: choose a .png or .svg file name").format(name=os.path.basename(path)))
    with replacing(path, suffix=suffix) as tmp:
        exporter = exporters.SVGExporter(plot_item) if suffix == ".svg" else exporters.ImageExporter(plot_item)
        if suffix != ".svg":
            # Twice the on-screen size: a crisp image for slides.
            exporter.parameters()["width"] = max(800, int(plot_item.sceneBoundingRect().width() * 2))
        exporter.export(str(tmp))
        if not os.path.getsize(tmp):
            raise OSError(tr("the exporter wrote nothing"))
