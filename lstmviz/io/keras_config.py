"""Read a ``.keras`` file's architecture from its ``config.json``, without TensorFlow.

A ``.keras`` file is a zip archive; ``config.json`` holds the model's Keras config.
Sequential models and Functional models that form a single chain are read; weights stay
in the archive and are loaded through Keras only when training or probing needs them.
Anything lstmviz cannot show exactly (a custom layer, a branch, a layer kind outside the
catalogue) is a :class:`~lstmviz.io.project.SourceError` naming the layer.
"""

from __future__ import annotations

import contextlib
import zipfile
from pathlib import Path
from typing import Any, Iterator

from lstmviz.i18n import tr
from lstmviz.io.bounded_json import JsonProblem, parse_json
from lstmviz.io.limits import MAX_ARCHIVE_BYTES, MAX_CONFIG_BYTES, MAX_ZIP_MEMBERS
from lstmviz.io.project import Project, SourceError
from lstmviz.io.safe_open import os_error_text, shown_path
from lstmviz.io.safe_zip import ArchiveError, member, open_zip, read_member
from lstmviz.io.source_checks import check_layer_count, checked_project
from lstmviz.model import catalogue
from lstmviz.model.kinds import registry
from lstmviz.model.kinds.input import INPUT
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.limits import one_line

CONFIG = "config.json"


@contextlib.contextmanager
def opened_keras_file(path: Path) -> Iterator[zipfile.ZipFile]:
    """The ``.keras`` archive at ``path``, open; failing to open or read it is a SourceError naming the file."""
    where = shown_path(path)
    try:
        with open_zip(path, MAX_ARCHIVE_BYTES, MAX_ZIP_MEMBERS) as archive:
            yield archive
    except ArchiveError as exc:
        text = tr("not a .keras file (a .keras file is a zip archive; this is not one)") if exc.not_zip else str(exc)
        raise SourceError(f"{where}: {text}") from None
    except OSError as exc:  # reading the archive's members
        raise SourceError(tr("{where}: cannot be read ({reason})").format(where=where, reason=os_error_text(exc))) from None


def keras_project(archive: zipfile.ZipFile, path: Path) -> Project:
    """The architecture in the open archive of the ``.keras`` file at ``path``, as a project (no weights)."""
    where = shown_path(path)
    return checked_project(Project(architecture_from_archive(archive, where), title=path.stem, keras_file=path), where)


def read_keras_file(path: str | Path) -> Project:
    """The architecture of the ``.keras`` file at ``path``; SourceError naming the file and the problem."""
    path = Path(path)
    with opened_keras_file(path) as archive:
        return keras_project(archive, path)


def architecture_from_archive(archive: zipfile.ZipFile, where: str) -> Architecture:
    """The architecture in an open archive's ``config.json``, read within the limits; SourceError otherwise.

    ``where`` names the file in messages. Used for the architecture alone and, by
    :mod:`lstmviz.io.keras_weights`, before the weights.
    """
    info = member(archive, CONFIG)
    if info is None:
        raise SourceError(tr("{where}: no config.json inside: not a Keras 3 .keras file").format(where=where))
    try:
        config = parse_json(read_member(archive, info, MAX_CONFIG_BYTES))
    except ArchiveError as exc:
        raise SourceError(f"{where}: {exc}") from None
    except JsonProblem as exc:
        raise SourceError(tr("{where}: config.json: {reason}").format(where=where, reason=exc)) from None
    if isinstance(config, dict) and isinstance(config.get("config"), dict):
        check_layer_count(config["config"].get("layers"), where)
    try:
        return architecture_from_keras_config(config, where)
    except SourceError:
        raise
    except (KeyError, TypeError, AttributeError, IndexError, ValueError, RecursionError) as exc:
        raise SourceError(tr("{where}: config.json is not a Keras model config this version understands "
                             "({reason})").format(where=where, reason=one_line(f"{type(exc).__name__}: {exc}"))
                          ) from None


def architecture_from_keras_config(config: Any, where: str) -> Architecture:
    if not isinstance(config, dict) or "class_name" not in config:
        raise SourceError(tr('{where}: config.json does not describe a Keras model').format(where=where))
    cls = config["class_name"]
    body = config.get("config") or {}
    layers = body.get("layers")
    if cls not in ("Sequential", "Functional", "Model") or not isinstance(layers, list):
        raise SourceError(tr('{where}: the model is a {cls}; lstmviz reads Sequential models and single-chain Functional models').format(where=where, cls=cls))
    if cls != "Sequential":
        layers = _chain_of_functional(body, where)
    input_spec = None
    specs: list[LayerSpec] = []
    for index, layer in enumerate(layers):
        if not isinstance(layer, dict):
            raise SourceError(tr('{where}: layer {index} is not a layer config').format(where=where, index=index))
        if layer.get("class_name") == INPUT.keras_class:
            input_spec = _input_spec(layer.get("config", {}), where)
            continue
        if input_spec is None and not specs:
            input_spec = _built_input(layer, body, where)
        specs.append(layer_from_keras(layer, where))
    if input_spec is None:
        raise SourceError(tr('{where}: the model has no input shape (it was saved before being built)').format(where=where))
    return Architecture(input_spec, tuple(specs), name=str(body.get("name", "sequential")))


