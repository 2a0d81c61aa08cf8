"""GlobalAveragePooling1D: each feature averaged over all time steps (the unmasked ones); no weights."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import Derivation, DiagramText, LayerKind, Look, Option, Shape, fmt_shape
from lstmviz.model.kinds.shared import CONVOLUTION_FAMILY, need_sequence

GLYPH = (("rect", 10, 34, 8, 18, 1, 2.5), ("rect", 20, 34, 8, 18, 1, 2.5), ("rect", 30, 34, 8, 18, 1, 2.5),
         ("rect", 40, 34, 8, 18, 1, 2.5), ("line", 14, 34, 29, 20, 2), ("line", 44, 34, 29, 20, 2),
         ("fill", 22, 10, 14, 8))


class GlobalAveragePooling1D(LayerKind):
    name = keras_class = "GlobalAveragePooling1D"
    short_name = "GlobalAvgPool1D"  # Keras's own alias of the class
    summary = tr_noop('Averages each feature over all time steps: (None, T, F) becomes (None, F). No weights.')
    formula = tr_noop('0 (no weights)')
    options = (Option("keepdims", bool, False, tr_noop('Keep the time axis, with one step: (None, 1, F).'), shape_changing=True),)
    look = Look(CONVOLUTION_FAMILY, GLYPH)
    keras_defaults = {"keepdims": False}

    def key_options(self, o: Mapping[str, Any]) -> list[str]:
        return ["keepdims"] if o["keepdims"] else [tr('mean over time')]

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        need_sequence(shape, self.name)
        return (shape[0], 1, shape[2]) if o["keepdims"] else (shape[0], shape[2])

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        return Derivation("0", tr('GlobalAveragePooling1D only averages; it has no weights.'))

    def forward(self, x, weights, o, where, mask):
        keep = bool(o["keepdims"])
        if mask is None:
            return x.mean(axis=1, keepdims=keep), None
        # As Keras: masked steps count neither in the sum nor in the number of steps.
        weight = mask.astype(x.dtype)[:, :, None]
        with np.errstate(invalid="ignore", divide="ignore"):
            return (x * weight).sum(axis=1, keepdims=keep) / weight.sum(axis=1, keepdims=keep), None

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        return DiagramText("GlobalAveragePooling1D",
                           (tr('{shape} → {shape2}').format(shape=fmt_shape(input_shape), shape2=fmt_shape(output_shape)),
                            tr('mean over time; no weights')))


KIND = GlobalAveragePooling1D()
