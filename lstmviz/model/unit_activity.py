"""What one unit of a text model does: its value over the characters of a passage, and units ranked.

Karpathy, Johnson and Fei-Fei ("Visualizing and Understanding Recurrent Networks", 2015)
found units of character models that track quotes, line length or brackets by colouring
a unit's value over the text. Here a recurrent layer runs over a passage from the given
weights (numpy: :func:`lstmviz.model.forward.layer_outputs` up to the layer, then
:func:`lstmviz.model.cell_math.run_layer` for its gates and states), and units are
ranked by how much their value varies or by how closely it follows a simple feature of
the text (Pearson correlation, by magnitude).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import KINDS, cell_of
from lstmviz.model.cell_math import CellTrace, run_layer
from lstmviz.model.cells import unrolled_layers
from lstmviz.model.forward import layer_outputs
from lstmviz.model.sampling import model_input
from lstmviz.model.weights import split_weights

# A passage longer than this is cut: every character is one step of the recurrence.
MAX_PASSAGE = 2_000

VARIANCE = "variance"


def _position_in_line(text: str) -> np.ndarray:
    out = np.zeros(len(text), np.float64)
    column = 0
    for i, char in enumerate(text):
        out[i] = column
        column = 0 if char == "\n" else column + 1
    return out


def _inside(opening: str, closing: str) -> Callable[[str], np.ndarray]:
    """1 for the characters between an opening mark and its closing one (same-character marks toggle)."""
    def feature(text: str) -> np.ndarray:
        out = np.zeros(len(text), np.float64)
        depth = 0
        for i, char in enumerate(text):
            if char in closing and (depth > 0 or char in opening):
                if char in opening and depth == 0:
                    depth = 1
                else:
                    depth -= 1
                    out[i] = 1.0
                    continue
            elif char in opening:
                depth += 1
            out[i] = 1.0 if depth > 0 else 0.0
        return out
    return feature


def _punctuation(text: str) -> np.ndarray:
    return np.array([0.0 if c.isalnum() or c.isspace() else 1.0 for c in text])


def _vowel(text: str) -> np.ndarray:
    return np.array([1.0 if c in "aeiouAEIOU" else 0.0 for c in text])


# Feature name (tr_noop: translated where shown) -> the feature's value at every character.
FEATURES: dict[str, Callable[[str], np.ndarray]] = {
    tr_noop("position in line"): _position_in_line,
    tr_noop("inside quotes"): _inside("\"\u201c\u300c", "\"\u201d\u300d"),
    tr_noop("inside brackets"): _inside("(\uff08[", ")\uff09]"),
    tr_noop("punctuation"): _punctuation,
    tr_noop("vowel"): _vowel,
}


def feature_values(text: str, name: str) -> np.ndarray:
    try:
        return FEATURES[name](text)
    except KeyError:
        raise ValueError(tr("no feature named {name!r}; features: {names}").format(
            name=name, names=", ".join(FEATURES))) from None


def text_layers(architecture: Architecture) -> tuple[int, ...]:
    """The layers whose units can be shown: those that unroll in time."""
    return unrolled_layers(layer.kind for layer in architecture.layers)


def value_names(trace: CellTrace) -> tuple[str, ...]:
    """What can be coloured: ``h`` (and ``c``) then the gates (i, f, g, o for an LSTM)."""
    states = sorted(trace.states, key=lambda name: name != "h")
    return (*states, *trace.gates)


def trace_passage(architecture: Architecture, weights: Sequence[np.ndarray], ids: Sequence[int] | np.ndarray,
                  vocabulary_size: int, layer_index: int) -> CellTrace:
    """The recurrent layer ``layer_index`` over the passage ``ids``, from a zero state.

    A Bidirectional layer shows its forward half. ValueError when the layer does not unroll.
    """
    if layer_index not in text_layers(architecture):
        raise ValueError(tr("layer {number} is not a recurrent layer").format(number=layer_index + 1))
    passage = np.asarray(ids, dtype=np.int32)[:MAX_PASSAGE]
    if passage.size == 0:
        raise ValueError(tr("the passage is empty"))
    open_length = replace(architecture, input=replace(architecture.input, shape=(None, *architecture.input.shape[1:])))
    x = model_input(architecture, passage, vocabulary_size)
    if layer_index == 0:
        seen = x.astype(np.float32)
    else:
        below = replace(open_length, layers=architecture.layers[:layer_index])
        per_layer = split_weights(architecture, weights)
        below_weights = [w for layer in per_layer[:layer_index] for w in layer]
        seen = layer_outputs(below, below_weights, x)[-1]
    spec = architecture.layers[layer_index]
    kind, options = cell_of(spec.kind, spec.options)
    own = split_weights(architecture, weights)[layer_index]
    directions = KINDS[spec.kind].directions(spec.options)
    own = own[: len(own) // directions]  # a Bidirectional: the forward half's weights come first
    return run_layer(kind, seen, own, options)


def unit_values(trace: CellTrace, value: str) -> np.ndarray:
    """(characters, units) values of ``h``, ``c`` or one gate for the first (only) passage."""
    table = trace.states if value in trace.states else trace.gates
    if value not in table:
        raise ValueError(tr("{kind} has no value {value!r}; it has {names}").format(
            kind=trace.kind, value=value, names=", ".join(value_names(trace))))
    return np.asarray(table[value][0], dtype=np.float64)


@dataclass(frozen=True)
class RankedUnit:
    unit: int
    score: float  # variance, or |correlation| with the feature
    correlation: float | None = None  # signed, when ranked by a feature


def rank_units(values: np.ndarray, by: str = VARIANCE, text: str = "") -> list[RankedUnit]:
    """Units (columns of ``values``) from the most to the least telling.

    ``by`` is :data:`VARIANCE` or a feature name of :data:`FEATURES` (then ``text`` is the
    passage, one character per row). A unit whose value or a feature that never changes
    correlates with nothing: its score is 0.
    """
    values = np.asarray(values, dtype=np.float64)
    if by == VARIANCE:
        scores = values.var(axis=0)
        ranked = [RankedUnit(u, float(s)) for u, s in enumerate(scores)]
    else:
        feature = feature_values(text[: len(values)], by)
        if len(feature) != len(values):
            raise ValueError(tr("the passage has {n} characters but {m} values").format(n=len(feature), m=len(values)))
        r = correlations(values, feature)
        ranked = [RankedUnit(u, float(abs(c)), float(c)) for u, c in enumerate(r)]
    return sorted(ranked, key=lambda item: (-item.score, item.unit))


def correlations(values: np.ndarray, feature: np.ndarray) -> np.ndarray:
    """Pearson's r of every column of ``values`` with ``feature``; 0 where either is constant."""
    centred = values - values.mean(axis=0)
    f = feature - feature.mean()
    spread = np.sqrt((centred ** 2).sum(axis=0) * (f ** 2).sum())
    with np.errstate(invalid="ignore", divide="ignore"):
        r = (centred * f[:, None]).sum(axis=0) / spread
    return np.where(spread > 1e-12, r, 0.0)
