"""Gradients through time: ||dL/dh_t|| (and ||dL/dc_t||) at every step of every recurrent layer.

Keras hands back a layer's outputs but not the gradient reaching each step's state, so
the model's forward pass is rebuilt here with every recurrent layer run step by step with
its own cell and weights (:mod:`.step_unroll`). A zero tensor eps_t is added to the state
after step t; the gradient of the loss with respect to eps_t is then the total derivative
dL/dh_t: through the later steps and through the outputs. One backward pass gives it for
every step and every layer.

The computation is graph-friendly: the fast engine runs it inside its own compiled call,
on the samples it observes (:meth:`StepGradientProbe.compute`); ``tf.cond`` skips it when
nothing is observed or the probe is off, so it then costs next to nothing. The pass is
timed inside the graph, and the probe switches itself off after each pass for as long as
keeps gradients within :data:`BUDGET` of the training's time, whatever the model's size.
"""

from __future__ import annotations

import time
from typing import Any, Sequence

import numpy as np

from lstmviz.model.architecture import Architecture
from lstmviz.model.cells import unrolled_layers
from lstmviz.training.builder import keras_layer
from lstmviz.training.messages import LayerGradients, StepGradients
from lstmviz.training.step_unroll import Stacked, state_sizes, unroll

# The pass costs about one optimizer step, mostly per-operation overhead on these small
# models; a batch's worth of samples shows the norms' shape over time as well as more would.
MAX_SAMPLES = 32
BUDGET = 0.1  # the share of training time gradients may take: after a pass of c seconds, wait c / BUDGET


def _mask_functions() -> tuple[Any, Any]:
    try:  # where Keras keeps a tensor's mask (Embedding(mask_zero=True) sets one)
        from keras.src.backend.common.masking import get_keras_mask, set_keras_mask
    except ImportError:  # pragma: no cover - an older or newer Keras: no masks
        return (lambda x: getattr(x, "_keras_mask", None)), (lambda x, mask: None)
    return get_keras_mask, set_keras_mask


