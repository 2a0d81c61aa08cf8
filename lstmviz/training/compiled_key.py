"""What a traced training function depends on, computed without TensorFlow.

Two runs whose keys are equal can share one built Keras model and one traced function:
only the weights, the optimizer's state, the learning rate and the data's values differ,
and those are assigned, not traced. Neither the number of samples, nor the batch size,
nor the seed, the epochs or shuffling is part of the key. The window compares keys on
the GUI thread to decide whether an edit makes a warm-up in progress useless, so this
module imports no TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.cells import unrolled_layers, unrolls
from lstmviz.model.datasets import Dataset
from lstmviz.model.settings import TrainingSettings


@dataclass(frozen=True)
class CompiledKey:
    input: InputSpec
    layers: tuple[LayerSpec, ...]
    optimizer: str
    loss: str
    x: tuple[tuple[int, ...], str]  # shape of one sample and dtype
    y: tuple[tuple[int, ...], str]
    validation: bool
    probe_layer: int | None  # resolved: an index of a layer that unrolls, or None
    gradients: bool = False  # the gradients-through-time probe is traced in (a model with a recurrent layer)

    @property
    def model_key(self) -> tuple[InputSpec, tuple[LayerSpec, ...]]:
        """What the initial weights of a seed depend on."""
        return self.input, self.layers


def probe_layer_of(architecture: Architecture, probe_layer: int | None) -> int | None:
    """The layer the probe shows: the given one if it unrolls, else (for None) the first that does."""
    layers = architecture.layers
    if probe_layer is None:
        found = unrolled_layers(layer.kind for layer in layers)
        return found[0] if found else None
    if 0 <= probe_layer < len(layers) and unrolls(layers[probe_layer].kind):
        return probe_layer
    return None


def compiled_key(architecture: Architecture, dataset: Dataset, settings: TrainingSettings,
                 probe_layer: int | None = None, gradients: bool = False) -> CompiledKey:
    return CompiledKey(
        architecture.input, tuple(architecture.layers), settings.optimizer.lower(), settings.loss,
        (tuple(dataset.x.shape[1:]), dataset.x.dtype.str), (tuple(dataset.y.shape[1:]), dataset.y.dtype.str),
        bool(settings.validation_split), probe_layer_of(architecture, probe_layer),
        bool(gradients) and bool(unrolled_layers(layer.kind for layer in architecture.layers)),
    )
