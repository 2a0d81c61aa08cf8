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

import json
import os
import zipfile
from pathlib import Path
from typing import Any

from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.io.atomic_file import write_atomically
from lstmviz.io.keras_import import read_keras_source
from lstmviz.io.project import Project, SourceError
from lstmviz.io.trained_io import read_trained_part, trained_part_to_dict
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec, spec_from_dict
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.settings import TrainingSettings, settings_from_dict

FORMAT = "lstmviz"
VERSION = 2
READABLE_VERSIONS = (1, 2)
# Weights of the largest model a .keras file may bring (50 million) as base64 text, plus room.
MAX_PROJECT_BYTES = 512 << 20
PROJECT_SUFFIX = ".lstmviz"


def from_example(name: str) -> Project:
    ex = EXAMPLES[name]
    return Project(ex.architecture, ex.dataset, ex.training, title=name, example=name)


def load_source(source: str | os.PathLike[str]) -> Project:
    """Open an example by name, a project file, or a ``.keras`` file."""
    text = os.fspath(source)
    if text in EXAMPLES:
        return from_example(text)
    path = Path(text)
    if not path.exists():
        raise SourceError(
            f"{text}: no such file, and no example of that name (examples: {', '.join(EXAMPLES)})"
        )
    if path.is_dir():
        raise SourceError(f"{text}: is a folder, not a project or .keras file")
    if path.suffix.lower() == ".keras" or zipfile.is_zipfile(path):
        return read_keras_source(path)
    return load_project(path)


# ----------------------------------------------------------------------------- reading


def load_project(path: str | os.PathLike[str]) -> Project:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PROJECT_BYTES:
            raise SourceError(f"{path}: {size:,} bytes; a project file may hold at most {MAX_PROJECT_BYTES:,}")
        raw = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SourceError(f"{path}: not a project file (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})") from None
    return project_from_dict(data, path)


def project_from_dict(data: Any, path: Path | None = None) -> Project:
    where = str(path) if path else "project"
    if not isinstance(data, dict):
        raise SourceError(f"{where}: a project file holds a JSON object, found {type(data).__name__}")
    if data.get("format") != FORMAT:
        raise SourceError(f"{where}: format is {data.get('format')!r}, expected {FORMAT!r}: not an lstmviz project")
    version = data.get("version")
    if isinstance(version, bool) or version not in READABLE_VERSIONS:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise SourceError(f"{where}: version {version} was written by a newer lstmviz; this one reads version {VERSION}")
        raise SourceError(f"{where}: version is {version!r}, expected one of "
                          f"{', '.join(str(v) for v in READABLE_VERSIONS)}")
    if "architecture" not in data:
        raise SourceError(f"{where}: 'architecture' is missing")
    arch = architecture_from_dict(data["architecture"], where)
    try:
        dataset = _resolve_dataset_path(spec_from_dict(data.get("dataset")), path)
    except DatasetError as exc:
        raise SourceError(f"{where}: dataset: {exc}") from None
    training = training_from_dict(data.get("training", {}), where)
    title = data.get("title") or (path.stem if path else "untitled")
    trained, runs = read_trained_part(data, arch, where, path) if version >= 2 else (None, ())
    return Project(arch, dataset, training, title=str(title), path=path, trained=trained, runs=runs)


def _resolve_dataset_path(dataset: DatasetSpec, path: Path | None) -> DatasetSpec:
    """A CSV named relative to the project file is found beside it."""
    csv = dataset.path
    if path is not None and csv and not Path(csv).is_absolute():
        return dataset.updated(path=str((path.parent / csv).resolve()))
    return dataset


def architecture_from_dict(data: Any, where: str) -> Architecture:
    at = f"{where}: architecture"
    if not isinstance(data, dict):
        raise SourceError(f"{at}: expected an object, found {type(data).__name__}")
    spec = _input_from_dict(data.get("input"), f"{at}.input")
    layers_raw = data.get("layers", [])
    if not isinstance(layers_raw, list):
        raise SourceError(f"{at}.layers: expected a list, found {type(layers_raw).__name__}")
    layers = tuple(_layer_from_dict(item, f"{at}.layers[{i}]") for i, item in enumerate(layers_raw))
    return Architecture(spec, layers, name=str(data.get("name", "sequential")))


def _input_from_dict(data: Any, at: str) -> InputSpec:
    if not isinstance(data, dict):
        raise SourceError(f"{at}: expected an object like {{\"shape\": [5, 1]}}, found {data!r}")
    shape = data.get("shape")
    if not isinstance(shape, list) or not shape:
        raise SourceError(f"{at}.shape: expected a list such as [5, 1] (time steps, features), found {shape!r}")
    for i, dim in enumerate(shape):
        if dim is None:
            continue
        name = _dim_name(i, len(shape))
        if isinstance(dim, bool) or not isinstance(dim, int):
            raise SourceError(f"{at}.shape[{i}]: {name} must be a whole number, found {dim!r}")
        if dim < 1:
            raise SourceError(f"{at}.shape[{i}]: {name} must be at least 1, found {dim}")
    dtype = data.get("dtype", "float32")
    if dtype not in ("float32", "float64", "float16", "int32", "int64"):
        raise SourceError(f"{at}.dtype: expected 'float32' or 'int32', found {dtype!r}")
    batch = data.get("batch_size")
    if batch is not None and (isinstance(batch, bool) or not isinstance(batch, int) or batch < 1):
        raise SourceError(f"{at}.batch_size: must be a whole number of at least 1 or absent, found {batch!r}")
    return InputSpec(tuple(shape), dtype, batch)


def _dim_name(axis: int, rank: int) -> str:
    if rank >= 2 and axis == 0:
        return "the number of time steps"
    if axis == rank - 1:
        return "the number of features" if rank >= 2 else "the input length"
    return f"dimension {axis}"


def _layer_from_dict(data: Any, at: str) -> LayerSpec:
    if not isinstance(data, dict):
        raise SourceError(f"{at}: expected an object like {{\"kind\": \"LSTM\", \"options\": {{...}}}}")
    kind = data.get("kind")
    if kind not in catalogue.KINDS:
        raise SourceError(f"{at}.kind: unknown layer kind {kind!r}; known kinds: {', '.join(catalogue.KINDS)}")
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise SourceError(f"{at}.options: expected an object, found {type(options).__name__}")
    spec = catalogue.KINDS[kind]
    for key, value in options.items():
        if key not in spec.option_names:
            raise SourceError(f"{at}.options.{key}: {kind} has no option {key!r} (options: {', '.join(spec.option_names)})")
        problem = spec.option(key).problem(value)
        if problem:
            raise SourceError(f"{at}.options.{key}: {problem}")
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        raise SourceError(f"{at}.name: expected text, found {name!r}")
    return LayerSpec(kind, options, name)


def training_from_dict(data: Any, where: str) -> TrainingSettings:
    at = f"{where}: training"
    if not isinstance(data, dict):
        raise SourceError(f"{at}: expected an object, found {type(data).__name__}")
    try:
        return settings_from_dict(data)
    except ValueError as exc:
        raise SourceError(f"{at}.{exc}" if ": " in str(exc) else f"{at}: {exc}") from None


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
    }


def save_project(project: Project, path: str | os.PathLike[str]) -> Path:
    """Write the project atomically and return its path."""
    path = Path(path)
    text = json.dumps(project_to_dict(project), indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"))
    return path
