"""TensorFlow's native start-up lines never reach the terminal: not from `lstmviz train`, not from the window."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest

from lstmviz.training.native_log import quiet_native_logs

NOISE = re.compile(r"absl::InitializeLog|cuInit|cudart|oneDNN|cpu_feature_guard|rebuild TensorFlow|^[IWEF]\d{4} ",
                   re.MULTILINE)


def clean_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LSTMVIZ_INSTANCE_NAME="")
    env.pop("TF_CPP_MIN_LOG_LEVEL", None)  # as a user's shell has it: the program must set it itself
    return env


def test_the_filter_drops_native_log_lines_and_passes_the_rest(capfd):
    with quiet_native_logs():
        os.write(2, b"WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\n")
        os.write(2, b"I0000 00:00:1795828244.717784    1915 port.cc:153] oneDNN custom operations are on.\n")
        os.write(2, b"our own line\nE0000 00:00:1795830768.399390   17758 cuda_platform.cc:52] failed call to cuInit\n")
        sys.stderr.write("a Python warning\n")  # one write: print() writes the text and its newline apart,
        sys.stderr.flush()  # and the filter's thread may forward a line in between
        os.write(2, b"To enable the following instructions: AVX2 FMA, in other operations, rebuild TensorFlow with "
                    b"the appropriate compiler flags.\nno newline at the end")
    err = capfd.readouterr().err
    # (pytest captures sys.stderr on its own, so the Python line may come first, and the
    # unfinished last line may get its newline when the filter ends.)
    assert sorted(line for line in err.splitlines() if line) == ["a Python warning", "no newline at the end",
                                                                 "our own line"]
    os.write(2, b"I0000 00:00:1.0 1 port.cc:1] after the block, nothing is filtered\n")
    assert "after the block" in capfd.readouterr().err


def test_lstmviz_train_shows_progress_and_no_tensorflow_log_lines():
    done = subprocess.run([sys.executable, "-m", "lstmviz", "train", "one-to-one", "--epochs", "3"],
                          capture_output=True, text=True, env=clean_env(), timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("loading TensorFlow…\ntraining 3 epochs (fast engine, CPU)\n"), done.stderr
    assert not NOISE.search(done.stderr), done.stderr
    assert "epoch 3/3" in done.stderr and "3 epochs in" in done.stdout


WINDOW_SCRIPT = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    import tempfile
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    from lstmviz.app import create_main_window
    window = create_main_window("one-to-one")
    app = QApplication.instance()
    window.show()
    panel = window.training_panel
    panel.document.set_training(panel.document.training.updated(epochs=3))
    beats = QTimer()
    beats.timeout.connect(lambda: print("gui-alive", file=sys.stderr, flush=True))
    beats.start(100)
    panel.start_background_tensorflow_import()
    deadline = time.monotonic() + 240  # only a bound on waiting: "runs 0" below then fails the test
    while not panel.session.backend_ready and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    beats.stop()
    panel.train()
    while panel.running and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("runs", len(panel.document.runs), flush=True)
    panel.stop_and_wait()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.close()
""")


# The window's own path to TensorFlow: the training thread loads the library (its static initialisers log as
# it loads) and imports it, while the event loop goes on and prints.
LOADER_SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication, QTimer
    from lstmviz.ui.training.worker import READY, TrainingThread
    app = QCoreApplication([])
    thread = TrainingThread()
    states = []
    def changed(state):
        states.append(state)
        if state is not READY and state.failed:
            app.quit()
        if state is READY:
            app.quit()
    thread.worker.backend_state_changed.connect(changed)
    beats = QTimer()
    beats.timeout.connect(lambda: print("gui-alive", file=sys.stderr, flush=True))
    beats.start(100)
    QTimer.singleShot(240_000, app.quit)  # only a bound on waiting: the states below then fail the test
    thread.import_backend()
    app.exec()
    print("states", [s.state.name for s in states], "tensorflow" in sys.modules, flush=True)
    thread.shutdown()
""")


def test_the_training_threads_tensorflow_load_writes_no_log_lines_while_the_event_loop_prints():
    done = subprocess.run([sys.executable, "-c", LOADER_SCRIPT], capture_output=True, text=True, env=clean_env(),
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "states ['LOADING', 'READY'] True" in done.stdout, done.stdout + done.stderr
    assert not NOISE.search(done.stderr), done.stderr
    assert "gui-alive" in done.stderr  # the loop's own output while TensorFlow loaded still got through


@pytest.mark.slow
def test_a_window_that_trains_writes_no_tensorflow_log_lines_but_keeps_its_own():
    """The whole window, its TensorFlow loaded and a run trained (8-10 s: a window and TensorFlow in a
    process of their own). The default suite keeps its parts: the training thread's load above, the engine's
    training in `lstmviz train` (test_lstmviz_train_shows_progress_and_no_tensorflow_log_lines) and the
    filter itself."""
    done = subprocess.run([sys.executable, "-c", WINDOW_SCRIPT], capture_output=True, text=True, env=clean_env(),
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "runs 1" in done.stdout
    assert not NOISE.search(done.stderr), done.stderr
    assert "gui-alive" in done.stderr  # the window's own output while TensorFlow loaded still got through