class StepGradientProbe:
    """Computes :class:`StepGradients` for a compiled Keras ``Sequential`` built from ``architecture``.

    ``y`` are the targets of the observed samples (the same rows as the engine's
    observation inputs). :meth:`enable` says whether gradients are wanted; ``budget``
    (None: no limit) spaces the passes out so they take at most that share of the time.
    """

    def __init__(self, model: Any, architecture: Architecture, y: np.ndarray, enabled: bool = True,
                 max_samples: int = MAX_SAMPLES, budget: float | None = BUDGET) -> None:
        import tensorflow as tf

        self.model = model
        self.architecture = architecture
        self.layers = [keras_layer(model, i) for i in range(len(architecture.layers))]
        self.recurrent = unrolled_layers(layer.kind for layer in architecture.layers)
        self.max_samples = max(1, int(max_samples))
        self.budget = budget
        # A variable with an open first axis: a cached run on other data of the same shape sets it.
        self._y = tf.Variable(y, trainable=False, shape=tf.TensorShape([None, *np.shape(y)[1:]]))
        self._count = len(y)
        self._wanted = bool(enabled)
        self._on = self._wanted  # the flag's value: wanted, and not resting after the last pass
        self._flag = tf.Variable(self._on, trainable=False, name="step_gradients_on")
        self._resume_at = 0.0  # perf_counter time from which the next pass may run
        self.last_seconds = 0.0  # how long the last pass took (measured inside the graph)
        self._rows = [row for index in self.recurrent for row in self._rows_of(index)]
        self._compiled: Any = None

    # ------------------------------------------------------------------ switching

    @property
    def enabled(self) -> bool:
        """Whether gradients are wanted (they may still rest for the budget)."""
        return self._wanted

    def enable(self, on: bool) -> None:
        """Want gradients (or not) from the next call on; called on the training thread."""
        self._wanted = bool(on)
        self._schedule()

    def set_targets(self, y: np.ndarray) -> None:
        """The targets of the observed samples, for a run on new data (same shape per sample)."""
        self._y.assign(y)
        self._count = len(y)

    def reset(self, wanted: bool, budget: float | None = BUDGET) -> None:
        """A new run: gradients wanted or not, its budget, and no rest left over from an earlier run."""
        self._wanted = bool(wanted)
        self.budget = budget
        self.skip_rest()

    def skip_rest(self) -> None:
        """Compute gradients at the next call even if resting for the budget (a run's last look)."""
        self._resume_at = 0.0
        self._schedule()

    def _schedule(self) -> None:
        on = self._wanted and time.perf_counter() >= self._resume_at
        if on != self._on:
            self._on = on
            self._flag.assign(on)

    # ---------------------------------------------------------------- graph part

    def _rows_of(self, index: int) -> list[tuple[int, Any, int]]:
        """(layer index, Keras RNN layer, direction) for each row of cells a layer draws."""
        layer = self.layers[index]
        spec = self.architecture.layers[index]
        if spec.spec.directions(spec.options) == 2:
            return [(index, layer.forward_layer, 1), (index, layer.backward_layer, -1)]
        return [(index, layer, -1 if layer.go_backwards else 1)]

    def compute(self, inputs: Any) -> tuple[Any, ...]:
        """Norms per row and state ((T,) each, processing order), then the pass's seconds.

        ``inputs`` are the first m observation samples (m = 0 when nothing is observed);
        the targets are the same rows of ``y``. All zeros when off or m = 0.
        """
        import tensorflow as tf

        n = tf.where(self._flag, tf.minimum(tf.shape(inputs)[0], self.max_samples), 0)
        x = inputs[:n]
        y = self._y[:n]
        steps = self._steps(inputs)
        return tf.cond(n > 0, lambda: self._timed(x, y),
                       lambda: (*(tf.zeros([t]) for t in steps), tf.constant(0.0, tf.float64)))

    def _timed(self, x: Any, y: Any) -> tuple[Any, ...]:
        import tensorflow as tf

        start = tf.timestamp()
        with tf.control_dependencies([start]):
            norms = self._norms(x, y)
        with tf.control_dependencies(list(norms)):
            return (*norms, tf.timestamp() - start)

    def _steps(self, inputs: Any) -> list[Any]:
        """The time steps of each (row, state), known without running the model."""
        import tensorflow as tf

        from lstmviz.model.inference import infer

        inference = infer(self.architecture)
        out = []
        for index, layer, _ in self._rows:
            t = inference[index].built().input_shape[1]  # None: the input's own open length
            out += [tf.shape(inputs)[1] if t is None else int(t)] * len(state_sizes(layer.cell))
        return out

    def _norms(self, x: Any, y: Any) -> tuple[Any, ...]:
        import tensorflow as tf

        get_mask, set_mask = _mask_functions()
        with tf.GradientTape() as tape:
            eps: list[Any] = []  # in the order of self._rows, then state order (h, c)
            h = x
            for index, layer in enumerate(self.layers):
                if index not in self.recurrent:
                    h = layer(h, training=False)
                    continue
                mask = get_mask(h)
                h = self._recurrent(index, layer, h, mask, eps, tape)
                if mask is not None and self.architecture.layers[index].options.get("return_sequences", False):
                    set_mask(h, mask)  # as Keras's RNN passes the mask on to the layers above
            loss = tf.cast(self.model.compute_loss(x, y, h, None, training=False), tf.float32)
        grads = tape.gradient(loss, [list(e) if isinstance(e, Stacked) else e for e in eps],
                              unconnected_gradients=tf.UnconnectedGradients.ZERO)
        grads = [tf.stack(g) if isinstance(g, list) else g for g in grads]  # (T, B, units) each
        return tuple(tf.sqrt(tf.reduce_sum(tf.square(tf.cast(g, tf.float32)), axis=[1, 2])) for g in grads)

    def _recurrent(self, index: int, layer: Any, x: Any, mask: Any, eps: list[Any], tape: Any) -> Any:
        import tensorflow as tf

        spec = self.architecture.layers[index]
        if spec.spec.directions(spec.options) == 1:
            return unroll(layer, x, mask, eps, tape)
        y = unroll(layer.forward_layer, x, mask, eps, tape)
        y_rev = unroll(layer.backward_layer, x, mask, eps, tape)
        if layer.return_sequences:
            y_rev = tf.reverse(y_rev, [1])
        mode = layer.merge_mode
        if mode == "concat":
            return tf.concat([y, y_rev], axis=-1)
        if mode == "sum":
            return y + y_rev
        if mode == "ave":
            return (y + y_rev) / 2
        if mode == "mul":
            return y * y_rev
        raise ValueError(f"merge_mode {mode!r} is not supported here")

    # ------------------------------------------------------------------ results

    def message(self, epoch: int, outputs: Sequence[Any]) -> StepGradients | None:
        """The typed message for :meth:`compute`'s outputs (None when the pass did not run).

        Called after every observing call: it also decides whether the next one runs the pass.
        """
        ran = self._on and bool(self._rows)
        if ran:
            *norms, seconds = outputs
            self.last_seconds = float(seconds)
            if self.budget:
                self._resume_at = time.perf_counter() + self.last_seconds * (1.0 / self.budget - 1.0)
        self._schedule()
        if not ran:
            return None
        values = [np.asarray(v, dtype=np.float64) for v in norms]
        out, k = [], 0
        for index, layer, direction in self._rows:
            states = len(state_sizes(layer.cell))
            own = values[k : k + states]
            k += states
            if direction == -1:  # processing order -> input order: h[0] belongs to the step reading x(1)
                own = [v[::-1] for v in own]
            kind = type(layer).__name__
            out.append(LayerGradients(index, kind, direction, own[0], own[1] if states > 1 else None))
        return StepGradients(epoch, self.samples, tuple(out))

    @property
    def samples(self) -> int:
        """How many samples the loss is averaged over: the observed ones, up to the cap."""
        return min(self._count, self.max_samples)

    def observe(self, epoch: int, x: np.ndarray) -> StepGradients | None:
        """Compile and run the computation on its own (the fit engine's observation); ``x`` pairs with ``y``."""
        if not self._rows:
            return None
        if self._compiled is None:
            import tensorflow as tf

            self._compiled = tf.function(self.compute, autograph=False)
        return self.message(epoch, self._compiled(x))


def gradient_probe(model: Any, architecture: Architecture, y: np.ndarray) -> StepGradientProbe:
    """The probe a training run traces in, with the time budget (wanted: set per run by :meth:`reset`)."""
    return StepGradientProbe(model, architecture, y, budget=BUDGET)
