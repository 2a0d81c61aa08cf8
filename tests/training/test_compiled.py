"""The cache of built models and traced functions: a reused one trains exactly like a fresh build."""

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from lstmviz.io.dataset_loader import load_dataset  # noqa: E402
from lstmviz.model.architecture import InputSpec, LayerSpec  # noqa: E402
from lstmviz.model.datasets import Dataset  # noqa: E402
from lstmviz.model.examples import EXAMPLES  # noqa: E402
from lstmviz.training.compiled import TrainingCache, model_layers, seeded_state  # noqa: E402
from lstmviz.training.compiled_key import compiled_key  # noqa: E402
from lstmviz.training.engine import prepare_model, run_training, warm_up  # noqa: E402
from lstmviz.training.messages import EpochLosses, Predictions  # noqa: E402


def example(name, **changes):
    ex = EXAMPLES[name]
    return ex.architecture, load_dataset(ex.dataset), ex.training.updated(**changes)


def with_dropout():
    arch, data, settings = example("one-to-one")
    arch = arch.insert(1, LayerSpec("Dropout", {"rate": 0.3})).set_option(0, "dropout", 0.2)
    return arch, data, settings


def all_variables(model, count):
    return [v.numpy() for layer in model_layers(model, count) for v in layer.variables]


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_seeded_state_equals_a_fresh_build(name):
    arch = EXAMPLES[name].architecture
    settings = EXAMPLES[name].training
    model = prepare_model(arch, settings.updated(seed=5))
    for seed in (5, 123):
        fresh = prepare_model(arch, settings.updated(seed=seed))
        state = seeded_state(model_layers(model, len(arch.layers)), arch, seed)
        expected = all_variables(fresh, len(arch.layers))
        assert len(state) == len(expected) >= 2
        for ours, theirs in zip(state, expected):
            np.testing.assert_array_equal(ours, theirs)
    # Different seeds give different weights: the comparison above is not between constants.
    assert not np.array_equal(seeded_state(model_layers(model, len(arch.layers)), arch, 1)[0],
                              seeded_state(model_layers(model, len(arch.layers)), arch, 2)[0])


def test_seeded_state_includes_dropout_seeds():
    arch, _, settings = with_dropout()
    model = prepare_model(arch, settings.updated(seed=9))
    fresh = prepare_model(arch, settings.updated(seed=4))
    state = seeded_state(model_layers(model, len(arch.layers)), arch, 4)
    expected = all_variables(fresh, len(arch.layers))
    assert len(state) == len(expected) > len(fresh.weights)  # the seed generators' states are there too
    for ours, theirs in zip(state, expected):
        np.testing.assert_array_equal(ours, theirs)


def assert_same_run(a, b):
    # To float32 round-off: oneDNN may sum in another order when the machine is busy.
    assert a.reason == b.reason == "completed"
    np.testing.assert_allclose(a.history["loss"], b.history["loss"], rtol=1e-5, atol=1e-7)
    for ours, theirs in zip(a.weights, b.weights, strict=True):
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(a.predictions, b.predictions, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("optimizer", ["adam", "sgd", pytest.param("rmsprop", marks=pytest.mark.slow),
                                       pytest.param("nadam", marks=pytest.mark.slow)])
def test_a_reused_function_trains_like_a_fresh_build(optimizer):
    """The cache restores every optimizer variable to a fresh build's (one mechanism for all optimizers):
    Adam (slots and a step count) and SGD (none) run by default, RMSprop and Nadam with ``-m slow``."""
    arch, data, settings = example("many-to-many", epochs=7, batch_size=2, optimizer=optimizer, seed=3,
                                   learning_rate=0.02)
    fresh = run_training(arch, data, settings, cache=TrainingCache())
    cache = TrainingCache()
    # A different run first: other seed, learning rate, batch size and epochs move every variable.
    other = run_training(arch, data, settings.updated(seed=8, learning_rate=0.1, batch_size=5, epochs=3), cache=cache)
    assert other.history["loss"][0] != fresh.history["loss"][0]
    again = run_training(arch, data, settings, cache=cache)
    assert cache.builds == 1
    assert_same_run(again, fresh)


def test_reuse_with_dropout_validation_and_shuffling():
    arch, data, settings = with_dropout()
    settings = settings.updated(epochs=5, batch_size=2, validation_split=0.4, shuffle=True, seed=2)
    # One step per call: the fast engine's dropout masks depend on how steps are grouped into calls.
    one = dict(target_call_seconds=1e-9)
    fresh = run_training(arch, data, settings, cache=TrainingCache(), **one)
    cache = TrainingCache()
    run_training(arch, data, settings.updated(seed=6), cache=cache, **one)
    again = run_training(arch, data, settings, cache=cache, **one)
    assert cache.builds == 1
    assert_same_run(again, fresh)
    np.testing.assert_allclose(again.history["val_loss"], fresh.history["val_loss"], rtol=1e-5, atol=1e-7)


def test_the_cache_equals_the_fit_engine_after_reuse():
    arch, data, settings = example("one-to-one", epochs=20, shuffle=False, seed=4)
    cache = TrainingCache()
    run_training(arch, data, settings.updated(seed=11, learning_rate=0.5), cache=cache)
    fast = run_training(arch, data, settings, cache=cache)
    fit = run_training(arch, data, settings, engine="fit")
    for ours, theirs in zip(fast.weights, fit.weights):
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-6)


