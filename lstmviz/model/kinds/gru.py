"""GRU: update and reset gates, no separate cell state (Keras order z, r, h; both reset_after modes)."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import MULTIPLY, Option
from lstmviz.model.kinds.recurrent import RECURRENT_ACTIVATION, CellKind, Gate
from lstmviz.model.kinds.shared import units

RESET_AFTER = Option("reset_after", bool, True,
                     tr_noop('Apply the reset gate after the recurrent matrix (Keras default; two biases per gate).'),
                     shape_changing=True)


class GRU(CellKind):
    name = keras_class = "GRU"
    summary = tr_noop('Gated recurrent unit: update and reset gates, no separate cell state.')
    formula = tr_noop('3 × ((features + units) × units + 2 × units)   (reset_after=True; + units when False)')
    options = CellKind.rnn_options(RECURRENT_ACTIVATION, RESET_AFTER)
    gates = (Gate("z", tr_noop("update gate"), tr_noop("update"), "sigmoid"),
             Gate("r", tr_noop("reset gate"), tr_noop("reset"), "sigmoid"),
             Gate("g", tr_noop("candidate"), tr_noop("candidate"), "tanh"))
    display_order = ("z", "r", "g")
    drawing = "update"

    def equations(self, act, rec, o):
        xs = "x(t) + U<sub>{0}</sub> h(t\u22121) + b<sub>{0}</sub>"
        if o.get("reset_after", True):
            g = (f"g = {act}(W<sub>g</sub> x(t) + b<sub>g</sub> + "
                 f"r \u2299 (U<sub>g</sub> h(t\u22121) + b\u2032<sub>g</sub>))")
        else:
            g = f"g = {act}(W<sub>g</sub> x(t) + U<sub>g</sub> (r \u2299 h(t\u22121)) + b<sub>g</sub>)"
        return [f"z = {rec}(W<sub>z</sub> {xs.format('z')})", f"r = {rec}(W<sub>r</sub> {xs.format('r')})", g,
                "h(t) = z \u2299 h(t\u22121) + (1 \u2212 z) \u2299 g"]

    def step(self, projected, h, c, recurrent, recurrent_bias, act, rec_act, o):
        size = recurrent.shape[0]
        x_z, x_r, x_h = np.split(projected, 3, axis=-1)
        if o.get("reset_after", True):
            inner = h @ recurrent
            if recurrent_bias is not None:
                inner = inner + recurrent_bias
            rec_z, rec_r, rec_h = np.split(inner, 3, axis=-1)
            z, r = rec_act(x_z + rec_z), rec_act(x_r + rec_r)
            candidate = act(x_h + r * rec_h)
        else:
            rec_z, rec_r = np.split(h @ recurrent[:, : 2 * size], 2, axis=-1)
            z, r = rec_act(x_z + rec_z), rec_act(x_r + rec_r)
            candidate = act(x_h + (r * h) @ recurrent[:, 2 * size:])
        return z * h + (1.0 - z) * candidate, c, (z, r, candidate)

    def two_biases(self, o: Mapping[str, Any]) -> bool:
        return bool(o.get("use_bias", True) and o.get("reset_after", True))

    def bias_per_gate(self, o):
        return 2 * units(o) if self.two_biases(o) else super().bias_per_gate(o)

    def bias_shape(self, o):
        return (2, 3 * units(o)) if self.two_biases(o) else super().bias_shape(o)

    def bias_note(self, o):
        if self.two_biases(o):
            return tr(' With reset_after=True (the Keras default) each gate has two biases, one for the input and one for the recurrent part: 2 {MULTIPLY} {u}.').format(MULTIPLY=MULTIPLY, u=units(o))
        return super().bias_note(o)

    def key_options(self, o):
        parts = super().key_options(o)
        if not o.get("reset_after", True):
            parts.append("reset_after=False")
        return parts


KIND = GRU()
