"""A ``.keras`` file as a project: its architecture and, when the archive holds them, its weights.

Both are read without TensorFlow (:mod:`lstmviz.io.keras_config`, :mod:`lstmviz.io.keras_weights`).
A weights file that is missing or cannot be read does not stop the architecture from
opening: the project says why in ``weights_problem``, the window shows it, and ``train``
refuses it unless asked to start from fresh weights.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lstmviz.i18n import tr
from lstmviz.io.keras_config import read_keras_file
from lstmviz.io.keras_weights import MAX_ARCHIVE_BYTES, MAX_MEMBERS, WEIGHTS, KerasFileError, read_keras_archive
from lstmviz.io.project import Project
from lstmviz.io.safe_zip import ArchiveError, member, open_zip
from lstmviz.model.runs import TrainedState


def _has_weights(path: Path) -> bool:
    try:
        with open_zip(path, MAX_ARCHIVE_BYTES, MAX_MEMBERS) as archive:
            return member(archive, WEIGHTS) is not None
    except (ArchiveError, OSError):
        return False  # read_keras_archive says why, if it is ever asked


def read_keras_source(path: str | Path) -> Project:
    path = Path(path)
    project = read_keras_file(path)
    if not _has_weights(path):
        # Keras always saves a weights file, even for a model never trained: without one the
        # architecture still opens, but there are no weights to show or to train on.
        return replace(project, weights_problem=tr("no {name} inside, so it holds no weights").format(name=WEIGHTS))
    try:
        archive = read_keras_archive(path)
    except KerasFileError as exc:
        return replace(project, weights_problem=tr("the weights were not read: {reason}").format(reason=exc))
    trained = TrainedState(archive.architecture, tuple(archive.weights),
                           source=tr("weights from {file}").format(file=path.name))
    return replace(project, architecture=archive.architecture, trained=trained)
