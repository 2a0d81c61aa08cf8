"""Guards for the pinned Qt version (see pyproject.toml): no None leak, pyqtgraph SVG export works."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def test_process_events_does_not_leak_none(qapp):
    """PySide6 6.12.0 under CPython 3.11 drops a reference to None per processEvents() call."""
    for _ in range(50):  # settle caches first
        QApplication.processEvents()
    before = sys.getrefcount(None)
    for _ in range(2000):
        QApplication.processEvents()
    after = sys.getrefcount(None)
    # A leak would show as exactly -2000; unrelated objects may hold a few Nones either way.
    assert abs(after - before) < 100, (before, after)


def test_pyqtgraph_svg_export_works(qtbot, tmp_path):
    """pyqtgraph 0.14's SVGExporter fails on Qt 6.11 and 6.12 (pyqtgraph issue #3485)."""
    import numpy as np
    import pyqtgraph as pg
    from pyqtgraph.exporters import SVGExporter

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.plot(np.arange(10.0), np.arange(10.0) ** 2, pen="b")
    plot.resize(400, 300)
    plot.show()
    qtbot.waitExposed(plot)
    out = tmp_path / "plot.svg"
    SVGExporter(plot.plotItem).export(str(out))
    text = out.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text and "<path" in text
