"""Long epochs stay live: progress within the epoch (Keras's running loss), Stop and Pause mid-epoch,
and observations a slice of rows at a time. Epochs are made "long" by injecting the thresholds
(one step per call, progress after every call), never by timing."""

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec  # noqa: E402
from lstmviz.model.dataset_spec import DatasetSpec  # noqa: E402
from lstmviz.model.datasets import sine  # noqa: E402
from lstmviz.model.settings import TrainingSettings  # noqa: E402
from lstmviz.training.control import TrainingControl  # noqa: E402
from lstmviz.training.engine import prepare_model, run_training  # noqa: E402
from lstmviz.model.cell_values import CellValues  # noqa: E402
from lstmviz.training.messages import EpochLosses, EpochProgress, Finished, Predictions  # noqa: E402

STEPS_PER_EPOCH = 12
LONG = dict(target_call_seconds=1e-9, progress_seconds=0.0)  # one optimizer step per call, progress after each


def setup(samples=60, batch=5, epochs=2):
    arch = Architecture(InputSpec((6, 1)), (LayerSpec("LSTM", {"units": 4}), LayerSpec("Dense", {"units": 1})))
    data = sine(DatasetSpec("sine", layout="many-to-one", time_steps=6, samples=samples))
    settings = TrainingSettings(epochs=epochs, batch_size=batch, shuffle=False, seed=2, learning_rate=0.01)
    return arch, data, settings


