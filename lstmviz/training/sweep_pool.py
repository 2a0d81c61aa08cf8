"""The default sweep backend: a pool of worker processes on this machine.

Each worker is a fresh ``spawn`` process (a fork would copy Qt's and TensorFlow's
threads half-alive) that imports TensorFlow once, with one thread for its operators:
the tiny models of a sweep gain nothing from more, and N workers then use N cores
instead of fighting over them. A worker runs many specs one after another and keeps the
engine's compiled functions between them (runs of one cell differ only in their seed).
Progress comes back over a queue, tagged with the sweep it belongs to (a late message
of a finished sweep must not move the next one's bars); results come back as futures.
The pool outlives a sweep, so a second sweep starts without importing TensorFlow again.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import queue as queue_module
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Sequence

from lstmviz.i18n import tr
from lstmviz.model.sweep import RunSpec
from lstmviz.training.sweep_runner import RunFinished, RunOutcome, RunProgress, RunStarted, SweepEnded, SweepSink, execute

POLL_SECONDS = 0.05
_sweep_ids = itertools.count(1)

# ------------------------------------------------------------------ inside a worker process

_queue: Any = None
_cancel: Any = None


def _init_worker(progress_queue: Any, cancel: Any) -> None:
    global _queue, _cancel
    _queue, _cancel = progress_queue, cancel
    # Ctrl+C in a terminal reaches the whole process group: the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["TF_NUM_INTRAOP_THREADS"] = "1"
    os.environ["TF_NUM_INTEROP_THREADS"] = "1"
    os.environ["OMP_NUM_THREADS"] = "1"
    from lstmviz.training.engine import import_backend

    import_backend(quiet=True)
    import tensorflow as tf

    try:
        tf.config.threading.set_intra_op_parallelism_threads(1)
        tf.config.threading.set_inter_op_parallelism_threads(1)
    except RuntimeError:  # the runtime started already; the environment variables above hold
        pass


def _ready() -> int:
    return os.getpid()


def _run_in_worker(spec: RunSpec, sweep: int) -> RunOutcome:
    def send(message: Any) -> None:
        try:
            _queue.put((sweep, message))
        except (OSError, ValueError):  # the parent went away; the result says the rest
            pass

    send(RunStarted(spec.index))
    return execute(spec, send, _cancel.is_set)


# ---------------------------------------------------------------------------- the parent


class PoolBackend:
    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = max(1, int(jobs or os.cpu_count() or 1))
        self._context = multiprocessing.get_context("spawn")
        self._queue = self._context.Queue()
        self._cancel = self._context.Event()
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(self.jobs, mp_context=self._context, initializer=_init_worker,
                                                     initargs=(self._queue, self._cancel))
            return self._executor

    def warm(self) -> None:
        """Start every worker (each imports TensorFlow) and wait until they are ready."""
        pool = self._pool()
        for future in [pool.submit(_ready) for _ in range(self.jobs)]:
            future.result()

    def start_warming(self) -> None:
        """Start every worker now (each imports TensorFlow) without waiting: the first sweep then starts at once."""
        pool = self._pool()
        for _ in range(self.jobs):
            pool.submit(_ready)

    def run(self, specs: Sequence[RunSpec], sink: SweepSink, cancel: threading.Event) -> None:
        clock = time.perf_counter()
        sweep = next(_sweep_ids)
        self._cancel.clear()
        listening = threading.Event()
        listener = threading.Thread(target=self._listen, args=(sweep, sink, listening), daemon=True,
                                    name="lstmviz-sweep-progress")
        listener.start()
        try:
            self._collect(self._submit(specs, sweep), sink, cancel)
        finally:
            listening.set()
            listener.join()
        sink(SweepEnded(cancel.is_set(), time.perf_counter() - clock))

    def _submit(self, specs: Sequence[RunSpec], sweep: int) -> dict[Future, int]:
        try:
            pool = self._pool()
            return {pool.submit(_run_in_worker, spec, sweep): spec.index for spec in specs}
        except BrokenProcessPool:
            self._executor = None
            pool = self._pool()
            return {pool.submit(_run_in_worker, spec, sweep): spec.index for spec in specs}

    def _collect(self, futures: dict[Future, int], sink: SweepSink, cancel: threading.Event) -> None:
        pending = set(futures)
        cancelled = False
        while pending:
            if cancel.is_set() and not cancelled:
                cancelled = True
                self._cancel.set()  # running specs stop at their next chunk
                for future in pending:
                    future.cancel()  # the rest never start
            done, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                if future.cancelled():
                    continue
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    self._executor = None  # a worker died (killed, out of memory): the next sweep gets a new pool
                    outcome = RunOutcome("failed", message=tr("its worker process ended unexpectedly"))
                except Exception as exc:  # noqa: BLE001 - a spec that would not pickle, and the like
                    outcome = RunOutcome("failed", message=f"{type(exc).__name__}: {exc}")
                sink(RunFinished(futures[future], outcome))

    def _listen(self, sweep: int, sink: SweepSink, stop: threading.Event) -> None:
        while True:
            try:
                tag, message = self._queue.get(timeout=POLL_SECONDS)
            except queue_module.Empty:
                if stop.is_set():
                    return
                continue
            except (OSError, ValueError, EOFError):
                return
            if tag == sweep and isinstance(message, (RunStarted, RunProgress)):
                sink(message)

    def close(self) -> None:
        """Stop the workers (runs still going are told to stop first)."""
        self._cancel.set()
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
