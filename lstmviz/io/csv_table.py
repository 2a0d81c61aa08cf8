"""CSV files as training data: numeric columns windowed into (samples, T, features).

The header row is optional; columns are chosen by name or 0-based index. Every problem
is a :class:`~lstmviz.model.dataset_spec.DatasetError` naming the file, row and column.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Sequence

import numpy as np

from lstmviz.model.dataset_spec import LAYOUTS, DatasetError
from lstmviz.model.datasets import Dataset, window_pair


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
        raise DatasetError(f"dataset layout must be one of {', '.join(LAYOUTS)}; got {layout!r}")
    rows = _read_rows(path)
    header: list[str] | None = None
    first_row = 1
    if all(_number(cell) is None for cell in rows[0][1]):
        header = [cell.strip() for cell in rows[0][1]]
        rows = rows[1:]
        first_row = 2
    if not rows:
        raise DatasetError(f"{path.name}: has a header but no data rows")
    width = max(len(header) if header else 0, *(len(cells) for _, cells in rows))
    names = [header[i] if header and i < len(header) and header[i] else str(i) for i in range(width)]
    label = (lambda i: f"column {names[i]!r}") if header else (lambda i: f"column {i + 1}")

    feats = _columns(feature_columns, names, header, path, "feature_columns")
    if feature_columns is None:
        # A column without a single number (dates, labels) is left out unless asked for.
        feats = [i for i in feats if any(i < len(c) and _number(c[i]) is not None for _, c in rows)]
        if not feats:
            raise DatasetError(f"{path.name}: no column holds numbers")
    targs = feats if target_columns is None else _columns(target_columns, names, header, path, "target_columns")
    used = sorted(set(feats) | set(targs))
    table = np.empty((len(rows), width))
    for r, (line, cells) in enumerate(rows):
        for i in used:
            text = cells[i].strip() if i < len(cells) else ""
            value = _number(text)
            if value is None or not math.isfinite(value):
                what = "is empty" if not text else f"{text!r} is not a number"
                raise DatasetError(f"{path.name}: row {line}, {label(i)}: {what}")
            table[r, i] = value
    t = 1 if layout == "one-to-one" else time_steps
    if len(rows) < t + 1:
        raise DatasetError(
            f"{path.name}: {layout} windows of {t} time step{'s' if t > 1 else ''} need at least {t + 1} data rows "
            f"(a window plus the row after it); the file has {len(rows)}"
        )
    x, y = window_pair(table[:, feats], table[:, targs], t, layout)
    described = ", ".join(names[i] for i in feats)
    return Dataset(path.name, x, y,
                   f"{len(rows)} rows of {path.name} (features {described}; data from row {first_row}), "
                   f"{layout} with {t} time step{'s' if t > 1 else ''}.")


def _read_rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            rows = [(n, cells) for n, cells in enumerate(csv.reader(fh, dialect), start=1)
                    if any(c.strip() for c in cells)]
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise DatasetError(f"{path.name}: not a text CSV file (not UTF-8)") from None
    except (OSError, csv.Error) as exc:
        raise DatasetError(f"{path.name}: cannot be read ({exc})") from None
    if not rows:
        raise DatasetError(f"{path.name}: the file is empty")
    return rows


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
        elif isinstance(item, str) and item.isdigit() and int(item) < len(names):
            out.append(int(item))
        else:
            known = ", ".join(repr(h) for h in header) if header else f"indexes 0..{len(names) - 1} (no header row)"
            raise DatasetError(f"{path.name}: {what}: no column {item!r}; the columns are {known}")
    return out


