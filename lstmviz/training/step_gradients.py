"""Gradients through time: ||dL/dh_t|| (and ||dL/dc_t||) at every step of every recurrent layer.

Keras hands back a layer's outputs but not the gradient reaching each step's state, so
the model's forward pass is rebuilt here with every recurrent layer run step by step by
its own Keras cell. A zero tensor eps_t is added to the state after step t; the gradient
of the loss with respect to eps_t is then the total derivative dL/dh_t: through the later
steps and through the outputs. One backward pass gives it for every step and every layer.

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

# The pass costs about one optimizer step, mostly per-operation overhead on these small
# models; a batch's worth of samples shows the norms' shape over time as well as more would.
MAX_SAMPLES = 32
# Up to this many steps the loop is written out in the graph: a pass runs about twice as fast
# as a tf.while_loop, but tracing grows with the steps (30 steps: seconds more before the
# first epoch, measured), and the budget already keeps a slower pass cheap.
UNROLL_STEPS = 10
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
        self._y = tf.constant(y)
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
        if self.architecture.layers[index].kind == "Bidirectional":
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
            t = inference[index].input_shape[1]  # None: the input's own open length
            out += [tf.shape(inputs)[1] if t is None else int(t)] * len(_state_sizes(layer.cell))
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
        grads = tape.gradient(loss, [list(e) if isinstance(e, _Stacked) else e for e in eps],
                              unconnected_gradients=tf.UnconnectedGradients.ZERO)
        grads = [tf.stack(g) if isinstance(g, list) else g for g in grads]  # (T, B, units) each
        return tuple(tf.sqrt(tf.reduce_sum(tf.square(tf.cast(g, tf.float32)), axis=[1, 2])) for g in grads)

    def _recurrent(self, index: int, layer: Any, x: Any, mask: Any, eps: list[Any], tape: Any) -> Any:
        import tensorflow as tf

        if self.architecture.layers[index].kind != "Bidirectional":
            return _unroll(layer, x, mask, eps, tape)
        y = _unroll(layer.forward_layer, x, mask, eps, tape)
        y_rev = _unroll(layer.backward_layer, x, mask, eps, tape)
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
            states = len(_state_sizes(layer.cell))
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
        return min(int(self._y.shape[0]), self.max_samples)

    def observe(self, epoch: int, x: np.ndarray) -> StepGradients | None:
        """Compile and run the computation on its own (the fit engine's observation); ``x`` pairs with ``y``."""
        if not self._rows:
            return None
        if self._compiled is None:
            import tensorflow as tf

            self._compiled = tf.function(self.compute, autograph=False)
        return self.message(epoch, self._compiled(x))


def _state_sizes(cell: Any) -> list[int]:
    size = cell.state_size
    return list(size) if isinstance(size, (list, tuple)) else [size]


def _stepper(cell: Any) -> Any:
    """``step(x_t, states, eps, keep) -> new states``, each state plus its zero perturbation.

    An LSTM's step is written out from its own weights so that eps_c enters *before*
    h = o * act(c): dL/dc_t then counts every path from c_t to the loss, through h_t too,
    as backpropagation's cell-state gradient does. Other cells are Keras's own, with eps
    added to the state they return. ``keep`` (B, 1) is a mask: masked samples pass their
    state on unchanged, as in Keras's loop.
    """
    import tensorflow as tf

    if type(cell).__name__ == "LSTMCell":
        act, rec = cell.activation, cell.recurrent_activation

        def lstm_step(x: Any, states: list[Any], eps: list[Any], keep: Any) -> list[Any]:
            h_prev, c_prev = states
            z = tf.matmul(x, cell.kernel) + tf.matmul(h_prev, cell.recurrent_kernel)
            if cell.use_bias:
                z = z + cell.bias
            zi, zf, zg, zo = tf.split(z, 4, axis=-1)  # Keras's order: i, f, c, o
            c = rec(zf) * c_prev + rec(zi) * act(zg)
            if keep is not None:
                c = tf.where(keep, c, c_prev)
            c = c + eps[1]
            h = rec(zo) * act(c)
            if keep is not None:
                h = tf.where(keep, h, h_prev)
            return [h + eps[0], c]

        return lstm_step

    def keras_step(x: Any, states: list[Any], eps: list[Any], keep: Any) -> list[Any]:
        _, new = cell(x, list(states), training=False)
        new = list(new) if isinstance(new, (list, tuple)) else [new]
        if keep is not None:
            new = [tf.where(keep, n, s) for n, s in zip(new, states)]
        return [n + e for n, e in zip(new, eps)]

    return keras_step


def _unroll(layer: Any, x: Any, mask: Any, eps: list[Any], tape: Any) -> Any:
    """Run a Keras RNN layer over ``x`` step by step, with a watched zero eps on each state.

    Mirrors Keras's loop: states start at zero, ``go_backwards`` reads the sequence from
    its end (and returns outputs in that order), a masked step keeps the previous states
    and outputs the previous output (zeros with ``zero_output_for_mask``). Every cell here
    outputs its hidden state, which is state 0.
    """
    import tensorflow as tf

    if x.shape[1] is not None and x.shape[1] <= UNROLL_STEPS:
        return _unroll_static(layer, x, mask, eps, tape)
    cell, step = layer.cell, _stepper(layer.cell)
    sizes = _state_sizes(cell)
    xs = tf.transpose(x, [1, 0, 2])  # (T, B, F)
    masks = None if mask is None else tf.transpose(tf.cast(mask, tf.bool), [1, 0])  # (T, B)
    if layer.go_backwards:
        xs = tf.reverse(xs, [0])
        masks = None if masks is None else tf.reverse(masks, [0])
    steps, batch = tf.shape(xs)[0], tf.shape(xs)[1]
    dtype = cell.compute_dtype
    zeros = [tf.zeros(tf.stack([steps, batch, size]), dtype=dtype) for size in sizes]
    for z in zeros:
        tape.watch(z)
    eps.extend(zeros)
    first = tuple(tf.zeros(tf.stack([batch, size]), dtype=dtype) for size in sizes)
    zero_out = bool(getattr(layer, "zero_output_for_mask", False))

    def body(t: Any, states: tuple[Any, ...], previous: Any, outputs: Any) -> tuple[Any, ...]:
        keep = None if masks is None else masks[t][:, None]
        new = step(xs[t], list(states), [z[t] for z in zeros], keep)
        out = new[0]
        if keep is not None:
            out = tf.where(keep, out, tf.zeros_like(out) if zero_out else previous)
        return t + 1, tuple(new), out, outputs.write(t, out)

    _, _, last, outputs = tf.while_loop(
        lambda t, *_: t < steps, body, (tf.constant(0), first, first[0], tf.TensorArray(dtype, size=steps)))
    # Keep the static shape Keras's own loop would give: layers above (TimeDistributed) read it.
    if layer.return_sequences:
        result = tf.transpose(outputs.stack(), [1, 0, 2])
        result.set_shape([x.shape[0], x.shape[1], sizes[0]])
        return result
    last.set_shape([x.shape[0], sizes[0]])
    return last


def _unroll_static(layer: Any, x: Any, mask: Any, eps: list[Any], tape: Any) -> Any:
    """:func:`_unroll` written out step by step in the graph, for a known, moderate number of steps.

    A ``tf.while_loop`` costs a fixed overhead per step forward and backward, which on the
    small batches shown here outweighs the arithmetic; an unrolled graph has none.
    """
    import tensorflow as tf

    cell, step = layer.cell, _stepper(layer.cell)
    sizes = _state_sizes(cell)
    steps = int(x.shape[1])
    batch = tf.shape(x)[0]
    dtype = cell.compute_dtype
    states = [tf.zeros(tf.stack([batch, size]), dtype=dtype) for size in sizes]
    zero_out = bool(getattr(layer, "zero_output_for_mask", False))
    per_state: list[list[Any]] = [[] for _ in sizes]
    outputs, previous = [], states[0]
    for t in (range(steps - 1, -1, -1) if layer.go_backwards else range(steps)):
        here = [tf.zeros_like(s) for s in states]
        for k, e in enumerate(here):
            tape.watch(e)
            per_state[k].append(e)
        keep = None if mask is None else tf.cast(mask[:, t], tf.bool)[:, None]
        states = step(x[:, t], states, here, keep)
        out = states[0]
        if keep is not None:
            out = tf.where(keep, out, tf.zeros_like(out) if zero_out else previous)
        outputs.append(out)
        previous = out
    eps.extend(_Stacked(e) for e in per_state)
    if layer.return_sequences:
        return tf.stack(outputs, axis=1)
    return outputs[-1]


class _Stacked(list):
    """The per-step eps tensors of one state, taken as one (T, B, units) gradient."""
