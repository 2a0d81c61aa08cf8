"""SimpleRNN: the plainest recurrent cell, h(t) = activation(W x(t) + U h(t-1) + b)."""

from __future__ import annotations

from lstmviz.i18n import tr_noop
from lstmviz.model.kinds.recurrent import CellKind, Gate


class SimpleRNN(CellKind):
    name = keras_class = "SimpleRNN"
    summary = tr_noop('The plainest recurrent cell: h(t) = tanh(W x(t) + U h(t-1) + b).')
    formula = "(features + units) × units + units"
    options = CellKind.rnn_options()
    gates = (Gate("h", tr_noop("state"), tr_noop("state"), "tanh"),)
    display_order = ("h",)

    def step(self, projected, h, c, recurrent, recurrent_bias, act, rec_act, o):
        return act(projected + h @ recurrent), c, ()


KIND = SimpleRNN()
