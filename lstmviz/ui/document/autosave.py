"""Autosave: unsaved changes go to a recovery file a few seconds after they are made.

Each running window writes its own ``recovery-<id>.lstmviz`` in the recovery folder (a
project file, version 2, with a ``"recovery"`` object saying where the document came from)
and holds a :class:`QLockFile` beside it while it lives. A file whose lock is stale
(its process crashed or was killed) is an orphan the next start offers to restore
(:mod:`lstmviz.ui.files.recovery`). A save, an undo back to the saved state, or a clean exit
removes the file. A recovery file is never larger than a project lstmviz opens: a state
too large for one keeps its model, data and settings, and drops what does not fit (the
replay snapshots first, then the weights and runs), and says so.

A restored recovery keeps the path of the file it came from only when that file is still
a project lstmviz wrote (:func:`proven_project`); otherwise it comes back untitled, so a
Save never overwrites another file that a damaged recovery file names.

The document is read on the GUI thread (immutable values: cheap), and encoded and written
(atomically) on a :class:`~lstmviz.ui.work.background.SerialWorker`, so large weights never hold
up the window, and writes and removals happen in the order they were asked for.
"""

from __future__ import annotations

import datetime
import errno
import json
import os
import re
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import write_atomically
from lstmviz.io.project import Project, SourceError
from lstmviz.io.project_io import load_project, project_text, project_to_dict
from lstmviz.io.safe_open import FileProblem, open_regular
from lstmviz.ui.work.background import SerialWorker
from lstmviz.ui.document.state import DocumentState

AUTOSAVE_DELAY_MS = 3000  # after the first unsaved change; later changes ride along with it
PREFIX = "recovery-"
SUFFIX = ".lstmviz"
_META_KEYS = ("title", "path", "keras_file", "example", "trained_source", "saved")
UNREADABLE = "unreadable"  # the subfolder where recovery files that cannot be read are kept
# How every project lstmviz writes begins ("format", then "version": project_io.project_to_dict).
_PROJECT_START = re.compile(rb'\A\s*\{\s*"format"\s*:\s*"lstmviz"\s*,\s*"version"\s*:\s*[12]\s*,')


def recovery_folder() -> Path:
    """Where recovery files live: the user's application-data folder (``~/.local/share/lstmviz/lstmviz``)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".lstmviz") / "recovery"


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long a window stays open
    return lock


# ------------------------------------------------------------------------ the file


def _absolute_csv(project: Project) -> Project:
    """A CSV named relative to the working folder would be looked for beside the recovery file."""
    path = project.dataset.path
    if project.dataset.is_csv and path and not Path(path).is_absolute():
        return replace(project, dataset=project.dataset.updated(path=str(Path(path).resolve())))
    return project


def _without_snapshots(project: Project) -> Project:
    return replace(project, runs=tuple(replace(run, snapshots=None) for run in project.runs))


def recovery_bytes(project: Project) -> bytes:
    """The recovery file's content: the project, and where it came from.

    Never larger than a project lstmviz opens (an ``OSError`` EFBIG says what was left out
    to fit: see :func:`fitting_recovery`)."""
    return fitting_recovery(project)[0]


def fitting_recovery(project: Project) -> tuple[bytes, str | None]:
    """The recovery file's content, and what had to be left out so it can be read back (None: nothing)."""
    for candidate, note in ((project, None),
                            (_without_snapshots(project), tr("the replay snapshots were too large to autosave")),
                            (replace(project, trained=None, runs=()),
                             tr("the trained weights and runs were too large to autosave"))):
        try:
            return _recovery_bytes(candidate), note
        except OSError as exc:
            if exc.errno != errno.EFBIG:
                raise
    raise OSError(errno.EFBIG, tr("the unsaved state is too large for a recovery file"))


def _recovery_bytes(project: Project) -> bytes:
    data = project_to_dict(_absolute_csv(project))
    trained = project.trained if project.trained is not None and project.trained.fits(project.architecture) else None
    data["recovery"] = {
        "title": project.title,
        "path": None if project.path is None else str(project.path),
        "keras_file": None if project.keras_file is None else str(project.keras_file),
        "example": project.example,
        "trained_source": trained.source if trained is not None else None,
        "saved": datetime.datetime.now().isoformat(timespec="seconds"),
    }
    return project_text(data, indent=None)


@dataclass(frozen=True)
class Recovered:
    project: Project
    saved: str  # when it was written, ISO 8601 (local time)


def read_recovery(path: Path) -> Recovered:
    """The project a recovery file holds, with its own title, file and weights' source back."""
    project = load_project(path)
    try:
        meta = json.loads(path.read_text(encoding="utf-8")).get("recovery")
    except (OSError, ValueError, AttributeError):
        meta = None
    if not isinstance(meta, dict):
        raise SourceError(tr("{path}: recovery: missing, not a recovery file").format(path=path))
    text = {key: meta.get(key) if isinstance(meta.get(key), str) else None for key in _META_KEYS}
    trained = project.trained
    if trained is not None and text["trained_source"]:
        trained = replace(trained, source=text["trained_source"])
    project = replace(project, title=text["title"] or project.title, trained=trained,
                      path=Path(text["path"]) if text["path"] and proven_project(text["path"]) else None,
                      keras_file=Path(text["keras_file"]) if text["keras_file"] else None,
                      example=text["example"])
    return Recovered(project, text["saved"] or "")


