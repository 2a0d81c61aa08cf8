"""Plot panes measured as drawn: shown at a fixed size, and a curve's points as pyqtgraph draws them."""

from __future__ import annotations

from typing import Any

import numpy as np

# pyqtgraph's automatic downsampling keeps about ten points a pixel (peaks kept); more would mean none.
MOST_POINTS_A_PIXEL = 12


def shown(qtbot: Any, pane: Any, size: tuple[int, int] = (600, 400)) -> Any:
    qtbot.addWidget(pane)
    pane.resize(*size)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def drawn_thinned(qtbot: Any, pane: Any, curve: Any) -> tuple[np.ndarray, np.ndarray]:
    """The points ``curve`` draws once the view has taken the new data's range and thinned them; the wait
    fails when they are never thinned to about ten a pixel of the pane's view."""
    width = pane.plot_item.vb.width()
    qtbot.waitUntil(lambda: 0 < len(curve.curve.getData()[0]) <= MOST_POINTS_A_PIXEL * width)
    return curve.curve.getData()
