"""A CSV of rows in time order, bundled or the user's, read into a :class:`SeriesTable`.

Bundled data sets and a user's file go through the same reader, so a series nobody has
seen before is split, scaled and windowed exactly like the airline passengers. Numeric
columns are features or targets; a target column without numbers (a weather word) is a
label column and makes the task a classification. Every problem is a DatasetError naming
the file, row and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from lstmviz.i18n import tr
from lstmviz.io.csv_cells import cell_text, read_cells, records, what_is_wrong
from lstmviz.io.csv_table import _columns, _dialect, _read_text
from lstmviz.model.bundled import BundledData, bundled, bundled_caption, bundled_short
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from lstmviz.model.datasets import Dataset
from lstmviz.model.limits import MAX_TEXT_CHARS, elide, quoted
from lstmviz.model.series import MAX_CLASSES, SeriesTable, series_dataset
from lstmviz.resources_path import data_file


def load_series(spec: DatasetSpec) -> Dataset:
    """The windowed series ``spec`` names: a bundled data set or the CSV file at ``spec.path``."""
    if spec.bundled and spec.path:
        raise DatasetError(tr("a series is either bundled or read from a file, not both (bundled {name!r}, "
                              "path {path!r})").format(name=spec.bundled, path=spec.path))
    features: Sequence[str | int] | None
    targets: Sequence[str | int] | None
    if spec.bundled:
        data = bundled(spec.bundled)
        text = bundled_text(data)
        name = data.file
        features = spec.feature_columns or data.columns
        targets = spec.target_columns or ((data.columns[0],) if len(data.columns) == 1 else None)
        if targets is None:
            raise DatasetError(tr("{name}: choose the target column (target_columns): one of {columns}").format(
                name=name, columns=", ".join((*data.columns, *(() if not data.label_column else (data.label_column,))))))
        about, season, dates = bundled_caption(data), data.season, data.date_column
        short = bundled_short(data)
    elif spec.path:
        text = _read_text(Path(spec.path))
        name = Path(spec.path).name
        features, targets, about, season, dates = spec.feature_columns, spec.target_columns, "", None, ""
        short = ""
    else:
        raise DatasetError(tr("a series needs a bundled data set or the path of a CSV file"))
    table, feats, targs = series_table(text, name, features, targets, date_column=dates, about=about,
                                       short=short, season=season)
    return series_dataset(table, spec, feats, targs)


def bundled_text(data: BundledData) -> str:
    return data_file(data.file).read_text(encoding="utf-8")


def licence_text(data: BundledData) -> str:
    return data_file(data.licence_file).read_text(encoding="utf-8")


def series_table(text: str, name: str, feature_columns: Sequence[str | int] | None,
                 target_columns: Sequence[str | int] | None, *, date_column: str = "", about: str = "",
                 short: str = "",
                 season: int | None = None) -> tuple[SeriesTable, tuple[int, ...], tuple[int, ...]]:
    """The table, the feature columns and the numeric target columns (none when the target is a label)."""
    path = Path(name)
    dialect = _dialect(text)
    cells = read_cells(text, dialect, name)
    header = cells.header
    names = [header[i] if header and i < len(header) and header[i] else str(i) for i in range(cells.width)]
    label = (lambda i: f"column {quoted(names[i])}") if header else (lambda i: f"column {i + 1}")
    targs = _columns(target_columns, names, header, path, "target_columns") if target_columns is not None else None
    label_columns = [i for i in targs or () if not cells.has_number(i)]
    if len(label_columns) > 1 or (label_columns and len(targs or ()) > 1):
        raise DatasetError(tr("{name}: target_columns: a label column ({column}) must be the only target").format(
            name=name, column=label(label_columns[0])))
    feats = _columns(feature_columns, names, header, path, "feature_columns")
    if feature_columns is None:
        feats = [i for i in feats if cells.has_number(i)]
        if not feats:
            raise DatasetError(tr('{name}: no column holds numbers').format(name=name))
    numeric_targets = [i for i in targs or feats if i not in label_columns] if not label_columns else []
    used = sorted(set(feats) | set(numeric_targets))
    bad = cells.first_bad(used)
    if bad is not None:
        row, i = bad
        line = int(cells.lines[row])
        raise DatasetError(f"{name}: row {line}, {label(i)}: {what_is_wrong(cell_text(text, dialect, line, i))}")
    date_index = names.index(date_column) if date_column in names else (
        0 if header and not cells.has_number(0) else None)
    wanted = [i for i in (label_columns[0] if label_columns else None, date_index) if i is not None]
    texts = _column_texts(text, dialect, header is not None, wanted, cells.rows) if wanted else {}
    labels = None
    if label_columns:
        column = label_columns[0]
        labels = texts[column]
        distinct = set()
        for row, value in enumerate(labels):
            if not value:
                raise DatasetError(tr("{name}: row {line}, {column}: the label is empty").format(
                    name=name, line=int(cells.lines[row]), column=label(column)))
            distinct.add(value)
            if len(distinct) > MAX_CLASSES:
                raise DatasetError(tr("{name}: {column} holds more than {limit} different labels; a label column "
                                      "names a few classes").format(name=name, column=label(column), limit=MAX_CLASSES))
    row_names = tuple(texts[date_index]) if date_index is not None else ()
    table = SeriesTable(name, tuple(names), cells.values, tuple(labels) if labels is not None else None,
                        names[label_columns[0]] if label_columns else "", row_names, about=about, short=short,
                        season=season)
    return table, tuple(feats), tuple(numeric_targets)


def _column_texts(text: str, dialect, has_header: bool, columns: list[int], rows: int) -> dict[int, list[str]]:
    """The stripped texts of a few columns, one per data row (as read_cells counted them)."""
    out: dict[int, list[str]] = {c: [] for c in columns}
    first = has_header
    for _, record in records(text, dialect):
        if first:
            first = False
            continue
        for c in columns:
            out[c].append(elide(record[c].strip(), MAX_TEXT_CHARS) if c < len(record) else "")
    for c in columns:
        del out[c][rows:]
    return out