def proven_project(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a project file lstmviz wrote that the user may write: a restored document may Save to it."""
    try:
        with open_regular(path, 1 << 40) as handle:
            start = handle.read(256)
    except (FileProblem, OSError):
        return False
    return bool(_PROJECT_START.match(start)) and os.access(path, os.W_OK)


# ---------------------------------------------------------------------- orphans


@dataclass
class Orphan:
    """A recovery file whose window is gone; we hold its lock until it is dealt with."""

    path: Path
    lock: QLockFile

    def remove(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        self.release()

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()

    def set_aside(self) -> Path | None:
        """Move the file into the ``unreadable`` subfolder (kept, never offered again); its new path, or None."""
        folder = self.path.parent / UNREADABLE
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            target = folder / self.path.name
            if os.path.lexists(target):
                target = folder / f"{self.path.stem}-{uuid.uuid4().hex[:8]}{SUFFIX}"
            os.rename(self.path, target)
        except OSError:
            return None  # it stays where it is (and is offered again next time): never deleted
        finally:
            self.release()
        return target


def find_orphans(folder: Path) -> list[Orphan]:
    """Recovery files no running window holds, newest first (their locks are now ours)."""
    try:
        candidates = sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return []
    found = []
    for path in candidates:
        lock = _lock_for(path)
        if lock.tryLock(0):
            found.append(Orphan(path, lock))
    return found


# --------------------------------------------------------------------- the saver


class Autosaver(QObject):
    saved = Signal(str)  # the recovery file was written
    trimmed = Signal(str)  # what the recovery file had to leave out to stay readable
    removed = Signal()  # it was removed (saved, back to the saved state, or a clean exit)
    failed = Signal(str)  # why a write failed (the document is untouched)

    def __init__(self, document: DocumentState, folder: Path, delay_ms: int = AUTOSAVE_DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.folder = Path(folder)
        self.path = self.folder / f"{PREFIX}{uuid.uuid4().hex}{SUFFIX}"
        self._lock: QLockFile | None = None
        self._written: tuple[Any, ...] | None = None  # what the file holds now (None: no file)
        self._closed = False
        self._worker = SerialWorker("lstmviz-autosave", self)
        self._worker.finished.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        for signal in (document.architecture_changed, document.training_settings_changed, document.dataset_changed,
                       document.trained_changed, document.file_changed):
            signal.connect(self._changed)

    def _state(self) -> tuple[Any, ...]:
        d = self.document
        return (d.architecture, d.dataset_spec, d.training, d.trained, d.runs, d.sweeps, d.title, d.path,
                d.keras_file)

    def _changed(self) -> None:
        if self._closed:
            return
        if not self.document.modified:
            self.remove()  # saved, or undone back to the saved state
        elif not self.timer.isActive():
            self.timer.start()  # not restarted by later changes: a steady stream of edits is saved too

    def save_now(self) -> None:
        """Write the document's unsaved state now (off the GUI thread); nothing to do when it has none."""
        self.timer.stop()
        if self._closed or not self.document.modified:
            return
        state = self._state()
        if state == self._written:
            return
        if self._lock is None:
            if not self._take_lock():
                return
        project = self.document.project()
        path = self.path
        self._written = state
        self._worker.submit("saved", lambda: self._write(path, project))

    def _write(self, path: Path, project: Project) -> str | None:
        """On the writer thread: the file, and what was left out of it (None: nothing)."""
        data, note = fitting_recovery(project)
        write_atomically(path, data)
        return note

    def _take_lock(self) -> bool:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.failed.emit(tr("autosave: {folder}: {reason}").format(folder=self.folder,
                                                                      reason=exc.strerror or exc))
            self._closed = True  # say it once; the window keeps working without autosave
            return False
        lock = _lock_for(self.path)
        if not lock.tryLock(0):
            self.failed.emit(tr("autosave: {path} is locked").format(path=self.path))
            self._closed = True
            return False
        self._lock = lock
        return True

    def remove(self) -> None:
        """Remove the recovery file (after any write still under way)."""
        self.timer.stop()
        if self._written is None:
            return
        self._written = None
        path = self.path
        self._worker.submit("removed", lambda: path.unlink(missing_ok=True))

    def remove_after_writes(self, other: Path) -> None:
        """Remove another recovery file once this one's pending writes are done (a restored orphan)."""
        self._worker.submit("orphan", lambda: other.unlink(missing_ok=True))

    @property
    def active(self) -> bool:
        """False once closed, or after the folder or the lock could not be had."""
        return not self._closed

    def wait(self, timeout: float = 10.0) -> bool:
        return self._worker.wait(timeout)

    def close(self, keep: bool = False) -> None:
        """A clean exit: wait for the writer, remove the file (unless ``keep``) and the lock."""
        if self._closed and self._lock is None:
            return
        self.timer.stop()
        if not keep:
            self.remove()
        self._closed = True
        self._worker.wait(10.0)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _finished(self, tag: str, result: object) -> None:
        if isinstance(result, Exception):
            if tag == "saved":
                self._written = None  # try again at the next change
            reason = result.strerror if isinstance(result, OSError) and result.strerror else result
            self.failed.emit(tr("autosave failed: {reason}").format(reason=reason))
        elif tag == "saved":
            if isinstance(result, str):
                self.trimmed.emit(tr("autosave: {what}; save the project to keep them").format(what=result))
            self.saved.emit(os.fspath(self.path))
        elif tag == "removed":
            self.removed.emit()
