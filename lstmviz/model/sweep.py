"""Sweeps and cell comparisons as plain values: which runs to make, and what they gave.

A :class:`SweepPlan` is the document's state (architecture, data, settings) plus one
setting to vary over a list of values, the recurrent cells to try and how many seeds:
:meth:`SweepPlan.runs` expands it into :class:`RunSpec` values a runner executes in any
process (they pickle). Comparing cells is the plan with no setting varied and the three
cells. A :class:`SweepRecord` is what a project keeps: the plan's words and one
:class:`SweepEntry` per run, naming the project run that holds its losses and weights.
Final metrics are always recomputed from those runs (:func:`sweep_points`), so the plot,
the JSON and a reopened file agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.catalogue import KINDS, cell_of
from lstmviz.model.cells import RECURRENT_KINDS, unrolls
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.inference import infer
from lstmviz.model.runs import RunRecord
from lstmviz.model.settings import RANGES, TrainingSettings

CELLS = RECURRENT_KINDS[::-1]  # SimpleRNN, GRU, LSTM: from the plainest cell to the one with a cell state
# What a sweep may vary, and the type of its values.
VARIABLES: dict[str, type] = {"lag": int, "time_steps": int, "units": int, "learning_rate": float, "seed": int}
MATCHES = ("units", "params")  # keep each cell's units, or choose units so the parameter counts match
STATUSES = ("completed", "diverged", "stopped", "failed")
MAX_VALUES = 200  # values of the varied setting
MAX_SEEDS = 100
MAX_UNITS = 4096  # the largest units a parameter match may choose


class SweepError(ValueError):
    """A sweep that cannot be planned; the message says what and where."""


@dataclass(frozen=True)
class RunSpec:
    """One run of a sweep: everything a worker process needs, and where it sits on the plot."""

    index: int  # position in the plan's run list
    cell: str  # "SimpleRNN", "GRU" or "LSTM"
    value: float | int | None  # the varied setting's value (None when nothing is varied)
    seed: int
    architecture: Architecture
    dataset: DatasetSpec
    settings: TrainingSettings
    gradients: bool = False  # record gradients through time (the comparison's heatmaps)
    variable: str | None = None

    @property
    def label(self) -> str:
        units = compared_units(self.architecture)
        head = f"{self.cell}({units})" if units else self.cell
        if self.variable is None or self.variable == "seed":
            return tr("{head}, seed {seed}").format(head=head, seed=self.seed)
        return tr("{head}, {name} {value}, seed {seed}").format(head=head, name=self.variable,
                                                                value=fmt_value(self.value), seed=self.seed)


@dataclass(frozen=True)
class SweepPlan:
    architecture: Architecture
    dataset: DatasetSpec
    settings: TrainingSettings
    variable: str | None = None  # one of VARIABLES, or None: the cells on the document's own settings
    values: tuple[float | int, ...] = ()
    cells: tuple[str, ...] = CELLS
    seeds: int = 1
    match: str = "units"
    gradients: bool = False
    title: str = ""

    def runs(self) -> list[RunSpec]:
        """Every run, cells innermost so that the first results already compare the cells."""
        problem = plan_problem(self)
        if problem:
            raise SweepError(problem)
        values: Sequence[float | int | None] = self.values if self.variable else (None,)
        out: list[RunSpec] = []
        base_seed = self.settings.seed
        for value in values:
            for s in range(self.seeds):
                for cell in self.cells:
                    seed = int(value) if self.variable == "seed" and value is not None else base_seed + s
                    arch, data, settings = _varied(self, value)
                    arch = with_cell(arch, cell, self.match, reference=arch)
                    out.append(RunSpec(len(out), cell, value, seed, arch, data,
                                       settings.updated(seed=seed, pace=0.0), self.gradients, self.variable))
        return out


def plan_problem(plan: SweepPlan) -> str | None:
    """Why ``plan`` cannot run (checked without data or TensorFlow), or None."""
    if compared_layer(plan.architecture) is None:
        return tr("the model has no recurrent layer (SimpleRNN, GRU, LSTM or Bidirectional) to compare")
    if not plan.cells:
        return tr("--cells: choose at least one of {cells}").format(cells=", ".join(CELLS))
    unknown = [c for c in plan.cells if c not in CELLS]
    if unknown:
        return tr("--cells: unknown cell {cell!r}; choose from {cells}").format(cell=unknown[0], cells=", ".join(CELLS))
    if len(set(plan.cells)) != len(plan.cells):
        return tr("--cells: a cell is listed twice")
    if plan.match not in MATCHES:
        return tr("match must be one of {matches}").format(matches=", ".join(MATCHES))
    if not 1 <= plan.seeds <= MAX_SEEDS:
        return tr("--seeds: must be 1 to {limit}, found {value}").format(limit=MAX_SEEDS, value=plan.seeds)
    if plan.variable is None:
        return None
    if plan.variable not in VARIABLES:
        return tr("--vary: unknown setting {name!r}; choose one of {names}").format(
            name=plan.variable, names=", ".join(VARIABLES))
    if not plan.values:
        return tr("--vary {name}: give at least one value").format(name=plan.variable)
    if len(plan.values) > MAX_VALUES:
        return tr("--vary {name}: at most {limit} values").format(name=plan.variable, limit=MAX_VALUES)
    if plan.variable == "seed" and plan.seeds > 1:
        return tr("--seeds: cannot be used while the seed itself is varied")
    for value in plan.values:
        problem = value_problem(plan, value)
        if problem:
            return tr("--vary {name}={value}: {problem}").format(name=plan.variable, value=fmt_value(value),
                                                                 problem=problem)
    return None


def value_problem(plan: SweepPlan, value: float | int) -> str | None:
    name = plan.variable
    low, high = {"lag": (1, 10_000), "time_steps": (1, 100_000), "units": (1, MAX_UNITS),
                 "learning_rate": RANGES["learning_rate"], "seed": RANGES["seed"]}[name or ""]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return tr("expected a number")
    if VARIABLES[name or ""] is int and value != int(value):
        return tr("expected a whole number")
    if not low <= value <= high:
        return tr("must be between {low} and {high}").format(low=fmt_value(low), high=fmt_value(high))
    if name == "lag" and plan.dataset.kind != "long-memory":
        return tr("the lag is a setting of the long-memory data; this model trains on {kind!r} data").format(
            kind=plan.dataset.kind or "no")
    if name in ("lag", "time_steps") and plan.architecture.input.is_tokens:
        return tr("the model reads tokens; vary the data's length instead")
    if name in ("lag", "time_steps") and plan.dataset.kind == "tutorial":
        return tr("the tutorial's sequence has a fixed number of time steps")
    return None


def parse_values(name: str, text: str) -> tuple[float | int, ...]:
    """``"5,10,20"`` as the setting's values; ValueError says which item is wrong."""
    kind = VARIABLES.get(name)
    if kind is None:
        raise ValueError(tr("unknown setting {name!r}; choose one of {names}").format(
            name=name, names=", ".join(VARIABLES)))
    out: list[float | int] = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        try:
            number = float(item)
        except ValueError:
            raise ValueError(tr("{item!r} is not a number").format(item=item[:40])) from None
        if kind is int:
            if not math.isfinite(number) or number != int(number):
                raise ValueError(tr("{item!r} is not a whole number").format(item=item[:40]))
            out.append(int(number))
        else:
            out.append(number)
    if not out:
        raise ValueError(tr("give at least one value, e.g. {name}=5,10,20").format(name=name))
    return tuple(out)


