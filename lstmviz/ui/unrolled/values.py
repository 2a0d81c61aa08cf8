"""The numbers the unrolled view paints: gates and states of one recurrent layer on one sample.

They come from three places: the training engine's cell probe, a loaded model, or,
before any training, the layer's initial weights run over the dataset's first sample
with :mod:`lstmviz.model.cell_math` (numpy only: no TensorFlow needed to show them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model import cell_math
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import cell_of
from lstmviz.model.cells import RECURRENT_KINDS, gates, unrolls, value_order
from lstmviz.model.forward import _one_blas_thread as one_blas_thread
from lstmviz.model.inference import infer
from lstmviz.model.limits import MAX_VALUE_STEPS, MAX_VALUE_WORK, count
from lstmviz.training.messages import CellProbe



@dataclass(frozen=True)
class CellValues:
    layer_index: int
    kind: str  # LSTM, GRU or SimpleRNN (the forward layer of a Bidirectional)
    gates: dict[str, np.ndarray]  # (T, units), in cell_math's time order
    states: dict[str, np.ndarray]
    source: str  # "initial weights", "training, epoch 120", "loaded model"
    sample: int = 0

    @property
    def steps(self) -> int:
        return int(self.states["h"].shape[0])

    @property
    def units(self) -> int:
        return int(self.states["h"].shape[1])

    def array(self, symbol: str) -> np.ndarray:
        return self.gates[symbol] if symbol in self.gates else self.states[symbol]

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k in value_order(self.kind) if k in self.gates or k in self.states)


def _as_steps_units(a: Any, sample: int) -> np.ndarray:
    a = np.asarray(a, dtype=np.float32)
    return a[sample if sample < a.shape[0] else 0] if a.ndim == 3 else a


def from_probe(probe: CellProbe, source: str | None = None) -> CellValues:
    """CellValues from the engine's cell probe."""
    sample = int(probe.sample or 0)
    epoch = probe.epoch
    if source is None:
        source = tr("training, epoch {epoch}").format(epoch=epoch) if epoch else tr("loaded model")
    gates = {k: _as_steps_units(v, sample) for k, v in dict(probe.gates).items()}
    states = {k: _as_steps_units(v, sample) for k, v in dict(probe.states).items()}
    if "h" not in states:
        raise ValueError(tr("the cell values have no hidden state h"))
    return CellValues(int(probe.layer_index), str(probe.kind), gates, states, source, sample)


def _dense(x: np.ndarray, options: Mapping[str, Any], seed: int) -> np.ndarray:
    w = cell_math.initial_weights("Dense", x.shape[-1], options, seed)
    y = x @ w[0] + (w[1] if len(w) > 1 else 0.0)
    return cell_math.activation(options.get("activation", "linear"))(y)


def _run(kind: str, x: np.ndarray, options: Mapping[str, Any], seed: int) -> cell_math.CellTrace:
    weights = cell_math.initial_weights(kind, x.shape[-1], options, seed)
    return cell_math.run_layer(kind, x, weights, options)


def _recurrent_output(kind: str, x: np.ndarray, options: Mapping[str, Any], seed: int) -> np.ndarray:
    if kind == "Bidirectional":
        inner, opts = cell_of(kind, options)
        fwd = _run(inner, x, opts, seed).output
        bwd = _run(inner, x, {**opts, "go_backwards": True}, seed + 1000).output
        if opts["return_sequences"]:
            bwd = bwd[:, ::-1]  # Keras puts the backward sequence back in reading order
        else:
            fwd, bwd = fwd[:, -1], bwd[:, -1]
        mode = options.get("merge_mode", "concat")
        return {"concat": lambda: np.concatenate([fwd, bwd], -1), "sum": lambda: fwd + bwd,
                "mul": lambda: fwd * bwd, "ave": lambda: (fwd + bwd) / 2}[mode]()
    out = _run(kind, x, options, seed).output
    return out if options.get("return_sequences", False) else out[:, -1]


