"""The fast engine's outer loop: chunk sizes, pause/step/stop, losses per epoch, divergence.

A chunk is K optimizer steps in one compiled call. K adapts so a call takes about
``target_call_seconds``; chunks end on epoch boundaries (or stay inside one epoch when an
epoch alone takes longer than the target), so the losses sent are whole epochs.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from lstmviz.model.snapshots import chunk_snapshots, kept
from lstmviz.training.fast_loop import BatchPlan, make_train_function


def epoch_means(losses: np.ndarray, batch_sizes: np.ndarray) -> np.ndarray:
    """Per-epoch loss like Keras's loss tracker: batch losses weighted by batch size."""
    per_epoch = losses.reshape(-1, len(batch_sizes))
    return (per_epoch * batch_sizes).sum(axis=1) / batch_sizes.sum()


def run_fast(run: Any, target_call_seconds: float = 0.03, call: Any = None) -> None:
    """Train ``run``; ``call`` is a ready :class:`~.fast_loop.TrainFunction` for its model and data, or None."""
    settings = run.settings
    plan = BatchPlan(run.train.samples, settings.batch_size, settings.shuffle, settings.seed)
    s = plan.steps_per_epoch
    if call is None:
        val = None if run.val is None else (run.val.x, run.val.y)
        call = make_train_function(run.model, run.train.x, run.train.y, plan.batch_size, val,
                                   forward=run.observer.forward, observe_x=run.dataset.x)
    total_steps = settings.epochs * s
    step = 0
    k = s
    pending = np.empty(0, dtype=np.float32)  # losses of the epoch in progress
    pending_val = np.empty(0, dtype=np.float32)

    clock = time.perf_counter()
    # A call with no steps shows the starting point (and compiles the function, unless it is warm).
    first = call(*plan.steps(0, 0), observe=True)
    run.observe(force=True, outputs=first.observed)
    pacer, first_chunk = run.pacer, True
    stride, most = run.snapshot_stride, chunk_snapshots(run.snapshot_size)
    while step < total_steps:
        run.active_seconds += time.perf_counter() - clock
        if run.control.paused and run.observed_epoch != run.epoch:
            # Show where the pause stands: predictions and cell values of the current weights.
            now = call(*plan.steps(0, 0), observe=True)
            run.observe(force=True, outputs=now.observed)
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
        ends_budget = allowed is not None and (step + count) // s - step // s >= allowed
        observe = step + count >= total_steps or ends_budget or run.due()
        t0 = time.perf_counter()
        result = call(*plan.steps(step, count), observe=observe, keep=keep)
        took = time.perf_counter() - t0
        pending = np.concatenate([pending, result.losses])
        if result.val_losses is not None:
            pending_val = np.concatenate([pending_val, result.val_losses])
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
        if result.bad_loss is not None:
            run.diverged(first_epoch + whole // s, result.bad_loss)
            break
        if not paced:
            k = _adapt(k, count, took, target_call_seconds)
    if run.observed_epoch != run.epoch:
        last = call(*plan.steps(0, 0), observe=True)
        run.observe(force=True, outputs=last.observed)
    run.active_seconds += time.perf_counter() - clock


def _chunk(step: int, k: int, s: int, total: int, allowed: int | None) -> int:
    """How many steps the next call runs: whole epochs, or the rest of the current epoch."""
    left = total - step
    if allowed is not None:
        left = min(left, allowed * s - step % s)
    into_epoch = step % s
    if into_epoch or k < s:
        return max(1, min(k, s - into_epoch, left))
    return max(1, min(k // s * s, left))


def _adapt(k: int, count: int, took: float, target: float) -> int:
    per_step = took / max(count, 1)
    wanted = int(target / max(per_step, 1e-7))
    return max(1, min(wanted, 4 * max(k, count), 100_000))
