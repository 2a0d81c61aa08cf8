"""`lstmviz train` and `lstmviz export`: once as a user runs them, in a subprocess, then in this process.

A subprocess imports TensorFlow afresh (5-30 s on two busy cores); the command's whole path from
its arguments to its exit status is the same in process (``main``), so only the first test pays that.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from lstmviz.training.messages import EpochLosses, EpochProgress, Finished, Started
from lstmviz.training.progress import BAR_WIDTH, Progress

ROOT = Path(__file__).resolve().parents[2]


def lstmviz(*args, cwd=None, check=False):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "lstmviz", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_train_json_reports_every_epoch_and_the_predictions():
    proc = lstmviz("train", "one-to-one", "--epochs", "30", "--seed", "2", "--json", check=True)
    out = json.loads(proc.stdout)
    assert out["epochs"] == 30 and len(out["loss"]) == 30 and out["final_loss"] == out["loss"][-1]
    assert np.asarray(out["predictions"]).shape == (5, 1)
    np.testing.assert_allclose(out["targets"], [[0.0], [0.2], [0.4], [0.6], [0.8]], atol=1e-6)
    assert out["train_seconds"] > 0 and out["reason"] == "completed"
    assert "Traceback" not in proc.stderr and "epoch 30/30" in proc.stderr  # plain progress lines when piped


def test_train_text_prints_predictions_with_one_decimal(command):
    proc = command("train", "many-to-many", "--epochs", "3", "--engine", "fit", "--batch-size", "1",
                   "--learning-rate", "0.01", "--optimizer", "rmsprop", check=True)
    lines = proc.stdout.strip().splitlines()
    assert lines[0].startswith("3 epochs in ") and "final loss" in lines[0]
    assert lines[1] == "predictions:"
    values = lines[2:]
    assert len(values) == 5 and all(len(v.split(".")[1]) == 1 for v in values)


@pytest.mark.parametrize("args,expected", [
    (("train", "nowhere.lstmviz"), "nowhere.lstmviz: no such file"),
    (("train", "one-to-one", "--epochs", "0"), "must be at least 1"),
    (("train", "one-to-one", "--learning-rate", "abc"), "expected a number"),
    (("export", "one-to-one", "--format", "script", "-o", "/nonexistent-dir/x.py"), "cannot be written"),
])
def test_bad_input_is_one_line_and_exit_2(command, args, expected):
    proc = command(*args)
    assert proc.returncode == 2
    assert expected in proc.stderr and "Traceback" not in proc.stderr


def test_a_dataset_that_does_not_fit_is_refused_before_training(tmp_path, command):
    project = {"format": "lstmviz", "version": 1,
               "architecture": {"input": {"shape": [5, 1]}, "layers": [{"kind": "LSTM", "options": {"units": 5}},
                                                                       {"kind": "Dense", "options": {"units": 5}}]},
               "dataset": {"kind": "tutorial", "layout": "many-to-many"}}
    path = tmp_path / "bad.lstmviz"
    path.write_text(json.dumps(project))
    proc = command("train", str(path))
    assert proc.returncode == 2
    line = proc.stderr.strip()
    assert "\n" not in line and "the model outputs (None, 5) but the targets are (1, 5, 1)" in line
    assert "loading TensorFlow" not in proc.stderr


def test_csv_errors_reach_the_command_line(tmp_path, command):
    (tmp_path / "d.csv").write_text("price\n1\n2\nabc\n4\n5\n6\n")
    project = {"format": "lstmviz", "version": 1,
               "architecture": {"input": {"shape": [2, 1]}, "layers": [{"kind": "LSTM", "options": {"units": 2}},
                                                                       {"kind": "Dense", "options": {"units": 1}}]},
               "dataset": {"kind": "csv", "path": "d.csv", "time_steps": 2, "layout": "many-to-one"}}
    (tmp_path / "p.lstmviz").write_text(json.dumps(project))
    proc = command("train", "p.lstmviz", cwd=tmp_path)
    assert proc.returncode == 2
    assert "row 4, column 'price': 'abc' is not a number" in proc.stderr


def test_divergence_exits_1_with_the_message(command):
    proc = command("train", "one-to-one", "--optimizer", "sgd", "--learning-rate", "1e9", "--epochs", "50")
    assert proc.returncode == 1
    assert "diverged at epoch" in proc.stderr and "Traceback" not in proc.stderr


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_bar_on_a_terminal_and_lines_when_piped():
    tty, clock = io.StringIO(), FakeClock()
    bar = Progress(tty, tty=True, redraw_seconds=0, clock=clock)
    bar(Started(100, 5, 5, "fast"))
    clock.now += 0.8
    bar(EpochLosses(1, (0.9,), None, 0.8, 100))  # the first chunk includes compiling: no ETA from it
    assert "ETA" not in tty.getvalue()
    clock.now += 2.0
    bar(EpochLosses(2, tuple([0.5] * 49), None, 2.8, 100))  # then 2 s per 49 epochs: 50 left, about 2 s
    clock.now += 2.0
    bar(Finished("completed", 100, {"loss": [0.1] * 100}, 2.0, wall_seconds=5.2))
    bar.close()
    text = tty.getvalue()
    assert "\r" in text and "[" + "#" * 14 + "-" * 14 + "] epoch 50/100  loss 0.5  ETA 0:02" in text
    assert text.endswith("] epoch 100/100  loss 0.1  0:05 (training 0:02)\n")
    piped, clock = io.StringIO(), FakeClock()
    lines = Progress(piped, tty=False, clock=clock)
    lines(Started(10, 5, 5, "fast"))
    for e in range(1, 11):
        clock.now += 0.1
        lines(EpochLosses(e, (1.0 / e,), None, e * 0.1, 10))
    lines(Finished("completed", 10, {}, 1.0))  # no wall time sent: the clock's since Started
    out = piped.getvalue().splitlines()
    assert "\r" not in piped.getvalue() and out[0] == "training 10 epochs (fast engine, CPU)"
    assert out[-1] == "epoch 10/10  loss 0.1  0:01 (training 0:01)" and len(out) == 12


def test_progress_eta_is_wall_time_with_the_pace_and_moves_within_long_epochs():
    out, clock = io.StringIO(), FakeClock()
    bar = Progress(out, tty=True, redraw_seconds=0, clock=clock)
    bar(Started(10, 32, 2000, "fast"))
    clock.now += 1.0
    bar(EpochLosses(1, (0.5,), None, 0.9, 10))
    # A paced run: 1 s of wall time per epoch of which only 0.1 s trains. The ETA is wall time.
    clock.now += 2.0
    bar(EpochLosses(2, (0.4, 0.3), None, 1.1, 10))
    assert bar.eta() == pytest.approx(7.0)
    assert out.getvalue().endswith("epoch 3/10  loss 0.3  ETA 0:07")
    # Within the 4th epoch: a quarter of it in 0.25 s; the bar, the running loss and the ETA move.
    clock.now += 0.25
    bar(EpochProgress(4, 8, 32, 0.25, 1.15, 10))
    assert bar.position == pytest.approx(3.25) and bar.eta() == pytest.approx(6.75)
    assert out.getvalue().endswith("] epoch 4/10  loss 0.25  ETA 0:07")
    filled = out.getvalue().rsplit("[", 1)[1].count("#")
    assert filled == round(3.25 / 10 * BAR_WIDTH)


def test_train_saves_the_trained_project_and_continues_from_it(tmp_path, capsys, command):
    from lstmviz.io.project_io import load_project
    from lstmviz.model.forward import predict

    first = tmp_path / "first.lstmviz"
    proc = command("train", "many-to-many", "--epochs", "20", "--save", str(first), "--json", check=True)
    out = json.loads(proc.stdout)
    assert f"wrote {first}" in proc.stderr and "continuing" not in proc.stderr
    project = load_project(first)
    trained, (run,) = project.trained, project.runs
    assert (trained.epoch, trained.run, trained.loss) == (20, 1, out["final_loss"])
    np.testing.assert_allclose(run.history.loss, out["loss"])
    # The saved weights give Keras's predictions through the numpy forward pass.
    x = np.arange(5, dtype=np.float32).reshape(1, 5, 1) / 5
    np.testing.assert_allclose(predict(project.architecture, trained.weights, x), out["predictions"], atol=1e-5)
    # The run replays like one trained in the window: its starting point and every epoch, the last one the weights.
    assert list(run.snapshots.epochs) == list(range(0, 21))
    for stored, last in zip(trained.weights, run.snapshots.weights(run.snapshots.index_at(20))):
        np.testing.assert_allclose(last, stored, atol=1e-6)

    from lstmviz.cli import main

    assert main(["summary", str(first)]) == 0
    summary = capsys.readouterr().out
    assert f"Trained weights: 20 epochs, final loss {out['final_loss']:.6g} (run #1)\nRuns: 1" in summary
    assert main(["summary", str(first), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["trained"]["epochs"] == 20 and data["trained"]["final_loss"] == out["final_loss"]
    assert [r["number"] for r in data["runs"]] == [1]

    second = tmp_path / "second.lstmviz"
    proc = command("train", str(first), "--epochs", "5", "--save", str(second), check=True)
    assert "continuing from the trained weights in" in proc.stderr and "(epoch 20)" in proc.stderr
    assert "epoch 25/25" in proc.stderr
    again = load_project(second)
    assert again.trained.epoch == 25 and [r.number for r in again.runs] == [1, 2]
    assert again.runs[1].start_epoch == 21 and again.runs[1].epochs_run == 5
    np.testing.assert_allclose(again.runs[1].history.loss[:20], out["loss"])


def test_fresh_ignores_the_stored_weights():
    from dataclasses import replace

    from lstmviz.io.project_io import from_example
    from lstmviz.model.runs import TrainedState
    from lstmviz.training.trained_project import start_of

    project = from_example("one-to-one")
    assert not start_of(project, fresh=False).continues  # nothing stored
    trained = TrainedState(project.architecture, (np.zeros(1),), run=None, epoch=7)
    stored = replace(project, trained=trained)
    start = start_of(stored, fresh=False)
    assert start.continues and start.weights is trained.weights and start.epoch == 8
    assert not start_of(stored, fresh=True).continues and start_of(stored, fresh=True).epoch == 1
    edited = replace(stored, architecture=project.architecture.set_option(0, "units", 2))
    assert not start_of(edited, fresh=False).continues  # weights of another model


def test_train_refuses_a_save_path_it_cannot_write_before_training(tmp_path, command):
    proc = command("train", "one-to-one", "--save", str(tmp_path / "missing" / "out.lstmviz"))
    assert proc.returncode == 2 and "out.lstmviz: cannot be written" in proc.stderr
    assert "loading TensorFlow" not in proc.stderr