def cost_problem(architecture: Architecture, layer_index: int) -> str | None:
    """Why computing layer ``layer_index``'s values here would take too long (model.limits), or None.

    The work, for one sample: each layer's parameters times the steps it runs over (an
    Embedding builds its table once), plus for a recurrent layer the orthogonal
    initialiser's QR decomposition (about gates x units³ / 2: LAPACK runs it several
    times faster per operation than the step-by-step recurrence).
    """
    inference = infer(architecture)
    work = 0
    for info in inference.layers[: layer_index + 1]:
        if not info.ok or info.params is None:
            return tr("layer {n} cannot be computed: {why}").format(
                n=info.index + 1, why=info.error or tr("its input is unknown"))
        shape = info.input_shape or ()
        steps = shape[1] if len(shape) >= 3 and isinstance(shape[1], int) else 1
        if info.index == layer_index and steps > MAX_VALUE_STEPS:
            return tr("values are computed here for up to {limit} time steps; this layer reads {steps}").format(
                limit=count(MAX_VALUE_STEPS), steps=count(steps))
        if info.kind == "Embedding":
            work += info.params
        elif unrolls(info.kind):
            inner, options = cell_of(info.kind, architecture.layers[info.index].options)
            directions = 2 if info.kind != inner else 1
            work += info.params * steps + directions * len(gates(inner)) * int(options["units"]) ** 3 // 2
        else:
            work += info.params * steps
    if work > MAX_VALUE_WORK:
        return tr("the layers up to this one are too large to compute here ({work} multiply-adds per sample; "
                  "at most {limit})").format(work=count(work), limit=count(MAX_VALUE_WORK))
    return None


def initial_values(architecture: Architecture, x: np.ndarray, layer_index: int, seed: int = 0) -> CellValues:
    """Gates and states of layer ``layer_index`` on sample ``x[0]`` with freshly initialised weights.

    Layers below it run with initial weights too. Raises ValueError saying why when the
    data does not fit the model, a layer cannot be computed here, or the work would
    block the window (:func:`cost_problem`).
    """
    problem = cost_problem(architecture, layer_index)
    if problem:
        raise ValueError(problem)
    with one_blas_thread():  # the recurrence's many small products: waking BLAS threads costs more
        return _initial_values(architecture, x, layer_index, seed)


def _initial_values(architecture: Architecture, x: np.ndarray, layer_index: int, seed: int) -> CellValues:
    spec = architecture.input
    data = np.asarray(x)
    expected = tuple(d for d in spec.shape)
    if data.ndim != len(expected) + 1 or any(e is not None and e != d for e, d in zip(expected, data.shape[1:])):
        raise ValueError(tr("the dataset's samples {tuple} do not fit the input {expected}").format(tuple=tuple(data.shape[1:]), expected=expected))
    h = data[:1].astype(np.int64 if spec.is_tokens else np.float64)
    for index, layer in enumerate(architecture.layers):
        kind, options = layer.kind, layer.options
        layer_seed = seed + 17 * index
        if index == layer_index:
            inner, opts = cell_of(kind, options)
            if inner not in RECURRENT_KINDS:
                raise ValueError(tr('layer {value} ({kind}) is not recurrent').format(value=index + 1, kind=kind))
            trace = _run(inner, h, opts, layer_seed)
            return CellValues(index, inner, {k: v[0] for k, v in trace.gates.items()},
                              {k: v[0] for k, v in trace.states.items()}, tr('initial weights'))
        if unrolls(kind):
            h = _recurrent_output(kind, h, options, layer_seed)
        elif kind == "Embedding":
            rng = np.random.default_rng(layer_seed)
            table = rng.uniform(-0.05, 0.05, (int(options["input_dim"]), int(options["output_dim"])))
            ids = np.asarray(h, dtype=np.int64)
            if ids.min() < 0 or ids.max() >= table.shape[0]:
                raise ValueError(tr("token ids go up to {max}, beyond the Embedding's input_dim {value}").format(max=ids.max(), value=table.shape[0]))
            h = table[ids]
        elif kind in ("Dense", "TimeDistributed"):
            h = _dense(h, options, layer_seed)
        elif kind == "RepeatVector":
            h = np.repeat(h[:, None, :], int(options["n"]), axis=1)
        elif kind == "Flatten":
            h = h.reshape(h.shape[0], -1)
        # Dropout passes values through unchanged outside training.
    raise ValueError(tr('there is no layer {value}').format(value=layer_index + 1))
