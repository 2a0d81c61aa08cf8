"""Pieces several kinds use: common options, the input checks, the families, the Dense product."""

from __future__ import annotations

import math
from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.activations import NAMES as ACTIVATIONS
from lstmviz.model.kinds.activations import checked
from lstmviz.model.kinds.base import Array, Family, Need, Option, Shape, ShapeError

MERGE_MODES = ("concat", "sum", "mul", "ave")

INPUT_FAMILY = Family(tr_noop("Input"), "#5f7182")
EMBEDDING_FAMILY = Family(tr_noop("Embedding"), "#8a63c9")
RECURRENT_FAMILY = Family(tr_noop("Recurrent"), "#2f7ed8")
DENSE_FAMILY = Family(tr_noop("Dense"), "#e07b24")
CONVOLUTION_FAMILY = Family(tr_noop("Convolution"), "#b8487a")
SHAPE_FAMILY = Family(tr_noop("Shape"), "#3c9d73")
FAMILIES = (INPUT_FAMILY, EMBEDDING_FAMILY, RECURRENT_FAMILY, DENSE_FAMILY, CONVOLUTION_FAMILY, SHAPE_FAMILY)


def need_rank(shape: Shape, rank: int, what: str, hint: str = "", need: Need | None = None) -> None:
    if len(shape) != rank:
        raise ShapeError(
            tr('{what} needs a {rank}-D input {value}').format(what=what, rank=rank, value='(None, T, F)' if rank == 3 else '(None, F)'),
            hint, need,
        )


def defined_last(shape: Shape, what: str) -> int:
    last = shape[-1]
    if last is None:
        raise ShapeError(
            tr('{what} needs the last dimension of its input to be known').format(what=what),
            tr('give the input a fixed number of features, or avoid Flatten over an open time axis'),
        )
    return last


def sequence_hint(shape: Shape) -> tuple[str, Need | None]:
    """How to give a layer that reads (None, T, F) its input, after the edit ``need`` names."""
    if len(shape) == 2:
        return tr(', or add RepeatVector(n) before this layer'), Need.EVERY_STEP
    if len(shape) > 3:
        return tr('reduce the input to (None, T, F), for example with TimeDistributed(Flatten)'), None
    return tr('recurrent layers read (None, time steps, features)'), None


def need_sequence(shape: Shape, what: str) -> None:
    """Raise unless ``shape`` is (None, T, F)."""
    if len(shape) != 3:
        hint, need = sequence_hint(shape)
        raise ShapeError(tr('{what} needs a {rank}-D input {value}').format(what=what, rank=3, value='(None, T, F)'), hint, need)


def units(o: Mapping[str, Any]) -> int:
    return int(o["units"])


def units_option(default: int) -> Option:
    return Option("units", int, default, tr_noop('Size of the output (and of the hidden state).'), 1, 4096,
                  shape_changing=True)


RETURN_SEQUENCES = Option(
    "return_sequences", bool, False,
    tr_noop('Output h(t) at every time step (None, T, units) instead of only the last (None, units).'),
    shape_changing=True,
)
USE_BIAS = Option("use_bias", bool, True, tr_noop('Learn a bias vector b.'), shape_changing=True)


def activation_option(default: str, what: str = tr_noop('Activation of the output.')) -> Option:
    return Option("activation", str, default, what, choices=ACTIVATIONS)


def dense_product(x: Array, kernel: Array, bias: Array | None, activation: str, where: str) -> Array:
    """``activation(x @ kernel + bias)`` on the last axis, as one 2-D product."""
    # numpy's matmul on a stack of matrices loops over the samples; one reshape avoids that.
    kernel = np.asarray(kernel, dtype=x.dtype)
    y = (x.reshape(math.prod(x.shape[:-1]), x.shape[-1]) @ kernel).reshape(*x.shape[:-1], kernel.shape[-1])
    if bias is not None:
        y = y + np.asarray(bias, dtype=x.dtype)
    return checked(activation, where)(y)


# ------------------------------------------------------------------ windows over time


def window_steps(steps: int | None, span: int, stride: int, padding: str) -> int | None:
    """Output steps of a window of ``span`` steps moved by ``stride`` (Keras's conv and pooling arithmetic).

    "same" and "causal" pad so that every ``stride``-th step starts a window: ceil(T / stride).
    """
    if steps is None:
        return None
    if padding in ("same", "causal"):
        return -(-steps // stride)
    return (steps - span) // stride + 1


def padded(x: Array, span: int, stride: int, padding: str, fill: float = 0.0) -> Array:
    """``x`` (batch, T, F) padded on the time axis as TensorFlow pads for this window.

    "same" splits the padding with the extra step at the end; "causal" puts it all in front.
    """
    steps = x.shape[1]
    if padding == "causal":
        before, after = span - 1, 0
    elif padding == "same":
        out = -(-steps // stride)
        total = max((out - 1) * stride + span - steps, 0)
        before, after = total // 2, total - total // 2
    else:
        return x
    return np.pad(x, ((0, 0), (before, after), (0, 0)), constant_values=fill)


PADDINGS = ("valid", "same", "causal")
