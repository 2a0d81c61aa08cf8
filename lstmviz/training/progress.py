"""Training progress on a terminal: a redrawn bar with loss and ETA, or plain lines when piped."""

from __future__ import annotations

import math
import time
from typing import Any, Callable, TextIO

from lstmviz.i18n import tr
from lstmviz.training.messages import EpochLosses, EpochProgress, Finished, Message, Started

BAR_WIDTH = 28
REDRAW_SECONDS = 0.1


def format_seconds(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """A sink: call it with engine messages. Draws on ``stream`` (normally stderr).

    Times are wall times on ``clock``: the ETA is measured in wall seconds per epoch
    (a pace's waits included), from the first report on (the first chunk also compiles);
    within a long epoch, EpochProgress moves the bar, the running loss and the ETA. The
    final line gives the run's wall time, with its training time apart.
    """

    def __init__(self, stream: TextIO, tty: bool | None = None, redraw_seconds: float = REDRAW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.redraw_seconds = redraw_seconds
        self.clock = clock
        isatty = getattr(stream, "isatty", None)
        self.tty = bool(isatty and isatty()) if tty is None else tty
        self.first = 1
        self.total = 0
        self.epoch = 0
        self.position = 0.0  # epochs done in this run, fractional within a long epoch
        self.loss: float | None = None
        self.elapsed = 0.0
        self.wall: float | None = None  # the finished run's wall time
        self._began = clock()
        self._drawn = -math.inf
        self._next_tenth = 1
        self._dirty = False
        self._last_line = ""
        self._mark: tuple[float, float] | None = None  # (position, clock) of the first report: the rate starts here

    def __call__(self, message: Message) -> Any:
        if isinstance(message, Started):
            self.first, self.total = message.start_epoch, message.total_epochs
            self.epoch = message.start_epoch - 1
            self._began = self.clock()
            self.note(tr("training {epochs} epochs ({engine} engine, {device})").format(
                epochs=self.total - self.first + 1, engine=message.engine, device=message.device))
        elif isinstance(message, EpochLosses):
            self.epoch, self.loss, self.elapsed = message.last_epoch, message.losses[-1], message.elapsed
            self._moved(self.epoch - self.first + 1)
        elif isinstance(message, EpochProgress):
            self.epoch, self.loss, self.elapsed = message.epoch - 1, message.loss, message.elapsed
            self._moved(message.epoch - self.first + message.fraction)
        elif isinstance(message, Finished):
            self.epoch = self.first - 1 + message.epochs_run
            self.position = float(message.epochs_run)
            if message.history.get("loss"):
                self.loss = message.history["loss"][-1]
            self.elapsed = message.train_seconds
            self.wall = message.wall_seconds or self.clock() - self._began
            self._update(final=True)

    def _moved(self, position: float) -> None:
        self.position = position
        if self._mark is None:  # the first report also compiled: measure the rate after it
            self._mark = (position, self.clock())
        self._update()

    # ----------------------------------------------------------------------- drawing
    def _fraction(self) -> float:
        span = max(self.total - self.first + 1, 1)
        return min(max(self.position / span, 0.0), 1.0)

    def eta(self) -> float | None:
        """Wall seconds left at the rate since the first report; None before there is one."""
        span = self.total - self.first + 1
        if self._mark is None or self.wall is not None or self.position <= self._mark[0]:
            return None
        rate = (self.clock() - self._mark[1]) / (self.position - self._mark[0])
        return max(rate * (span - self.position), 0.0)

    def line(self) -> str:
        span = self.total - self.first + 1
        shown = self.epoch + (1 if self.wall is None and self.position > self.epoch - self.first + 1 else 0)
        loss = "" if self.loss is None else f"  loss {self.loss:.5g}"
        eta = ""
        left = self.eta()
        if self.wall is not None:
            eta = "  " + tr("{wall} (training {training})").format(
                wall=format_seconds(self.wall), training=format_seconds(self.elapsed))
        elif left is not None and self.position < span:
            eta = f"  ETA {format_seconds(left)}"
        return f"epoch {shown}/{self.total}{loss}{eta}"

    def _update(self, final: bool = False) -> None:
        now = self.clock()
        if self.tty:
            if final or now - self._drawn >= self.redraw_seconds:
                filled = int(round(self._fraction() * BAR_WIDTH))
                bar = "#" * filled + "-" * (BAR_WIDTH - filled)
                self.stream.write(f"\r\x1b[2K[{bar}] {self.line()}")
                self.stream.flush()
                self._drawn = now
                self._dirty = True
            return
        tenth = int(self._fraction() * 10)
        text = self.line()
        if (final or tenth >= self._next_tenth) and text != self._last_line:
            self._next_tenth = tenth + 1
            self._last_line = text
            self.stream.write(text + "\n")
            self.stream.flush()

    def note(self, text: str) -> None:
        if self.tty:
            self.stream.write(f"\r\x1b[2K{text}")
            self._dirty = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self._dirty:
            self.stream.write("\n")
            self.stream.flush()
            self._dirty = False
