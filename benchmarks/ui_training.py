"""Responsiveness while training in the real window (offscreen), against the headless engine.

Opens the one-to-one example in the main window, loads TensorFlow in the background as
the window does after its first paint, then presses Train for the document's 1000
epochs. A 10 ms timer on the GUI thread records event-loop gaps throughout. Then the
same training runs headless (``run_training`` on the main thread, no Qt) in the same
process, and the two speeds are compared.

Goals (issue 6): largest gap < 250 ms while TensorFlow loads and < 50 ms once training
runs; >= 20 plot redraws per second; speed in the window >= 80% of headless.

    python benchmarks/ui_training.py [--example one-to-one] [--epochs 1000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


class GapMeter:
    """A 10 ms timer on the GUI thread; the largest time between its ticks in each phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.phase = "idle"
        self.largest: dict[str, float] = {}
        self.ticks: dict[str, int] = {}
        self._last = None

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def set_phase(self, name: str) -> None:
        self._tick()  # the gap so far belongs to the old phase
        self.phase = name

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            gap = now - self._last
            self.largest[self.phase] = max(self.largest.get(self.phase, 0.0), gap)
            self.ticks[self.phase] = self.ticks.get(self.phase, 0) + 1
        self._last = now


def _message_stamps_class():
    from PySide6.QtCore import QObject, Slot

    class _MessageStamps(QObject):
        """Receives the worker's messages on the GUI thread (a QObject, so a queued connection lands here)."""

        def __init__(self, handler) -> None:
            super().__init__()
            self.handler = handler

        @Slot(object)
        def receive(self, msg) -> None:
            self.handler(msg)

    return _MessageStamps


def MessageStamps(handler):  # noqa: N802 - builds the QObject lazily, after the window's imports
    return _message_stamps_class()(handler)


class WindowRun:
    """The main window on ``example`` with a gap meter, able to press Train more than once."""

    def __init__(self, example: str, epochs: int) -> None:
        from PySide6.QtCore import QSettings, Qt

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
        from PySide6.QtWidgets import QApplication

        from lstmviz.app import create_main_window
        from lstmviz.ui.training.panel import TrainingPanel

        self.window = create_main_window(example)
        self.app = QApplication.instance()
        self.window.resize(1400, 900)
        self.window.show()
        panel = self.window.findChild(TrainingPanel, "trainingPanel")
        if panel is None:
            raise SystemExit("the main window has no training panel")
        self.panel = panel
        panel.document.set_training(panel.document.training.updated(epochs=epochs))
        self.meter = GapMeter()
        self.stamps: dict[str, float] = {}
        self.finished = None
        self.redraws = 0
        loss_redraw = panel.loss_pane.redraw

        def counting_redraw() -> bool:
            drawn = loss_redraw()
            self.redraws += drawn
            return drawn

        panel.loss_pane.redraw = counting_redraw
        # Stamped on the GUI thread, when the window sees each message.
        self.receiver = MessageStamps(self._on_message)
        panel.session.thread.worker.message.connect(self.receiver.receive, Qt.ConnectionType.QueuedConnection)

    def _on_message(self, msg) -> None:
        from lstmviz.training.messages import EpochLosses, Finished, Started

        now = time.perf_counter()
        if isinstance(msg, Started):
            self.stamps["started"] = now
        elif isinstance(msg, EpochLosses) and "first_losses" not in self.stamps:
            self.stamps["first_losses"] = now
            self.stamps["redraws_at_first"] = self.redraws
            self.meter.set_phase(f"training {self.run_name}")
        elif isinstance(msg, Finished):
            self.stamps["finished"] = now
            self.finished = msg

    def pump_until(self, condition, timeout: float) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise SystemExit("timed out")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def pump_for(self, seconds: float) -> None:
        until = time.perf_counter() + seconds
        self.pump_until(lambda: time.perf_counter() > until, seconds + 5)

    def load_tensorflow(self) -> float:
        for _ in range(20):  # let the window paint and settle
            self.app.processEvents()
        self.meter.start()
        self.meter.set_phase("window idle")
        self.pump_for(0.5)
        self.meter.set_phase("tensorflow loading")
        t0 = time.perf_counter()
        self.panel.start_background_tensorflow_import()
        self.pump_until(lambda: self.panel.session.backend_state.startswith("TensorFlow ready"), 120)
        seconds = time.perf_counter() - t0
        self.meter.set_phase("idle, TensorFlow loaded")
        self.pump_for(0.3)
        return seconds

    def train(self, name: str) -> dict:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.run_name, self.stamps, self.finished = name, {}, None
        panel = self.panel
        self.meter.set_phase(f"build + first trace {name}")
        t_click = time.perf_counter()
        QTest.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        self.pump_until(lambda: not panel.running, 600)
        self.meter.set_phase("after")
        fin, st = self.finished, self.stamps
        train_wall = st["finished"] - st["first_losses"]
        redraws = self.redraws - st["redraws_at_first"]
        x, _ = panel.loss_pane.loss_curve.getOriginalDataset()
        px, _ = panel.prediction_pane.prediction_curve.getOriginalDataset()
        return dict(click_to_finish=st["finished"] - t_click, started_to_finished=st["finished"] - st["started"],
                    train_wall=train_wall, redraws=redraws,
                    redraws_per_second=redraws / train_wall if train_wall else 0.0,
                    engine_seconds=fin.train_seconds, epochs_run=fin.epochs_run, reason=fin.reason,
                    loss_points=0 if x is None else len(x), prediction_points=0 if px is None else len(px),
                    final_loss=fin.history["loss"][-1])

    def close(self) -> None:
        self.meter.timer.stop()
        self.panel.stop_and_wait()
        from PySide6.QtWidgets import QMessageBox

        # The runs and the epochs edit are not worth a "save changes?" prompt.
        self.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        self.window.close()


