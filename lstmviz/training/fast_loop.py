"""Many optimizer steps per call of one compiled TensorFlow function.

``model.fit`` spends tens of milliseconds of Python and callback overhead per epoch,
which dwarfs the arithmetic of a tiny LSTM. Here the same Keras model, optimizer and
loss run K steps inside one ``tf.function`` (a ``tf.range`` loop writing per-step
losses to a ``TensorArray``); the host only plans the mini-batches and reads the
losses back. The update per step is Keras's own ``train_step`` arithmetic, so the
weights match ``model.fit``'s (a test checks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np


class BatchPlan:
    """Which samples each optimizer step uses, like Keras: shuffle per epoch, last batch partial."""

    def __init__(self, samples: int, batch_size: int, shuffle: bool, seed: int) -> None:
        self.samples = samples
        self.batch_size = min(batch_size, samples)
        self.steps_per_epoch = -(-samples // self.batch_size)
        self.shuffle = shuffle
        self._rng = np.random.default_rng(seed)
        self._orders: dict[int, np.ndarray] = {}
        self._drawn = 0
        sizes = np.full(self.steps_per_epoch, self.batch_size, dtype=np.int32)
        sizes[-1] = samples - self.batch_size * (self.steps_per_epoch - 1)
        self.batch_sizes = sizes

    def _order(self, epoch: int) -> np.ndarray:
        # Orders are drawn in epoch order, so a run is reproducible whatever the chunking.
        while self._drawn <= epoch:
            self._orders[self._drawn] = (self._rng.permutation(self.samples) if self.shuffle
                                         else np.arange(self.samples))
            self._drawn += 1
        for old in [e for e in self._orders if e < epoch]:
            del self._orders[old]
        return self._orders[epoch]

    def steps(self, first_step: int, count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sample indexes (count, batch) padded with 0, real sizes (count,), epoch-end flags (count,)."""
        s = self.steps_per_epoch
        idx = np.zeros((count, self.batch_size), dtype=np.int32)
        sizes = np.empty(count, dtype=np.int32)
        ends = np.zeros(count, dtype=bool)
        if s == 1 and not self.shuffle:  # the common tiny case: the same full batch every step
            idx[:] = np.arange(self.samples)
            sizes[:] = self.samples
            ends[:] = True
            return idx, sizes, ends
        for k in range(count):
            epoch, b = divmod(first_step + k, s)
            rows = self._order(epoch)[b * self.batch_size : (b + 1) * self.batch_size]
            idx[k, : len(rows)] = rows
            sizes[k] = len(rows)
            ends[k] = b == s - 1
        return idx, sizes, ends


@dataclass
class ChunkResult:
    losses: np.ndarray  # one per completed step
    val_losses: np.ndarray | None  # one per completed step; NaN except at epoch ends
    bad_loss: float | None  # the non-finite loss that stopped the chunk early
    observed: tuple[Any, Any] | None  # forward(observe_x) after the steps, when asked for
    snapshots: np.ndarray | None = None  # (m, P) float32: the weights after each step marked to keep


