"""Architecture edits and inference without Keras: values, errors and derivations."""

import pytest

from lstmviz.model.architecture import Architecture, ArchitectureError, InputSpec, LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer, keras_names


def arch(*layers, shape=(5, 1)):
    return Architecture(InputSpec(shape), tuple(LayerSpec(k, o) for k, o in layers))


def test_edits_return_new_architectures():
    a = arch(("LSTM", {"units": 5}), ("Dense", {"units": 1}))
    b = a.insert(1, LayerSpec("Dropout"))
    assert [l.kind for l in b.layers] == ["LSTM", "Dropout", "Dense"]
    assert [l.kind for l in a.layers] == ["LSTM", "Dense"]
    assert [l.kind for l in b.move(0, 2).layers] == ["Dropout", "Dense", "LSTM"]
    assert [l.kind for l in b.remove(1).layers] == ["LSTM", "Dense"]
    assert b.set_option(0, "units", 7).layers[0].options["units"] == 7
    assert b.remove(1) == a


def test_bad_requests_raise_but_bad_combinations_do_not():
    a = arch(("Dense", {"units": 1}))
    with pytest.raises(ArchitectureError):
        a.remove(3)
    with pytest.raises(ArchitectureError, match="unknown layer kind"):
        LayerSpec("Conv9D")
    with pytest.raises(ArchitectureError, match="no option"):
        a.set_option(0, "colour", "red")
    impossible = a.append(LayerSpec("LSTM")).set_option(1, "units", 0)
    assert not infer(impossible).ok


def test_error_names_layer_and_fix():
    a = arch(("LSTM", {"units": 5}), ("TimeDistributed", {"units": 1}))
    result = infer(a)
    index, error = result.error
    assert index == 1
    assert "TimeDistributed needs a 3-D input (None, T, F)" in error.message
    assert "the LSTM above outputs (None, 5)" in error.message
    assert error.hint == "set return_sequences=True on it"
    assert result[1].output_shape is None and result[0].output_shape == (None, 5)


def test_layers_below_an_error_have_no_shape():
    a = arch(("RepeatVector", {"n": 3}), ("Dense", {"units": 2}))
    result = infer(a)
    assert result[0].error and result[1].output_shape is None and result[1].error is None


def test_zero_time_steps_is_an_input_error():
    result = infer(arch(("LSTM", {}), shape=(0, 1)))
    assert result.error[0] is None and "time steps" in result.error[1].message


@pytest.mark.parametrize("name, formula", [
    ("one-to-one", "4 × ((1 + 5) × 5 + 5) = 140"),
    ("gru-vs-lstm", "3 × ((1 + 5) × 5 + 2 × 5) = 120"),
    ("bidirectional", "2 × (4 × ((1 + 5) × 5 + 5)) = 280"),
    ("text-embedding", "1,000 × 300 = 300,000"),
])
def test_derivation_formula_has_the_numbers(name, formula):
    assert infer(EXAMPLES[name].architecture)[0].derivation.formula == formula


@pytest.mark.parametrize("kind, options", [
    ("LSTM", {"units": 4}), ("GRU", {"units": 3}), ("GRU", {"units": 3, "reset_after": False}),
    ("SimpleRNN", {"units": 2, "use_bias": False}),
    ("Bidirectional", {"layer": "GRU", "units": 3, "merge_mode": "sum"}),
])
def test_gate_table_sums_to_total(kind, options):
    info = infer(arch((kind, options), shape=(4, 3)))[0]
    d = info.derivation
    assert sum(g.total for g in d.gates) * d.directions == info.params


def test_simple_rnn_without_bias():
    info = infer(arch(("SimpleRNN", {"units": 2, "use_bias": False}), shape=(4, 3)))[0]
    assert info.params == (3 + 2) * 2
    assert info.derivation.formula == "(3 + 2) × 2 = 10"


def test_keras_style_names():
    a = arch(("LSTM", {"return_sequences": True}), ("Bidirectional", {"layer": "LSTM"}), ("Dense", {}))
    assert keras_names(a) == ["lstm", "bidirectional", "dense"]
    b = arch(("LSTM", {"return_sequences": True}), ("LSTM", {}), ("Dense", {}))
    assert keras_names(b) == ["lstm", "lstm_1", "dense"]
