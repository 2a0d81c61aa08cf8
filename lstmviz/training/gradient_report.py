"""Gradients through time for the command line: the JSON list and a two-line summary.

Both describe the first recurrent layer (its forward direction), as
:attr:`StepGradients.first` picks it; t counts from 1.
"""

from __future__ import annotations

from typing import Any, Sequence

from lstmviz.i18n import tr
from lstmviz.training.messages import StepGradients


def gradient_json(messages: Sequence[StepGradients]) -> list[dict[str, Any]]:
    """``[{"epoch": E, "h": [T norms, t = 1 first], "c": [...] (LSTM)}]``, one per observation."""
    out = []
    for message in messages:
        first = message.first
        if first is None:
            continue
        entry: dict[str, Any] = {"epoch": message.epoch, "h": [float(v) for v in first.h]}
        if first.c is not None:
            entry["c"] = [float(v) for v in first.c]
        out.append(entry)
    return out


def _line(state: str, norms: Any) -> str:
    first, last = float(norms[0]), float(norms[-1])
    ratio = first / last if last > 0 else float("inf")
    return tr("  ||dL/d{s}_1|| = {first:.3g}, ||dL/d{s}_{t}|| = {last:.3g}: t = 1 gets {ratio:.3g} times "
              "the gradient of t = {t}").format(s=state, first=first, t=len(norms), last=last, ratio=ratio)


def gradient_summary(messages: Sequence[StepGradients]) -> str:
    """How the gradient at t = 1 compares with the one at t = T, at the last observation."""
    found = next(((m, m.first) for m in reversed(messages) if m.first is not None), None)
    if found is None:
        return tr("gradients through time: the model has no recurrent layer")
    last, first = found
    head = tr("gradients through time (layer {layer}, {kind}, epoch {epoch}, loss on {samples} samples):").format(
        layer=first.layer_index + 1, kind=first.kind, epoch=last.epoch, samples=last.samples)
    lines = [head, _line("h", first.h)]
    if first.c is not None:
        lines.append(_line("c", first.c))
    return "\n".join(lines)
