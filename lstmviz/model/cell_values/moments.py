"""Where the unrolled view and the cell detail get their numbers: one object per moment of a run.

An :class:`EpochValues` answers "the gates and states of layer L on sample S" for one
moment: before training (the initial weights), during a run (the engine's latest probe,
itself :class:`~lstmviz.model.cell_values.CellValues`), or from a full set of weights (a
finished run, a loaded model, or a replay's snapshot of epoch N). The view asks it again
whenever the layer, the sample or the time step changes, so everything that shows values
follows the same moment.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model import cell_math
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import cell_of
from lstmviz.model.cell_values import CellValues, of_trace
from lstmviz.model.cell_values.initial import initial_values
from lstmviz.model.cell_values.trained import trained_cell_values
from lstmviz.model.runs import TrainedState


class EpochValues(Protocol):
    """The values of one moment of a model; ``cell_values`` raises ValueError saying why it cannot."""

    @property
    def epoch(self) -> int | None: ...

    @property
    def source(self) -> str: ...

    def cell_values(self, layer_index: int, sample: int) -> CellValues: ...


def _sample(x: np.ndarray, sample: int) -> np.ndarray:
    if not 0 <= sample < len(x):
        raise ValueError(tr("there is no sample {number}; the data has {count}").format(number=sample + 1,
                                                                                      count=len(x)))
    return x[sample:sample + 1]


@dataclass(frozen=True)
class InitialValues:
    """Freshly initialised weights (the run's seed) on the data: what the cell does before training."""

    architecture: Architecture
    x: np.ndarray
    seed: int = 0
    epoch: int | None = None
    source: str = field(default_factory=lambda: tr("initial weights"))

    def cell_values(self, layer_index: int, sample: int) -> CellValues:
        values = initial_values(self.architecture, _sample(self.x, sample), layer_index, self.seed)
        return replace(values, source=self.source, sample=sample)


@dataclass(frozen=True)
class ProbeValues:
    """The engine's latest probe of one layer while it trains.

    The probe holds one sample's values and the layer's weights; another sample is computed
    here from those weights when the layer reads the data directly (the first layer), else
    the probed sample is what there is.
    """

    probe: CellValues
    architecture: Architecture | None  # None: a probe that came before any model was shown
    x: np.ndarray | None = None

    @property
    def epoch(self) -> int | None:
        return self.probe.epoch

    @property
    def source(self) -> str:
        return self.probe.source

    def cell_values(self, layer_index: int, sample: int) -> CellValues:
        probe = self.probe
        if layer_index != probe.layer_index:
            raise ValueError(tr("training shows layer {number}").format(number=probe.layer_index + 1))
        if sample == probe.sample or not probe.weights or self.x is None or layer_index != 0 \
                or self.architecture is None or self.architecture.input.is_tokens:
            return probe
        layer = self.architecture.layers[layer_index]
        inner, options = cell_of(layer.kind, layer.options)
        trace = cell_math.run_layer(inner, _sample(self.x, sample), probe.weights, options)
        return of_trace(trace, layer_index, probe.source, 0, sample, epoch=probe.epoch, weights=probe.weights)


@dataclass(frozen=True, eq=False)
class WeightValues:
    """A full set of weights: a finished run, a loaded model, or a replay's snapshot of one epoch.

    ``trained`` holds them in Keras's ``get_weights()`` order with the architecture they fit;
    the values are computed in numpy (:mod:`lstmviz.model.cell_values.trained`), once per
    layer and sample.
    """

    trained: TrainedState
    x: np.ndarray
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def epoch(self) -> int | None:
        return self.trained.epoch

    @property
    def source(self) -> str:
        return self.trained.source or tr("trained weights")

    def cell_values(self, layer_index: int, sample: int) -> CellValues:
        key = (layer_index, sample)
        if key not in self._cache:
            values = trained_cell_values(self.trained, self.x, layer_index, sample)
            self._cache[key] = replace(values, source=self.source, epoch=self.epoch)
        return self._cache[key]
