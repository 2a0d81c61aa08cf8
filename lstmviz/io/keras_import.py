"""A ``.keras`` file as a project: its architecture and, when the archive holds them, its weights.

Both are read without TensorFlow (:mod:`lstmviz.io.keras_config`, :mod:`lstmviz.io.keras_weights`),
from one opening of the archive: its ``config.json`` is parsed once, and the weights are read
for the architecture parsed from it. A weights file that is missing or cannot be read does not
stop the architecture from opening: the project says why in ``weights_problem``, the window
shows it, and ``train`` refuses it unless asked to start from fresh weights.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lstmviz.i18n import tr
from lstmviz.io.keras_config import keras_project, opened_keras_file
from lstmviz.io.keras_weights import WEIGHTS, KerasFileError, weights_from_archive
from lstmviz.io.project import Project
from lstmviz.io.safe_zip import member
from lstmviz.model.runs import TrainedState


def read_keras_source(path: str | Path) -> Project:
    path = Path(path)
    with opened_keras_file(path) as archive:
        project = keras_project(archive, path)
        if member(archive, WEIGHTS) is None:
            # Keras always saves a weights file, even for a model never trained: without one the
            # architecture still opens, but there are no weights to show or to train on.
            return replace(project, weights_problem=tr("no {name} inside, so it holds no weights").format(name=WEIGHTS))
        try:
            weights = weights_from_archive(archive, project.architecture, path)
        except KerasFileError as exc:
            return replace(project, weights_problem=tr("the weights were not read: {reason}").format(reason=exc))
    trained = TrainedState(project.architecture, tuple(weights), source=tr("weights from {file}").format(file=path.name))
    return replace(project, trained=trained)
