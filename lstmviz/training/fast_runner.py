"""The fast engine's outer loop: chunk sizes, pause/step/stop, losses per epoch, divergence, observations.

A chunk is K optimizer steps in one compiled call. K adapts so a call takes about
:data:`CALL_SECONDS`, or holds at least :data:`MIN_CALL_STEPS` long steps (up to
:data:`LONG_CALL_SECONDS`); chunks end on epoch boundaries (or stay inside one epoch when an
epoch alone takes longer than the target), so the losses sent are whole epochs, and a long
epoch sends its progress (the running loss) between its chunks.

Observing (predictions on every sample, the probed cell) costs a forward pass over the
whole dataset: on a large one that is seconds, and done every 0.1 s it once cost more than
the training. It now keeps to the run's time budget (``_Run.due``), and a costly one runs a
slice of rows per call (:class:`Sweep`), so that Stop and Pause still act within a call.
"""

from __future__ import annotations

import time
from typing import Any, Callable

import numpy as np

from lstmviz.model.snapshots import chunk_snapshots, kept
from lstmviz.training.fast_loop import BatchPlan, make_train_function

SLICE_SECONDS = 0.08  # an observation's slice of rows takes about this long: Stop and Pause wait at most that
# The starting point's predictions are made only if they take at most this long. On a large dataset they
# cost about a third of an epoch (a forward pass over every sample): training would start seconds later and,
# on a short run, they would be a large share of it. The start then shows the cell and the gradients alone;
# the predictions come with the first observation the time budget allows, and always for the final weights.
START_OBSERVATION_SECONDS = 0.3
CALL_SECONDS = 0.03  # a call's length by default: about 30 updates a second
# A call has a fixed cost (a few milliseconds: the call itself, setting up the loop, reading the losses
# back). A call of a few long steps (thousands of windows, long sequences) would spend a large share of
# its time on it, so such calls hold at least this many steps, as long as that stays within LONG_CALL_SECONDS
# (Pause and Stop still act within about 0.1 s).
MIN_CALL_STEPS = 16
LONG_CALL_SECONDS = 0.1


def epoch_means(losses: np.ndarray, batch_sizes: np.ndarray) -> np.ndarray:
    """Per-epoch loss like Keras's loss tracker: batch losses weighted by batch size."""
    per_epoch = losses.reshape(-1, len(batch_sizes))
    return (per_epoch * batch_sizes).sum(axis=1) / batch_sizes.sum()


def running_mean(losses: np.ndarray, batch_sizes: np.ndarray) -> float:
    """Keras's running loss within an epoch: the batch losses so far weighted by their batch sizes."""
    sizes = batch_sizes[: len(losses)]
    return float((losses * sizes).sum() / max(int(sizes.sum()), 1))


