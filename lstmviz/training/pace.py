"""Pace: a run that unfolds at a chosen number of epochs per wall second, for an audience.

The fast engine can train the tutorial's models at thousands of epochs a second; at a
pace of 100 epochs per second, 1000 epochs take about 10 s. The engine still trains in
compiled chunks: a paced chunk holds ``pace / UPDATES_PER_SECOND`` epochs (at least one),
and the engine waits, on the run's :class:`~lstmviz.training.control.TrainingControl`
(so Pause, Step, Stop and a new pace end the wait at once), until the chunk's last
epoch is due. :class:`Pacer` is the arithmetic, with the clock passed in: tests drive it
with a fake one.
"""

from __future__ import annotations

import math
import time
from typing import Callable

from lstmviz.i18n import tr

UPDATES_PER_SECOND = 30  # paced chunks a second: the screen moves smoothly, each call stays cheap
LATE_SECONDS = 0.1  # a run this far behind its pace (a slow model) goes on from now, without a burst
MAX_PACE = 1_000_000.0  # epochs per second a pace may ask for; beyond it no model is held back


def pace_problem(pace: float | None) -> str | None:
    """Why ``pace`` is not a pace (None means as fast as possible)."""
    if pace is None:
        return None
    if isinstance(pace, bool) or not isinstance(pace, (int, float)) or not math.isfinite(pace) \
            or not 0 < pace <= MAX_PACE:
        return tr("a pace is a number of epochs per second from 0 to {most:g}, not {pace!r}").format(
            most=MAX_PACE, pace=pace)
    return None


class Pacer:
    """When each epoch is due at the current pace, counted from an anchor (a wall time and an epoch).

    The anchor moves whenever the pace changes, after a pause, and when training falls
    behind, so the pace always applies from now on: changing it never makes the run
    rush to catch up or stall to make up for the time before.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.pace: float | None = None
        self._anchor: tuple[float, int] = (0.0, 0)

    @property
    def paced(self) -> bool:
        return self.pace is not None

    def restart(self, epoch: int, pace: float | None = None, keep_pace: bool = True) -> None:
        """From now on, ``epoch`` (the last finished one) counts as on time; optionally at a new pace."""
        if not keep_pace:
            self.pace = pace
        self._anchor = (self.clock(), int(epoch))

    def chunk_epochs(self) -> int | None:
        """How many epochs the next chunk holds: None when unpaced (the engine sizes chunks by time)."""
        if self.pace is None:
            return None
        return max(1, int(self.pace / UPDATES_PER_SECOND))

    def due(self, epoch: int) -> float:
        """The clock time at which ``epoch`` should be finished."""
        t0, e0 = self._anchor
        return t0 + (epoch - e0) / self.pace if self.pace else t0

    def delay(self, epoch: int) -> float:
        """Seconds to wait before the chunk that ends at ``epoch`` may run (0 when unpaced or late).

        Far behind (a model slower than the pace), the anchor moves to now: the run goes
        on at the pace from here rather than racing through a backlog.
        """
        if self.pace is None:
            return 0.0
        now = self.clock()
        wait = self.due(epoch) - now
        if wait < -LATE_SECONDS:
            self._anchor = (now, int(epoch))
            return 0.0
        return max(wait, 0.0)
