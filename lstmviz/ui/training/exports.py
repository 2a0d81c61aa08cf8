"""Saving what the panel shows: plots as PNG or SVG, the loss history as CSV.

Every file is written to a temporary name in the same folder and then renamed, so a
failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import os

import pyqtgraph as pg

from lstmviz.model.atomic_file import replacing, write_atomically


def export_plot(plot_item: pg.PlotItem, path: str) -> None:
    """Write ``plot_item`` as SVG or a bitmap chosen by the suffix, atomically (temp file + rename)."""
    from pyqtgraph import exporters

    suffix = os.path.splitext(path)[1].lower()
    if suffix not in (".svg", ".png", ".jpg", ".jpeg", ".bmp"):
        raise ValueError(f"{os.path.basename(path)}: choose a .png or .svg file name")
    with replacing(path, suffix=suffix) as tmp:
        exporter = exporters.SVGExporter(plot_item) if suffix == ".svg" else exporters.ImageExporter(plot_item)
        if suffix != ".svg":
            # Twice the on-screen size: a crisp image for slides.
            exporter.parameters()["width"] = max(800, int(plot_item.sceneBoundingRect().width() * 2))
        exporter.export(str(tmp))
        if not os.path.getsize(tmp):
            raise OSError("the exporter wrote nothing")


def write_text_atomically(path: str, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename: never a half-written file."""
    write_atomically(path, text)
