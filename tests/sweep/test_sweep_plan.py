"""Sweep plans, cell swaps with their counts, and the plot's points: pure Python, checked against inference."""

from __future__ import annotations

import pickle

import pytest

from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer
from lstmviz.model.sweep import CELLS, SweepError, SweepPlan, cell_counts, compared_layer, parse_values, \
    sweep_json, sweep_points, with_cell
from tests.sweep.sweep_support import hand_made, tiny_plan


def test_a_lag_sweep_changes_the_input_and_the_data_together_and_keeps_the_seed_per_run():
    plan = tiny_plan(values=(5, 9), cells=CELLS, seeds=2)
    specs = plan.runs()
    assert len(specs) == 2 * 2 * 3
    assert [s.index for s in specs] == list(range(12))
    for spec in specs:
        steps = spec.value + 1  # the value of step 1 is carried lag steps to the output
        assert spec.architecture.input.time_steps == steps == spec.dataset.time_steps
        assert spec.architecture.layers[0].kind == spec.cell
        assert spec.settings.seed in (9, 10) and spec.seed == spec.settings.seed
        assert infer(spec.architecture).ok
    assert [s.cell for s in specs[:3]] == list(CELLS)  # the cells first: early results already compare them
    assert pickle.loads(pickle.dumps(specs[5])).architecture == specs[5].architecture


@pytest.mark.parametrize("variable, value, check", [
    ("units", 3, lambda s: s.architecture.layers[0].options["units"] == 3),
    ("learning_rate", 0.02, lambda s: s.settings.learning_rate == 0.02),
    ("seed", 4, lambda s: s.settings.seed == 4),
    ("time_steps", 7, lambda s: s.architecture.input.time_steps == 7 == s.dataset.time_steps),
])
def test_each_setting_lands_where_the_run_reads_it(variable, value, check):
    specs = tiny_plan(variable, (value,)).runs()
    assert specs and all(check(s) for s in specs)


@pytest.mark.parametrize("changes, words", [
    ({"variable": "lag", "values": (3,), "cells": ("Conv1D",)}, "unknown cell"),
    ({"variable": "epochs", "values": (3,)}, "unknown setting"),
    ({"variable": "units", "values": (0,)}, "between"),
    ({"variable": "units", "values": (2.5,)}, "whole number"),
    ({"variable": "seed", "values": (1, 2), "seeds": 3}, "seed itself"),
    ({"variable": "lag", "values": ()}, "at least one value"),
])
def test_bad_plans_say_what_is_wrong(changes, words):
    base = tiny_plan()
    plan = SweepPlan(base.architecture, base.dataset, base.settings, **{"cells": base.cells, **changes})
    with pytest.raises(SweepError, match=words):
        plan.runs()


def test_the_lag_needs_the_long_memory_data_and_a_recurrent_layer():
    sine = EXAMPLES["stacked-lstm"]
    with pytest.raises(SweepError, match="long-memory"):
        SweepPlan(sine.architecture, sine.dataset, sine.training, "lag", (3,)).runs()
    dense_only = sine.architecture.remove(0).remove(0)
    with pytest.raises(SweepError, match="no recurrent layer"):
        SweepPlan(dense_only, sine.dataset, sine.training, "units", (3,)).runs()


def test_parse_values_reads_lists_and_names_the_bad_item():
    assert parse_values("lag", "5, 10,20") == (5, 10, 20)
    assert parse_values("learning_rate", "0.01,1e-3") == (0.01, 0.001)
    with pytest.raises(ValueError, match="'x'"):
        parse_values("lag", "5,x")
    with pytest.raises(ValueError, match="whole number"):
        parse_values("units", "2.5")


def test_matched_parameter_counts_come_closest_to_the_reference_and_show_their_derivation():
    arch = EXAMPLES["long-memory-lstm"].architecture
    target = infer(arch).total_params
    for count in cell_counts(arch, CELLS, "params"):
        gaps = [abs(infer(with_cell(arch, count.cell, "units").set_option(0, "units", u)).total_params - target)
                for u in range(1, 40)]
        assert abs(count.total_params - target) == min(gaps)
        assert count.formula.endswith(f"= {count.layer_params}")
    kept = {c.cell: c for c in cell_counts(arch, CELLS, "units")}
    assert {c.units for c in kept.values()} == {8}
    assert kept["LSTM"].layer_params == 4 * ((1 + 8) * 8 + 8)
    assert kept["GRU"].layer_params == 3 * ((1 + 8) * 8 + 2 * 8)
    assert kept["SimpleRNN"].layer_params == (1 + 8) * 8 + 8


def test_a_bidirectional_layer_keeps_its_wrapper_when_its_cell_is_swapped():
    arch = EXAMPLES["bidirectional"].architecture
    assert compared_layer(arch) == 0
    gru = with_cell(arch, "GRU")
    assert gru.layers[0].kind == "Bidirectional" and gru.layers[0].options["layer"] == "GRU"
    assert infer(gru).ok


def test_points_and_json_are_computed_from_the_runs_with_the_spread_over_seeds():
    plan = tiny_plan(values=(2, 4), seeds=2)
    record, runs, _ = hand_made(plan)
    points = sweep_points(record, runs)
    assert len(points) == 2 * 2  # cells x values
    for point in points:
        finals = [r.history.last()[0] for r in runs if r.number in point.runs]
        assert len(finals) == 2
        assert point.low == min(finals) and point.high == max(finals)
        assert point.mean == pytest.approx(sum(finals) / 2)
    out = sweep_json(record, runs)
    assert [r["final_metric"] for r in out["runs"]] == [r.history.last()[0] for r in runs]
    assert out["runs"][0]["params"] == infer(record.entries[0].architecture).total_params


def test_failed_and_stopped_runs_stay_off_the_plot():
    from dataclasses import replace

    record, runs, _ = hand_made(tiny_plan(values=(2,)))
    record = record.with_entry(0, replace(record.entries[0], status="failed", run=None, message="boom"))
    record = record.with_entry(1, replace(record.entries[1], status="stopped"))
    assert sweep_points(record, runs) == []
    assert sweep_json(record, runs)["runs"][0]["message"] == "boom"
