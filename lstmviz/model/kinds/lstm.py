"""LSTM: a cell state c(t) guarded by input, forget and output gates (Keras order i, f, c, o)."""

from __future__ import annotations

import numpy as np

from lstmviz.i18n import tr_noop
from lstmviz.model.kinds.recurrent import RECURRENT_ACTIVATION, CellKind, Gate


class LSTM(CellKind):
    name = keras_class = "LSTM"
    summary = tr_noop('Long short-term memory: a cell state c(t) guarded by input, forget and output gates.')
    formula = "4 × ((features + units) × units + units)"
    options = CellKind.rnn_options(RECURRENT_ACTIVATION)
    gates = (Gate("i", tr_noop("input gate"), tr_noop("input"), "sigmoid"),
             Gate("f", tr_noop("forget gate"), tr_noop("forget"), "sigmoid"),
             Gate("g", tr_noop("candidate"), tr_noop("candidate"), "tanh"),
             Gate("o", tr_noop("output gate"), tr_noop("output"), "sigmoid"))
    display_order = ("f", "i", "g", "o")
    states = ("h", "c")
    drawing = "memory"

    def equations(self, act, rec, o):
        xs = "x(t) + U<sub>{0}</sub> h(t\u22121) + b<sub>{0}</sub>"
        return [f"f = {rec}(W<sub>f</sub> {xs.format('f')})", f"i = {rec}(W<sub>i</sub> {xs.format('i')})",
                f"g = {act}(W<sub>g</sub> {xs.format('g')})", f"o = {rec}(W<sub>o</sub> {xs.format('o')})",
                "c(t) = f \u2299 c(t\u22121) + i \u2299 g", f"h(t) = o \u2299 {act}(c(t))"]

    def step(self, projected, h, c, recurrent, recurrent_bias, act, rec_act, o):
        zi, zf, zg, zo = np.split(projected + h @ recurrent, 4, axis=-1)
        i, f, g, out = rec_act(zi), rec_act(zf), act(zg), rec_act(zo)
        c = f * c + i * g
        return out * act(c), c, (i, f, g, out)

    def initial_bias(self, o):
        # Keras's unit_forget_bias: the forget block starts at one
        bias = super().initial_bias(o)
        units = int(o["units"])
        bias[units: 2 * units] = 1.0
        return bias


KIND = LSTM()
