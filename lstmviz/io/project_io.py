"""Project files (JSON) and the sources the app and the CLI open: examples, projects, .keras files.

A project file is ``{"format": "lstmviz", "version": 2, "architecture": ..., "dataset": ...,
"training": ..., "trained": ..., "runs": [...]}``; version 2 added the trained weights and
the finished runs (:mod:`lstmviz.io.trained_io`), and version 1 files still open. Reading
is strict: every problem is a :class:`SourceError` whose one-line message names the file
and the place in it (``architecture.layers[1].options.units``, ``trained.weights[2]``).
Writing is atomic: a temporary file in the same folder replaces the old one only once it
is complete, so a failed save never leaves a half-written project.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.i18n import tr
from lstmviz.io.atomic_file import encoded, write_atomically
from lstmviz.io.limits import MAX_PROJECT_BYTES, size_text
from lstmviz.io.keras_import import read_keras_source
from lstmviz.io.project import Project, SourceError
from lstmviz.io.sweep_io import read_sweeps, sweeps_to_list
from lstmviz.io.trained_io import read_trained_part, trained_part_to_dict
from lstmviz.io.safe_open import shown_path
from lstmviz.io.safe_source import read_project_json, read_source, unexpected_content
from lstmviz.io.source_checks import check_layer_count, checked_project
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec, spec_from_dict
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.limits import elide, quoted
from lstmviz.model.settings import SettingProblem, TrainingSettings, settings_from_dict

FORMAT = "lstmviz"
VERSION = 2
READABLE_VERSIONS = (1, 2)
PROJECT_SUFFIX = ".lstmviz"


def from_example(name: str) -> Project:
    ex = EXAMPLES[name]
    return Project(ex.architecture, ex.dataset, ex.training, title=name, example=name)


def load_source(source: str | os.PathLike[str]) -> Project:
    """Open an example by name, a project file, or a ``.keras`` file.

    Every failure, whatever the file holds, is a :class:`SourceError` with one line naming
    the file and the problem (see :mod:`lstmviz.io.safe_source`).
    """
    return read_source(source, examples=EXAMPLES, example=from_example, project=load_project,
                       keras=read_keras_source)


# ----------------------------------------------------------------------------- reading


def load_project(path: str | os.PathLike[str]) -> Project:
    path = Path(path)
    data = read_project_json(path)
    try:
        project = project_from_dict(data, path)
    except SourceError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        raise unexpected_content(path, exc) from None
    return checked_project(project, shown_path(path))


def project_from_dict(data: Any, path: Path | None = None) -> Project:
    where = str(path) if path else "project"
    if not isinstance(data, dict):
        raise SourceError(tr('{where}: a project file holds a JSON object, found {name__}').format(where=where, name__=type(data).__name__))
    if data.get("format") != FORMAT:
        raise SourceError(tr('{where}: format is {quoted}, expected {FORMAT!r}: not an lstmviz project').format(where=where, quoted=quoted(data.get('format')), FORMAT=FORMAT))
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise SourceError(tr('{where}: version {version} was written by a newer lstmviz; this one reads version {VERSION}').format(where=where, version=version, VERSION=VERSION))
        raise SourceError(tr('{where}: version is {quoted}, expected one of {join}').format(where=where, quoted=quoted(version), join=', '.join(str(v) for v in READABLE_VERSIONS)))
    if "architecture" not in data:
        raise SourceError(tr("{where}: 'architecture' is missing").format(where=where))
    arch = architecture_from_dict(data["architecture"], where)
    try:
        dataset = _resolve_dataset_path(spec_from_dict(data.get("dataset")), path)
    except DatasetError as exc:
        raise SourceError(f"{where}: dataset: {exc}") from None
    training = training_from_dict(data.get("training", {}), where)
    title = data.get("title") or (path.stem if path else "untitled")
    trained, runs = read_trained_part(data, arch, where, path) if version >= 2 else (None, ())
    sweeps = read_sweeps(data.get("sweeps"), where, runs, architecture_from_dict) if version >= 2 else ()
    return Project(arch, dataset, training, title=str(title), path=path, trained=trained, runs=runs, sweeps=sweeps)


def _resolve_dataset_path(dataset: DatasetSpec, path: Path | None) -> DatasetSpec:
    """A CSV named relative to the project file is found beside it."""
    csv = dataset.path
    if path is not None and csv and not Path(csv).is_absolute():
        try:
            beside = (path.parent / csv).resolve()
        except (OSError, RuntimeError):  # a symlink loop: reading the CSV will say so
            beside = (path.parent / csv).absolute()
        return dataset.updated(path=str(beside))
    return dataset


def architecture_from_dict(data: Any, where: str) -> Architecture:
    at = f"{where}: architecture"
    if not isinstance(data, dict):
        raise SourceError(tr('{at}: expected an object, found {name__}').format(at=at, name__=type(data).__name__))
    spec = _input_from_dict(data.get("input"), f"{at}.input")
    layers_raw = data.get("layers", [])
    if not isinstance(layers_raw, list):
        raise SourceError(tr('{at}.layers: expected a list, found {name__}').format(at=at, name__=type(layers_raw).__name__))
    check_layer_count(layers_raw, f"{at}.layers")
    layers = tuple(_layer_from_dict(item, f"{at}.layers[{i}]") for i, item in enumerate(layers_raw))
    return Architecture(spec, layers, name=str(data.get("name", "sequential")))


def _input_from_dict(data: Any, at: str) -> InputSpec:
    if not isinstance(data, dict):
        raise SourceError(tr('{at}: expected an object like {{"shape": [5, 1]}}, found {quoted}').format(at=at, quoted=quoted(data)))
    shape = data.get("shape")
    if not isinstance(shape, list) or not shape:
        raise SourceError(tr('{at}.shape: expected a list such as [5, 1] (time steps, features), found {quoted}').format(at=at, quoted=quoted(shape)))
    for i, dim in enumerate(shape):
        if dim is None:
            continue
        name = _dim_name(i, len(shape))
        if isinstance(dim, bool) or not isinstance(dim, int):
            raise SourceError(tr('{at}.shape[{i}]: {name} must be a whole number, found {quoted}').format(at=at, i=i, name=name, quoted=quoted(dim)))
        if dim < 1:
            raise SourceError(tr('{at}.shape[{i}]: {name} must be at least 1, found {dim}').format(at=at, i=i, name=name, dim=dim))
    dtype = data.get("dtype", "float32")
    if dtype not in ("float32", "float64", "float16", "int32", "int64"):
        raise SourceError(f"{at}.dtype: expected 'float32' or 'int32', found {quoted(dtype)}")
    batch = data.get("batch_size")
    if batch is not None and (isinstance(batch, bool) or not isinstance(batch, int) or batch < 1):
        raise SourceError(tr('{at}.batch_size: must be a whole number of at least 1 or absent, found {quoted}').format(at=at, quoted=quoted(batch)))
    return InputSpec(tuple(shape), dtype, batch)


def _dim_name(axis: int, rank: int) -> str:
    if rank >= 2 and axis == 0:
        return tr('the number of time steps')
    if axis == rank - 1:
        return tr('the number of features') if rank >= 2 else tr('the input length')
    return f"dimension {axis}"


def _layer_from_dict(data: Any, at: str) -> LayerSpec:
    if not isinstance(data, dict):
        raise SourceError(tr('{at}: expected an object like {{"kind": "LSTM", "options": {{...}}}}').format(at=at))
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in catalogue.KINDS:
        raise SourceError(tr('{at}.kind: unknown layer kind {quoted}; known kinds: {join}').format(at=at, quoted=quoted(kind), join=', '.join(catalogue.KINDS)))
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise SourceError(tr('{at}.options: expected an object, found {name__}').format(at=at, name__=type(options).__name__))
    spec = catalogue.KINDS[kind]
    for key, value in options.items():
        if key not in spec.option_names:
            raise SourceError(tr('{at}.options.{elide}: {kind} has no option {quoted} (options: {join})').format(at=at, elide=elide(str(key)), kind=kind, quoted=quoted(key), join=', '.join(spec.option_names)))
        problem = spec.option(key).problem(value)
        if problem:
            raise SourceError(f"{at}.options.{key}: {problem}")
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        raise SourceError(tr('{at}.name: expected text, found {quoted}').format(at=at, quoted=quoted(name)))
    return LayerSpec(kind, options, name)


def training_from_dict(data: Any, where: str) -> TrainingSettings:
    at = f"{where}: training"
    if not isinstance(data, dict):
        raise SourceError(tr('{at}: expected an object, found {name__}').format(at=at, name__=type(data).__name__))
    try:
        return settings_from_dict(data)
    except SettingProblem as exc:
        raise SourceError(f"{at}.{exc.field}: {exc.reason}" if exc.field else f"{at}: {exc.reason}") from None


# ----------------------------------------------------------------------------- writing


def project_to_dict(project: Project) -> dict[str, Any]:
    trained = project.trained if project.trained is not None and project.trained.fits(project.architecture) else None
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": project.title,
        "architecture": project.architecture.to_dict(),
        "dataset": project.dataset.to_dict(),
        "training": project.training.to_dict(),
        **trained_part_to_dict(trained, project.runs),
        # Only a project with sweeps has the key: other files stay as earlier versions wrote them.
        **({"sweeps": sweeps_to_list(project.sweeps, project.runs)} if project.sweeps else {}),
    }


def project_text(data: dict[str, Any], indent: int | None = 2) -> bytes:
    """A project object as the bytes of its file; ``OSError`` EFBIG when the reader would refuse them.

    Saves, exports of projects and autosave's recovery files all go through here, so lstmviz
    never writes a project it would not open again.
    """
    text = json.dumps(data, indent=indent, ensure_ascii=False) + "\n"
    if len(text) > MAX_PROJECT_BYTES:  # no need to encode what is too large in characters already
        size = len(text)
    else:
        payload = encoded(text)  # a lone surrogate (a file name in another encoding) stays a JSON escape
        size = len(payload)
    if size > MAX_PROJECT_BYTES:
        raise OSError(errno.EFBIG, tr("the project would be {size}; lstmviz opens projects of at most {limit}: "
                                      "export the trained model as .keras instead").format(
            size=size_text(size), limit=size_text(MAX_PROJECT_BYTES)))
    return payload


def save_project(project: Project, path: str | os.PathLike[str]) -> Path:
    """Write the project atomically and return its path."""
    path = Path(path)
    write_atomically(path, project_text(project_to_dict(project)))
    return path
