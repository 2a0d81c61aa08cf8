"""The sweeps of a project file: the optional ``"sweeps"`` list beside ``"runs"``.

A sweep names its setting, values, cells, seeds and how the cells were matched, and
holds one entry per planned run: the cell, value and seed, the architecture and data
that run trained on, how it ended, the project run that holds its losses and weights,
and (for a comparison) its gradients through time. Losses and metrics are not stored
here: they are recomputed from the runs. Reading trusts nothing: keys, types, counts and
array bytes are bounded, and a run named must be one of the file's runs; every problem is
a :class:`~lstmviz.io.project.SourceError` naming the place (``sweeps[0].entries[3].run``).
"""

from __future__ import annotations

from typing import Any, Callable, Mapping, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.arrays import ArrayBudget, encode_array
from lstmviz.io import json_fields as fields
from lstmviz.io.project import SourceError
from lstmviz.model.architecture import Architecture
from lstmviz.model.dataset_spec import DatasetError, spec_from_dict
from lstmviz.model.runs import RunRecord
from lstmviz.model.sweep import CELLS, MATCHES, MAX_SEEDS, MAX_VALUES, STATUSES, VARIABLES, GradientSeries, SweepEntry, \
    SweepRecord

MAX_SWEEPS = 1_000
MAX_ENTRIES = 10_000  # all sweeps together, as many as a file may hold runs
MAX_GRADIENT_BYTES = 32 << 20  # all sweeps' gradients together
SAVED_GRADIENT_ROWS = 200  # observations kept per run when writing (thinned evenly)
SWEEP_KEYS = frozenset({"title", "key", "variable", "values", "cells", "seeds", "match", "entries"})
SWEEP_REQUIRED = frozenset({"variable", "cells", "entries"})
ENTRY_KEYS = frozenset({"cell", "value", "seed", "architecture", "dataset", "status", "run", "message", "gradients"})
ENTRY_REQUIRED = frozenset({"cell", "seed", "architecture", "status"})
GRADIENT_KEYS = frozenset({"epochs", "values"})

ArchitectureReader = Callable[[Any, str], Architecture]


# ----------------------------------------------------------------------------- writing


def _thinned(series: GradientSeries) -> GradientSeries:
    if len(series.epochs) <= SAVED_GRADIENT_ROWS:
        return series
    keep = np.unique(np.round(np.linspace(0, len(series.epochs) - 1, SAVED_GRADIENT_ROWS)).astype(np.int64))
    return GradientSeries(series.epochs[keep], series.values[keep])


def _entry_to_dict(entry: SweepEntry, numbers: set[int]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "cell": entry.cell, "value": entry.value, "seed": entry.seed,
        "architecture": entry.architecture.to_dict(), "dataset": entry.dataset.to_dict(),
        "status": entry.status, "run": entry.run if entry.run in numbers else None,  # Clear runs forgot it
        "message": entry.message,
    }
    if entry.gradients is not None:
        series = _thinned(entry.gradients)
        out["gradients"] = {"epochs": encode_array(np.asarray(series.epochs, np.int64)),
                            "values": encode_array(np.asarray(series.values, np.float32))}
    return out


def sweeps_to_list(sweeps: Sequence[SweepRecord], runs: Sequence[RunRecord]) -> list[dict[str, Any]]:
    numbers = {r.number for r in runs}
    return [{"title": s.title, "key": s.key, "variable": s.variable, "values": list(s.values), "cells": list(s.cells),
             "seeds": s.seeds, "match": s.match, "entries": [_entry_to_dict(e, numbers) for e in s.entries]}
            for s in sweeps]


# ----------------------------------------------------------------------------- reading


