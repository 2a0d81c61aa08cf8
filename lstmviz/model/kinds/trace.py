"""The values one traced forward pass of a recurrent layer yields: every gate and state per step.

A :class:`CellTrace` holds them for a batch; :class:`lstmviz.model.cell_values.CellValues`
for the one sample a view paints.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class CellTrace:
    """Every gate and state of one recurrent layer, per sample, time step and unit.

    Arrays are shaped ``(batch, T, units)``. LSTM: gates ``i, f, g, o`` and states
    ``h, c``; GRU: gates ``z, r, g`` and state ``h``; SimpleRNN: no gates, state ``h``.
    ``h`` and ``c`` at step ``t`` are the values *after* step ``t``. With
    ``go_backwards`` the time axis is in processing order (step 0 read the last input),
    which is also the order of Keras's returned sequence.
    """

    kind: str
    gates: dict[str, Array]
    states: dict[str, Array]

    @property
    def output(self) -> Array:
        """The layer's output sequence, ``h`` at every step."""
        return self.states["h"]

    @property
    def time_steps(self) -> int:
        return self.states["h"].shape[1]

    def sample(self, index: int = 0) -> tuple[dict[str, Array], dict[str, Array]]:
        """(gates, states) of one sample, each ``(T, units)``."""
        return ({k: v[index] for k, v in self.gates.items()}, {k: v[index] for k, v in self.states.items()})
