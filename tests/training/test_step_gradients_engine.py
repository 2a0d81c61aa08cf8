"""Gradients through time in the engine: sent with every observation, switched on and off by the control."""

from __future__ import annotations

import json
import threading
import time

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from lstmviz.io.dataset_loader import load_dataset  # noqa: E402
from lstmviz.model.examples import EXAMPLES  # noqa: E402
from lstmviz.training.control import TrainingControl  # noqa: E402
from lstmviz.training.engine import run_training  # noqa: E402
from lstmviz.training.gradient_report import gradient_json, gradient_summary  # noqa: E402
from lstmviz.training.messages import EpochLosses, LayerGradients, Predictions, StepGradients  # noqa: E402
from lstmviz.training.step_gradients import StepGradientProbe  # noqa: E402


def example(name, **changes):
    ex = EXAMPLES[name]
    return ex.architecture, load_dataset(ex.dataset), ex.training.updated(**changes)


@pytest.fixture
def no_budget(monkeypatch):
    """Gradients at every observation, however long they take (a loaded test machine makes them slow)."""
    monkeypatch.setattr("lstmviz.training.step_gradients.BUDGET", None)


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_every_observation_carries_the_gradients_of_the_weights_it_saw(engine, no_budget):
    epochs = 12 if engine == "fast" else 2  # model.fit is slow: two epochs show it
    arch, data, settings = example("many-to-many", epochs=epochs)
    got = []
    result = run_training(arch, data, settings, got.append, engine=engine, gradients=True)
    grads = [m for m in got if isinstance(m, StepGradients)]
    observed = [m.epoch for m in got if isinstance(m, Predictions)]
    assert [m.epoch for m in grads] == observed and observed[0] == 0 and observed[-1] == epochs
    last = grads[-1].first
    assert (last.layer_index, last.kind, last.direction) == (0, "LSTM", 1) and last.h.shape == (5,)
    assert grads[-1].samples == 1  # the tutorial's one sequence
    again = StepGradientProbe(result.model, arch, data.y).observe(epochs, data.x).first
    np.testing.assert_allclose(last.h, again.h, rtol=1e-5)
    np.testing.assert_allclose(last.c, again.c, rtol=1e-5)


def test_no_gradients_unless_asked_and_the_control_switches_them_mid_run(no_budget):
    arch, data, settings = example("one-to-one", epochs=30)
    got = []
    run_training(arch, data, settings, got.append)
    assert not [m for m in got if isinstance(m, StepGradients)]

    control = TrainingControl()
    control.set_gradients(False)
    got = []

    def sink(message):
        got.append(message)
        if isinstance(message, EpochLosses) and message.last_epoch >= 10:
            control.set_gradients(True)

    run_training(arch, data, settings, sink, control, gradients=True, target_call_seconds=0.001)
    epochs = [m.epoch for m in got if isinstance(m, StepGradients)]
    assert epochs and min(epochs) > 10 and epochs[-1] == 30


def test_the_budget_spaces_the_passes_out(monkeypatch):
    monkeypatch.setattr("lstmviz.training.step_gradients.BUDGET", 1e-6)  # a pass, then a million times its time off
    monkeypatch.setattr("lstmviz.training.engine.OBSERVE_SECONDS", 0.0)  # observe after every call
    monkeypatch.setattr("lstmviz.training.engine.OBSERVE_SHARE", 1.0)  # however long observing takes
    arch, data, settings = example("one-to-one", epochs=400)
    got = []
    run_training(arch, data, settings, got.append, gradients=True, target_call_seconds=0.001)
    observed = [m.epoch for m in got if isinstance(m, Predictions)]
    with_gradients = [m.epoch for m in got if isinstance(m, StepGradients)]
    assert with_gradients[0] == 0 and with_gradients[-1] == observed[-1] == 400  # the start and the end
    assert len(observed) > 20 and len(with_gradients) < len(observed) / 2


def test_the_end_shows_its_gradients_from_the_training_function_after_a_rest(monkeypatch):
    """The last look of a run whose gradients rest is taken again, with them, by the traced training
    function: not by a forward pass traced apart at the end (seconds more for every such run)."""
    from lstmviz.training.observe import Observer

    monkeypatch.setattr("lstmviz.training.step_gradients.BUDGET", 1e-6)  # resting after every pass
    traced_apart = []
    observe = Observer.observe
    monkeypatch.setattr(Observer, "observe", lambda self, epoch: traced_apart.append(epoch) or observe(self, epoch))
    arch, data, settings = example("one-to-one", epochs=30)
    got = []
    run_training(arch, data, settings, got.append, gradients=True)
    assert [m.epoch for m in got if isinstance(m, StepGradients)][-1] == 30
    assert [m.epoch for m in got if isinstance(m, Predictions)][-1] == 30
    assert traced_apart == []


def test_a_pause_shows_the_gradients_of_where_it_stands(monkeypatch):
    monkeypatch.setattr("lstmviz.training.step_gradients.BUDGET", 1e-6)  # resting after every pass
    arch, data, settings = example("one-to-one", epochs=100)
    control = TrainingControl()
    control.step(3)  # starts paused with 3 epochs granted
    got = []
    worker = threading.Thread(target=run_training, args=(arch, data, settings, got.append, control),
                              kwargs={"gradients": True, "target_call_seconds": 0.001})
    worker.start()
    deadline = time.monotonic() + 120  # a bound on a broken run, not a timing: it comes at once when paused
    while not any(isinstance(m, StepGradients) and m.epoch == 3 for m in got) and time.monotonic() < deadline:
        time.sleep(0.02)
    while_paused = [m.epoch for m in got if isinstance(m, StepGradients)]
    control.stop()
    worker.join(60)
    # Shown while the run waits at its pause, not only by the last look after Stop,
    # though every pass is followed by a long rest.
    assert while_paused[0] == 0 and while_paused[-1] == 3


def test_the_command_line_lists_t_norms_per_observation(command):
    proc = command("train", "long-memory-lstm", "--epochs", "2", "--gradients", "--json", check=True)
    out = json.loads(proc.stdout)
    entries = out["step_gradients"]
    assert [e["epoch"] for e in entries][0] == 0 and entries[-1]["epoch"] == 2
    assert all(len(e["h"]) == 30 and len(e["c"]) == 30 for e in entries)
    assert all(v > 0 for v in entries[-1]["h"])


def test_the_summary_compares_the_first_and_last_step():
    messages = [StepGradients(40, 64, (LayerGradients(0, "SimpleRNN", 1, np.array([1e-6, 1e-3, 0.5])),))]
    assert gradient_json(messages) == [{"epoch": 40, "h": [1e-6, 1e-3, 0.5]}]
    text = gradient_summary(messages)
    assert text.splitlines()[0] == "gradients through time (layer 1, SimpleRNN, epoch 40, loss on 64 samples):"
    assert "||dL/dh_1|| = 1e-06, ||dL/dh_3|| = 0.5: t = 1 gets 2e-06 times the gradient of t = 3" in text
    assert gradient_summary([]) == "gradients through time: the model has no recurrent layer"
