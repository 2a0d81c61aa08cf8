"""The sweep backend for an existing Ray cluster (``pip install 'lstmviz[cluster]'``).

Each run spec becomes one Ray task asking for one CPU; Ray places the tasks on the
cluster's nodes, whose Python must have lstmviz installed. A Ray worker process imports
TensorFlow once (with one operator thread, as a pool worker does) and runs many tasks.
Ray tasks have no side channel, so a run reports when it is handed to the cluster and
when it ends, not its epochs. Cancelling cancels the tasks not yet finished; a run
interrupted that way is left out, as a pool's unstarted runs are.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Any, Sequence

from lstmviz.model.sweep import RunSpec
from lstmviz.training.sweep_runner import RunFinished, RunOutcome, RunStarted, SweepEnded, SweepSink, execute

POLL_SECONDS = 0.1
_prepared = False


def _prepare_worker() -> None:
    global _prepared
    if _prepared:
        return
    os.environ["TF_NUM_INTRAOP_THREADS"] = "1"
    os.environ["TF_NUM_INTEROP_THREADS"] = "1"
    from lstmviz.training.engine import import_backend

    import_backend(quiet=True)
    _prepared = True


def _ray_run(spec: RunSpec) -> RunOutcome:
    _prepare_worker()
    return execute(spec)


class RayBackend:
    def __init__(self, address: str | None = None, jobs: int | None = None) -> None:
        import ray  # ImportError: the command says how to install the extra

        self._ray = ray
        self.jobs = jobs
        self._started_here = False
        if not ray.is_initialized():
            # address None joins the cluster named by RAY_ADDRESS, or starts one on this machine.
            ray.init(address=address, include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {"TF_CPP_MIN_LOG_LEVEL": "3"}})
            self._started_here = True
        self._remote = ray.remote(num_cpus=1, max_retries=0)(_ray_run)

    def run(self, specs: Sequence[RunSpec], sink: SweepSink, cancel: threading.Event) -> None:
        ray = self._ray
        clock = time.perf_counter()
        limit = self.jobs or len(specs)  # --jobs caps the tasks in flight; by default the cluster decides
        waiting = list(specs)
        running: dict[Any, int] = {}
        cancelled = False
        while waiting or running:
            if cancel.is_set() and not cancelled:
                cancelled = True
                waiting.clear()
                for ref in running:
                    ray.cancel(ref)
            while waiting and len(running) < limit:
                spec = waiting.pop(0)
                running[self._remote.remote(spec)] = spec.index
                sink(RunStarted(spec.index))
            if not running:
                break
            done, _ = ray.wait(list(running), num_returns=1, timeout=POLL_SECONDS)
            for ref in done:
                index = running.pop(ref)
                try:
                    outcome = ray.get(ref)
                except ray.exceptions.TaskCancelledError:
                    continue
                except ray.exceptions.RayError as exc:
                    outcome = RunOutcome("failed", message=str(exc).strip().splitlines()[-1][:300])
                sink(RunFinished(index, outcome))
        sink(SweepEnded(cancel.is_set(), time.perf_counter() - clock))

    def warm(self) -> None:
        """Have a Ray worker import TensorFlow now and wait for it (as the pool's ``warm`` does)."""
        self._ray.get(self._ray.remote(num_cpus=1, max_retries=0)(_prepare_worker).remote())

    def close(self) -> None:
        if self._started_here and self._ray.is_initialized():
            self._ray.shutdown()
