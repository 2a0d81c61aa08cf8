"""What a windowed series data set remembers of where its windows came from.

Kept apart from :mod:`.series` (which builds it) so that a :class:`~lstmviz.model.datasets.Dataset`
can carry one without the data set module importing the builder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from lstmviz.model.scaling import Scaling
from lstmviz.model.splits import ChronoSplit
from lstmviz.model.tasks import Task


@dataclass(frozen=True, eq=False)
class SeriesInfo:
    """What a windowed series data set remembers of where its windows came from."""

    task: Task
    split: ChronoSplit
    feature_names: tuple[str, ...]
    target_names: tuple[str, ...]
    features: Scaling
    targets: Scaling | None  # regression: the targets' scaling; classification: None
    series: np.ndarray  # (rows, targets) in original units, or (rows,) class ids
    classes: tuple[str, ...] = ()
    row_names: tuple[str, ...] = ()
    season: int | None = None
    about: str = ""  # where the data comes from, its licence and citation
    short: str = ""  # the title and licence in one short line

    @property
    def autoregressive(self) -> bool:
        """The targets are the features: the model's outputs can be fed back as its next inputs."""
        return self.task is Task.REGRESSION and self.feature_names == self.target_names

    def parts(self) -> tuple[int, int, int]:
        return self.split.window_counts()

    def window_shape(self) -> tuple[int, int, int]:
        return (self.split.windows, self.split.time_steps, len(self.feature_names))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"task": self.task.value, "split": self.split.to_dict(), "windows": dict(zip(
            ("train", "validation", "test"), self.parts())), "features": self.features.to_dict()}
        if self.targets is not None:
            out["targets"] = self.targets.to_dict()
        if self.classes:
            out["classes"] = list(self.classes)
        return out