class Sweep:
    """One observation of a dataset, a slice of rows per call, so that no call holds the run for long.

    Predictions on 100,000 windows take seconds; between slices the run still answers
    Stop and Pause. The rows per call adapt so a slice takes about ``target`` seconds.
    """

    FIRST_ROWS = 256  # the first slice measures the cost of a row

    def __init__(self, target: float) -> None:
        self.target = target
        self.rows = self.FIRST_ROWS
        self.seconds: float | None = None  # what the last timed sweep cost
        self.step = -1  # the optimizer step the last observation showed

    def cheap(self, total: int) -> bool:
        """Whether an observation fits in a training call (one slice, a small part of the call's time)."""
        return self.seconds is not None and self.rows >= total and self.seconds <= self.target / 4

    def run(self, run: Any, call: Any, plan: Any, step: int, cut: Callable[[], bool] | None = None,
            timed: bool = True, limit: float | None = None, final: bool = False) -> bool:
        """Observe every sample with the current weights and send it; False when ``cut()`` said stop between slices.

        ``timed`` False: its time says nothing of the next ones' (the first call also compiles).
        ``limit``: when the slices so far say the whole observation would take longer, it stops
        there and sends the cell and the gradients alone (they come with the first slice).
        ``final``: the final weights' predictions, the run's result (counted apart from observing).
        """
        total = call.observed_samples
        parts: list[np.ndarray] = []
        first: tuple[Any, ...] | None = None
        seconds, start, first_seconds = 0.0, 0, 0.0
        while start < total:
            if start and cut is not None and cut():
                return False
            stop = min(total, start + self.rows)
            t0 = time.perf_counter()
            result = call(*plan.steps(0, 0), observe=(start, stop), probe_row=run.observer.probe_sample)
            took = time.perf_counter() - t0
            seconds += took
            assert result.observed is not None
            parts.append(np.asarray(result.observed[0]))
            if start == 0:
                first, first_seconds = result.observed, took
            if timed or start:
                self.rows = self._next_rows(stop - start, took, total)
            start = stop
            measured = seconds if timed else seconds - first_seconds  # the first slice may have compiled
            rows_measured = start if timed else start - len(parts[0])
            if limit is not None and start < total and rows_measured > 0:
                expected = measured * total / rows_measured
                if expected > limit:
                    assert first is not None
                    run.observe(force=True, outputs=(None, *first[1:]))
                    run.observed(measured, expected=expected)
                    return True
        assert first is not None
        predictions = parts[0] if len(parts) == 1 else np.concatenate(parts)
        run.observe(force=True, outputs=(predictions, *first[1:]))
        if not timed:  # the first slice also compiled: the others tell what a row costs
            rest = total - len(parts[0])
            seconds = (seconds - first_seconds) * total / rest if rest else 0.0
        run.observed(seconds, final=final)
        self.step = step
        if timed:
            self.seconds = seconds
        return True

    def stale(self, run: Any, step: int) -> bool:
        """Whether what was last shown is not the current weights (a pause mid-epoch shows them anew)."""
        return run.observed_epoch != run.epoch or self.step != step

    def _next_rows(self, rows: int, took: float, total: int) -> int:
        # A call has a fixed cost (a recurrent layer loops over its time steps whatever the rows):
        # slices only shrink when clearly too slow and double when clearly quick, never shrinking to that cost.
        if took > 2 * self.target and rows > 1:
            return max(1, int(rows * self.target / took))
        if took < self.target / 2:
            return min(2 * rows, max(total, 1))
        return rows


