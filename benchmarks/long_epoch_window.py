"""The window while a run of long epochs trains: event-loop stalls, and how soon Pause and Stop act.

Opens the real window (offscreen) on a project whose epochs take many seconds (sine
many-to-one, by default 20,000 windows x 50 steps, LSTM(64) + Dense(1), batch 32), loads
TensorFlow in the background as the window does, waits for the warm-up, presses Train,
and once the first epoch reports its progress: Pause, Resume, Stop, with the window's
own buttons. A 10 ms timer on the GUI thread records the longest gap between its ticks
in each phase. Measured in the one run:

- Pause -> halted: from the click to the end of the training call that was running
  (no training call starts after the click until Resume);
- Pause -> waiting: until the engine waits for Resume, after showing the paused weights
  (predictions on every sample: on a large dataset a sweep, which Stop can cut);
- Stop -> Finished: from the click to the window receiving the run's Finished message;
- the progress messages (EpochProgress) the window received within the first epoch.

The gaps while the window is idle (before TensorFlow loads, and once warm) are printed
too: on a busy machine the operating system alone delays the GUI thread by that much.

Goals (issue 20): gaps while training <= 50 ms; Pause and Stop act within 0.2 s.

    python benchmarks/long_epoch_window.py [--samples 20000] [--steps 50] [--units 64] [--batch 32]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

from engine_grid import project  # noqa: E402
from ui_training import WindowRun  # noqa: E402


class TrainingCalls:
    """Stamps every training call (one with optimizer steps) and every wait for Resume, from the training thread."""

    def __init__(self) -> None:
        from lstmviz.training.control import TrainingControl
        from lstmviz.training.fast_loop import TrainFunction

        self.calls: list[tuple[float, float]] = []  # (start, end) of each call with steps
        self.waits: list[float] = []  # when the engine asked to go on while paused (it then waits)
        calls, waits = self.calls, self.waits
        original_call, original_allowance = TrainFunction.__call__, TrainingControl.allowance

        def call(function, idx, *args, **kwargs):
            start = time.perf_counter()
            try:
                return original_call(function, idx, *args, **kwargs)
            finally:
                if len(idx):
                    calls.append((start, time.perf_counter()))

        def allowance(control):
            if control.paused and not control.stopped:
                waits.append(time.perf_counter())
            return original_allowance(control)

        TrainFunction.__call__ = call
        TrainingControl.allowance = allowance

    def halted(self, click: float) -> tuple[float, int]:
        """The end of the last call that started before ``click``, and how many calls started after it."""
        before = [end for start, end in self.calls if start < click]
        after = sum(1 for start, _ in self.calls if start >= click)
        return (max(before) if before else click), after


class LongRun(WindowRun):
    def __init__(self, source: str, epochs: int) -> None:
        super().__init__(source, epochs)
        self.progress = 0
        self.first_progress: float | None = None
        self.run_name = "run"

    def _on_message(self, msg) -> None:
        from lstmviz.training.messages import EpochProgress

        if isinstance(msg, EpochProgress):
            self.progress += 1
            if self.first_progress is None:
                self.first_progress = time.perf_counter()
                self.meter.set_phase("training")
        super()._on_message(msg)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=20_000)
    parser.add_argument("--steps", type=int, default=50, help="time steps per window")
    parser.add_argument("--units", type=int, default=64)
    parser.add_argument("--batch", default="32", help="batch size, or 'full'")
    parser.add_argument("--train-seconds", type=float, default=4.0, help="training before Pause, and after Resume")
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    folder = tempfile.mkdtemp()
    path = Path(folder) / "long-epochs.lstmviz"
    path.write_text(json.dumps(project(args.samples, args.steps, args.units, args.batch, 2)))
    calls = TrainingCalls()
    ui = LongRun(str(path), 2)
    panel = ui.panel
    ui.load_tensorflow()
    ui.wait_warm()
    click = lambda button: QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # noqa: E731

    ui.meter.set_phase("press to first progress")
    t_train = time.perf_counter()
    click(panel.train_button)
    ui.pump_until(lambda: ui.first_progress is not None or ui.finished is not None, 600)
    if ui.finished is not None:
        raise SystemExit("the run ended before its first epoch reported progress: make the epochs longer")
    ui.pump_for(args.train_seconds)
    progress_before_pause = ui.progress

    ui.meter.set_phase("pausing")
    t_pause = time.perf_counter()
    click(panel.pause_button)
    ui.pump_until(lambda: any(w >= t_pause for w in calls.waits) or ui.finished is not None, 120)
    waiting = max(w for w in calls.waits if w >= t_pause) - t_pause if calls.waits else float("nan")
    ui.meter.set_phase("paused")
    ui.pump_for(1.0)
    halted, started_after = calls.halted(t_pause)
    started_while_paused = started_after  # Resume is not pressed yet: any call since the click is a miss

    ui.meter.set_phase("resumed")
    click(panel.pause_button)  # Resume
    ui.pump_for(args.train_seconds)
    ui.meter.set_phase("stopping")
    t_stop = time.perf_counter()
    click(panel.stop_button)
    ui.pump_until(lambda: ui.finished is not None, 120)
    stopped = ui.stamps["finished"] - t_stop
    stop_halted, _ = calls.halted(t_stop)
    ui.meter.set_phase("after")
    ui.pump_for(0.3)
    reason, epochs = ui.finished.reason, ui.finished.epochs_run
    ui.close()

    gaps = ui.meter.largest
    ms = lambda s: f"{1000 * s:7.0f} ms"  # noqa: E731
    steps_per_epoch = -(-args.samples // (args.samples if args.batch == "full" else int(args.batch)))
    print(f"long epochs in the window: {args.samples} windows x {args.steps} steps, LSTM({args.units}), batch "
          f"{args.batch} ({steps_per_epoch} steps an epoch); {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}")
    print(f"  press Train -> first progress in the epoch {ms(ui.first_progress - t_train)}; progress messages "
          f"before Pause {progress_before_pause}; the run ended '{reason}' after {epochs} epochs")
    for phase in ("window idle", "idle, warm", "press to first progress", "training", "pausing", "paused",
                  "resumed", "stopping"):
        if phase in gaps:
            print(f"  largest event-loop gap, {phase:<24} {ms(gaps[phase])}  ({ui.meter.ticks[phase]} ticks)")
    print(f"  Pause  -> training halted  {ms(halted - t_pause)}  (calls started after the click: {started_while_paused})")
    print(f"  Pause  -> engine waiting   {ms(waiting)}  (after showing the paused weights)")
    print(f"  Stop   -> training halted  {ms(stop_halted - t_stop)}")
    print(f"  Stop   -> Finished         {ms(stopped)}  (received by the window)")
    training_gap = max(gaps.get(p, 0.0) for p in ("training", "pausing", "paused", "resumed", "stopping"))
    goals = [
        ("gaps while training <= 50 ms", training_gap <= 0.05),
        ("Pause halts training within 0.2 s", halted - t_pause <= 0.2 and started_while_paused == 0),
        ("Stop -> Finished within 0.2 s", stopped <= 0.2),
        ("progress within the epoch", progress_before_pause > 0),
    ]
    print("goals:")
    for name, ok in goals:
        print(f"  [{'ok' if ok else 'MISSED'}] {name}")
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    raise SystemExit(main())
