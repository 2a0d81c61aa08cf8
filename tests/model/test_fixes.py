"""One-click fixes: errors with a known fix carry it as data, and applying it removes the error."""

from __future__ import annotations

import numpy as np

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.datasets import Dataset, fit_check, fit_problem, tutorial
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.fixes import Fix, apply_fix, fix_label
from lstmviz.model.inference import infer


def _arch(*layers, shape=(5, 1)) -> Architecture:
    return Architecture(InputSpec(shape), tuple(LayerSpec(k, o) for k, o in layers))


def test_time_distributed_over_a_last_step_lstm_gets_return_sequences_on_the_lstm():
    arch = EXAMPLES["many-to-many"].architecture.set_option(0, "return_sequences", False)
    inference = infer(arch)
    index, error = inference.error
    assert index == 1 and "set return_sequences=True on it" in error.hint
    assert error.fix == inference.fix == Fix(0, "return_sequences", True)
    fixed = infer(apply_fix(arch, inference.fix))
    assert fixed.ok and fixed.output_shape == (None, 5, 1)
    assert fix_label(inference.fix, inference[0].name) == "Set return_sequences=True on lstm"


def test_a_second_recurrent_layer_and_a_bidirectional_above_are_fixed_the_same_way():
    stacked = _arch(("LSTM", {"units": 4}), ("GRU", {"units": 3}))
    assert infer(stacked).fix == Fix(0, "return_sequences", True)
    bi = _arch(("Bidirectional", {"layer": "LSTM", "units": 4}), ("TimeDistributed", {"units": 1}))
    fix = infer(bi).fix
    assert fix == Fix(0, "return_sequences", True) and infer(apply_fix(bi, fix)).ok


def test_repeat_vector_over_a_sequence_gets_return_sequences_false():
    arch = _arch(("LSTM", {"units": 4, "return_sequences": True}), ("RepeatVector", {"n": 3}))
    fix = infer(arch).fix
    assert fix == Fix(0, "return_sequences", False) and infer(apply_fix(arch, fix)).ok


def test_errors_without_a_sure_fix_offer_none():
    # Dense flattens nothing: TimeDistributed above a Dense on a vector has no recurrent layer to change.
    arch = _arch(("Flatten", {}), ("TimeDistributed", {"units": 1}))
    inference = infer(arch)
    assert not inference.ok and inference.fix is None
    assert infer(_arch(("LSTM", {"units": 0}))).fix is None
    assert infer(_arch()).fix is None  # no layers at all


def test_data_of_another_shape_offers_the_data_shape_as_input():
    inference = infer(EXAMPLES["many-to-many"].architecture)
    x = np.zeros((3, 6, 1), np.float32)
    problem = fit_check(inference, Dataset("six steps", x, np.zeros((3, 6, 1), np.float32)))
    assert problem.fix == Fix(None, "shape", (6, 1)) and problem.fix.on_input
    assert problem.text == fit_problem(inference, Dataset("six steps", x, x))
    assert "set the input to (6, 1)" in problem.text
    arch = apply_fix(inference.architecture, problem.fix)
    assert arch.input == InputSpec((6, 1)) and fit_check(infer(arch), Dataset("six", x, x)) is None
    assert fix_label(problem.fix) == "Set the input to (6, 1)"


def test_targets_of_another_width_offer_the_last_layers_units():
    inference = infer(EXAMPLES["many-to-one"].architecture)  # Dense(5)
    data = Dataset("three", np.zeros((1, 5, 1), np.float32), np.zeros((1, 3), np.float32))
    problem = fit_check(inference, data)
    assert problem.fix == Fix(1, "units", 3)
    assert fit_check(infer(apply_fix(inference.architecture, problem.fix)), data) is None


def test_a_model_that_cannot_be_built_passes_its_fix_on_and_a_fitting_one_has_no_problem():
    arch = EXAMPLES["many-to-many"].architecture.set_option(0, "return_sequences", False)
    problem = fit_check(infer(arch), tutorial("many-to-many"))
    assert problem.text.startswith("the model cannot be built") and problem.fix == Fix(0, "return_sequences", True)
    assert fit_check(infer(EXAMPLES["many-to-many"].architecture), tutorial("many-to-many")) is None


def test_token_data_for_a_real_valued_model_has_no_one_click_fix():
    inference = infer(EXAMPLES["many-to-one"].architecture)
    data = Dataset("tokens", np.zeros((4, 5), np.int32), np.zeros((4, 5), np.float32))
    problem = fit_check(inference, data)
    assert problem is not None and problem.fix is None
