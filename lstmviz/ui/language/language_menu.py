"""View > Language: English, 中文, or the system's language; the choice is kept in QSettings.

Texts are made when their widgets are built (and the model core caches its messages), so
a new language shows in full in a new window: choosing one restarts lstmviz at once, and
the window hands its whole document to the new one through a recovery file
(:mod:`lstmviz.ui.language.language_handoff`), unsaved changes and trained weights included, so
there is nothing to save or discard first.
"""

from __future__ import annotations

import os
from typing import Protocol

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from lstmviz.i18n import tr
from lstmviz.ui.language import language, language_handoff

SYSTEM = "system"


class Presenting(Protocol):
    active: bool


class LanguageWindow(language_handoff.HandoffWindow, Protocol):
    """What switching the language needs of the window: its document to hand over, and to close it."""

    handed_over: bool  # set before closing: the close then asks nothing

    @property
    def presenter(self) -> Presenting: ...  # the new window starts in presenter mode when this one is in it

    def show_error(self, title: str, message: str) -> None: ...

    def close(self) -> bool: ...


class LanguageMenu(QObject):
    """The submenu and its three checkable choices, bound to ``window`` (for restarting it)."""

    def __init__(self, parent: QWidget, window: LanguageWindow) -> None:
        super().__init__(parent)
        self.window = window
        self.menu = QMenu(tr("&Language"), parent)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        # Each language named in itself (and in the current one): readable whichever is showing.
        names = {SYSTEM: tr("Follow the system ({language})").format(
                     language=language.LANGUAGES[language.system_language()]),
                 language.ENGLISH: language.LANGUAGES[language.ENGLISH],
                 language.CHINESE: language.LANGUAGES[language.CHINESE]}
        saved = language.saved_language() or SYSTEM
        for code, text in names.items():
            action = QAction(text, self.menu, checkable=True)
            action.setData(code)
            action.setChecked(code == saved)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str, switch: bool = True) -> str:
        """Save ``code`` (``system`` forgets the choice) and, with ``switch``, show it now; returns the
        language the next start will use."""
        store = language.settings()
        if code == SYSTEM:
            store.remove(language.SETTINGS_KEY)
            store.sync()
        else:
            language.save_language(code, store)
        self.actions[code].setChecked(True)
        coming = language.saved_language(store) or language.system_language()
        if switch and coming != language.current():
            self.switch(coming)
        return coming

    def switch(self, coming: str) -> bool:
        """Show ``coming`` now: restart on the same document, or say why not (a run is training)."""
        if self.window.document.locked:
            self.window.statusBar().showMessage(tr("{language} shows after training (choose it again) or at the next "
                                                   "start.").format(language=language.LANGUAGES[coming]), 8000)
            return False
        return self.restart()

    def restart(self) -> bool:
        """Hand the document to a new lstmviz (no Save/Discard question: nothing is lost) and close this window."""
        window = self.window
        try:
            path = language_handoff.write_handoff(window)
        except OSError as exc:
            window.show_error(tr("Language"), tr("Cannot restart: the document could not be handed over ({reason})")
                              .format(reason=exc.strerror or exc))
            return False
        program, args = language.restart_command(None, presenter=window.presenter.active)
        os.environ.pop(language.ENVIRONMENT, None)  # a --lang given at start must not outvote the new choice
        os.environ[language_handoff.ENVIRONMENT] = str(path)  # the new process inherits it
        try:
            started = bool(QProcess.startDetached(program, args)[0])
        finally:
            os.environ.pop(language_handoff.ENVIRONMENT, None)
        if not started:
            path.unlink(missing_ok=True)
            window.show_error(tr("Language"), tr("Cannot restart lstmviz ({program})").format(program=program))
            return False
        window.handed_over = True  # closing asks nothing: the new window has the document
        window.close()
        return True