def test_no_second_trace_for_new_runs_partial_chunks_or_observations():
    arch, data, settings = example("many-to-many", epochs=9, batch_size=2)
    cache = TrainingCache()
    got = []
    run_training(arch, data, settings, got.append, cache=cache)
    entry = cache.compiled(compiled_key(arch, data, settings), arch, settings, data, None, data)
    # Chunks of different lengths (the last one partial: 5 samples in batches of 2) and observed calls.
    sizes = {len(m.losses) for m in got if isinstance(m, EpochLosses)}
    assert sum(1 for m in got if isinstance(m, Predictions)) >= 2
    assert entry.function.traces == 1 and entry.function.function.experimental_get_tracing_count() == 1
    # New runs: other seed, epochs, batch size, learning rate, more samples, and a target call time that
    # makes chunks of a single step.
    more = Dataset("more", np.concatenate([data.x, data.x]), np.concatenate([data.y, data.y]))
    for changes, dataset in ((dict(seed=2, epochs=3), data), (dict(batch_size=3, learning_rate=0.1), more)):
        result = run_training(arch, dataset, settings.updated(**changes), cache=cache, target_call_seconds=1e-6)
        assert result.reason == "completed"
    assert entry.function.traces == 1 and entry.function.function.experimental_get_tracing_count() == 1
    assert cache.builds == 1 and sizes


def test_what_the_key_leaves_out_and_what_it_keeps():
    arch, data, settings = example("many-to-many")
    key = compiled_key(arch, data, settings)
    same = [settings.updated(seed=9), settings.updated(epochs=3, batch_size=1, learning_rate=0.5, shuffle=False)]
    assert all(compiled_key(arch, data, s) == key for s in same)
    assert compiled_key(arch.set_option(0, "units", 6), data, settings) != key
    assert compiled_key(arch, data, settings.updated(optimizer="sgd")) != key
    assert compiled_key(arch, data, settings.updated(loss="mean_absolute_error")) != key
    assert compiled_key(arch, data, settings.updated(validation_split=0.4)) != key
    # None probes the first layer that unrolls; a layer that does not unroll means no probe.
    assert compiled_key(arch, data, settings, probe_layer=0) == key and key.probe_layer == 0
    assert compiled_key(arch, data, settings, probe_layer=1).probe_layer is None


def test_warm_up_prepares_what_the_run_uses():
    arch, data, settings = example("one-to-one", epochs=5)
    cache = TrainingCache()
    assert warm_up(arch, data, settings, cache=cache)
    key = compiled_key(arch, data, settings)
    entry = cache.compiled(key, arch, settings, data, None, data)
    assert entry.warm and entry.function.traces == 1
    warmed = run_training(arch, data, settings, cache=cache)
    assert cache.builds == 1 and entry.function.traces == 1
    assert_same_run(warmed, run_training(arch, data, settings, cache=TrainingCache()))


def test_a_cancelled_warm_up_keeps_nothing_and_bad_input_is_no_warm_up():
    arch, data, settings = example("one-to-one")
    cache = TrainingCache()
    assert not warm_up(arch, data, settings, cancelled=lambda: True, cache=cache)
    assert compiled_key(arch, data, settings) not in cache and cache.builds == 0
    assert not warm_up(arch, data, settings.updated(loss="banana"), cache=cache)
    many = EXAMPLES["many-to-one"].architecture
    assert not warm_up(many, data, settings, cache=cache)  # the model does not fit the data
    assert cache.builds == 0


def test_initial_weights_with_a_reused_function():
    arch, data, settings = example("one-to-one", epochs=5)
    cache = TrainingCache()
    first = run_training(arch, data, settings, cache=cache)
    resumed = run_training(arch, data, settings, cache=cache, initial_weights=first.weights, start_epoch=6)
    fresh = run_training(arch, data, settings, cache=TrainingCache(), initial_weights=first.weights, start_epoch=6)
    assert cache.builds == 1
    assert_same_run(resumed, fresh)
    bad = run_training(arch, data, settings, cache=cache, initial_weights=first.weights[:1])
    assert bad.reason == "failed" and "do not fit the model" in bad.message
    assert_same_run(run_training(arch, data, settings, cache=cache), first)


def test_short_sequences_train_unrolled_and_save_as_built(tmp_path):
    import json
    import zipfile

    from lstmviz.training.keras_save import save_keras_model

    arch, data, settings = example("many-to-many", epochs=3)
    result = run_training(arch, data, settings, cache=TrainingCache())
    lstm = model_layers(result.model, len(arch.layers))[0]
    assert lstm.unroll is True  # 5 time steps: unrolled while training
    save_keras_model(result.model, tmp_path / "m.keras")
    with zipfile.ZipFile(tmp_path / "m.keras") as archive:
        config = json.loads(archive.read("config.json"))
    assert config["config"]["layers"][1]["config"]["unroll"] is False
    assert lstm.unroll is True
    long = arch.with_input(InputSpec.sequence(40, 1))
    data = Dataset("long", np.zeros((4, 40, 1), np.float32), np.zeros((4, 40, 1), np.float32))
    entry = TrainingCache().compiled(compiled_key(long, data, settings), long, settings, data, None, data)
    assert entry.layers[0].unroll is False  # 40 steps: Keras's loop