def _input_spec(config: dict[str, Any], where: str) -> InputSpec:
    shape = config.get("batch_shape") or config.get("batch_input_shape")
    if not isinstance(shape, list) or len(shape) < 2:
        raise SourceError(tr('{where}: input layer {get!r} has no usable shape ({shape!r})').format(where=where, get=config.get('name', '?'), shape=shape))
    dtype = config.get("dtype", "float32")
    if isinstance(dtype, dict):
        dtype = dtype.get("config", {}).get("name", "float32")
    batch = shape[0] if isinstance(shape[0], int) and not isinstance(shape[0], bool) and shape[0] > 0 else None
    return InputSpec(tuple(shape[1:]), "int32" if str(dtype).startswith("int") else "float32", batch)


def _built_input(layer: dict[str, Any], body: dict[str, Any], where: str) -> InputSpec | None:
    shape = body.get("build_input_shape") or (layer.get("build_config") or {}).get("input_shape")
    if isinstance(shape, list) and len(shape) >= 2:
        return InputSpec(tuple(shape[1:]))
    return None


def _chain_of_functional(body: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """The layers of a Functional model in order, if they form one chain from input to output."""
    layers = {layer.get("name") or layer.get("config", {}).get("name"): layer for layer in body["layers"]}
    parents: dict[str, str] = {}
    for name, layer in layers.items():
        inbound = layer.get("inbound_nodes") or []
        sources = [
            arg["config"]["keras_history"][0]
            for node in inbound
            for arg in _tensors(node.get("args", []) if isinstance(node, dict) else [])
        ]
        if len(inbound) > 1 or len(sources) > 1:
            raise SourceError(tr('{where}: layer {name!r} is called on several inputs or several times; lstmviz reads models that form a single chain').format(where=where, name=name))
        if sources:
            parents[name] = sources[0]
    children: dict[str, list[str]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    branching = [p for p, c in children.items() if len(c) > 1]
    if branching:
        raise SourceError(tr('{where}: the output of layer {value!r} feeds several layers; lstmviz reads models that form a single chain').format(where=where, value=branching[0]))
    roots = [name for name in layers if name not in parents]
    if len(roots) != 1:
        raise SourceError(tr('{where}: the model has {roots} inputs; lstmviz reads single-input models').format(where=where, roots=len(roots)))
    order, current = [], roots[0]
    while True:
        order.append(layers[current])
        nxt = children.get(current)
        if not nxt:
            break
        current = nxt[0]
    if len(order) != len(layers):
        raise SourceError(tr('{where}: not every layer lies on the chain from input to output').format(where=where))
    return order


def _tensors(args: list[Any]) -> list[dict[str, Any]]:
    out = []
    for arg in args:
        if isinstance(arg, dict) and arg.get("class_name") == "__keras_tensor__":
            out.append(arg)
        elif isinstance(arg, list):
            out.extend(_tensors(arg))
    return out


def layer_from_keras(layer: dict[str, Any], where: str) -> LayerSpec:
    cls = layer.get("class_name")
    config = layer.get("config") or {}
    given = config.get("name") or layer.get("name")
    name = given or "?"
    module = str(layer.get("module") or "keras.layers")
    registered = layer.get("registered_name")
    if not module.startswith("keras") or (registered and registered != cls):
        raise SourceError(tr('{where}: layer {name!r} is a custom object ({value} from {module}); lstmviz reads built-in Keras layers only').format(where=where, name=name, value=registered or cls, module=module))
    if not isinstance(cls, str):
        raise TypeError(f"layer {name!r} has a class_name of type {type(cls).__name__}")
    kind = registry.by_keras_class(cls)
    if kind is None:
        raise SourceError(f"{where}: " + tr('layer {name!r} is a {cls}, which lstmviz does not support (supported: {join})').format(name=name, cls=cls, join=', '.join(catalogue.KINDS)))
    try:
        options = kind.from_keras(config, name)
    except ValueError as exc:  # the kind says why it cannot show this config
        raise SourceError(f"{where}: {exc}") from None
    problems = kind.problems(options)
    if problems:
        raise SourceError(f"{where}: layer {name!r} ({cls}): {'; '.join(problems)}")
    return LayerSpec(kind.name, options, given)


# ----------------------------------------------------------------------------- writing


def layer_to_keras(layer: LayerSpec) -> dict[str, Any]:
    """The Keras config of one layer (``keras.layers.deserialize`` builds it)."""
    config = layer.spec.to_keras(layer.options)
    if layer.name:
        config["name"] = layer.name
    return {"module": "keras.layers", "class_name": layer.spec.keras_class, "config": config}


def architecture_to_keras(arch: Architecture) -> dict[str, Any]:
    """A Keras ``Sequential`` config for the architecture (what ``config.json`` holds)."""
    input_layer = {"module": "keras.layers", "class_name": "InputLayer",
                   "config": {"batch_shape": list(arch.input.batch_shape), "dtype": arch.input.dtype}}
    return {"module": "keras", "class_name": "Sequential",
            "config": {"name": arch.name, "layers": [input_layer, *(layer_to_keras(l) for l in arch.layers)]}}