def fmt_value(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else f"{value:g}"


# ----------------------------------------------------------------------------- cells


def compared_layer(architecture: Architecture) -> int | None:
    """The first recurrent layer: the one a comparison swaps for each cell."""
    return next((i for i, layer in enumerate(architecture.layers) if unrolls(layer.kind)), None)


def layer_cell(layer: LayerSpec) -> str:
    return cell_of(layer.kind, layer.options)[0]


def compared_units(architecture: Architecture) -> int | None:
    index = compared_layer(architecture)
    return None if index is None else int(architecture.layers[index].options["units"])


def _swapped(layer: LayerSpec, cell: str, units: int) -> LayerSpec:
    kind = KINDS[layer.kind]
    if "layer" in kind.option_names:  # a wrapper (Bidirectional) names the cell it runs
        options = {k: v for k, v in layer.options.items() if k in kind.option_names}
        return LayerSpec(layer.kind, options | {"layer": cell, "units": units}, layer.name)
    options = {k: v for k, v in layer.options.items() if k in KINDS[cell].option_names}
    return LayerSpec(cell, options | {"units": units})


def with_cell(architecture: Architecture, cell: str, match: str = "units",
              reference: Architecture | None = None) -> Architecture:
    """``architecture`` with its compared layer run by ``cell``.

    ``match="params"`` picks the units whose model comes closest to ``reference``'s total
    parameter count (the smaller units on a tie), so a cell with fewer gates gets more units.
    """
    index = compared_layer(architecture)
    if index is None:
        raise SweepError(tr("the model has no recurrent layer to compare"))
    layer = architecture.layers[index]
    units = int(layer.options["units"])
    swapped = architecture.replace_layer(index, _swapped(layer, cell, units))
    if match != "params":
        return swapped
    target = infer(reference or architecture).total_params
    best, best_gap = swapped, None
    # Parameter counts grow with the square of the units: search around the kept units.
    for u in range(1, min(MAX_UNITS, 4 * units + 8) + 1):
        candidate = architecture.replace_layer(index, _swapped(layer, cell, u))
        result = infer(candidate)
        if not result.ok:
            continue
        gap = abs(result.total_params - target)
        if best_gap is None or gap < best_gap:
            best, best_gap = candidate, gap
        if result.total_params > target:
            break
    return best


@dataclass(frozen=True)
class CellCount:
    """A compared model's parameter count with the derivation of its recurrent layer."""

    cell: str
    units: int
    layer_params: int
    total_params: int
    formula: str  # the recurrent layer's derivation, e.g. "4 × ((1 + 8) × 8 + 8) = 320"


def cell_counts(architecture: Architecture, cells: Iterable[str] = CELLS, match: str = "units") -> list[CellCount]:
    """What each cell's model counts, as the comparison shows it before and after training."""
    out = []
    for cell in cells:
        arch = with_cell(architecture, cell, match, reference=architecture)
        out.append(count_of(arch))
    return out


def count_of(architecture: Architecture) -> CellCount:
    index = compared_layer(architecture)
    result = infer(architecture)
    if index is None or not result.ok:
        raise SweepError(result.error_text if not result.ok else tr("no recurrent layer"))
    info = result.layers[index]
    formula = info.derivation.formula if info.derivation else str(info.params)
    return CellCount(layer_cell(architecture.layers[index]), int(architecture.layers[index].options["units"]),
                     int(info.params or 0), int(result.total_params), formula)


# --------------------------------------------------------------------------- settings


def _varied(plan: SweepPlan, value: float | int | None) -> tuple[Architecture, DatasetSpec, TrainingSettings]:
    arch, data, settings = plan.architecture, plan.dataset, plan.settings
    name = plan.variable
    if name is None or value is None:
        return arch, data, settings
    if name in ("lag", "time_steps"):
        # The lag is how many steps the first value must be carried: the output comes lag steps after it.
        steps = int(value) + 1 if name == "lag" else int(value)
        features = arch.input.features or 1
        arch = arch.with_input(InputSpec.sequence(steps, features))
        data = data.updated(time_steps=steps)
    elif name == "units":
        index = compared_layer(arch)
        assert index is not None
        arch = arch.replace_layer(index, arch.layers[index].with_option("units", int(value)))
    elif name == "learning_rate":
        settings = settings.updated(learning_rate=float(value))
    return arch, data, settings


# ----------------------------------------------------------------------------- record


@dataclass(frozen=True)
class GradientSeries:
    """||dL/dh_t|| of the compared layer at the observed epochs: (epochs,) and (epochs, T)."""

    epochs: np.ndarray
    values: np.ndarray

    def __post_init__(self) -> None:
        if self.values.ndim != 2 or len(self.epochs) != self.values.shape[0]:
            raise ValueError("gradients: one row of time steps per epoch")


@dataclass(frozen=True)
class SweepEntry:
    """One planned run and what became of it."""

    cell: str
    value: float | int | None
    seed: int
    architecture: Architecture
    dataset: DatasetSpec
    status: str = "pending"  # "pending" until it ends, then one of STATUSES
    run: int | None = None  # the project run holding its losses and weights
    message: str = ""
    gradients: GradientSeries | None = None

    @property
    def done(self) -> bool:
        return self.status != "pending"


@dataclass(frozen=True)
class SweepRecord:
    """A sweep (or a comparison) as a project keeps it."""

    title: str
    variable: str | None
    values: tuple[float | int, ...]
    cells: tuple[str, ...]
    seeds: int
    match: str
    entries: tuple[SweepEntry, ...] = field(default=())
    key: str = ""  # tells this sweep from others in the same project while its runs arrive

    @property
    def is_comparison(self) -> bool:
        return self.variable is None

    @property
    def finished(self) -> int:
        return sum(e.done for e in self.entries)

    def with_entry(self, index: int, entry: SweepEntry) -> SweepRecord:
        entries = list(self.entries)
        entries[index] = entry
        return replace(self, entries=tuple(entries))


def new_record(plan: SweepPlan, specs: Sequence[RunSpec], key: str = "") -> SweepRecord:
    return SweepRecord(plan.title, plan.variable, tuple(plan.values), tuple(plan.cells), plan.seeds, plan.match,
                       tuple(SweepEntry(s.cell, s.value, s.seed, s.architecture, s.dataset) for s in specs), key)


def final_metric(run: RunRecord) -> float | None:
    """What a sweep plots for a run: its last validation loss, else its last training loss (finite only)."""
    loss, val = run.history.last()
    value = val if val is not None and math.isfinite(val) else loss
    return value if value is not None and math.isfinite(value) else None


@dataclass(frozen=True)
class SweepPoint:
    """One point of the plot: a cell at one value, over its seeds."""

    cell: str
    value: float | int | None
    mean: float
    low: float
    high: float
    runs: tuple[int, ...]  # project run numbers, in seed order
    metrics: tuple[float, ...]


def sweep_points(record: SweepRecord, runs: Sequence[RunRecord] | Mapping[int, RunRecord]) -> list[SweepPoint]:
    """The plot's points, from the stored runs: completed runs only, grouped by cell and value."""
    by_number = runs if isinstance(runs, Mapping) else {r.number: r for r in runs}
    groups: dict[tuple[str, Any], list[tuple[int, float]]] = {}
    for entry in record.entries:
        run = by_number.get(entry.run) if entry.run is not None else None
        if entry.status != "completed" or run is None:
            continue
        metric = final_metric(run)
        if metric is not None:
            groups.setdefault((entry.cell, entry.value), []).append((run.number, metric))
    points = []
    for cell in record.cells:
        for value in (record.values or (None,)):
            found = groups.get((cell, value))
            if found:
                metrics = [m for _, m in found]
                points.append(SweepPoint(cell, value, float(np.mean(metrics)), min(metrics), max(metrics),
                                         tuple(n for n, _ in found), tuple(metrics)))
    return points


def sweep_json(record: SweepRecord, runs: Sequence[RunRecord]) -> dict[str, Any]:
    """What ``lstmviz sweep --json`` prints, computed from the record and the project's runs."""
    by_number = {r.number: r for r in runs}

    def run_json(entry: SweepEntry) -> dict[str, Any]:
        run = by_number.get(entry.run) if entry.run is not None else None
        count = count_of(entry.architecture)
        return {"cell": entry.cell, "value": entry.value, "seed": entry.seed, "units": count.units,
                "params": count.total_params, "status": entry.status, "run": entry.run,
                "final_metric": final_metric(run) if run is not None else None,
                "epochs": run.epochs_run if run is not None else 0,
                "seconds": round(run.seconds, 4) if run is not None else 0.0,
                "message": entry.message}

    return {"variable": record.variable, "values": list(record.values), "cells": list(record.cells),
            "seeds": record.seeds, "match": record.match,
            "runs": [run_json(e) for e in record.entries],
            "points": [{"cell": p.cell, "value": p.value, "mean": p.mean, "low": p.low, "high": p.high,
                        "runs": list(p.runs)} for p in sweep_points(record, by_number)]}
