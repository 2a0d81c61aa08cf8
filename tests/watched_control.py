"""A TrainingControl that counts what the engine asked of it, so tests wait for events instead of the clock.

"The engine stands paused" is the engine asking for its allowance with nothing granted: it sends
everything it has to show before asking, so once that count grows every message of the run so far is
sent. "The engine started no work after Stop" is one allowance asked after the stop, answered 0.
"""

from __future__ import annotations

from lstmviz.training.control import TrainingControl


class WatchedControl(TrainingControl):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.waits = 0  # allowances asked while paused with nothing granted: the engine stood still
        self.asked = 0  # allowances asked in all
        self.asked_at_stop: int | None = None

    def allowance(self) -> int | None:
        with self._lock:  # reentrant: checked and then waited on under the same hold, so no step slips between
            self.asked += 1
            if self._paused and not self._stopped and self._budget == 0:
                self.waits += 1
            return super().allowance()

    def stop(self) -> None:
        with self._lock:
            if self.asked_at_stop is None:
                self.asked_at_stop = self.asked
            super().stop()

    @property
    def asked_after_stop(self) -> int:
        """Allowances asked since the first stop; 1 means the engine started no new chunk after it."""
        assert self.asked_at_stop is not None, "never stopped"
        return self.asked - self.asked_at_stop