class TrainFunction:
    """The compiled steps of :func:`make_train_function`, callable; its data can be replaced.

    The data live in variables whose first axis is left open, so another dataset with
    the same sample shape (more samples, a new seed, another validation split of the
    same size or not) runs on the same trace: :meth:`set_data`. ``traces`` counts how
    often the Python body was traced (once, unless something forced a retrace).
    """

    def __init__(self) -> None:
        self.traces = 0
        self.function: Any = None
        self._call: Callable[..., ChunkResult] | None = None
        self._data: tuple[Any, ...] = ()
        self._observed = 0

    def __call__(self, idx: np.ndarray, sizes: np.ndarray, ends: np.ndarray, observe: bool | tuple[int, int] = False,
                 keep: np.ndarray | None = None, probe_row: int = 0) -> ChunkResult:
        """Run the steps; ``observe`` True observes every sample, a (start, stop) pair only those rows.

        A slice's ``observed`` holds the predictions of its rows; the probe's input row
        (``probe_row`` of the observed samples) and the gradients come with the slice that starts at 0.
        """
        assert self._call is not None
        return self._call(idx, sizes, ends, observe, keep, probe_row)

    @property
    def observed_samples(self) -> int:
        """How many samples an observation covers (its rows are 0 to this)."""
        return self._observed

    def set_data(self, x: np.ndarray, y: np.ndarray, val: tuple[np.ndarray, np.ndarray] | None = None,
                 observe_x: np.ndarray | None = None) -> None:
        """Put new arrays (same shapes after the first axis, same dtypes) in the data variables."""
        x_all, y_all, x_obs, x_val, y_val = self._data
        if (x_val is None) != (val is None):
            raise ValueError("validation data must be given exactly when the function was made with it")
        observe_x = x if observe_x is None else observe_x
        pairs = [(x_all, x), (y_all, y)]
        if x_obs is not x_all:
            pairs.append((x_obs, observe_x))
        elif observe_x is not x:
            raise ValueError("this function observes its training samples; it cannot observe others")
        if val is not None:
            pairs += [(x_val, val[0]), (y_val, val[1])]
        for variable, array in pairs:
            if tuple(variable.shape[1:]) != tuple(array.shape[1:]) or variable.dtype != array.dtype:
                raise ValueError(f"data of shape {array.shape} and {array.dtype} cannot replace "
                                 f"{tuple(variable.shape)} {variable.dtype.name}")
        for variable, array in pairs:
            variable.assign(array)
        self._observed = len(observe_x)


def _data_variable(tf: Any, array: np.ndarray) -> Any:
    # The first axis is open: a dataset of another size is assigned without a retrace.
    return tf.Variable(array, trainable=False, shape=tf.TensorShape([None, *array.shape[1:]]))


