"""The one way a dataset spec becomes arrays: built-in sequences are generated, CSV files and series are read.

The command line, the document (and through it the window, the training form and the
unrolled diagram) all call :func:`load_dataset`.
"""

from __future__ import annotations

from lstmviz.i18n import tr
from lstmviz.io.csv_table import load_csv
from lstmviz.io.text_source import load_text
from lstmviz.io.series_table import load_series
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from lstmviz.model.datasets import Dataset, generate, layout_of, whole


def load_dataset(spec: DatasetSpec) -> Dataset:
    """The dataset ``spec`` describes; every problem is a DatasetError saying what and where."""
    if spec.is_text:
        return load_text(spec)
    if spec.is_series:
        return load_series(spec)
    if not spec.is_csv:
        return generate(spec)
    if not spec.path:
        raise DatasetError(tr("a CSV dataset needs a path"))
    return load_csv(spec.path, time_steps=whole(spec, "time_steps", 5), layout=layout_of(spec),
                    feature_columns=spec.feature_columns, target_columns=spec.target_columns)
