"""Cell values: the one type of gates and states a view shows, and where they come from.

The one traced forward pass (each cell kind's loop, :meth:`CellKind.run` with ``trace``)
gives a :class:`~lstmviz.model.kinds.trace.CellTrace` for a batch; :func:`of_trace` picks the
sample. The engine's probe (the message it sends while training), the Unrolled tab, the gate
detail and the stored-weights views all carry :class:`CellValues`.

The modules of this package say where they come from, all in numpy:
:mod:`~lstmviz.model.cell_values.initial` (freshly initialised weights),
:mod:`~lstmviz.model.cell_values.trained` (stored weights: a finished run, a loaded model),
:mod:`~lstmviz.model.cell_values.moments` (one object per moment of a run, which the view asks
again whenever the layer or the sample changes) and :mod:`~lstmviz.model.cell_values.replay`
(a replayed epoch's snapshot).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from lstmviz.model.cells import value_order
from lstmviz.model.kinds.trace import CellTrace

Array = np.ndarray


@dataclass(frozen=True)
class CellValues:
    """Gates and states of one recurrent layer on one sample, each ``(T, units)``, in processing order.

    ``epoch`` is the training epoch they belong to (None before training or for a loaded model);
    ``weights`` the layer's own weights (its forward direction's, Keras order) when they came with
    the values, as in the engine's probe: another sample can then be computed from them.
    """

    layer_index: int
    kind: str  # LSTM, GRU or SimpleRNN (the forward layer of a Bidirectional)
    gates: dict[str, Array]
    states: dict[str, Array]
    source: str  # "initial weights", "training, epoch 120", "loaded model"
    sample: int = 0
    epoch: int | None = None
    weights: tuple[Array, ...] = field(default=(), repr=False)

    @property
    def steps(self) -> int:
        return int(self.states["h"].shape[0])

    @property
    def units(self) -> int:
        return int(self.states["h"].shape[1])

    def array(self, symbol: str) -> Array:
        return self.gates[symbol] if symbol in self.gates else self.states[symbol]

    def keys(self) -> tuple[str, ...]:
        """States first, then the gates as the tutorial names them: the rows of the heatmaps."""
        return tuple(k for k in value_order(self.kind) if k in self.gates or k in self.states)


def of_trace(trace: CellTrace, layer_index: int, source: str, index: int = 0, sample: int | None = None, *,
             epoch: int | None = None, weights: tuple[Array, ...] = ()) -> CellValues:
    """Batch row ``index`` of ``trace`` as layer ``layer_index``'s values (``sample``: its number in the data)."""
    gates, states = trace.sample(index)
    return CellValues(layer_index, trace.kind, gates, states, source, index if sample is None else sample,
                      epoch, tuple(weights))
