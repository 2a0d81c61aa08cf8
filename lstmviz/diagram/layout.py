"""Geometry of the unrolled diagram as plain data: boxes, wires and labels the view only paints.

The diagram follows the data upwards: the input x(t) at the bottom, then each layer as a
row, one column per time step. A recurrent layer is drawn as ONE cell repeated at every
step; every copy is tied to the layer's single weight block, which is the point the
tutorial makes in words. Layers that act on each step on their own
(TimeDistributed, Dense on a sequence, Embedding) get a row with their own shared block;
layers that act once (Dense on a vector, Flatten, RepeatVector) get a single box.

Coordinates are scene units with y growing downwards. Long sequences keep their first
and last ``keep`` steps and put one "…" slot between them.
"""

from __future__ import annotations

from lstmviz.i18n import tr

from lstmviz.diagram.rows import RowBuilder
from lstmviz.diagram.types import KEEP, MAX_STEPS, NORMAL_TYPE, PITCH, Typography, UnrolledLayout
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import fmt_shape
from lstmviz.model.cells import unrolled_layers
from lstmviz.model.inference import Inference, infer


def build_layout(architecture: Architecture, inference: Inference | None = None,
                 focus_layer: int | None = None, *, max_steps: int = MAX_STEPS,
                 keep: int = KEEP, typography: Typography = NORMAL_TYPE, pitch: float = PITCH) -> UnrolledLayout:
    """Lay out the whole model unrolled in time; ``focus_layer`` is the recurrent layer shown with values.

    ``typography`` gives the text sizes to leave room for (presenter mode draws larger text); ``pitch`` the
    distance between time-step columns (COMPACT_PITCH where a projector has little room).
    """
    inference = inference or infer(architecture)
    recurrent = unrolled_layers(layer.kind for layer in architecture.layers)
    if focus_layer not in recurrent:
        focus_layer = recurrent[0] if recurrent else None
    if not recurrent:
        return UnrolledLayout(message=tr('This model has no recurrent layer to unroll: add an LSTM, GRU or SimpleRNN layer to see it as one cell repeated over time.'))
    spec = architecture.input
    if not spec.is_tokens and len(spec.shape) < 2:
        return UnrolledLayout(recurrent_layers=recurrent, focus_layer=focus_layer,
                              message=tr('The input {fmt_shape} has no time axis: give it (time steps, features) to unroll the recurrent layer.').format(fmt_shape=fmt_shape(spec.shape)))
    builder = RowBuilder(architecture, inference, focus_layer, max_steps, keep, typography, pitch)
    return builder.build(recurrent)
