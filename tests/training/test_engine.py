"""The engine's messages, controls, probe and failure modes on tiny real Keras runs."""

import subprocess
import sys
import threading
import time

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from lstmviz.io.dataset_loader import load_dataset  # noqa: E402
from lstmviz.model.cell_values import CellValues  # noqa: E402
from lstmviz.model.datasets import Dataset  # noqa: E402
from lstmviz.model.examples import EXAMPLES  # noqa: E402
from lstmviz.model.settings import TrainingSettings  # noqa: E402
from lstmviz.training.builder import keras_layer  # noqa: E402
from lstmviz.training.control import TrainingControl  # noqa: E402
from lstmviz.training.engine import run_training  # noqa: E402
from lstmviz.training.messages import (  # noqa: E402
    EpochLosses, Failed, Finished, Predictions, Started,
)
from tests.watched_control import WatchedControl  # noqa: E402


def example(name, **changes):
    ex = EXAMPLES[name]
    return ex.architecture, load_dataset(ex.dataset), ex.training.updated(**changes)


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_messages_arrive_in_order_and_cover_every_epoch(engine):
    arch, data, settings = example("many-to-many", epochs=12)
    got = []
    result = run_training(arch, data, settings, got.append, engine=engine)
    assert isinstance(got[0], Started) and got[0].total_epochs == 12 and got[0].engine == engine
    assert isinstance(got[-1], Finished) and got[-1].reason == "completed" and got[-1].epochs_run == 12
    epochs = [m for m in got if isinstance(m, EpochLosses)]
    numbers = [e for m in epochs for e in range(m.first_epoch, m.last_epoch + 1)]
    assert numbers == list(range(1, 13))
    assert [loss for m in epochs for loss in m.losses] == result.history["loss"]
    assert all(m.val_losses is None for m in epochs)
    elapsed = [m.elapsed for m in epochs]
    assert elapsed == sorted(elapsed) and 0 < elapsed[-1] <= result.train_seconds
    predictions = [m for m in got if isinstance(m, Predictions)]
    assert predictions[0].epoch == 0 and predictions[-1].epoch == 12
    assert predictions[-1].predictions.shape == data.y.shape
    np.testing.assert_allclose(predictions[-1].predictions, result.predictions)
    probes = [m for m in got if isinstance(m, CellValues)]
    assert probes[-1].epoch == 12 and probes[-1].kind == "LSTM" and probes[-1].layer_index == 0
    assert set(probes[-1].gates) == {"i", "f", "g", "o"} and set(probes[-1].states) == {"c", "h"}
    assert probes[-1].states["h"].shape == (5, 5)


def test_probe_equals_the_keras_layer_output():
    arch, data, settings = example("many-to-many", epochs=5)
    got = []
    result = run_training(arch, data, settings, got.append)
    probe = [m for m in got if isinstance(m, CellValues)][-1]
    assert (probe.epoch, probe.source, probe.sample) == (5, "training, epoch 5", 0)  # what the views show as it is
    lstm = keras_layer(result.model, 0)
    sub = keras.Model(lstm.input, lstm.output)
    np.testing.assert_allclose(probe.states["h"], np.asarray(sub(data.x))[0], atol=1e-5)
    for ours, theirs in zip(probe.weights, lstm.get_weights()):
        np.testing.assert_array_equal(ours, theirs)


def test_bidirectional_probe_shows_the_forward_layer():
    arch, data, settings = example("bidirectional", epochs=2)
    data = Dataset("small", data.x[:8], data.y[:8])
    got = []
    result = run_training(arch, data, settings, got.append, probe_sample=3)
    probe = [m for m in got if isinstance(m, CellValues)][-1]
    assert probe.kind == "LSTM" and probe.sample == 3
    bi = keras_layer(result.model, 0)
    out = np.asarray(keras.Model(bi.input, bi.output)(data.x[3:4]))
    np.testing.assert_allclose(probe.states["h"][-1], out[0, :5], atol=1e-5)  # concat: forward half first


