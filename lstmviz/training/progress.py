"""Training progress on a terminal: a redrawn bar with loss and ETA, or plain lines when piped."""

from __future__ import annotations

import time
from typing import Any, TextIO

from lstmviz.training.messages import EpochLosses, Finished, Message, Started

BAR_WIDTH = 28
REDRAW_SECONDS = 0.1


def format_seconds(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """A sink: call it with engine messages. Draws on ``stream`` (normally stderr)."""

    def __init__(self, stream: TextIO, tty: bool | None = None, redraw_seconds: float = REDRAW_SECONDS) -> None:
        self.stream = stream
        self.redraw_seconds = redraw_seconds
        isatty = getattr(stream, "isatty", None)
        self.tty = bool(isatty and isatty()) if tty is None else tty
        self.first = 1
        self.total = 0
        self.epoch = 0
        self.loss: float | None = None
        self.elapsed = 0.0
        self._drawn = 0.0
        self._next_tenth = 1
        self._dirty = False
        self._last_line = ""
        self._mark: tuple[int, float] | None = None  # the first report: the rate is measured from here

    def __call__(self, message: Message) -> Any:
        if isinstance(message, Started):
            self.first, self.total = message.start_epoch, message.total_epochs
            self.epoch = message.start_epoch - 1
            self.note(f"training {self.total - self.first + 1} epochs ({message.engine} engine)")
        elif isinstance(message, EpochLosses):
            self.epoch, self.loss, self.elapsed = message.last_epoch, message.losses[-1], message.elapsed
            if self._mark is None:  # the first chunk also compiled: measure the pace after it
                self._mark = (self.epoch, self.elapsed)
            self._update()
        elif isinstance(message, Finished):
            self.epoch = self.first - 1 + message.epochs_run
            if message.history.get("loss"):
                self.loss = message.history["loss"][-1]
            self.elapsed = message.train_seconds
            self._update(final=True)

    # ----------------------------------------------------------------------- drawing
    def _fraction(self) -> float:
        span = max(self.total - self.first + 1, 1)
        return min(max((self.epoch - self.first + 1) / span, 0.0), 1.0)

    def line(self) -> str:
        done = self.epoch - self.first + 1
        span = self.total - self.first + 1
        loss = "" if self.loss is None else f"  loss {self.loss:.5g}"
        eta = ""
        if 0 < done < span and self._mark and self.epoch > self._mark[0]:
            pace = (self.elapsed - self._mark[1]) / (self.epoch - self._mark[0])
            eta = f"  ETA {format_seconds(pace * (span - done))}"
        elif done >= span:
            eta = f"  {format_seconds(self.elapsed)}"
        return f"epoch {self.epoch}/{self.total}{loss}{eta}"

    def _update(self, final: bool = False) -> None:
        now = time.monotonic()
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
