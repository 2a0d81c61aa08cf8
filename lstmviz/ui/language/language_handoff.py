"""Switching the language without losing anything: the window hands its document to the next one.

Every text is made when its widget is, so a new language needs a new window. Rather than
ask to save first, the window writes its whole document (model, data, settings, trained
weights, runs, where it came from and whether it has unsaved changes) as a recovery file,
starts lstmviz again with that file's path in :data:`ENVIRONMENT`, and closes without
asking. The new window loads the file before anything else, as the same document (its file,
its title, unsaved when it was), and deletes it. Only the undo history stays behind.

The file is named like an autosave's recovery file, so if the new window never takes it
(it failed to start, or was killed), the next start offers it as the recovery of a crash.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QStatusBar, QTabWidget

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import write_atomically
from lstmviz.io.project import SourceError
from lstmviz.ui.document.autosave import PREFIX, SUFFIX, read_recovery, recovery_bytes, recovery_folder
from lstmviz.ui.document.document import Document

ENVIRONMENT = "LSTMVIZ_HANDOFF"
_KEY = "handoff"


class HandoffWindow(Protocol):
    """What is handed over from a window, and restored in the next: the document and the tab shown."""

    document: Document
    tabs: QTabWidget

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name


def write_handoff(window: HandoffWindow, folder: Path | None = None) -> Path:
    """Write ``window``'s document (and what it shows) to a new recovery file; its path. Raises OSError."""
    doc = window.document
    data = json.loads(recovery_bytes(doc.project()).decode("utf-8"))
    data[_KEY] = {"modified": bool(doc.modified), "tab": int(window.tabs.currentIndex()), "selected": doc.selected}
    folder = folder or recovery_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{PREFIX}handoff-{uuid.uuid4().hex}{SUFFIX}"
    write_atomically(path, (json.dumps(data, ensure_ascii=False) + "\n").encode("utf-8"))
    return path


def take_handoff(window: HandoffWindow) -> bool:
    """Load the document the previous window handed over (named in the environment), then delete its file.

    True when one was loaded. A file that cannot be read is said so in the status bar and left for
    the recovery offer.
    """
    name = os.environ.pop(ENVIRONMENT, "")
    if not name:
        return False
    path = Path(name)
    try:
        recovered = read_recovery(path)
        meta = json.loads(path.read_text(encoding="utf-8")).get(_KEY) or {}
    except (SourceError, OSError, ValueError, AttributeError) as exc:
        window.statusBar().showMessage(tr("The document of the last window was not handed over: {reason}").format(
            reason=exc), 10000)
        return False
    modified = meta.get("modified", True) is not False
    window.document.load(recovered.project, unsaved=modified)
    tab, selected = meta.get("tab"), meta.get("selected")
    if isinstance(tab, int) and 0 <= tab < window.tabs.count():
        window.tabs.setCurrentIndex(tab)
    if isinstance(selected, int) and not isinstance(selected, bool):
        window.document.select(selected)
    try:
        path.unlink()
    except OSError:
        pass  # the recovery offer removes it later
    return True
