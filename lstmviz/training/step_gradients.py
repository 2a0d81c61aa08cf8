"""Gradients through time: ||dL/dh_t|| (and ||dL/dc_t||) at every step of every recurrent layer.

Keras hands back a layer's outputs but not the gradient reaching each step's state, so
the model's forward pass is rebuilt here with every recurrent layer run step by step by
its own Keras cell (a ``tf.while_loop``, like Keras's own loop). A zero tensor eps_t is
added to the state after step t; the gradient of the loss with respect to eps_t is then
the total derivative dL/dh_t: through the later steps and through the outputs. One
backward pass gives it for every step and every layer at once.

The computation is graph-friendly: the fast engine runs it inside its own compiled call,
on the samples it observes (:meth:`StepGradientProbe.compute`); ``tf.cond`` skips it when
nothing is observed or the probe is switched off, so it then costs next to nothing.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from lstmviz.model.architecture import Architecture
from lstmviz.model.cells import unrolled_layers
from lstmviz.training.builder import keras_layer
from lstmviz.training.messages import LayerGradients, StepGradients

# The gradient pass is about as costly as one optimizer step on the samples it sees: a cap
# keeps it small next to a chunk of steps on large datasets (the norms' shape over time,
# which is what is shown, settles well before this many samples).
MAX_SAMPLES = 64


def _mask_functions() -> tuple[Any, Any]:
    try:  # where Keras keeps a tensor's mask (Embedding(mask_zero=True) sets one)
        from keras.src.backend.common.masking import get_keras_mask, set_keras_mask
    except ImportError:  # pragma: no cover - an older or newer Keras: no masks
        return (lambda x: getattr(x, "_keras_mask", None)), (lambda x, mask: None)
    return get_keras_mask, set_keras_mask


class StepGradientProbe:
    """Computes :class:`StepGradients` for a compiled Keras ``Sequential`` built from ``architecture``.

    ``y`` are the targets of the observed samples (the same rows as the engine's
    observation inputs). ``enabled`` can change between calls (:meth:`enable`).
    """

    def __init__(self, model: Any, architecture: Architecture, y: np.ndarray, enabled: bool = True,
                 max_samples: int = MAX_SAMPLES) -> None:
        import tensorflow as tf

        self.model = model
        self.architecture = architecture
        self.layers = [keras_layer(model, i) for i in range(len(architecture.layers))]
        self.recurrent = unrolled_layers(layer.kind for layer in architecture.layers)
        self.max_samples = max(1, int(max_samples))
        self._y = tf.constant(y)
        self._enabled = bool(enabled)
        self._flag = tf.Variable(self._enabled, trainable=False, name="step_gradients_on")
        self._rows = [row for index in self.recurrent for row in self._rows_of(index)]
        self._compiled: Any = None

    # ------------------------------------------------------------------ switching

    @property
    def enabled(self) -> bool:
        return self._enabled

    def enable(self, on: bool) -> None:
        """Switch the computation on or off for the following calls (from the training thread)."""
        if bool(on) != self._enabled:
            self._enabled = bool(on)
            self._flag.assign(self._enabled)

    # ---------------------------------------------------------------- graph part

    def _rows_of(self, index: int) -> list[tuple[int, Any, int]]:
        """(layer index, Keras RNN layer, direction) for each row of cells a layer draws."""
        layer = self.layers[index]
        if self.architecture.layers[index].kind == "Bidirectional":
            return [(index, layer.forward_layer, 1), (index, layer.backward_layer, -1)]
        return [(index, layer, -1 if layer.go_backwards else 1)]

    def compute(self, inputs: Any) -> tuple[Any, ...]:
        """Norms per row and state, (T,) each in processing order, from the first samples of ``inputs``.

        ``inputs`` are the first m observation samples (m = 0 when nothing is observed);
        the targets are the same rows of ``y``. All zeros when switched off or m = 0.
        """
        import tensorflow as tf

        n = tf.where(self._flag, tf.minimum(tf.shape(inputs)[0], self.max_samples), 0)
        x = inputs[:n]
        y = self._y[:n]
        steps = self._steps(inputs)
        return tf.cond(n > 0, lambda: self._norms(x, y), lambda: tuple(tf.zeros([t]) for t in steps))

    def _steps(self, inputs: Any) -> list[Any]:
        """The time steps of each (row, state), known without running the model."""
        import tensorflow as tf

        out = []
        for index, layer, _ in self._rows:
            t = self.model_steps(index)
            t = tf.shape(inputs)[1] if t is None else t
            out += [t] * len(layer.cell.state_size if isinstance(layer.cell.state_size, (list, tuple)) else [1])
        return out

    def model_steps(self, index: int) -> int | None:
        from lstmviz.model.inference import infer

        shape = infer(self.architecture)[index].input_shape
        return None if shape[1] is None else int(shape[1])

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
                spec = self.architecture.layers[index]
                keep = spec.options.get("return_sequences", False)
                if mask is not None and keep:
                    set_mask(h, mask)
            loss = tf.cast(self.model.compute_loss(x, y, h, None, training=False), tf.float32)
        grads = tape.gradient(loss, eps, unconnected_gradients=tf.UnconnectedGradients.ZERO)
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

    def message(self, epoch: int, norms: Sequence[Any]) -> StepGradients | None:
        """The typed message for norms from :meth:`compute` (None when switched off)."""
        if not self._enabled or not self._rows:
            return None
        values = [np.asarray(v, dtype=np.float64) for v in norms]
        out, k = [], 0
        for index, layer, direction in self._rows:
            states = len(layer.cell.state_size) if isinstance(layer.cell.state_size, (list, tuple)) else 1
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
        if not self._enabled or not self._rows:
            return None
        if self._compiled is None:
            import tensorflow as tf

            self._compiled = tf.function(self.compute, autograph=False)
        return self.message(epoch, self._compiled(x))


def _unroll(layer: Any, x: Any, mask: Any, eps: list[Any], tape: Any) -> Any:
    """Run a Keras RNN layer's cell over ``x`` step by step, adding a watched zero eps to each state.

    Mirrors Keras's loop: states start at zero, ``go_backwards`` reads the sequence from
    its end (and returns outputs in that order), a masked step keeps the previous states
    and outputs the previous output (zeros with ``zero_output_for_mask``).
    """
    import tensorflow as tf

    cell = layer.cell
    sizes = list(cell.state_size) if isinstance(cell.state_size, (list, tuple)) else [cell.state_size]
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
    outputs = tf.TensorArray(dtype, size=steps)
    zero_out = bool(getattr(layer, "zero_output_for_mask", False))

    def body(t: Any, states: tuple[Any, ...], previous: Any, outputs: Any) -> tuple[Any, ...]:
        out, new = cell(xs[t], list(states), training=False)
        new = list(new) if isinstance(new, (list, tuple)) else [new]
        if masks is not None:
            keep = masks[t][:, None]
            new = [tf.where(keep, n, s) for n, s in zip(new, states)]
        new = [n + e[t] for n, e in zip(new, zeros)]
        out = new[0]  # every cell here outputs its hidden state, which is state 0
        if masks is not None:
            out = tf.where(masks[t][:, None], out, tf.zeros_like(out) if zero_out else previous)
        return t + 1, tuple(new), out, outputs.write(t, out)

    _, _, last, outputs = tf.while_loop(
        lambda t, *_: t < steps, body, (tf.constant(0), first, first[0], outputs))
    # Keep the static shape Keras's own loop would give: layers above (TimeDistributed) read it.
    if layer.return_sequences:
        result = tf.transpose(outputs.stack(), [1, 0, 2])
        result.set_shape([x.shape[0], x.shape[1], sizes[0]])
        return result
    last.set_shape([x.shape[0], sizes[0]])
    return last
