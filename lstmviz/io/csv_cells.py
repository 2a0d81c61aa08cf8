"""A CSV file's cells as numbers, in one pass, within a bounded number of cells.

The text is parsed once: each record's cells go straight into a float64 table (NaN where
a cell holds no number) beside a mask of the cells that held one, so memory is eight
bytes and a flag per cell, never a Python object per cell. Rows x columns is checked as
the table grows, before it grows. Whether a cell is usable (a finite number within
float32's range, the precision Keras trains in) is decided afterwards, for the columns
actually used; the first unusable one is found with numpy and its text read again only
then, for the message.
"""

from __future__ import annotations

import csv
import io
import math
import time
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.limits import MAX_CSV_CELLS
from lstmviz.model.dataset_spec import DatasetError
from lstmviz.model.limits import MAX_TEXT_CHARS, count, elide, quoted

FLOAT32_MAX = float(np.finfo(np.float32).max)
_FIRST_ROWS = 1 << 14
_BLOCK = 4096
_PIECE = 1 << 20


def number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _lines(text: str) -> Iterator[str]:
    """The text's lines, line ends kept (as a file opened with newline="" gives them).

    Cut into pieces of about a megabyte at line ends first: one StringIO of the whole text
    would copy it in one step that holds the interpreter (and a reading thread would stall
    the window meanwhile).
    """
    start = 0
    while start < len(text):
        end = text.find("\n", min(start + _PIECE, len(text)))
        end = len(text) if end < 0 else end + 1
        yield from io.StringIO(text[start:end], newline="")
        start = end


def records(text: str, dialect) -> Iterator[tuple[int, list[str]]]:
    """(record number from 1, cells) of every record that is not blank."""
    for n, cells in enumerate(csv.reader(_lines(text), dialect), start=1):
        if "".join(cells).strip():
            yield n, cells


@dataclass
class CellTable:
    header: list[str] | None
    values: np.ndarray  # (rows, width) float64; NaN where a cell held no number
    parsed: np.ndarray  # (rows, width) bool: the cell held a number (nan and inf included)
    lines: np.ndarray  # (rows,) the record number of each data row

    @property
    def rows(self) -> int:
        return int(self.values.shape[0])

    @property
    def width(self) -> int:
        return int(self.values.shape[1])

    def has_number(self, column: int) -> bool:
        return bool(self.parsed[:, column].any())

    def first_bad(self, columns: list[int]) -> tuple[int, int] | None:
        """(data row, column) of the first cell, in reading order, that is not a usable float32 number."""
        values = self.values[:, columns]
        with np.errstate(invalid="ignore"):
            bad = ~self.parsed[:, columns] | ~np.isfinite(values) | (np.abs(values) > FLOAT32_MAX)
        rows = bad.any(axis=1)
        if not rows.any():
            return None
        r = int(np.argmax(rows))
        return r, columns[int(np.argmax(bad[r]))]


class _Growing:
    """The table's arrays, doubled as rows arrive and widened as wider rows do, within MAX_CSV_CELLS."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self.width = 0
        self.values = np.empty((0, 0))
        self.parsed = np.empty((0, 0), dtype=bool)
        self.lines = np.empty(0, dtype=np.int64)
        self._pending: list[list[float]] = []  # equal-length rows of numbers not yet in the arrays
        self._pending_from = 0

    def _resize(self, capacity: int, width: int) -> None:
        values = np.full((capacity, width), np.nan)
        parsed = np.zeros((capacity, width), dtype=bool)
        lines = np.zeros(capacity, dtype=np.int64)
        values[: self.rows, : self.width] = self.values[: self.rows]
        parsed[: self.rows, : self.width] = self.parsed[: self.rows]
        lines[: self.rows] = self.lines[: self.rows]
        self.values, self.parsed, self.lines, self.width = values, parsed, lines, width

    def add(self, line: int, cells: list[str]) -> None:
        width = max(self.width, len(cells))
        if (self.rows + 1) * width > MAX_CSV_CELLS:
            raise DatasetError(tr("{name}: holds more than {limit} cells (rows x columns, at row {line}); "
                                  "lstmviz reads at most {limit}").format(
                name=self.name, limit=count(MAX_CSV_CELLS), line=line))
        if width > self.width or self.rows == len(self.lines):
            self.flush()
            full = self.rows == len(self.lines)
            capacity = max(2 * len(self.lines), _FIRST_ROWS) if full else len(self.lines)
            self._resize(max(min(capacity, MAX_CSV_CELLS // max(width, 1)), self.rows + 1), width)
        r = self.rows
        self.lines[r] = line
        self.rows += 1
        try:
            row = [float(c) for c in cells]  # float() ignores surrounding spaces, as the cells may have
        except ValueError:
            self.flush()
            for i, cell in enumerate(cells):
                value = number(cell)
                if value is not None:
                    self.values[r, i] = value
                    self.parsed[r, i] = True
            return
        if self._pending and len(row) != len(self._pending[0]):
            self.flush()
        if not self._pending:
            self._pending_from = r
        self._pending.append(row)
        if len(self._pending) >= _BLOCK:
            self.flush()

    def flush(self) -> None:
        """Store the rows read since the last flush: one numpy assignment for a block of equal rows."""
        if self._pending:
            r, n, w = self._pending_from, len(self._pending), len(self._pending[0])
            self.values[r : r + n, :w] = self._pending
            self.parsed[r : r + n, :w] = True
            self._pending = []
            time.sleep(0)  # hands the interpreter over: the csv reader's loop rarely lets a waiting window in


def read_cells(text: str, dialect, name: str) -> CellTable:
    """Every data row's cells as numbers; the first row is the header when it holds no number at all."""
    table = _Growing(name)
    header: list[str] | None = None
    first = True
    try:
        for line, cells in records(text, dialect):
            if first:
                first = False
                if all(number(cell) is None for cell in cells):
                    header = [elide(cell.strip(), MAX_TEXT_CHARS) for cell in cells]
                    continue
            table.add(line, cells)
        table.flush()
    except csv.Error as exc:
        raise DatasetError(tr("{name}: cannot be read ({reason})").format(name=name, reason=elide(str(exc), 200))) from None
    if table.rows == 0:
        raise DatasetError((tr("{name}: has a header but no data rows") if header is not None else
                            tr("{name}: the file is empty")).format(name=name))
    if header and len(header) > table.width:  # named columns that no row reaches: empty cells
        table._resize(table.rows, len(header))
    rows = table.rows
    return CellTable(header, table.values[:rows], table.parsed[:rows], table.lines[:rows])


def cell_text(text: str, dialect, line: int, column: int) -> str:
    """The stripped text of one cell, read again (only to say what is wrong with it)."""
    for n, cells in records(text, dialect):
        if n == line:
            return cells[column].strip() if column < len(cells) else ""
    return ""


def what_is_wrong(text: str) -> str:
    """Why a cell's text is not a usable number: empty, not a number, or beyond float32's range."""
    if not text:
        return tr("is empty")
    value = number(text)
    written_infinite = text.lower().lstrip("+-") in ("inf", "infinity")
    if value is not None and not math.isnan(value) and not written_infinite:
        return tr("{text} is beyond the range of float32 (at most \u00b1{limit}), the precision Keras trains in").format(
            text=quoted(text), limit=f"{FLOAT32_MAX:.4g}")
    return tr("{text} is not a number").format(text=quoted(text))
