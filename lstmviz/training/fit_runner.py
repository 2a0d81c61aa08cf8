"""The reference engine: plain ``model.fit`` with a callback that reports and obeys the controls."""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

REPORT_SECONDS = 0.03  # epoch losses are sent in groups, like the fast engine's chunks


def run_fit(run: Any) -> None:
    import keras

    class Reporter(keras.callbacks.Callback):
        def __init__(self) -> None:
            super().__init__()
            self.losses: list[float] = []
            self.vals: list[float] = []
            self.last_sent = time.perf_counter()
            self.good_weights = [np.array(w) for w in run.model.get_weights()]
            self.clock = time.perf_counter()
            self.allowed = None

        def _tick(self) -> None:
            now = time.perf_counter()
            run.active_seconds += now - self.clock
            self.clock = now

        def _flush(self) -> None:
            if self.losses:
                self._tick()
                run.record(self.losses, self.vals if run.val is not None else None)
                self.losses, self.vals = [], []
            self.last_sent = time.perf_counter()

        def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
            self._tick()
            self.allowed = run.control.allowance()  # blocks while paused
            self.clock = time.perf_counter()  # time spent paused is not training time
            if self.allowed == 0:
                self.model.stop_training = True

        def on_train_batch_end(self, batch: int, logs: Any = None) -> None:
            if run.control.paused and self.allowed is None:
                # Paused mid-epoch: wait here (not at the epoch's end) so Pause acts within a batch.
                self._tick()
                self.allowed = run.control.allowance()
                self.clock = time.perf_counter()
            if run.control.stopped:
                self.model.stop_training = True
                return
            loss = (logs or {}).get("loss")  # Keras's running mean over the epoch so far
            if loss is not None and self.params.get("steps") and batch + 1 < self.params["steps"]:
                if self.losses:  # the epochs before this one go out first: the progress names the next
                    self._flush()
                self._tick()
                run.progress(batch + 1, self.params["steps"], float(loss))

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            logs = logs or {}
            loss = float(logs.get("loss", math.nan))
            if not math.isfinite(loss):
                self._flush()
                run.model.set_weights(self.good_weights)
                run.diverged(run.epoch + 1, loss)
                self.model.stop_training = True
                return
            if self.model.stop_training and run.control.stopped:
                # fit finishes the epoch it was in; an interrupted epoch does not count
                self._flush()
                return
            self.good_weights = [np.array(w) for w in run.model.get_weights()]
            self.losses.append(loss)
            self.vals.append(float(logs.get("val_loss", math.nan)))
            if self.allowed:
                run.control.consume(1)
            about_to_pause = run.control.paused and (self.allowed or 0) <= 1
            if about_to_pause or time.perf_counter() - self.last_sent >= REPORT_SECONDS:
                self._flush()
                run.observe(force=about_to_pause)

        def on_train_end(self, logs: Any = None) -> None:
            self._flush()
            self._tick()

    reporter = Reporter()
    run.observe(force=True)
    reporter.clock = time.perf_counter()
    validation = None if run.val is None else (run.val.x, run.val.y)
    run.model.fit(run.train.x, run.train.y, epochs=run.settings.epochs, batch_size=run.settings.batch_size,
                  shuffle=run.settings.shuffle, validation_data=validation, verbose=0, callbacks=[reporter])