def test_probe_layer_choice_and_layers_without_a_cell():
    arch, data, settings = example("stacked-lstm", epochs=1)
    # Over 4 of its 10 steps: each probe choice is a build and trace of its own, and a short unrolled one.
    arch = arch.with_input(arch.input.sequence(4, 1))
    small = Dataset("small", data.x[:4, :4], data.y[:4])
    got = []
    run_training(arch, small, settings, got.append, probe_layer=1)
    probe = [m for m in got if isinstance(m, CellValues)][-1]
    assert probe.layer_index == 1 and probe.states["h"].shape == (4, 8)
    got = []
    run_training(arch, small, settings, got.append, probe_layer=2)  # Dense
    assert not any(isinstance(m, CellValues) for m in got)


def test_same_seed_same_result_with_shuffled_mini_batches():
    arch, data, settings = example("stacked-lstm", epochs=3, batch_size=8, shuffle=True, seed=5)
    arch = arch.with_input(arch.input.sequence(4, 1))  # a shorter trace: 4 of its 10 steps
    data = Dataset("small", data.x[:20, :4], data.y[:20])
    a = run_training(arch, data, settings)
    b = run_training(arch, data, settings)
    c = run_training(arch, data, settings.updated(seed=6))
    for x, y in zip(a.weights, b.weights):
        np.testing.assert_array_equal(x, y)
    assert a.history == b.history
    assert not np.allclose(a.weights[0], c.weights[0])


def test_stop_from_the_sink():
    arch, data, settings = example("one-to-one", epochs=100000)
    control = TrainingControl()
    got = []

    def sink(message):
        got.append(message)
        if isinstance(message, EpochLosses):
            control.stop()

    result = run_training(arch, data, settings, sink, control)
    assert result.reason == "stopped" and 0 < result.epochs_run < 100000
    assert result.message == f"stopped after epoch {result.epochs_run}"
    assert isinstance(got[-1], Finished) and got[-1].reason == "stopped"
    assert isinstance(got[-2], CellValues) and got[-2].epoch == result.epochs_run


def test_fit_engine_honours_stop():
    arch, data, settings = example("one-to-one", epochs=1000)
    control = TrainingControl()

    def sink(message):
        if isinstance(message, EpochLosses) and message.last_epoch >= 2:
            control.stop()

    result = run_training(arch, data, settings, sink, control, engine="fit")
    assert result.reason == "stopped" and 2 <= result.epochs_run < 10