def keras_running_means(arch, data, settings):
    """What Keras's own progress bar shows after each batch: logs["loss"] of model.fit."""
    model = prepare_model(arch, settings)
    seen: list[tuple[int, int, float]] = []

    class Batches(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            self.epoch = epoch + 1

        def on_train_batch_end(self, batch, logs=None):
            seen.append((self.epoch, batch + 1, float(logs["loss"])))

    model.fit(data.x, data.y, epochs=settings.epochs, batch_size=settings.batch_size, shuffle=False, verbose=0,
              callbacks=[Batches()])
    return seen


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_a_long_epoch_sends_its_progress_with_the_running_mean_keras_shows(engine):
    arch, data, settings = setup()
    got = []
    result = run_training(arch, data, settings, got.append, engine=engine, **LONG)
    assert result.reason == "completed" and result.epochs_run == 2
    progress = [m for m in got if isinstance(m, EpochProgress)]
    # After every batch but each epoch's last (that one ends the epoch: its EpochLosses says it).
    assert [(m.epoch, m.batches) for m in progress] == [(e, b) for e in (1, 2) for b in range(1, STEPS_PER_EPOCH)]
    assert all(m.steps_per_epoch == STEPS_PER_EPOCH and m.total_epochs == 2 for m in progress)
    keras_means = {(e, b): loss for e, b, loss in keras_running_means(arch, data, settings)}
    np.testing.assert_allclose([m.loss for m in progress], [keras_means[m.epoch, m.batches] for m in progress],
                               rtol=2e-5)
    # The epoch's loss is where its running mean ends.
    np.testing.assert_allclose(result.history["loss"], [keras_means[e, STEPS_PER_EPOCH] for e in (1, 2)], rtol=2e-5)
    # Progress comes between the epoch's losses: epoch 2's after epoch 1's EpochLosses.
    order = [(type(m).__name__, getattr(m, "epoch", getattr(m, "first_epoch", None))) for m in got
             if isinstance(m, (EpochProgress, EpochLosses))]
    assert order.index(("EpochLosses", 1)) < order.index(("EpochProgress", 2))


def test_short_epochs_send_no_progress():
    arch, data, settings = setup(epochs=3)
    got = []
    run_training(arch, data, settings, got.append, progress_seconds=1e9)  # nothing counts as long
    assert not [m for m in got if isinstance(m, EpochProgress)]


@pytest.mark.parametrize("engine", ["fast", "fit"])
def test_stop_mid_epoch_ends_the_run_before_the_epoch_ends(engine):
    arch, data, settings = setup(epochs=5)
    control = TrainingControl()
    got = []

    def sink(message):
        got.append(message)
        if isinstance(message, EpochProgress) and message.batches == 3:
            control.stop()

    result = run_training(arch, data, settings, sink, control, engine=engine, **LONG)
    batches = [m.batches for m in got if isinstance(m, EpochProgress)]
    assert result.reason == "stopped" and result.epochs_run == 0
    assert batches == [1, 2, 3]  # no batch ran after the one during which Stop came
    assert not [m for m in got if isinstance(m, EpochLosses)] and isinstance(got[-1], Finished)


def test_pause_mid_epoch_waits_there_and_goes_on_from_the_same_batch():
    arch, data, settings = setup(epochs=1)
    control = TrainingControl()
    got = []
    paused_after: list[int] = []

    def sink(message):
        got.append(message)
        if isinstance(message, EpochProgress) and message.batches == 4 and not paused_after:
            control.pause()
            paused_after.append(message.batches)
        elif isinstance(message, Predictions) and paused_after and control.paused:
            # The engine shows the paused weights: it stands still mid-epoch. Go on.
            paused_after.append(len([m for m in got if isinstance(m, EpochProgress)]))
            control.resume()

    result = run_training(arch, data, settings, sink, control, **LONG)
    assert result.reason == "completed" and result.epochs_run == 1
    assert paused_after == [4, 4]  # paused after batch 4, and still at batch 4 when it showed the pause
    batches = [m.batches for m in got if isinstance(m, EpochProgress)]
    assert batches == list(range(1, STEPS_PER_EPOCH))


def test_observing_a_slice_at_a_time_gives_the_whole_observation():
    from lstmviz.training.fast_loop import BatchPlan, make_train_function
    from lstmviz.training.observe import Observer

    arch, data, settings = setup(samples=23)
    model = prepare_model(arch, settings)
    observer = Observer(model, arch, data.x, 0, probe_sample=0)
    call = make_train_function(model, data.x, data.y, forward=observer.forward)
    plan = BatchPlan(data.samples, 5, False, 0)
    whole = call(*plan.steps(0, 0), observe=True)
    parts = [call(*plan.steps(0, 0), observe=rows) for rows in ((0, 4), (4, 17), (17, 23))]
    np.testing.assert_allclose(np.concatenate([p.observed[0] for p in parts]), whole.observed[0], rtol=1e-6)
    np.testing.assert_allclose(whole.observed[0], model.predict(data.x, verbose=0), rtol=1e-5, atol=1e-6)
    # The probed sample's input comes with the first slice.
    np.testing.assert_array_equal(parts[0].observed[1], whole.observed[1])
    assert whole.observed[1].shape == (1, 6, 1)
    later = call(*plan.steps(0, 0), observe=(4, 17), probe_row=0)
    assert later.observed[1].shape[0] == 0
    assert call.traces == 1


def test_a_costly_start_shows_the_cell_alone_and_the_final_weights_in_full(monkeypatch):
    from lstmviz.training import fast_runner

    monkeypatch.setattr(fast_runner, "START_OBSERVATION_SECONDS", 0.0)  # any start that needs two slices is costly
    monkeypatch.setattr(fast_runner.Sweep, "FIRST_ROWS", 8)  # 60 samples: several slices
    arch, data, settings = setup()
    got = []
    result = run_training(arch, data, settings, got.append)
    assert result.reason == "completed"
    predictions = [m for m in got if isinstance(m, Predictions)]
    probes = [m for m in got if isinstance(m, CellValues)]
    assert probes[0].epoch == 0  # the starting point's cell values are shown
    assert predictions and all(m.epoch > 0 for m in predictions)  # its predictions are not
    assert predictions[-1].epoch == settings.epochs and result.final_seconds > 0
    model = prepare_model(arch, settings)
    model.set_weights(result.weights)
    expected = model.predict(data.x, verbose=0)
    np.testing.assert_allclose(predictions[-1].predictions, expected, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(result.predictions, expected, rtol=1e-5, atol=1e-6)


def test_a_cheap_start_shows_its_predictions():
    arch, data, settings = setup()
    got = []
    run_training(arch, data, settings, got.append)
    first = next(m for m in got if isinstance(m, Predictions))
    assert first.epoch == 0 and len(first.predictions) == data.samples
