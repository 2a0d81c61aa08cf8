"""A series cut in time: training, then validation, then test, never shuffled across.

A forecast is judged on the future, so the test part is the last stretch of the series and
the validation part the stretch before it. A window belongs to the part its target row is
in; its input steps may reach back into the part before (the first test forecast reads the
last training values, as a forecast made at that date would).
"""

from __future__ import annotations

from dataclasses import dataclass

from lstmviz.i18n import tr
from lstmviz.model.dataset_spec import DatasetError

DEFAULT_VALIDATION = 0.1
DEFAULT_TEST = 0.2
PARTS = ("train", "validation", "test")


@dataclass(frozen=True)
class ChronoSplit:
    """Row boundaries of a series of ``rows`` rows: training [0, train_end), validation
    [train_end, test_start), test [test_start, rows). Windows of ``time_steps`` rows."""

    rows: int
    time_steps: int
    train_end: int
    test_start: int

    @property
    def windows(self) -> int:
        return self.rows - self.time_steps

    def window_counts(self) -> tuple[int, int, int]:
        """Windows per part (window i's target is row i + time_steps)."""
        t = self.time_steps
        return self.train_end - t, self.test_start - self.train_end, self.rows - self.test_start

    def part_rows(self) -> dict[str, tuple[int, int]]:
        return {"train": (0, self.train_end), "validation": (self.train_end, self.test_start),
                "test": (self.test_start, self.rows)}

    def to_dict(self) -> dict[str, int]:
        return {"rows": self.rows, "time_steps": self.time_steps, "train_end": self.train_end,
                "test_start": self.test_start}


def chrono_split(rows: int, time_steps: int, validation: float, test: float) -> ChronoSplit:
    """The split of ``rows`` rows with these fractions; DatasetError when a part would be empty."""
    for name, value in (("validation_fraction", validation), ("test_fraction", test)):
        if not 0.0 <= value < 1.0:
            raise DatasetError(tr("dataset {key} must be at least 0 and below 1; got {value}").format(
                key=name, value=value))
    if validation + test >= 1.0:
        raise DatasetError(tr("the validation and test fractions ({validation:g} + {test:g}) leave no "
                              "training part").format(validation=validation, test=test))
    test_start = rows - int(round(rows * test))
    train_end = test_start - int(round(rows * validation))
    if train_end - time_steps < 1:
        raise DatasetError(tr("{rows} rows leave {train} for training: not one window of {t} time steps and "
                              "its target; use fewer time steps or smaller validation and test parts").format(
            rows=rows, train=max(train_end, 0), t=time_steps))
    if test > 0 and test_start >= rows:
        raise DatasetError(tr("a test fraction of {test:g} of {rows} rows is not one row").format(test=test, rows=rows))
    return ChronoSplit(rows, time_steps, train_end, test_start)
