"""What the engine shows while it trains: predictions on the data and one recurrent layer's gates.

One compiled forward pass gives both the model's predictions and the input of the probed
layer; :mod:`lstmviz.model.cell_math` then recomputes that layer with the current weights
to expose every gate and state (Keras itself returns only the outputs).
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.catalogue import cell_of
from lstmviz.model.cells import unrolled_layers, unrolls
from lstmviz.model.cell_math import run_layer
from lstmviz.model.cell_values import CellValues, of_trace
from lstmviz.model.inference import infer
from lstmviz.model.limits import MAX_VALUE_STEPS, MAX_VALUE_WORK
from lstmviz.training.builder import keras_layer
from lstmviz.training.messages import StepGradients


def default_probe_layer(architecture: Architecture) -> int | None:
    """The first layer that unrolls (LSTM, GRU, SimpleRNN or Bidirectional), or None."""
    found = unrolled_layers(layer.kind for layer in architecture.layers)
    return found[0] if found else None


def _too_costly(architecture: Architecture, index: int) -> bool:
    """Whether recomputing the layer's gates ~30 times a second would outweigh the training itself."""
    info = infer(architecture)[index]
    shape = info.input_shape or ()
    steps = shape[1] if len(shape) >= 3 and isinstance(shape[1], int) else 1
    return steps > MAX_VALUE_STEPS or steps * (info.params or 0) > MAX_VALUE_WORK


class Observer:
    """Predictions on the whole dataset and the cell values of one layer, from the current weights.

    :meth:`forward` is graph-friendly, so the fast engine runs it inside its own compiled
    call; :meth:`observe` compiles it on its own (for the fit engine).
    """

    def __init__(self, model: Any, architecture: Architecture, x: np.ndarray,
                 probe_layer: int | None, probe_sample: int = 0, gradients: Any = None) -> None:
        self.model = model
        self.gradients = gradients  # a StepGradientProbe: its norms ride along with the forward pass
        self.architecture = architecture
        self.x = x
        if probe_layer is not None and not (0 <= probe_layer < len(architecture.layers)):
            probe_layer = None
        if probe_layer is not None:
            if not unrolls(architecture.layers[probe_layer].kind) or _too_costly(architecture, probe_layer):
                probe_layer = None
        self.probe_layer = probe_layer
        self.probe_sample = min(max(probe_sample, 0), len(x) - 1)
        self._layers = [keras_layer(model, i) for i in range(len(architecture.layers))]
        self._compiled: Callable[..., Any] | None = None

    def forward(self, inputs: Any, probe_inputs: Any = None, gradient_inputs: Any = None) -> tuple[Any, ...]:
        """The Sequential's own forward pass on ``inputs``, and the probed layer's input for ``probe_inputs``.

        ``probe_inputs`` is the probed sample (one row, or none), ``gradient_inputs`` the
        samples the gradients through time are computed on; both default to ``inputs``.
        Apart, a large dataset can be observed a slice at a time while the probe and the
        gradients still see the same samples.
        """
        probe_inputs = inputs if probe_inputs is None else probe_inputs
        h = inputs
        for layer in self._layers:
            h = layer(h, training=False)
        seen = probe_inputs
        for layer in self._layers[: self.probe_layer or 0]:
            seen = layer(seen, training=False)
        if self.gradients is not None:
            return h, seen, self.gradients.compute(inputs if gradient_inputs is None else gradient_inputs)
        return h, seen

    def observe(self, epoch: int) -> tuple[np.ndarray | None, CellValues | None, StepGradients | None]:
        if self._compiled is None:
            import tensorflow as tf

            # Without autograph, as the fast engine traces it: converting this code, the gradient
            # probe's and Keras's layers' took seconds (a second Python pass over their source).
            self._compiled = tf.function(self.forward, autograph=False)
        p = self.probe_sample
        return self.messages(epoch, *self._compiled(self.x, self.x[p : p + 1], self.x))

    def messages(self, epoch: int, predictions: Any, seen: Any, norms: Any = None
                 ) -> tuple[np.ndarray | None, CellValues | None, StepGradients | None]:
        """The messages of one observation; ``seen`` is the probed layer's input for the probed sample.

        ``predictions`` None (an observation of the probe and the gradients alone) gives None.
        """
        gradients = None if self.gradients is None or norms is None else self.gradients.message(epoch, norms)
        return None if predictions is None else np.asarray(predictions), self._probe(epoch, seen), gradients

    def _probe(self, epoch: int, seen: Any) -> CellValues | None:
        if self.probe_layer is None:
            return None
        spec = self.architecture.layers[self.probe_layer]
        layer = self._layers[self.probe_layer]
        if spec.spec.directions(spec.options) == 2:
            layer = layer.forward_layer  # Keras's Bidirectional: the probe shows the forward direction
        kind, options = cell_of(spec.kind, spec.options)
        weights = [np.array(w) for w in layer.get_weights()]
        sample = np.asarray(seen[:1])  # the probed sample alone (forward() cut it out)
        return of_trace(run_layer(kind, sample, weights, options), self.probe_layer,
                        tr("training, epoch {epoch}").format(epoch=epoch), 0, self.probe_sample,
                        epoch=epoch, weights=tuple(weights))