def run_headless(example: str, epochs: int) -> dict:
    from lstmviz.io.dataset_loader import load_dataset
    from lstmviz.model.examples import EXAMPLES
    from lstmviz.training.engine import run_training
    from lstmviz.training.messages import EpochLosses, Started

    ex = EXAMPLES[example]
    stamps: dict[str, float] = {}

    def sink(msg) -> None:
        if isinstance(msg, Started):
            stamps["started"] = time.perf_counter()
        elif isinstance(msg, EpochLosses) and "first_losses" not in stamps:
            stamps["first_losses"] = time.perf_counter()

    result = run_training(ex.architecture, load_dataset(ex.dataset), ex.training.updated(epochs=epochs), sink)
    end = time.perf_counter()
    return dict(started_to_finished=end - stamps["started"], train_wall=end - stamps["first_losses"],
                engine_seconds=result.train_seconds, epochs_run=result.epochs_run,
                final_loss=result.final_loss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--example", default="one-to-one")
    parser.add_argument("--epochs", type=int, default=1000)
    args = parser.parse_args()

    ui = WindowRun(args.example, args.epochs)
    tf_seconds = ui.load_tensorflow()
    # The first press pays the first-ever trace; the pair after it compares warm speeds.
    w1 = ui.train("#1")
    h1 = run_headless(args.example, args.epochs)
    w2 = ui.train("#2")
    h2 = run_headless(args.example, args.epochs)
    ui.close()
    gaps, ticks = ui.meter.largest, ui.meter.ticks
    ms = lambda s: f"{1000 * s:.0f} ms"  # noqa: E731

    print(f"example {args.example}, {w1['epochs_run']} epochs ({w1['reason']}); loss plot {w1['loss_points']} "
          f"points, predictions plot {w1['prediction_points']} points")
    print(f"TensorFlow import in the background: {tf_seconds:.1f} s")
    for phase, gap in gaps.items():
        if phase != "after":
            print(f"  largest event-loop gap, {phase:<28} {ms(gap):>7}  ({ticks[phase]} ticks)")
    for name, w, h in (("#1 (first press)", w1, h1), ("#2 (warm)", w2, h2)):
        print(f"run {name}:")
        print(f"  window:   Started -> Finished {w['started_to_finished']:.2f} s, first epoch -> Finished "
              f"{w['train_wall']:.2f} s, {w['redraws']} redraws = {w['redraws_per_second']:.0f}/s, "
              f"final loss {w['final_loss']:.2e}")
        print(f"  headless: Started -> Finished {h['started_to_finished']:.2f} s, first epoch -> Finished "
              f"{h['train_wall']:.2f} s, final loss {h['final_loss']:.2e}")
        print(f"  speed in the window / headless: {100 * h['started_to_finished'] / w['started_to_finished']:.0f}%")
    speed = h2["started_to_finished"] / w2["started_to_finished"]
    training_gap = max(g for p, g in gaps.items() if p.startswith("training"))
    goals = [
        ("gap while TensorFlow loads < 250 ms", gaps["tensorflow loading"] < 0.25),
        ("gap once training runs < 50 ms", training_gap < 0.05),
        (">= 20 plot redraws per second", min(w1["redraws_per_second"], w2["redraws_per_second"]) >= 20),
        ("window speed >= 80% of headless (warm)", speed >= 0.8),
        ("loss plot holds one point per epoch", w1["loss_points"] == w1["epochs_run"] == args.epochs),
    ]
    for name, ok in goals:
        print(f"  [{'ok' if ok else 'MISSED'}] {name}")
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    raise SystemExit(main())
