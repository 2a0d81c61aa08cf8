"""The window's side of autosave: turn it on, and offer what a crashed or killed session left.

:func:`start` gives the window an :class:`~lstmviz.ui.document.autosave.Autosaver` (removed
again on a clean exit) and then looks for orphaned recovery files. For the newest one it
asks (:func:`ask_restore`, which tests replace) whether to restore it: a restored document
is marked modified, so closing asks to save it, and its old recovery file goes once the new
one is written; one the user discards is deleted. Nothing else is ever deleted: a recovery
file that cannot be read (written by a newer version, cut short, too large) is moved into
the ``unreadable`` subfolder and the window says where, and one not offered now (the
window was busy) stays for the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from lstmviz.i18n import tr
from lstmviz.io.project import SourceError
from lstmviz.ui.document.autosave import Autosaver, Recovered, find_orphans, read_recovery, recovery_folder
from lstmviz.ui.document.document import Document

Ask = Callable[[QWidget, Recovered], bool]


class RecoveryWindow(Protocol):
    """What autosave and the recovery offer need of the main window."""

    document: Document
    autosaver: Autosaver | None  # kept by the window from start() on

    @property
    def about_to_close(self) -> SignalInstance: ...  # the close was accepted: the autosaver stops

    def show_error(self, title: str, message: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's names

    def window(self) -> QWidget:
        """The window as a widget (QWidget.window() of a top-level window is the window itself)."""
        ...


def describe(recovered: Recovered) -> str:
    project = recovered.project
    name = project.path.name if project.path else project.keras_file.name if project.keras_file else project.title
    when = recovered.saved.replace("T", " ") or tr("an unknown time")
    text = tr("lstmviz did not close properly last time. It kept the unsaved changes to “{name}” "
              "from {when}.").format(name=name, when=when)
    if project.trained is not None:
        text += " " + tr("They include trained weights ({source}).").format(source=project.trained.source)
    return text + "\n\n" + tr("Restore them?")


def ask_restore(parent: QWidget, recovered: Recovered) -> bool:
    """Ask whether to restore ``recovered`` (a dialog; tests replace this function)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Restore unsaved changes"), describe(recovered),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("restoreDialog")
    restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def tell_set_aside(window: RecoveryWindow, moved: list[tuple[Path | None, Path, str]]) -> None:
    """Say which recovery files could not be read and where they are kept now."""
    lines = [tr("{file} could not be read ({reason}); it is kept in {folder}").format(
        file=old.name, reason=reason, folder=(new or old).parent) for new, old, reason in moved]
    window.show_error(tr("Recovery file kept aside"), " ".join(lines))


def offer(window: RecoveryWindow, autosaver: Autosaver, folder: Path, ask: Ask | None = None) -> bool:
    """Offer the newest orphaned recovery file; True when one was restored into the window's document."""
    ask = ask or ask_restore
    orphans = find_orphans(folder)
    restored = False
    moved: list[tuple[Path | None, Path, str]] = []
    try:
        for orphan in orphans:
            if restored or window.document.locked:
                break  # the others stay for a later start
            try:
                recovered = read_recovery(orphan.path)
            except SourceError as exc:
                # A newer version's file, half a file, or too large: never deleted, never offered again.
                reason = str(exc).removeprefix(str(orphan.path)).lstrip(": ")
                moved.append((orphan.set_aside(), orphan.path, reason))
                continue
            if not ask(window.window(), recovered):
                orphan.remove()  # the user discarded it
                continue
            window.document.load(recovered.project, unsaved=True)
            autosaver.save_now()
            if autosaver.active:  # else keep it: it is the only copy on disk
                autosaver.remove_after_writes(orphan.path)
            restored = True
            window.statusBar().showMessage(tr("Restored the unsaved changes from {when}").format(
                when=recovered.saved.replace("T", " ")), 8000)
    finally:
        for orphan in orphans:
            orphan.release()
    if moved:
        tell_set_aside(window, moved)
    return restored


def start(window: RecoveryWindow, folder: Path | None = None, ask: Ask | None = None) -> Autosaver:
    """Autosave the window's document, and (once the window shows) offer what a crashed session left."""
    chosen = folder or recovery_folder()
    widget = window.window()
    autosaver = Autosaver(window.document, chosen, parent=widget)
    autosaver.failed.connect(lambda text: window.statusBar().showMessage(text, 8000))
    autosaver.trimmed.connect(lambda text: window.statusBar().showMessage(text, 15000))
    window.about_to_close.connect(autosaver.close)
    window.autosaver = autosaver
    QTimer.singleShot(0, widget, lambda: offer(window, autosaver, chosen, ask))
    return autosaver
