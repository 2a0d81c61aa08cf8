"""CSV files as training data: numeric columns windowed into (samples, T, features).

The header row is optional; columns are chosen by name or 0-based index. Every problem
is a :class:`~lstmviz.model.dataset_spec.DatasetError` naming the file, row and column.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Sequence

from lstmviz.i18n import tr
from lstmviz.io.csv_cells import cell_text, read_cells, what_is_wrong
from lstmviz.io.limits import MAX_CSV_BYTES
from lstmviz.io.safe_open import FileProblem, read_regular, shown_path
from lstmviz.model.dataset_spec import LAYOUTS, DatasetError
from lstmviz.model.datasets import Dataset, window_pair
from lstmviz.model.limits import elide, quoted

_SNIFF_CHARS = 2048


def load_csv(path: str | Path, *, time_steps: int, layout: str,
             feature_columns: Sequence[str | int] | None = None,
             target_columns: Sequence[str | int] | None = None) -> Dataset:
    """Window numeric CSV columns into (samples, T, features) with one-step-ahead targets.

    The header row is optional: a first row without a single number is taken as column
    names. Columns are chosen by name or 0-based index; by default every column that holds
    numbers is a feature, and the targets are the features.
    """
    path = Path(path)
    if layout not in LAYOUTS:
        raise DatasetError(tr('dataset layout must be one of {join}; got {quoted}').format(join=', '.join(LAYOUTS), quoted=quoted(layout)))
    text = _read_text(path)
    dialect = _dialect(text)
    table = read_cells(text, dialect, path.name)
    header = table.header
    first_row = 2 if header is not None else 1
    width = table.width
    names = [header[i] if header and i < len(header) and header[i] else str(i) for i in range(width)]
    label = (lambda i: f"column {quoted(names[i])}") if header else (lambda i: f"column {i + 1}")

    feats = _columns(feature_columns, names, header, path, "feature_columns")
    if feature_columns is None:
        # A column without a single number (dates, labels) is left out unless asked for.
        feats = [i for i in feats if table.has_number(i)]
        if not feats:
            raise DatasetError(tr('{name}: no column holds numbers').format(name=path.name))
    targs = feats if target_columns is None else _columns(target_columns, names, header, path, "target_columns")
    bad = table.first_bad(sorted(set(feats) | set(targs)))
    if bad is not None:
        row, i = bad
        line = int(table.lines[row])
        raise DatasetError(f"{path.name}: row {line}, {label(i)}: {what_is_wrong(cell_text(text, dialect, line, i))}")
    t = 1 if layout == "one-to-one" else time_steps
    if table.rows < t + 1:
        raise DatasetError(
            tr('{name}: {layout} windows of {t} time step{value} need at least {value2} data rows (a window plus the row after it); the file has {rows}').format(name=path.name, layout=layout, t=t, value='s' if t > 1 else '', value2=t + 1, rows=table.rows)
        )
    x, y = window_pair(table.values[:, feats], table.values[:, targs], t, layout)
    described = elide(", ".join(names[i] for i in feats), 200)
    return Dataset(path.name, x, y,
                   tr('{rows} rows of {name} (features {described}; data from row {first_row}), {layout} with {t} time step{value}.').format(rows=table.rows, name=path.name, described=described, first_row=first_row, layout=layout, t=t, value='s' if t > 1 else ''))


def _read_text(path: Path) -> str:
    """The file's text: a regular file of at most MAX_CSV_BYTES, UTF-8 (a BOM is dropped)."""
    try:
        raw = read_regular(path, MAX_CSV_BYTES)
    except FileProblem as exc:
        raise DatasetError(f"{shown_path(path)}: {exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DatasetError(tr('{name}: not a text CSV file (not UTF-8)').format(name=path.name)) from None


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    # The sniffer's patterns take time growing with the square of the sample: keep it short.
    try:
        return csv.Sniffer().sniff(text[:_SNIFF_CHARS], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _columns(wanted: Sequence[str | int] | None, names: list[str], header: list[str] | None,
             path: Path, what: str) -> list[int]:
    if wanted is None:
        return list(range(len(names)))
    if isinstance(wanted, (str, int)):
        wanted = [wanted]
    if not wanted:
        raise DatasetError(tr('{name}: {what} is empty; name at least one column').format(name=path.name, what=what))
    out = []
    for item in wanted:
        if isinstance(item, int) and not isinstance(item, bool):
            if not 0 <= item < len(names):
                raise DatasetError(tr('{name}: {what}: column index {item} is outside 0..{value}').format(name=path.name, what=what, item=item, value=len(names) - 1))
            out.append(item)
        elif header is not None and item in header:
            out.append(header.index(item))
        elif isinstance(item, str) and item.isdigit() and len(item) < 10 and int(item) < len(names):
            out.append(int(item))
        else:
            known = ", ".join(repr(h) for h in header) if header else tr('indexes 0..{value} (no header row)').format(value=len(names) - 1)
            raise DatasetError(tr('{name}: {what}: no column {quoted}; the columns are {known}').format(name=path.name, what=what, quoted=quoted(item), known=elide(known, 300)))
    return out


