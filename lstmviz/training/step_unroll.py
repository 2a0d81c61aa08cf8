"""Runs a Keras RNN layer step by step with a watched zero perturbation on every state.

Used by :mod:`lstmviz.training.step_gradients`: the gradient of the loss with respect to
the perturbation added after step t is dL/dh_t (and dL/dc_t). The loop follows Keras's
own: states start at zero, ``go_backwards`` reads from the end, masked steps carry the
state over.
"""

from __future__ import annotations

from typing import Any

# Up to this many steps the loop is written out in the graph: a pass runs about twice as fast
# as a tf.while_loop, but tracing grows with the steps (30 steps: seconds more before the
# first epoch, measured), and the budget already keeps a slower pass cheap.
UNROLL_STEPS = 10


def state_sizes(cell: Any) -> list[int]:
    size = cell.state_size
    return list(size) if isinstance(size, (list, tuple)) else [size]


def _stepper(layer: Any) -> Any:
    """``step(x_t, states, eps, keep) -> new states`` of ``layer``'s cell, each state plus its zero perturbation.

    A cell whose kind keeps a cell state c (an LSTM's) has its step written out from its own
    weights so that eps_c enters *before* h = o * act(c): dL/dc_t then counts every path from
    c_t to the loss, through h_t too, as backpropagation's cell-state gradient does. Other
    cells are Keras's own, with eps added to the state they return. ``keep`` (B, 1) is a mask:
    masked samples pass their state on unchanged, as in Keras's loop.
    """
    import tensorflow as tf

    from lstmviz.model.kinds.registry import by_keras_class

    cell = layer.cell
    kind = by_keras_class(type(layer).__name__)
    if "c" in getattr(kind, "states", ()):
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


def unroll(layer: Any, x: Any, mask: Any, eps: list[Any], tape: Any) -> Any:
    """Run a Keras RNN layer over ``x`` step by step, with a watched zero eps on each state.

    Mirrors Keras's loop: states start at zero, ``go_backwards`` reads the sequence from
    its end (and returns outputs in that order), a masked step keeps the previous states
    and outputs the previous output (zeros with ``zero_output_for_mask``). Every cell here
    outputs its hidden state, which is state 0.
    """
    import tensorflow as tf

    if x.shape[1] is not None and x.shape[1] <= UNROLL_STEPS:
        return _unroll_static(layer, x, mask, eps, tape)
    cell, step = layer.cell, _stepper(layer)
    sizes = state_sizes(cell)
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
    """:func:`unroll` written out step by step in the graph, for a known, moderate number of steps.

    A ``tf.while_loop`` costs a fixed overhead per step forward and backward, which on the
    small batches shown here outweighs the arithmetic; an unrolled graph has none.
    """
    import tensorflow as tf

    cell, step = layer.cell, _stepper(layer)
    sizes = state_sizes(cell)
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
    eps.extend(Stacked(e) for e in per_state)
    if layer.return_sequences:
        return tf.stack(outputs, axis=1)
    return outputs[-1]


class Stacked(list):
    """The per-step eps tensors of one state, taken as one (T, B, units) gradient."""
