"""MaxPooling1D: the largest value in each window of pool_size steps, per feature; no weights."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import Derivation, DiagramText, LayerKind, Look, Option, Shape, ShapeError, fmt_shape
from lstmviz.model.kinds.shared import CONVOLUTION_FAMILY, need_sequence, padded, window_steps

GLYPH = (("rect", 10, 30, 10, 20, 1, 2.5), ("rect", 22, 30, 10, 20, 1, 2.5), ("rect", 34, 30, 10, 20, 1, 2.5),
         ("rect", 46, 30, 8, 20, 1, 2.5), ("line", 15, 30, 27, 14, 2.5), ("line", 27, 30, 27, 14, 2.5),
         ("fill", 22, 10, 10, 6))


class MaxPooling1D(LayerKind):
    name = keras_class = "MaxPooling1D"
    summary = tr_noop('Keeps the largest value of each window of pool_size steps, feature by feature: a shorter sequence, no weights.')
    formula = tr_noop('0 (no weights)')
    options = (
        Option("pool_size", int, 2, tr_noop('Time steps in each window.'), 1, 1000, shape_changing=True),
        Option("strides", int, 2, tr_noop('Steps the window moves between outputs (Keras takes pool_size when none is given).'),
               1, 1000, shape_changing=True),
        Option("padding", str, "valid", tr_noop('valid: only whole windows; same: pad to keep ceil(T / strides) steps.'),
               choices=("valid", "same"), shape_changing=True),
    )
    look = Look(CONVOLUTION_FAMILY, GLYPH)
    positional = ("pool_size",)
    keras_defaults = {"padding": "valid"}

    def key_options(self, o: Mapping[str, Any]) -> list[str]:
        parts = [f"pool={o['pool_size']}", f"strides={o['strides']}"]
        return parts + ([str(o["padding"])] if o["padding"] != "valid" else [])

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        need_sequence(shape, self.name)
        steps = window_steps(shape[1], int(o["pool_size"]), int(o["strides"]), str(o["padding"]))
        if steps is not None and steps < 1:
            raise ShapeError(tr('MaxPooling1D pools {pool} steps, more than the {steps} its input has').format(pool=o["pool_size"], steps=shape[1]),
                             tr('use a smaller pool_size, padding="same", or more time steps'))
        return (shape[0], steps, shape[2])

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        return Derivation("0", tr('MaxPooling1D only compares values; it has no weights.'))

    def forward(self, x, weights, o, where, mask):
        pool, stride = int(o["pool_size"]), int(o["strides"])
        # Padding never wins a maximum, as in TensorFlow's pooling.
        xp = padded(x, pool, stride, str(o["padding"]), fill=-np.inf)
        steps = (xp.shape[1] - pool) // stride + 1
        y = np.full((x.shape[0], steps, x.shape[2]), -np.inf, x.dtype)
        for j in range(pool):
            y = np.maximum(y, xp[:, j: j + (steps - 1) * stride + 1: stride])
        return y, None

    def to_keras(self, o: Mapping[str, Any]) -> dict[str, Any]:
        return {"pool_size": o["pool_size"], "strides": o["strides"], "padding": o["padding"]}

    def script(self, o: Mapping[str, Any]) -> str:
        strides = "" if o["strides"] == o["pool_size"] else f", strides={o['strides']!r}"
        padding = "" if o["padding"] == "valid" else f", padding={o['padding']!r}"
        return f"keras.layers.MaxPooling1D({o['pool_size']!r}{strides}{padding})"

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        return DiagramText(f"MaxPooling1D({o['pool_size']})",
                           (tr('{shape} → {shape2}').format(shape=fmt_shape(input_shape), shape2=fmt_shape(output_shape)),
                            tr('no weights')))


KIND = MaxPooling1D()
