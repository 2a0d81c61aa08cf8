"""The real app, killed with SIGKILL after an edit and a training run, offers it all back at the next start.

Slow (two processes of the app, each loading TensorFlow): the default suite keeps the same flow in one
process (tests/ui/test_autosave.py: a trained run left by a window that died comes back with its
predictions and values; a dead process's lock makes an orphan).

Both runs are ``lstmviz.app.main_gui`` in a subprocess (offscreen, a private HOME and XDG folders).
The driver below only wraps :func:`lstmviz.ui.files.recovery.start` to act on the window it is
given and answers the restore question; the app itself is not told it is tested.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]

DRIVER = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from lstmviz.ui.files import recovery
from lstmviz.ui.document.autosave import read_recovery

mode = sys.argv[1]
original_start = recovery.start


def say(tag, payload):
    print(tag, json.dumps(payload), flush=True)


def weights_of(trained):
    return [w.tolist() for w in trained.weights]


def first(window, autosaver):
    doc = window.document
    doc.load_example("one-to-one")
    doc.set_option(0, "units", 7)
    doc.set_training(doc.training.updated(epochs=40))

    def saved(path):
        project = read_recovery(autosaver.path).project
        if project.trained is not None:
            say("READY", {"units": project.architecture.layers[0].options["units"],
                          "weights": weights_of(doc.trained), "epoch": doc.trained.epoch})

    autosaver.saved.connect(saved)
    window.training_panel.train()


def second(window, autosaver):
    curve = window.training_panel.prediction_pane.prediction_curve

    def predictions():
        y = curve.getData()[1]
        return 0 if y is None else len(y)

    def shown():  # the restored weights, and their predictions and cell values (drawn off the GUI thread)
        return window.document.trained is not None and predictions() > 0 \
            and "epoch" in window.unrolled_view.source_label.text()

    def report(polls=0):
        if not shown() and polls < 2400:  # a bound on waiting only: the parent then sees what is missing
            QTimer.singleShot(50, lambda: report(polls + 1))
            return
        doc = window.document
        say("STATE", {"units": doc.architecture.layers[0].options["units"], "epochs": doc.training.epochs,
                      "weights": None if doc.trained is None else weights_of(doc.trained),
                      "epoch": None if doc.trained is None else doc.trained.epoch,
                      "source": window.unrolled_view.source_label.text(), "modified": doc.modified,
                      "title": window.windowTitle(), "runs": [r.number for r in doc.runs],
                      "predictions": predictions()})
        window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
        window.close()  # a clean exit: the recovery file goes

    report()


def start(window, folder=None, ask=None):
    autosaver = original_start(window, folder, lambda parent, found: True)
    window.tabs.setCurrentIndex(1)
    QTimer.singleShot(50, lambda: (first if mode == "first" else second)(window, autosaver))
    return autosaver


recovery.start = start
from lstmviz.app import main_gui
sys.exit(main_gui([]))
"""


def environment(home: Path) -> dict[str, str]:
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_CACHE_HOME": str(home / "cache"), "XDG_RUNTIME_DIR": str(runtime),
                "QT_QPA_PLATFORM": "offscreen", "LSTMVIZ_INSTANCE_NAME": "", "PYTHONPATH": str(ROOT)})
    return env


def read_tagged(process: subprocess.Popen, tag: str, timeout: float, errors: Path) -> dict:
    """The JSON after ``tag`` on the process's output (read on a thread, so a silent process cannot hang us)."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if process.poll() is not None and lines.empty():
                break
            continue
        if line.startswith(tag + " "):
            return json.loads(line[len(tag) + 1:])
    process.kill()
    raise AssertionError(f"no {tag} line (exit {process.poll()}); errors: {errors.read_text()[-3000:]}")


def launch(mode: str, env: dict[str, str], home: Path) -> tuple[subprocess.Popen, Path]:
    errors = home / f"{mode}.stderr"
    with open(errors, "w") as sink:  # a file, not a pipe: TensorFlow's chatter can never fill it up
        process = subprocess.Popen([sys.executable, "-c", DRIVER, mode], stdout=subprocess.PIPE, stderr=sink,
                                   text=True, env=env, cwd=home)
    return process, errors


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_a_killed_app_offers_the_edit_and_the_weights_back(tmp_path):
    env = environment(tmp_path)
    folder = tmp_path / "data" / "lstmviz" / "lstmviz" / "recovery"
    first, errors = launch("first", env, tmp_path)
    try:
        before = read_tagged(first, "READY", 240, errors)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    assert first.returncode == -signal.SIGKILL
    assert before["units"] == 7 and before["epoch"] == 40
    assert len(list(folder.glob("recovery-*.lstmviz"))) == 1  # left behind by the killed app

    second, errors = launch("second", env, tmp_path)
    try:
        after = read_tagged(second, "STATE", 120, errors)
        second.wait(60)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, errors.read_text()[-3000:]
    assert after["units"] == 7 and after["epochs"] == 40 and after["epoch"] == 40 and after["runs"] == [1]
    for ours, theirs in zip(after["weights"], before["weights"]):
        np.testing.assert_array_equal(np.asarray(ours), np.asarray(theirs))
    assert after["modified"] and after["title"].startswith("one-to-one[*]")
    assert after["source"] == "values: run #1, epoch 40" and after["predictions"] == 5
    assert list(folder.glob("recovery-*")) == []  # the clean exit removed the file and its lock
