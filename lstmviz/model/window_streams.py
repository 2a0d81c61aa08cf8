"""The next-character distributions of a windowed model, one recurrence step per character.

A character model was trained on windows of ``T`` characters that start from a zero state,
so the distribution after character ``p`` is the model's output on the window that ends at
``p``. Computing each window anew costs ``T`` steps per character. Here ``T`` streams run
side by side, stream ``k`` starting afresh at the characters ``k, k + T, k + 2T, ...``:
every character is one batched step of all streams, and the stream that started ``T - 1``
characters ago holds exactly that window's state. The numbers are those of the windowed
forward pass (the tests compare them with :func:`lstmviz.model.forward.predict`), for
models made of an Embedding, recurrent layers returning sequences (read forwards) and
per-step layers (Dropout, Dense, TimeDistributed); :func:`streamable` says whether a
model is one.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from lstmviz.model.architecture import Architecture
from lstmviz.model.cell_math import activation, run_layer
from lstmviz.model.blas_threads import one_blas_thread
from lstmviz.model.inference import infer
from lstmviz.model.kinds import Drawn, kind
from lstmviz.model.kinds.recurrent import CellKind
from lstmviz.model.weights import split_weights, weight_specs


def _is_cell(layer: Any) -> bool:
    """A plain recurrent cell (LSTM, GRU, SimpleRNN): one step at a time keeps its state."""
    return isinstance(kind(layer.kind), CellKind)


def _reads_tokens(layer: Any) -> bool:
    return kind(layer.kind).reads_tokens


def _per_step_dense(architecture: Architecture) -> list[bool]:
    """Layers that act on each step alone as ``x @ kernel + bias`` (Dense on a sequence, TimeDistributed)
    or pass it through (Dropout at inference): what a stream can apply to one character's vector."""
    inference = infer(architecture)
    specs = weight_specs(architecture)
    out = []
    for info, layer, layer_specs in zip(inference.layers, architecture.layers, specs):
        per_step = kind(layer.kind).drawn(info.built().input_shape, kind(layer.kind).with_defaults(layer.options)) is Drawn.PER_STEP
        dense_like = not layer_specs or (len(layer_specs[0].shape) == 2 and all(len(s.shape) <= 2 for s in layer_specs))
        out.append(per_step and dense_like)
    return out


def streamable(architecture: Architecture) -> bool:
    layers = architecture.layers
    if not layers or not any(_is_cell(layer) for layer in layers) or not infer(architecture).ok:
        return False
    per_step = _per_step_dense(architecture)
    for i, layer in enumerate(layers):
        o = layer.options
        if _reads_tokens(layer):
            if i != 0 or o.get("mask_zero", False):
                return False
        elif _is_cell(layer):
            if not o.get("return_sequences", False) or o.get("go_backwards", False):
                return False
        elif not per_step[i]:
            return False
    return True


class WindowStreams:
    """Feed characters one at a time; :meth:`distribution` is the model's output for the last window."""

    def __init__(self, architecture: Architecture, weights: Sequence[np.ndarray], vocabulary_size: int) -> None:
        self.architecture = architecture
        self.layers = architecture.layers
        self.weights = [[np.asarray(w, dtype=np.float64) for w in layer] for layer in split_weights(architecture, weights)]
        self.vocabulary_size = vocabulary_size
        window = architecture.input.shape[0] if architecture.input.shape else None
        self.window = int(window) if window else None
        self.streams = self.window or 1
        self.last_recurrent = max(i for i, layer in enumerate(self.layers) if _is_cell(layer))
        self.states: dict[int, dict[str, np.ndarray]] = {}
        self.position = -1  # the index of the last character fed
        self._top: np.ndarray | None = None  # the last recurrent layer's output, per stream

    def _zero(self, index: int) -> dict[str, np.ndarray]:
        units = int(self.layers[index].options["units"])
        return {"h": np.zeros((self.streams, units)), "c": np.zeros((self.streams, units))}

    def feed(self, char_id: int) -> None:
        self.position += 1
        p = self.position
        restart = p % self.streams if self.window else None
        if _reads_tokens(self.layers[0]):
            x = np.repeat(self.weights[0][0][int(char_id)][None, :], self.streams, axis=0)
        else:
            x = np.zeros((self.streams, self.vocabulary_size))
            x[:, int(char_id)] = 1.0
        for i, layer in enumerate(self.layers[: self.last_recurrent + 1]):
            if _reads_tokens(layer) or not self.weights[i]:  # the table was read above; Dropout passes through
                continue
            if _is_cell(layer):
                state = self.states.setdefault(i, self._zero(i))
                if restart is not None:
                    for value in state.values():
                        value[restart] = 0.0  # this stream's window starts at this character
                trace = run_layer(layer.kind, x[:, None, :], self.weights[i], layer.options,
                                  {k: v for k, v in state.items() if k in ("h", "c")})
                state["h"] = trace.states["h"][:, 0].astype(np.float64)
                if "c" in trace.states:
                    state["c"] = trace.states["c"][:, 0].astype(np.float64)
                x = state["h"]
            else:
                x = self._dense(i, x)
        self._top = x

    def _dense(self, index: int, x: np.ndarray) -> np.ndarray:
        w = self.weights[index]
        y = x @ w[0] + (w[1] if len(w) > 1 else 0.0)
        return activation(self.layers[index].options.get("activation", "linear"))(y)

    def output(self) -> np.ndarray:
        """The model's output at the last character fed, for the window ending there."""
        if self._top is None:
            raise ValueError("no character fed yet")
        p = self.position
        stream = 0 if not self.window or p < self.window - 1 else (p + 1) % self.streams
        x = self._top[stream: stream + 1]
        for i in range(self.last_recurrent + 1, len(self.layers)):
            if self.weights[i]:  # a weightless per-step layer (Dropout) passes the step through
                x = self._dense(i, x)
        return x[0]