def wait_until(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def train_in_thread(arch, data, settings, control, engine="fast"):
    """Start a run on a thread; returns the epochs and prediction epochs seen so far, the result box, the thread."""
    epochs, shown, box = [0], [], {}

    def sink(message):
        if isinstance(message, EpochLosses):
            epochs.append(message.last_epoch)
        if isinstance(message, Predictions):
            shown.append(message.epoch)

    worker = threading.Thread(target=lambda: box.setdefault("r", run_training(
        arch, data, settings, sink, control, engine=engine)))
    worker.start()
    return epochs, shown, box, worker


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_pause_step_resume(engine):
    arch, data, settings = example("one-to-one", epochs=40)
    control = WatchedControl()
    control.pause()
    epochs, shown, box, worker = train_in_thread(arch, data, settings, control, engine)
    try:
        # The engine waits for an allowance once it has sent everything: then nothing more can arrive.
        assert wait_until(lambda: control.waits == 1)
        assert epochs[-1] == 0 and shown[-1] == 0  # the starting point is shown while paused
        control.step(3)
        assert wait_until(lambda: control.waits == 2)
        assert epochs[-1] == 3 and shown[-1] == 3 and control.paused  # stays paused, showing epoch 3
        control.step()
        assert wait_until(lambda: control.waits == 3)
        assert epochs[-1] == 4 and shown[-1] == 4
        control.resume()
        worker.join(60)
    finally:
        control.stop()
        worker.join(60)
    assert box["r"].reason == "completed" and box["r"].epochs_run == 40


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_divergence_stops_and_keeps_finite_weights(engine):
    arch, data, settings = example("one-to-one", epochs=200, optimizer="sgd", learning_rate=1e9)
    got = []
    result = run_training(arch, data, settings, got.append, engine=engine)
    assert result.reason == "diverged"
    n = result.epochs_run + 1
    assert result.message.startswith(f"diverged at epoch {n} (loss became ")
    assert all(np.all(np.isfinite(w)) for w in result.weights)
    assert all(np.isfinite(result.history["loss"]))
    assert got[-1] == Finished("diverged", n - 1, result.history, got[-1].train_seconds, result.message, n,
                               wall_seconds=got[-1].wall_seconds)


def test_validation_split_sends_val_losses():
    arch, data, settings = example("stacked-lstm", epochs=3, validation_split=0.5)
    data = Dataset("small", data.x[:10], data.y[:10])
    got = []
    result = run_training(arch, data, settings, got.append)
    assert got[0].samples == 5
    vals = [v for m in got if isinstance(m, EpochLosses) for v in m.val_losses]
    assert len(vals) == 3 and vals == result.history["val_loss"] and all(np.isfinite(vals))


def test_initial_weights_and_start_epoch_continue_a_run():
    arch, data, settings = example("one-to-one", epochs=5)
    first = run_training(arch, data, settings)
    got = []
    second = run_training(arch, data, settings, got.append, initial_weights=first.weights, start_epoch=6)
    assert got[0] == Started(10, 5, 5, "fast", 6, got[0].device) and got[0].device in ("CPU", "GPU")
    assert [m for m in got if isinstance(m, EpochLosses)][0].first_epoch == 6
    assert second.history["loss"][0] < first.history["loss"][0]


@pytest.mark.parametrize("change,expected", [
    (dict(epochs=0), "epochs: must be between 1 and 1,000,000, found 0"),
    (dict(batch_size=0), "batch size: must be between 1"),
    (dict(learning_rate=-1.0), "learning rate: must be between 1e-07 and 1e+09, found -1.0"),
    (dict(optimizer="newton"), "unknown optimizer 'newton'"),
    (dict(loss="banana"), "cannot use the loss 'banana'"),
    (dict(validation_split=0.9), "leaves no training samples"),
])
def test_bad_settings_fail_readably(change, expected):
    arch, data, settings = example("one-to-one", **change)
    got = []
    result = run_training(arch, data, settings, got.append)
    assert result.reason == "failed" and expected in result.message
    assert got == [Failed(result.message)]


def test_shape_mismatch_fails_before_tensorflow_is_imported():
    code = (
        "import sys\n"
        "from lstmviz.model.examples import EXAMPLES\n"
        "from lstmviz.io.dataset_loader import load_dataset\n"
        "from lstmviz.model.dataset_spec import spec_from_dict\n"
        "from lstmviz.training.engine import run_training\n"
        "ex = EXAMPLES['many-to-one']\n"
        "r = run_training(ex.architecture, load_dataset(spec_from_dict({'kind': 'tutorial', 'layout': 'many-to-many'})), ex.training)\n"
        "print(r.reason, '|', r.message)\n"
        "print('tensorflow' in sys.modules, 'keras' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "failed | the model outputs (None, 5) but the targets are (1, 5, 1)" in out
    assert out.strip().endswith("False False")


def test_token_example_trains():
    arch, data, _ = example("text-embedding")
    small = Dataset("tokens", data.x[:8], data.y[:8])
    result = run_training(arch, small, TrainingSettings(epochs=2, batch_size=4, loss="binary_crossentropy"))
    assert result.reason == "completed" and result.predictions.shape == (8, 1)


def test_pause_mid_run_shows_the_paused_epoch():
    arch, data, settings = example("one-to-one", epochs=100_000)
    control = WatchedControl()
    epochs, shown, box, worker = train_in_thread(arch, data, settings, control)
    try:
        assert wait_until(lambda: epochs[-1] > 50)
        control.pause()
        assert wait_until(lambda: control.waits == 1)  # the call in flight ended; the pause took hold
        assert epochs[-1] < 100_000
        assert shown[-1] == epochs[-1]  # predictions of the paused weights, sent before it stood still
    finally:
        control.stop()
        worker.join(60)
    assert box["r"].reason == "stopped"
