"""The summary as text (like Keras's ``model.summary()``, plus derivations) and as JSON data."""

from __future__ import annotations

from typing import Any

from lstmviz.i18n import tr
from lstmviz.model.catalogue import MULTIPLY
from lstmviz.model.inference import Inference, describe_shape

BYTES_PER_PARAM = 4  # float32, as Keras reports them


def summary_json(result: Inference) -> dict[str, Any]:
    return {
        "layers": [
            {
                "name": info.name,
                "type": info.keras_class,
                "output_shape": list(info.output_shape) if info.output_shape is not None else None,
                "params": info.params,
                "derivation": info.derivation.formula if info.derivation else None,
            }
            for info in result.layers
        ],
        "input_shape": list(result.input_shape),
        "total_params": result.total_params,
    }


def _size(params: int) -> str:
    value, unit = float(params * BYTES_PER_PARAM), "B"
    for bigger in ("KB", "MB", "GB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.2f} {unit}"


def summary_table(result: Inference, title: str = "sequential", gates: bool = True) -> str:
    rows = [("Layer (type)", "Output Shape", "Param #", "Derivation")]
    rows.append((f"input ({'InputLayer'})", describe_shape(result.input_shape), "0", ""))
    notes: dict[int, list[str]] = {}
    for info in result.layers:
        params = "?" if info.params is None else f"{info.params:,}"
        derivation = info.derivation.formula if info.derivation else ("ERROR" if info.error else "")
        rows.append((info.title, describe_shape(info.output_shape), params, derivation))
        if info.derivation and info.derivation.gates and gates:
            per = tr(' per direction') if info.derivation.directions == 2 else ""
            notes[len(rows) - 1] = [
                f"    {g.gate:<16} W {g.kernel[0]}{MULTIPLY}{g.kernel[1]} + U {g.recurrent[0]}{MULTIPLY}"
                f"{g.recurrent[1]} + b {g.bias} = {g.total:,}{per}"
                for g in info.derivation.gates
            ]
        if info.error:
            notes.setdefault(len(rows) - 1, []).append(f"    error: {info.error}")
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    line = "\u2500" * (sum(widths) + 6)
    out = [f'Model: "{title}"', line]
    for number, row in enumerate(rows):
        name, shape, params, derivation = row
        out.append(f"{name:<{widths[0]}}  {shape:<{widths[1]}}  {params:>{widths[2]}}  {derivation}".rstrip())
        if number == 0:
            out.append(line)
        out.extend(notes.get(number, []))
    total = result.total_params
    out += [line, tr('Total params: {total:,} ({size})').format(total=total, size=_size(total)),
            tr('Trainable params: {total:,} ({size})').format(total=total, size=_size(total)), tr('Non-trainable params: 0 (0.00 B)')]
    return "\n".join(out)