def make_train_function(model: Any, x: np.ndarray, y: np.ndarray, batch_size: int | None = None,
                        val: tuple[np.ndarray, np.ndarray] | None = None,
                        forward: Callable[..., tuple[Any, ...]] | None = None,
                        observe_x: np.ndarray | None = None,
                        ) -> TrainFunction:
    """A function running the planned steps on ``model`` (compiled with optimizer and loss).

    When asked to observe it also returns ``forward(rows, probe row, gradient rows)`` of
    ``observe_x`` computed after the steps; running it in the same compiled call spares a
    second trace and a second round trip. A call with zero steps just observes. Observing
    a slice of the rows at a time keeps every call short on a large dataset. Neither the
    number of steps, nor the batch size, nor what is observed changes the trace
    (``batch_size`` is kept for callers).
    """
    import tensorflow as tf

    made = TrainFunction()
    optimizer = model.optimizer
    variables = model.trainable_variables
    optimizer.build(variables)
    x_all, y_all = _data_variable(tf, x), _data_variable(tf, y)
    # Observing the training samples themselves (no validation split) reads the same variable: the data are held once.
    x_obs = x_all if observe_x is None or observe_x is x else _data_variable(tf, observe_x)
    x_val = y_val = None
    if val is not None:
        x_val, y_val = _data_variable(tf, val[0]), _data_variable(tf, val[1])
    made._data = (x_all, y_all, x_obs, x_val, y_val)
    made._observed = len(observe_x if observe_x is not None else x)

    def val_loss() -> Any:
        pred = model(x_val, training=False)
        return tf.cast(model.compute_loss(x_val, y_val, pred, None, training=False), tf.float32)

    nan = tf.constant(np.nan, tf.float32)
    weights = list(model.weights)  # get_weights() order: a snapshot row is these laid end to end
    size = sum(int(np.prod(w.shape)) for w in weights)

    def snapshot_row() -> Any:
        if not weights:
            return tf.zeros([0], tf.float32)
        return tf.concat([tf.reshape(tf.cast(w.value, tf.float32), [-1]) for w in weights], 0)

    def body(k, losses, val_losses, bad, ok, snaps, j, idx, sizes, ends, keep):
        rows = idx[k, : sizes[k]]
        xb, yb = tf.gather(x_all, rows), tf.gather(y_all, rows)
        with tf.GradientTape() as tape:
            pred = model(xb, training=True)
            loss = model.compute_loss(xb, yb, pred, None, training=True)
        grads = tape.gradient(loss, variables)
        loss = tf.cast(loss, tf.float32)
        # A non-finite loss or gradient ends the chunk before it can spoil the weights.
        finite = tf.math.is_finite(loss) & tf.math.is_finite(tf.linalg.global_norm(grads))

        def apply() -> Any:
            optimizer.apply_gradients(zip(grads, variables))
            return tf.constant(True)

        tf.cond(finite, apply, lambda: tf.constant(False))
        losses = losses.write(k, loss)
        if x_val is not None:
            val_losses = val_losses.write(k, tf.cond(finite & ends[k], val_loss, lambda: nan))
        # Replay snapshots: the weights after the steps the host marked (kept epochs' last steps).
        snaps, j = tf.cond(finite & keep[k], lambda: (snaps.write(j, snapshot_row()), j + 1),
                           lambda: (snaps, j))
        return k + 1, losses, val_losses, tf.where(finite, bad, loss), finite, snaps, j

    # Written without autograph (explicit while_loop and cond): converting the Python
    # source would add about half a second to the first call.
    @tf.function(autograph=False, input_signature=[
        tf.TensorSpec([None, None], tf.int32), tf.TensorSpec([None], tf.int32),
        tf.TensorSpec([None], tf.bool), tf.TensorSpec([2], tf.int32), tf.TensorSpec([None], tf.bool),
        tf.TensorSpec([], tf.int32)])
    def run(idx, sizes, ends, rows, keep, probe_row):
        made.traces += 1  # runs only while tracing
        n = tf.shape(idx)[0]
        array = lambda: tf.TensorArray(tf.float32, size=n, element_shape=())  # noqa: E731
        snaps0 = tf.TensorArray(tf.float32, size=0, dynamic_size=True, element_shape=[size])
        k, losses, val_losses, bad, ok, snaps, j = tf.while_loop(
            lambda k, losses, val_losses, bad, ok, snaps, j: ok & (k < n),
            lambda k, losses, val_losses, bad, ok, snaps, j: body(k, losses, val_losses, bad, ok, snaps, j,
                                                                  idx, sizes, ends, keep),
            (tf.constant(0), array(), array(), tf.constant(0.0), tf.constant(True), snaps0, tf.constant(0)),
        )
        done = tf.where(ok, k, k - 1)  # the last step did not count if it was not finite
        seen = ()
        if forward is not None:
            # Zero rows unless asked: the forward pass then costs next to nothing. The probe's
            # row and the gradients' samples belong to the slice that starts at 0.
            first = (rows[0] == 0) & (rows[1] > 0)
            probe = x_obs[probe_row : tf.where(first, probe_row + 1, probe_row)]
            seen = forward(x_obs[rows[0] : rows[1]], probe, x_obs[: tf.where(first, rows[1], 0)])
        kept = tf.cond(j > 0, snaps.stack, lambda: tf.zeros([0, size], tf.float32))
        return losses.stack()[:done], val_losses.stack()[:done], bad, seen, kept

    def call(idx: np.ndarray, sizes: np.ndarray, ends: np.ndarray, observe: bool | tuple[int, int] = False,
             keep: np.ndarray | None = None, probe_row: int = 0) -> ChunkResult:
        keep = np.zeros(len(idx), bool) if keep is None else np.asarray(keep, bool)
        if observe is True:
            observe = (0, made.observed_samples)
        rows = np.array(observe if observe else (0, 0), np.int32)
        observe = bool(rows[1] > rows[0])
        losses, vals, bad, seen, kept = run(idx, sizes, ends, rows, keep, np.int32(probe_row))
        losses = losses.numpy()
        done = len(losses)
        return ChunkResult(
            losses,
            vals.numpy()[:done] if x_val is not None else None,
            float(bad.numpy()) if done < len(idx) else None,
            tuple(seen) if observe and forward is not None else None,
            kept.numpy() if keep.any() else None,
        )

    made.function, made._call = run, call
    return made