def run_fast(run: Any, target_call_seconds: float | None = None, call: Any = None) -> None:
    """Train ``run``; ``call`` is a ready :class:`~.fast_loop.TrainFunction` for its model and data, or None.

    ``target_call_seconds`` None sizes calls by :data:`CALL_SECONDS` and :data:`MIN_CALL_STEPS`;
    a number is the calls' length, whatever the steps (tests ask for one step per call).
    """
    settings = run.settings
    plan = BatchPlan(run.train.samples, settings.batch_size, settings.shuffle, settings.seed)
    s = plan.steps_per_epoch
    if call is None:
        val = None if run.val is None else (run.val.x, run.val.y)
        call = make_train_function(run.model, run.train.x, run.train.y, plan.batch_size, val,
                                   forward=run.observer.forward, observe_x=run.dataset.x)
    total_steps = settings.epochs * s
    step = 0
    k = 1  # the first call measures a step: an epoch that turns out long then shows its progress from the start
    pending = np.empty(0, dtype=np.float32)  # losses of the epoch in progress
    pending_val = np.empty(0, dtype=np.float32)
    sweep = Sweep(SLICE_SECONDS)

    clock = time.perf_counter()
    control = run.control
    # The starting point (this also compiles the function, unless it is warm).
    sweep.run(run, call, plan, 0, cut=lambda: control.stopped, timed=False, limit=START_OBSERVATION_SECONDS)
    pacer, first_chunk = run.pacer, True
    stride, most = run.snapshot_stride, chunk_snapshots(run.snapshot_size)
    while step < total_steps:
        run.active_seconds += time.perf_counter() - clock
        # Show where the pause stands: predictions and cell values of the current weights. Stop and
        # Resume cut it short (a slow one: Resume then goes on at once).
        clock = time.perf_counter()
        _look(sweep, run, call, plan, step, lambda: control.paused and not control.stopped,
              cut=lambda: control.stopped or not control.paused)
        run.active_seconds += time.perf_counter() - clock
        paused_before = run.control.paused
        allowed = run.control.allowance()  # blocks while paused; paused time is not counted
        clock = time.perf_counter()
        if allowed == 0:
            break
        if first_chunk or paused_before or run.control.pace != pacer.pace:
            # The start, a new pace, or a pause just now: the pace applies from here on.
            pacer.restart(run.epoch, run.control.pace, keep_pace=False)
            first_chunk = False
        paced = pacer.chunk_epochs()
        count = _chunk(step, paced * s if paced else k, s, total_steps, allowed)
        count = min(count, max(s, most * stride * s - step % s))  # bounds the snapshots one call returns
        # A Step (epochs granted while paused) runs at once: the pace is for a running run. Waiting for
        # it here would spin, since a pause ends every pacing wait at once and the loop comes back to it.
        if paced and allowed is None:
            ends_at = (step + count) // s + run.start_epoch - 1
            wait = pacer.delay(ends_at)
            if wait > 0:
                waited = time.perf_counter()
                run.control.wait(wait)
                run.waited_seconds += time.perf_counter() - waited
                clock = time.perf_counter()
                if run.control.stopped or run.control.paused or run.control.pace != pacer.pace:
                    continue  # the loop head handles it (stop, pause, the new pace)
        steps = np.arange(step, step + count)
        keep = ((steps + 1) % s == 0) & kept((steps + 1) // s, stride, settings.epochs)
        # A cheap observation rides along with the steps (one call, one round trip); a costly one is a sweep.
        inline = run.due() and sweep.cheap(call.observed_samples)
        t0 = time.perf_counter()
        result = call(*plan.steps(step, count), observe=inline, keep=keep, probe_row=run.observer.probe_sample)
        took = time.perf_counter() - t0
        pending = np.concatenate([pending, result.losses]) if len(pending) else result.losses
        if result.val_losses is not None:
            pending_val = np.concatenate([pending_val, result.val_losses]) if len(pending_val) \
                else result.val_losses
        whole = len(pending) // s * s
        first_epoch = run.epoch + 1
        if whole:
            losses = epoch_means(pending[:whole], plan.batch_sizes)
            vals = pending_val[s - 1 : whole : s] if result.val_losses is not None else None
            pending, pending_val = pending[whole:], pending_val[whole:]
            run.active_seconds += time.perf_counter() - clock
            clock = time.perf_counter()
            run.record(losses, vals)
            if allowed is not None:
                run.control.consume(whole // s)
        if result.snapshots is not None and len(result.snapshots):
            done = keep[: len(result.losses)]
            epochs = (steps[: len(result.losses)][done] + 1) // s + run.start_epoch - 1
            run.snapshots(epochs[: len(result.snapshots)], result.snapshots[: len(epochs)])
        step += len(result.losses)
        if result.observed is not None:
            run.observe(force=True, outputs=result.observed)
            sweep.step = step
        if len(pending) and result.bad_loss is None:
            run.active_seconds += time.perf_counter() - clock
            clock = time.perf_counter()
            run.progress(len(pending), s, running_mean(pending, plan.batch_sizes))
        if result.bad_loss is not None:
            run.diverged(first_epoch + whole // s, result.bad_loss)
            break
        if not paced:
            k = _adapt(k, count, took, target_call_seconds)
        if not inline and step < total_steps and run.due():
            sweep.run(run, call, plan, step, cut=lambda: control.stopped or control.paused)
    # The final weights, seen by the traced function (else the run's end would trace a forward pass of its own).
    _look(sweep, run, call, plan, step, lambda: not run.observation_too_slow(), final=True)
    run.active_seconds += time.perf_counter() - clock


def _look(sweep: Sweep, run: Any, call: Any, plan: Any, step: int, wanted: Callable[[], bool],
          **how: Any) -> None:
    """Observe the current weights while ``wanted()`` and they are not shown yet: a look whose
    gradients rested for their budget is taken once more, with them (the probe skips its rest where
    a run pauses or ends)."""
    for _ in range(2):
        if not (wanted() and sweep.stale(run, step)):
            return
        sweep.run(run, call, plan, step, **how)


def _chunk(step: int, k: int, s: int, total: int, allowed: int | None) -> int:
    """How many steps the next call runs: whole epochs, or the rest of the current epoch."""
    left = total - step
    if allowed is not None:
        left = min(left, allowed * s - step % s)
    into_epoch = step % s
    if into_epoch or k < s:
        return max(1, min(k, s - into_epoch, left))
    return max(1, min(k // s * s, left))


def _adapt(k: int, count: int, took: float, target: float | None) -> int:
    per_step = took / max(count, 1)
    if target is None:
        target = max(CALL_SECONDS, min(LONG_CALL_SECONDS, MIN_CALL_STEPS * per_step))
    wanted = int(target / max(per_step, 1e-7))
    return max(1, min(wanted, 4 * max(k, count), 100_000))
