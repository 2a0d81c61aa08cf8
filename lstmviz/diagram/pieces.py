"""Pieces of the unrolled diagram shared by its row builders: time slots, captions, weight text, gate boxes."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import Any, Mapping

from lstmviz.diagram.types import KEEP, MAX_STEPS, GateBox, Rect, Slot
from lstmviz.i18n import tr
from lstmviz.model.cells import display_order, gate
from lstmviz.model.inference import BuiltLayer


def time_slots(steps: int | None, max_steps: int = MAX_STEPS, keep: int = KEEP) -> tuple[Slot, ...]:
    """The columns for ``steps`` time steps: all of them, or the first and last ``keep`` and a gap."""
    if steps is None:
        return (Slot(0, "1"), Slot(1, "2"), Slot(None, "\u2026"), Slot(None, "T"))
    if steps <= max_steps:
        return tuple(Slot(t, str(t + 1)) for t in range(steps))
    head = tuple(Slot(t, str(t + 1)) for t in range(keep))
    tail = tuple(Slot(t, str(t + 1)) for t in range(steps - keep, steps))
    return (*head, Slot(None, "\u2026", (keep, steps - keep)), *tail)


def value_step(position: int, steps: int, options: Mapping[str, Any]) -> int:
    """Index into cell_math's time axis for the cell drawn at ``position``.

    cell_math (like Keras) keeps a go_backwards layer's values in processing order, while
    the diagram draws each cell above the input it reads.
    """
    return steps - 1 - position if options.get("go_backwards", False) else position


def activation_symbol(name: str) -> str:
    return {"sigmoid": "\u03c3", "tanh": "tanh", "linear": "id"}.get(name, name)


def steps_text(steps: int | None) -> str:
    if steps is None:
        return tr('T time steps')
    return (tr('{steps} time step') if steps == 1 else tr('{steps} time steps')).format(steps=steps)


def _width(text: str) -> int:
    """Columns ``text`` takes: a CJK character is as wide as two Latin ones."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(part: str, width: int) -> list[str]:
    """``part`` in lines of at most ``width`` columns: at spaces for Latin text, anywhere in CJK text."""
    if _width(part) <= width:
        return [part]
    if _width(part) == len(part):
        return textwrap.wrap(part, width) or [""]
    lines = [""]
    for char in part:
        if _width(lines[-1] + char) > width:
            lines.append("")
        lines[-1] += char
    return lines


def wrap(text: str, width: int = 27) -> list[str]:
    """Break a caption at its commas where possible, so "140 shared parameters" stays on one line."""
    lines: list[str] = []
    for part, comma in _parts(text):
        if lines and _width(lines[-1]) + _width(comma) + _width(part) <= width:
            lines[-1] += comma + part
            continue
        if lines:
            lines[-1] += comma.rstrip()
        lines += _cut(part, width)
    return lines or [""]


def _parts(text: str) -> list[tuple[str, str]]:
    """(part, the comma before it) for the parts between ", " or the full-width "，"."""
    pieces = re.split(r"(, |，)", text)
    return [(pieces[0], "")] + [(pieces[i + 1], pieces[i]) for i in range(1, len(pieces) - 1, 2)]


def weight_lines(kind: str, info: BuiltLayer) -> tuple[str, ...]:
    """W, U and b of a recurrent layer (one direction) in Keras's shapes, with their counts."""
    gates = info.derivation.gates
    n = len(gates)
    f, u = gates[0].kernel
    lines = [f"W  ({f}, {n * u})\t{f * n * u:,}", f"U  ({u}, {n * u})\t{u * n * u:,}"]
    bias = gates[0].bias
    if bias == 0:
        lines.append("b  none (use_bias=False)\t0")
    elif bias == 2 * u:  # a GRU with reset_after: an input and a recurrent bias per gate
        lines.append(f"b  (2, {n * u})\t{2 * n * u:,}")
    else:
        lines.append(f"b  ({n * u},)\t{n * u:,}")
    return tuple(lines)


def gate_boxes(kind: str, info: BuiltLayer, cx: float, top: float) -> tuple[GateBox, ...]:
    """The small gate boxes drawn inside a cell, in the order the tutorial names them."""
    rows = {g.symbol: g for g in info.derivation.gates}
    order = display_order(kind)
    w = {1: 40.0, 3: 22.0}.get(len(order), 18.0)
    space = 4.0
    total = len(order) * w + (len(order) - 1) * space
    x = cx - total / 2
    boxes = []
    for symbol in order:
        act = rows[symbol].activation if symbol in rows else "tanh"
        boxes.append(GateBox(symbol, tr(gate(kind, symbol).name), act, Rect(x, top + 24.0, w, 28.0)))
        x += w + space
    return tuple(boxes)


def params_text(n: int) -> str:
    return (tr('{n:,} shared parameter') if n == 1 else tr('{n:,} shared parameters')).format(n=n)
