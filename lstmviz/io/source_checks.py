"""The limits every reader applies to what it read: texts, the number of layers, the model's size.

Project files and ``.keras`` files both end here, so a model one of them accepts is a
model the window can draw, ``summary`` can print and ``train`` can build; anything beyond
:mod:`lstmviz.model.limits` is a :class:`~lstmviz.io.project.SourceError` naming the file,
the place and the limit.
"""

from __future__ import annotations

from typing import Any

from lstmviz.i18n import tr
from lstmviz.io.limits import MAX_PATH_CHARS
from lstmviz.io.project import Project, SourceError
from lstmviz.model.inference import infer
from lstmviz.model.limits import MAX_LAYERS, MAX_TEXT_CHARS, count, text_problem


def check_layer_count(layers: Any, where: str) -> None:
    """Refuse a list of more layers than lstmviz handles, before a single one is read."""
    if isinstance(layers, list) and len(layers) > MAX_LAYERS:
        raise SourceError(tr("{where}: the model has {n} layers; lstmviz reads at most {limit}").format(
            where=where, n=count(len(layers)), limit=count(MAX_LAYERS)))


def _texts(project: Project) -> list[tuple[str, Any]]:
    arch = project.architecture
    found: list[tuple[str, Any]] = [(tr("the title"), project.title), (tr("the model's name"), arch.name)]
    found += [(tr("the name of layer {n}").format(n=i + 1), layer.name) for i, layer in enumerate(arch.layers)]
    spec = project.dataset
    for key in ("feature_columns", "target_columns"):
        columns = getattr(spec, key) or ()
        if len(columns) > MAX_TEXT_CHARS:
            raise _too_many(key, len(columns))
        found += [(f"dataset.{key}", c) for c in columns]
    return found


def _too_many(key: str, n: int) -> SourceError:
    return SourceError(tr("dataset.{key} lists {n} columns; lstmviz reads at most {limit}").format(
        key=key, n=count(n), limit=count(MAX_TEXT_CHARS)))


def checked_project(project: Project, where: str) -> Project:
    """``project`` if every text and size in it is within lstmviz's limits; SourceError otherwise."""
    try:
        texts = _texts(project)
    except SourceError as exc:
        raise SourceError(f"{where}: {exc}") from None
    for what, value in texts:
        problem = text_problem(value, what)
        if problem:
            raise SourceError(f"{where}: {problem}")
    path = project.dataset.path
    if path is not None and len(path) > MAX_PATH_CHARS:
        raise SourceError(tr("{where}: dataset.path is {n} characters long; lstmviz reads at most {limit}").format(
            where=where, n=count(len(path)), limit=count(MAX_PATH_CHARS)))
    problem = infer(project.architecture).limit_error
    if problem:
        raise SourceError(f"{where}: {problem}")
    return project
