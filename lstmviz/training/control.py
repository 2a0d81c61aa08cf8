"""Stop, pause, resume and single-stepping of a training run, safe to use from any thread.

The engine asks :meth:`TrainingControl.allowance` between chunks of work. A GUI thread
sets the flags directly (never through a queued slot: the training thread's event loop
is busy inside the engine).
"""

from __future__ import annotations

import threading
import time
from typing import Callable

from lstmviz.i18n import tr


class TrainingControl:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock  # the time a run's pace is counted in (tests pass a virtual one)
        self._lock = threading.Condition()
        self._stopped = False
        self._paused = False
        self._budget = 0  # epochs granted by step() while paused
        self._gradients: bool | None = None  # None: as the run was started
        self._pace: float | None = None  # epochs per second; None: as fast as possible
        self._pace_set = False  # the GUI chose a pace: the run's settings do not override it
        self._pace_version = 0

    # ------------------------------------------------------------------ GUI side
    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._lock.notify_all()

    def pause(self) -> None:
        with self._lock:
            self._paused = True
            self._budget = 0
            self._lock.notify_all()

    def resume(self) -> None:
        with self._lock:
            self._paused = False
            self._budget = 0
            self._lock.notify_all()

    def step(self, epochs: int = 1) -> None:
        """Run ``epochs`` more epochs, then pause again (pauses first if running)."""
        if epochs < 1:
            raise ValueError(tr('step needs at least 1 epoch, got {epochs}').format(epochs=epochs))
        with self._lock:
            self._paused = True
            self._budget += epochs
            self._lock.notify_all()

    def set_gradients(self, on: bool) -> None:
        """Ask for gradients through time (or not) from the next observation on.

        Only a run started with ``gradients=True`` computes them; this switches them.
        """
        self._gradients = bool(on)

    def set_pace(self, pace: float | None) -> None:
        """Epochs per second from now on (None or 0: as fast as possible); ends a pacing wait at once."""
        with self._lock:
            self._pace = float(pace) if pace else None
            self._pace_set = True
            self._pace_version += 1
            self._lock.notify_all()

    def default_pace(self, pace: float | None) -> None:
        """The run's own pace (its settings), unless :meth:`set_pace` chose one already."""
        with self._lock:
            if not self._pace_set:
                self._pace = float(pace) if pace else None

    @property
    def pace(self) -> float | None:
        return self._pace

    @property
    def gradients(self) -> bool | None:
        return self._gradients

    @property
    def stopped(self) -> bool:
        return self._stopped

    @property
    def paused(self) -> bool:
        return self._paused

    # --------------------------------------------------------------- engine side
    def allowance(self) -> int | None:
        """Block while paused with nothing to do; then how many epochs may run.

        Returns ``None`` for "as many as you like", a positive count while stepping, and
        0 once stopped.
        """
        with self._lock:
            self._lock.wait_for(lambda: self._stopped or not self._paused or self._budget > 0)
            if self._stopped:
                return 0
            return None if not self._paused else self._budget

    def wait(self, seconds: float) -> None:
        """Sleep up to ``seconds`` for the pace; pause, step, stop and a new pace end it at once."""
        if seconds <= 0:
            return
        with self._lock:
            version = self._pace_version
            self._lock.wait_for(lambda: self._stopped or self._paused or self._pace_version != version,
                                timeout=seconds)

    def consume(self, epochs: int) -> None:
        """The engine ran ``epochs`` epochs granted by :meth:`step`."""
        with self._lock:
            if self._paused:
                self._budget = max(0, self._budget - epochs)
