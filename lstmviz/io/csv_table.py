"""CSV files as training data: numeric columns windowed into (samples, T, features).

The header row is optional; columns are chosen by name or 0-based index. Every problem
is a :class:`~lstmviz.model.dataset_spec.DatasetError` naming the file, row and column.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from lstmviz.io.limits import MAX_CSV_BYTES, MAX_CSV_CELLS
from lstmviz.io.safe_open import FileProblem, read_regular, shown_path
from lstmviz.model.dataset_spec import LAYOUTS, DatasetError
from lstmviz.model.datasets import Dataset, window_pair
from lstmviz.model.limits import MAX_TEXT_CHARS, elide, one_line, quoted

_SNIFF_CHARS = 2048
_FLOAT32_MAX = float(np.finfo(np.float32).max)


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value


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
        raise DatasetError(f"dataset layout must be one of {', '.join(LAYOUTS)}; got {quoted(layout)}")
    text = _read_text(path)
    dialect = _dialect(text)
    shape = _measure(text, dialect, path)
    header = shape.header
    first_row = 2 if header is not None else 1
    width = shape.width
    names = [header[i] if header and i < len(header) and header[i] else str(i) for i in range(width)]
    label = (lambda i: f"column {quoted(names[i])}") if header else (lambda i: f"column {i + 1}")

    table = _Table(shape.rows, width)
    table.fill(_records(text, dialect), skip_first=header is not None)
    feats = _columns(feature_columns, names, header, path, "feature_columns")
    if feature_columns is None:
        # A column without a single number (dates, labels) is left out unless asked for.
        feats = [i for i in feats if table.has_number[i]]
        if not feats:
            raise DatasetError(f"{path.name}: no column holds numbers")
    targs = feats if target_columns is None else _columns(target_columns, names, header, path, "target_columns")
    used = sorted(set(feats) | set(targs))
    bad = [(table.bad[i][0], i) for i in used if table.bad[i] is not None]
    if bad:
        _, i = min(bad)
        _, line, what = table.bad[i]
        raise DatasetError(f"{path.name}: row {line}, {label(i)}: {what}")
    t = 1 if layout == "one-to-one" else time_steps
    if shape.rows < t + 1:
        raise DatasetError(
            f"{path.name}: {layout} windows of {t} time step{'s' if t > 1 else ''} need at least {t + 1} data rows "
            f"(a window plus the row after it); the file has {shape.rows}"
        )
    values = table.values
    x, y = window_pair(values[:, feats], values[:, targs], t, layout)
    described = elide(", ".join(names[i] for i in feats), 200)
    return Dataset(path.name, x, y,
                   f"{shape.rows} rows of {path.name} (features {described}; data from row {first_row}), "
                   f"{layout} with {t} time step{'s' if t > 1 else ''}.")


def _read_text(path: Path) -> str:
    """The file's text: a regular file of at most MAX_CSV_BYTES, UTF-8 (a BOM is dropped)."""
    try:
        raw = read_regular(path, MAX_CSV_BYTES)
    except FileProblem as exc:
        raise DatasetError(f"{shown_path(path)}: {exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DatasetError(f"{path.name}: not a text CSV file (not UTF-8)") from None


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    # The sniffer's patterns take time growing with the square of the sample: keep it short.
    try:
        return csv.Sniffer().sniff(text[:_SNIFF_CHARS], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _records(text: str, dialect) -> Iterator[tuple[int, list[str]]]:
    """(record number from 1, cells) of every record that is not blank."""
    for n, cells in enumerate(csv.reader(io.StringIO(text, newline=""), dialect), start=1):
        if any(c.strip() for c in cells):
            yield n, cells


@dataclass
class _Shape:
    rows: int  # data rows (the header not counted)
    width: int
    header: list[str] | None


def _measure(text: str, dialect, path: Path) -> _Shape:
    """Rows, columns and header, counted before any table is built (rows x columns is bounded)."""
    rows = cells = width = 0
    header: list[str] | None = None
    try:
        for n, record in _records(text, dialect):
            if rows == 0 and header is None and all(_number(cell) is None for cell in record):
                header = [elide(cell.strip(), MAX_TEXT_CHARS) for cell in record]
                width = len(record)
                cells += len(record)
                continue
            rows += 1
            cells += len(record)
            width = max(width, len(record))
            if cells > MAX_CSV_CELLS or rows * width > MAX_CSV_CELLS:
                raise DatasetError(f"{path.name}: holds more than {MAX_CSV_CELLS:,} cells (rows x columns, at "
                                   f"row {n}); lstmviz reads at most {MAX_CSV_CELLS:,}")
    except csv.Error as exc:
        raise DatasetError(f"{path.name}: cannot be read ({one_line(str(exc), 200)})") from None
    if rows == 0:
        if header is not None:
            raise DatasetError(f"{path.name}: has a header but no data rows")
        raise DatasetError(f"{path.name}: the file is empty")
    return _Shape(rows, width, header)


class _Table:
    """The numbers of every cell (NaN where there is none), and per column the first cell that is not one."""

    def __init__(self, rows: int, width: int) -> None:
        self.values = np.full((rows, width), np.nan)
        self.has_number = [False] * width
        self.bad: list[tuple[int, int, str] | None] = [None] * width  # (data row, record number, what)

    def fill(self, records: Iterator[tuple[int, list[str]]], skip_first: bool) -> None:
        values, bad, has_number = self.values, self.bad, self.has_number
        width = values.shape[1]
        r = -1
        for line, cells in records:
            if skip_first:
                skip_first = False
                continue
            r += 1
            for i in range(width):
                text = cells[i].strip() if i < len(cells) else ""
                value = _number(text)
                if value is not None:
                    has_number[i] = True
                    if math.isfinite(value) and abs(value) <= _FLOAT32_MAX:
                        values[r, i] = value
                        continue
                if bad[i] is None:
                    bad[i] = (r, line, _what(text, value))


def _what(text: str, value: float | None) -> str:
    if not text:
        return "is empty"
    written_infinite = text.lower().lstrip("+-") in ("inf", "infinity")
    if value is not None and not math.isnan(value) and not written_infinite:
        return (f"{quoted(text)} is beyond the range of float32 (at most \u00b1{_FLOAT32_MAX:.4g}), "
                "the precision Keras trains in")
    return f"{quoted(text)} is not a number"


def _columns(wanted: Sequence[str | int] | None, names: list[str], header: list[str] | None,
             path: Path, what: str) -> list[int]:
    if wanted is None:
        return list(range(len(names)))
    if isinstance(wanted, (str, int)):
        wanted = [wanted]
    if not wanted:
        raise DatasetError(f"{path.name}: {what} is empty; name at least one column")
    out = []
    for item in wanted:
        if isinstance(item, int) and not isinstance(item, bool):
            if not 0 <= item < len(names):
                raise DatasetError(f"{path.name}: {what}: column index {item} is outside 0..{len(names) - 1}")
            out.append(item)
        elif header is not None and item in header:
            out.append(header.index(item))
        elif isinstance(item, str) and item.isdigit() and len(item) < 10 and int(item) < len(names):
            out.append(int(item))
        else:
            known = ", ".join(repr(h) for h in header) if header else f"indexes 0..{len(names) - 1} (no header row)"
            raise DatasetError(f"{path.name}: {what}: no column {quoted(item)}; the columns are {elide(known, 300)}")
    return out


