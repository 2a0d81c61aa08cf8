"""Shared pieces of the sweep tests: a tiny plan and runs made by hand (no TensorFlow)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from lstmviz.io import project_io
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.history import LossHistory
from lstmviz.model.runs import RunRecord
from lstmviz.model.sweep import GradientSeries, SweepPlan, new_record


def tiny_plan(variable="lag", values=(2, 4), cells=("SimpleRNN", "LSTM"), seeds=1, epochs=2, **changes):
    example = EXAMPLES["long-memory-lstm"]
    data = example.dataset.updated(samples=16)
    settings = example.training.updated(epochs=epochs, batch_size=16)
    return SweepPlan(example.architecture, data, settings, variable, tuple(values), tuple(cells), seeds,
                     title="long memory", **changes)


def hand_made(plan, losses_of=lambda spec: [1.0, 0.5 / (1 + spec.index)]):
    """A record with every run finished, and the runs, as if a backend had run them."""
    specs = plan.runs()
    record = new_record(plan, specs, key="k")
    runs = []
    for spec in specs:
        history = LossHistory()
        history.add(1, np.asarray(losses_of(spec), float))
        run = RunRecord(spec.index + 1, "t", "d", "m", spec.settings, history, "completed", history.count, 0.1)
        runs.append(run)
        series = GradientSeries(np.array([0, 2]), np.ones((2, spec.architecture.input.time_steps), np.float32))
        record = record.with_entry(spec.index, replace(record.entries[spec.index], status="completed",
                                                       run=run.number, gradients=series))
    project = replace(project_io.from_example("long-memory-lstm"), runs=tuple(runs), sweeps=(record,))
    return record, runs, project
