"""Colours of the unrolled diagram, and the two colour scales that paint values.

Gates are sigmoid outputs in [0, 1] (closed .. open): a light-to-dark green scale.
States and the candidate live in [-1, 1] (tanh): blue for negative, white for 0, red
for positive. The same scales colour the cells, the heatmaps and the gate detail.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QFont, QImage

GATE_STOPS = ((0.0, "#f7fcf5"), (0.25, "#c7e9c0"), (0.5, "#74c476"), (0.75, "#238b45"), (1.0, "#00441b"))
SIGNED_STOPS = ((0.0, "#2166ac"), (0.25, "#92c5de"), (0.5, "#f7f7f7"), (0.75, "#f4a582"), (1.0, "#b2182b"))

CELL_FILL, CELL_EDGE = QColor("#f3f7fc"), QColor("#5b7fb0")
WEIGHT_FILL, WEIGHT_EDGE = QColor("#fff5e1"), QColor("#e69500")
HIGHLIGHT = QColor("#ff6f00")
HIGHLIGHT_FILL = QColor("#ffe4b8")
STEP_FILL, STEP_EDGE = QColor("#eef6e6"), QColor("#6a9a3a")
TERM_FILL, TERM_EDGE = QColor("#f4f4f4"), QColor("#9a9a9a")
MERGE_FILL, MERGE_EDGE = QColor("#ede7f6"), QColor("#7e57c2")
BAND_FILL, BAND_EDGE = QColor("#fffbea"), QColor("#ead9a0")
SELECTED = QColor("#c62828")
TEXT, MUTED, ERROR = QColor("#23313f"), QColor("#6b7785"), QColor("#c62828")
GATE_BLANK = QColor("#dfe6ee")
WIRE = {
    "x": QColor("#8a8a8a"), "tap": QColor("#1f4e79"), "flow": QColor("#4f7f2a"), "merge": QColor("#5e35b1"),
    "tie": WEIGHT_EDGE, "h": QColor("#1f4e79"), "c": QColor("#8e24aa"),
}


def _lut(stops: tuple[tuple[float, str], ...]) -> np.ndarray:
    """A 256 x 3 table interpolating the stops."""
    pos = np.array([p for p, _ in stops])
    rgb = np.array([(q.red(), q.green(), q.blue()) for q in (QColor(c) for _, c in stops)], dtype=float)
    grid = np.linspace(0.0, 1.0, 256)
    return np.stack([np.interp(grid, pos, rgb[:, k]) for k in range(3)], axis=1).astype(np.uint8)


GATE_LUT = _lut(GATE_STOPS)
SIGNED_LUT = _lut(SIGNED_STOPS)


def signed_key(symbol: str) -> bool:
    """True for values on the tanh scale [-1, 1]: states h, c and the candidate g."""
    return symbol in ("h", "c", "g")


def indices(values: np.ndarray, signed: bool) -> np.ndarray:
    v = np.nan_to_num(np.asarray(values, dtype=float))
    scaled = (v + 1.0) / 2.0 if signed else v
    return np.clip(np.rint(scaled * 255), 0, 255).astype(np.intp)


def color(value: float, signed: bool) -> QColor:
    r, g, b = (SIGNED_LUT if signed else GATE_LUT)[indices(np.array([value]), signed)[0]]
    return QColor(int(r), int(g), int(b))


def image(values: np.ndarray, signed: bool) -> QImage:
    """An RGB image of a 2-D array (rows x columns), one pixel per value."""
    values = np.atleast_2d(values)
    rgb = (SIGNED_LUT if signed else GATE_LUT)[indices(values, signed)]
    rgba = np.concatenate([rgb, np.full(rgb.shape[:2] + (1,), 255, np.uint8)], axis=2)
    rgba = np.ascontiguousarray(rgba)
    h, w = values.shape
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def readable_on(fill: QColor) -> QColor:
    return QColor("#ffffff") if fill.lightnessF() < 0.5 else TEXT


def font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    f.setItalic(italic)
    return f
