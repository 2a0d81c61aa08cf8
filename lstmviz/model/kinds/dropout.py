"""Dropout: zeroes a random fraction of its inputs while training; passes them through otherwise."""

from __future__ import annotations

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import Derivation, DiagramText, Drawn, LayerKind, Look, Option
from lstmviz.model.kinds.shared import SHAPE_FAMILY


class Dropout(LayerKind):
    name = keras_class = "Dropout"
    summary = tr_noop('While training, sets a random fraction of its inputs to zero; does nothing at prediction.')
    formula = tr_noop('0 (no weights)')
    options = (Option("rate", float, 0.2, tr_noop('Fraction of inputs dropped while training.'), 0.0, 1.0),)
    look = Look(SHAPE_FAMILY, tuple(
        ("dot", 18 + i * 14, 18 + j * 14, 5, 90 if (i + 2 * j) % 3 == 0 else 255) for i in range(3) for j in range(3)))
    positional = ("rate",)

    def key_options(self, o):
        return [f"rate={o['rate']:g}"]

    def derive(self, shape, o):
        return Derivation("0", tr('Dropout has no weights; the shape passes through unchanged.'))

    def drawn(self, input_shape, o):
        return Drawn.PER_STEP if len(input_shape) >= 3 else Drawn.ONCE

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        title = tr('Dropout({get})').format(get=o.get('rate', 0))
        return DiagramText(title, (tr('no weights'),),
                           tr('Dropout({get}) on every step: no weights (active only while training)').format(get=o.get('rate', 0)))


KIND = Dropout()
