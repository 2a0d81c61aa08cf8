"""From a SOURCE argument to a project, whatever is at that path: the safe half of :mod:`project_io`.

A source is an example's name, a project file or a ``.keras`` file. Before a byte is
read, the path is checked (a NUL byte, a huge length), looked at without following it
into a FIFO or a device, and told apart (project or zip) by its first bytes from a
descriptor opened without blocking. Every failure is a :class:`SourceError` of one line:
``FILE: what is wrong``.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any, Callable, Mapping

from lstmviz.i18n import tr
from lstmviz.io.bounded_json import JsonProblem, parse_json
from lstmviz.io.limits import MAX_ARCHIVE_BYTES, MAX_PROJECT_BYTES
from lstmviz.io.project import Project, SourceError
from lstmviz.io.safe_open import (
    FileProblem, kind_of, open_regular, os_error_text, path_problem, read_limited, shown_path,
)
from lstmviz.model.limits import one_line

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def unexpected_content(path: str | os.PathLike[str], exc: BaseException) -> SourceError:
    """A reader met content it did not foresee: one line naming the file and what was met."""
    if isinstance(exc, MemoryError):
        return SourceError(tr("{path}: not enough memory to read it").format(path=shown_path(path)))
    return SourceError(tr("{path}: not a file this version of lstmviz understands ({reason})").format(
        path=shown_path(path), reason=one_line(f"{type(exc).__name__}: {exc}", 200)))


def _missing(text: str, examples: Mapping[str, Any]) -> SourceError:
    try:
        os.lstat(text)
    except OSError:
        return SourceError(tr("{path}: no such file, and no example of that name (examples: {names})").format(
            path=shown_path(text), names=", ".join(examples)))
    return SourceError(tr("{path}: a symbolic link to a file that does not exist").format(path=shown_path(text)))


def _looks_like_zip(path: str) -> bool:
    """Whether the regular file at ``path`` starts like a zip archive (opened without blocking)."""
    try:
        with open_regular(path, MAX_ARCHIVE_BYTES) as handle:
            return handle.read(4) in _ZIP_MAGIC
    except FileProblem as exc:
        raise SourceError(f"{shown_path(path)}: {exc}") from None
    except OSError as exc:
        raise SourceError(f"{shown_path(path)}: {os_error_text(exc)}") from None


def read_source(source: str | os.PathLike[str], *, examples: Mapping[str, Any],
                example: Callable[[str], Project], project: Callable[[Path], Project],
                keras: Callable[[Path], Project]) -> Project:
    """The project at ``source``: an example (by name), a ``.keras`` file or a project file."""
    text = os.fsdecode(source) if isinstance(source, bytes) else os.fspath(source)
    if text in examples:
        return example(text)
    problem = path_problem(text)
    if problem:
        raise SourceError(f"{shown_path(text)}: {problem}")
    try:
        info = os.stat(text)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise _missing(text, examples) from None
        raise SourceError(f"{shown_path(text)}: {os_error_text(exc)}") from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(tr("{path}: is a folder, not a project or .keras file").format(path=shown_path(text)))
    path = Path(text)
    try:
        if path.suffix.lower() == ".keras" or _looks_like_zip(text):
            return keras(path)
        return project(path)
    except SourceError:
        raise
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - a reader met what it did not foresee
        raise unexpected_content(text, exc) from None


def read_project_json(path: Path) -> Any:
    """The JSON value a project file holds, read within the limits; SourceError otherwise."""
    where = shown_path(path)
    try:
        with open_regular(path, MAX_PROJECT_BYTES) as handle:
            raw = read_limited(handle, MAX_PROJECT_BYTES)
    except FileProblem as exc:
        raise SourceError(f"{where}: {exc}") from None
    try:
        return parse_json(raw)
    except JsonProblem as exc:
        if exc.not_text:
            raise SourceError(tr("{path}: not a project file (not UTF-8 text)").format(path=where)) from None
        raise SourceError(f"{where}: {exc}") from None


def source_problem(source: str, examples: Mapping[str, Any]) -> str | None:
    """Why ``source`` is neither an example nor a regular file to open, or None when it may be opened.

    Used before a window is opened for it: a mistyped command or a FIFO gets one line, not a window.
    """
    if source in examples:
        return None
    problem = path_problem(source)
    if problem:
        return f"{shown_path(source)}: {problem}"
    try:
        info = os.stat(source)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            return str(_missing(source, examples))
        return f"{shown_path(source)}: {os_error_text(exc)}"
    if stat.S_ISDIR(info.st_mode):
        return tr("{path}: is a folder, not a project or .keras file").format(path=shown_path(source))
    if not stat.S_ISREG(info.st_mode):
        return f"{shown_path(source)}: {kind_of(info.st_mode)}"
    return None