class _Reader:
    def __init__(self, runs: Sequence[RunRecord], architecture: ArchitectureReader) -> None:
        self.numbers = {r.number for r in runs}
        self.architecture = architecture
        self.array = ArrayBudget(MAX_GRADIENT_BYTES).array
        self.entries_left = MAX_ENTRIES

    def sweep(self, data: Any, at: str) -> SweepRecord:
        d = fields.object_with(data, at, SWEEP_KEYS, SWEEP_REQUIRED)
        variable = d["variable"]
        if variable is not None and not _one_of(variable, VARIABLES):
            raise SourceError(tr("{at}.variable: expected one of {names} or null, found {value}").format(
                at=at, names=", ".join(VARIABLES), value=fields.shown(variable)))
        values = d.get("values", [])
        if not isinstance(values, list) or len(values) > MAX_VALUES:
            raise SourceError(tr("{at}.values: expected a list of at most {limit} numbers").format(at=at, limit=MAX_VALUES))
        values = tuple(_value(v, f"{at}.values[{i}]", variable) for i, v in enumerate(values))
        cells = d["cells"]
        if not isinstance(cells, list) or not cells or len(cells) > len(CELLS) or any(not _one_of(c, CELLS) for c in cells):
            raise SourceError(tr("{at}.cells: expected a list of {cells}").format(at=at, cells=", ".join(CELLS)))
        seeds = fields.whole(d.get("seeds", 1), f"{at}.seeds", 1, MAX_SEEDS)
        match = d.get("match", "units")
        if not _one_of(match, MATCHES):
            raise SourceError(tr("{at}.match: expected one of {matches}, found {value}").format(
                at=at, matches=", ".join(MATCHES), value=fields.shown(match)))
        entries = d["entries"]
        if not isinstance(entries, list):
            raise SourceError(tr("{at}.entries: expected a list").format(at=at))
        if len(entries) > self.entries_left:
            raise SourceError(tr("{at}.entries: the file's sweeps hold more than {limit:,} runs").format(
                at=at, limit=MAX_ENTRIES))
        self.entries_left -= len(entries)
        return SweepRecord(fields.text(d.get("title", ""), f"{at}.title"), variable, values, tuple(cells), seeds, match,
                           tuple(self.entry(e, f"{at}.entries[{i}]", variable) for i, e in enumerate(entries)),
                           fields.text(d.get("key", ""), f"{at}.key"))

    def entry(self, data: Any, at: str, variable: str | None) -> SweepEntry:
        d = fields.object_with(data, at, ENTRY_KEYS, ENTRY_REQUIRED)
        cell = d["cell"]
        if not _one_of(cell, CELLS):
            raise SourceError(tr("{at}.cell: expected one of {cells}, found {value}").format(
                at=at, cells=", ".join(CELLS), value=fields.shown(cell)))
        value = d.get("value")
        value = None if value is None else _value(value, f"{at}.value", variable)
        seed = fields.whole(d["seed"], f"{at}.seed", 0, 2_147_483_647)
        architecture = self.architecture(d["architecture"], at)
        try:
            dataset = spec_from_dict(d.get("dataset"))
        except DatasetError as exc:
            raise SourceError(f"{at}.dataset: {exc}") from None
        status = d["status"]
        if not _one_of(status, (*STATUSES, "pending")):
            raise SourceError(tr("{at}.status: expected one of {statuses}, found {value}").format(
                at=at, statuses=", ".join((*STATUSES, "pending")), value=fields.shown(status)))
        run = d.get("run")
        if run is not None:
            run = fields.whole(run, f"{at}.run", 1, 10**9)
            if run not in self.numbers:
                raise SourceError(tr("{at}.run: run #{number} is not in the file's runs").format(at=at, number=run))
        gradients = d.get("gradients")
        if gradients is not None:
            gradients = self.gradients(gradients, f"{at}.gradients")
        return SweepEntry(cell, value, seed, architecture, dataset, status, run,
                          fields.text(d.get("message", ""), f"{at}.message"), gradients)

    def gradients(self, data: Any, at: str) -> GradientSeries:
        d = fields.object_with(data, at, GRADIENT_KEYS, GRADIENT_KEYS)
        epochs = self.array(d["epochs"], f"{at}.epochs")
        values = self.array(d["values"], f"{at}.values")
        if epochs.dtype.kind not in "iu" or epochs.ndim != 1 or np.any(np.diff(epochs.astype(np.int64)) <= 0):
            raise SourceError(tr("{at}.epochs: expected increasing whole epoch numbers").format(at=at))
        if values.dtype.kind != "f" or values.ndim != 2 or values.shape[0] != len(epochs):
            raise SourceError(tr("{at}.values: expected one row of floating-point numbers per epoch").format(at=at))
        if not np.all(np.isfinite(values)):
            raise SourceError(tr("{at}.values: holds values that are not finite numbers").format(at=at))
        return GradientSeries(epochs.astype(np.int64), values.astype(np.float32))


def read_sweeps(data: Any, where: str, runs: Sequence[RunRecord],
                architecture: ArchitectureReader) -> tuple[SweepRecord, ...]:
    """The ``sweeps`` of a project object (absent: none). ``architecture`` reads one architecture object."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise SourceError(tr("{where}: sweeps: expected a list, found {kind}").format(
            where=where, kind=type(data).__name__))
    if len(data) > MAX_SWEEPS:
        raise SourceError(tr("{where}: sweeps: holds {count:,} sweeps; at most {limit:,} may be read").format(
            where=where, count=len(data), limit=MAX_SWEEPS))
    reader = _Reader(runs, architecture)
    return tuple(reader.sweep(item, f"{where}: sweeps[{i}]") for i, item in enumerate(data))




def _value(value: Any, at: str, variable: str | None) -> float | int:
    fields.finite(value, at, largest=1e12)
    if variable is not None and VARIABLES[variable] is int:
        if value != int(value):
            raise SourceError(tr("{at}: expected a whole number, found {value}").format(at=at, value=fields.shown(value)))
        return int(value)
    return float(value)


def _one_of(value: Any, names: Any) -> bool:
    return isinstance(value, str) and value in names
