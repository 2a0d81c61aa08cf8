"""cell_math against real Keras layers: outputs and final states to 1e-5."""

import numpy as np
import pytest

keras = pytest.importorskip("keras")

from lstmviz.model.cell_math import initial_weights, run_layer  # noqa: E402

CASES = [
    # kind, options, (batch, T, F, units)
    ("LSTM", {}, (3, 5, 1, 5)),
    ("LSTM", {"use_bias": False}, (2, 4, 3, 2)),
    ("LSTM", {"go_backwards": True}, (2, 6, 2, 3)),
    ("LSTM", {"activation": "relu", "recurrent_activation": "hard_sigmoid"}, (2, 3, 2, 4)),
    ("GRU", {"reset_after": True}, (3, 5, 1, 5)),
    ("GRU", {"reset_after": False}, (2, 4, 3, 4)),
    ("GRU", {"reset_after": True, "use_bias": False}, (2, 4, 2, 3)),
    ("GRU", {"reset_after": False, "use_bias": False, "go_backwards": True}, (2, 5, 2, 3)),
    ("SimpleRNN", {}, (3, 5, 1, 5)),
    ("SimpleRNN", {"use_bias": False, "go_backwards": True}, (2, 4, 3, 2)),
    ("SimpleRNN", {"activation": "relu"}, (1, 7, 2, 3)),
]


def _keras_layer(kind, options, units):
    cls = getattr(keras.layers, kind)
    return cls(units, return_sequences=True, return_state=True, **options)


@pytest.mark.parametrize("kind,options,dims", CASES, ids=[f"{k}-{o}" for k, o, _ in CASES])
def test_run_layer_equals_keras(kind, options, dims):
    batch, t, f, units = dims
    rng = np.random.default_rng(7)
    x = rng.normal(size=(batch, t, f)).astype("float32")
    layer = _keras_layer(kind, options, units)
    layer.build((None, t, f))
    # Random biases too, so that every bias term is exercised (Keras starts them at 0/1).
    layer.set_weights([rng.normal(scale=0.5, size=w.shape).astype("float32") for w in layer.get_weights()])
    out = [np.asarray(a) for a in layer(x)]
    trace = run_layer(kind, x, layer.get_weights(), options)

    np.testing.assert_allclose(trace.states["h"], out[0], atol=1e-5)
    np.testing.assert_allclose(trace.states["h"][:, -1], out[1], atol=1e-5)
    if kind == "LSTM":
        np.testing.assert_allclose(trace.states["c"][:, -1], out[2], atol=1e-5)
        assert set(trace.gates) == {"i", "f", "g", "o"}
    elif kind == "GRU":
        assert set(trace.gates) == {"z", "r", "g"}
    else:
        assert trace.gates == {}
    for array in (*trace.gates.values(), *trace.states.values()):
        assert array.shape == (batch, t, units)


@pytest.mark.parametrize("kind,options", [("LSTM", {}), ("GRU", {}), ("GRU", {"reset_after": False}),
                                          ("SimpleRNN", {}), ("LSTM", {"use_bias": False})])
def test_initial_weights_match_keras_layout(kind, options):
    layer = getattr(keras.layers, kind)(4, **options)
    layer.build((None, 3, 2))
    ours = initial_weights(kind, 2, {"units": 4, **options}, seed=1)
    theirs = layer.get_weights()
    assert [w.shape for w in ours] == [w.shape for w in theirs]
    if len(theirs) == 3:
        # Biases are deterministic (zeros, and ones in the LSTM forget block).
        np.testing.assert_array_equal(ours[2], theirs[2])
    # The recurrent kernel is orthogonal in Keras's sense: rows orthonormal (U x nU).
    rec = ours[1].astype(np.float64)
    np.testing.assert_allclose(rec @ rec.T, np.eye(4), atol=1e-5)
