"""RepeatVector: one vector repeated n times, (None, F) -> (None, n, F): an encoder's bridge to a decoder."""

from __future__ import annotations

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import Derivation, DiagramText, LayerKind, Look, Need, Option, ShapeError
from lstmviz.model.kinds.shared import SHAPE_FAMILY


class RepeatVector(LayerKind):
    name = keras_class = "RepeatVector"
    summary = tr_noop('Repeats one vector n times, making a sequence: (None, F) becomes (None, n, F). The bridge from an encoder to a decoder.')
    formula = tr_noop('0 (no weights)')
    options = (Option("n", int, 5, tr_noop('How many times (time steps) to repeat the vector.'), 1, 100_000,
                      shape_changing=True),)
    look = Look(SHAPE_FAMILY, (("rect", 10, 22, 10, 22, 2, 3), ("line", 23, 33, 29, 33, 3),
                               ("rect", 28, 22, 8, 22, 2, 3), ("rect", 38, 22, 8, 22, 2, 3), ("rect", 48, 22, 8, 22, 2, 3)))
    positional = ("n",)

    def key_options(self, o):
        return [f"n={o['n']}"]

    def output_shape(self, shape, o):
        if len(shape) != 2:
            raise ShapeError(tr('RepeatVector needs a 2-D input (None, F)'), tr(', or add Flatten before it'), Need.ONE_STEP)
        return (shape[0], int(o["n"]), shape[1])

    def derive(self, shape, o):
        return Derivation("0", tr('RepeatVector copies its input n times; it has no weights.'))

    def forward(self, x, weights, o, where, mask):
        return np.repeat(x[:, None, :], int(o["n"]), axis=1), None

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        return DiagramText(tr('RepeatVector({value})').format(value=o['n']),
                           (tr('copies {value} to every step; no weights').format(value=reads),))


KIND = RepeatVector()
