"""A table of rows in time order becomes a forecasting or classification data set.

The same path serves the bundled data sets and a user's CSV file: the file-format layer
reads either into a :class:`SeriesTable`; :func:`series_dataset` splits it in time
(:mod:`.splits`), standardises it with numbers from the training rows only
(:mod:`.scaling`) and cuts many-to-one windows ``(samples, time steps, features)`` whose
target is the next row's target columns (regression) or its label (classification, the
class id). The :class:`SeriesInfo` on the data set keeps what the plots, metrics and
baselines need to turn numbers back into passengers, degrees or weather words.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from lstmviz.model.datasets import Dataset, check_total, number, whole, window_pair
from lstmviz.model.scaling import fit_scaling
from lstmviz.model.series_info import SeriesInfo
from lstmviz.model.splits import DEFAULT_TEST, DEFAULT_VALIDATION, chrono_split
from lstmviz.model.tasks import Task

MAX_CLASSES = 64


@dataclass(frozen=True, eq=False)
class SeriesTable:
    """Rows in time order: numeric columns (finite numbers), optional class labels, row names."""

    name: str
    columns: tuple[str, ...]
    values: np.ndarray  # (rows, columns) float64
    labels: tuple[str, ...] | None = None  # one class name per row, when a label column was read
    label_name: str = ""
    row_names: tuple[str, ...] = ()  # dates, years: the plot's axis ticks
    about: str = ""  # source and licence, shown with the data
    short: str = ""  # the same in one short line
    season: int | None = None

    @property
    def rows(self) -> int:
        return int(self.values.shape[0])


def task_of(spec: DatasetSpec, table: SeriesTable) -> Task:
    if spec.task:
        try:
            return Task(spec.task)
        except ValueError:
            raise DatasetError(tr("dataset task must be regression or classification; got {task!r}").format(
                task=spec.task)) from None
    return Task.CLASSIFICATION if table.labels is not None else Task.REGRESSION


def series_dataset(table: SeriesTable, spec: DatasetSpec, features: tuple[int, ...],
                   targets: tuple[int, ...]) -> Dataset:
    """Windows of ``table``'s ``features`` columns predicting the next row's ``targets`` columns
    (regression) or its label (classification, when the table has labels)."""
    task = task_of(spec, table)
    if task is Task.LANGUAGE_MODEL:
        raise DatasetError(tr("a series is a regression or classification task, not a language model"))
    if task is Task.CLASSIFICATION and table.labels is None:
        raise DatasetError(tr("{name}: classification needs a column of labels as the target").format(name=table.name))
    t = whole(spec, "time_steps", 12)
    split = chrono_split(table.rows, t, number(spec, "validation_fraction", DEFAULT_VALIDATION),
                         number(spec, "test_fraction", DEFAULT_TEST))
    check_total(split.windows, t, len(features))
    feature_names = tuple(table.columns[i] for i in features)
    values = table.values[:, list(features)]
    scaling = fit_scaling(feature_names, values[: split.train_end])
    scaled = scaling.apply(values)
    classes: tuple[str, ...] = ()
    if task is Task.CLASSIFICATION:
        classes = tuple(sorted(set(table.labels or ())))
        if len(classes) < 2:
            raise DatasetError(tr("{name}: the label column {column!r} holds one class; classification needs "
                                  "at least two").format(name=table.name, column=table.label_name))
        if len(classes) > MAX_CLASSES:
            raise DatasetError(tr("{name}: the label column {column!r} holds {count} classes; at most {limit} "
                                  "are shown").format(name=table.name, column=table.label_name, count=len(classes),
                                                      limit=MAX_CLASSES))
        index = {c: i for i, c in enumerate(classes)}
        ids = np.array([index[c] for c in table.labels or ()], dtype=np.float64)
        x, y = window_pair(scaled, ids.reshape(-1, 1), t, "many-to-one")
        target_names: tuple[str, ...] = (table.label_name,)
        target_scaling = None
        series = ids
    else:
        target_names = tuple(table.columns[i] for i in targets)
        raw = table.values[:, list(targets)]
        target_scaling = fit_scaling(target_names, raw[: split.train_end])
        x, y = window_pair(scaled, target_scaling.apply(raw), t, "many-to-one")
        series = raw
    info = SeriesInfo(task, split, feature_names, target_names, scaling, target_scaling, series, classes,
                      table.row_names, table.season, about=table.about, short=table.short)
    n_train, n_val, n_test = split.window_counts()
    what = tr("{t} steps of {features} predict the next step's {target}").format(
        t=t, features=", ".join(feature_names), target=", ".join(target_names))
    described = tr("{name}: {rows} rows; {what}. Windows: {train} training, {validation} validation, {test} test "
                   "(split in time).").format(name=table.name, rows=table.rows, what=what, train=n_train,
                                              validation=n_val, test=n_test)
    return Dataset(table.name, x, y.astype(np.float32), described, series=info)
