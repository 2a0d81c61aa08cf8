"""Flatten: all axes but the batch joined into one, (None, T, F) -> (None, T × F)."""

from __future__ import annotations

import math

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import Derivation, DiagramText, LayerKind, Look, fmt_shape
from lstmviz.model.kinds.shared import SHAPE_FAMILY


class Flatten(LayerKind):
    name = keras_class = "Flatten"
    summary = tr_noop('Joins all axes but the batch into one: (None, T, F) becomes (None, T × F).')
    formula = tr_noop('0 (no weights)')
    look = Look(SHAPE_FAMILY, (("rect", 12, 12, 18, 18, 0, 3), ("line", 12, 21, 30, 21, 3), ("line", 21, 12, 21, 30, 3),
                               ("line", 30, 36, 38, 44, 3), ("rect", 12, 46, 40, 8, 0, 3)))

    def key_options(self, o):
        return [tr('reshape only')]

    def output_shape(self, shape, o):
        rest = shape[1:]
        if any(d is None for d in rest):
            return (shape[0], None)
        return (shape[0], math.prod(rest))

    def derive(self, shape, o):
        return Derivation("0", tr('Flatten only reshapes; it has no weights.'))

    def forward(self, x, weights, o, where, mask):
        return x.reshape(x.shape[0], math.prod(x.shape[1:])), None

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        return DiagramText("Flatten", (tr('{fmt_shape} → {fmt_shape2}; no weights').format(fmt_shape=fmt_shape(input_shape), fmt_shape2=fmt_shape(output_shape)),))


KIND = Flatten()
