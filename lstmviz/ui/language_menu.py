"""View > Language: English, 中文, or the system's language; the choice is kept in QSettings.

Texts are made when their widgets are built (and the model core caches its messages), so
a new language shows in full in a new window: choosing one offers to restart lstmviz on
the same file (asking first to save unsaved changes, as closing does).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from lstmviz.i18n import tr
from lstmviz.ui import language

SYSTEM = "system"


class LanguageMenu(QObject):
    """The submenu and its three checkable choices, bound to ``window`` (for restarting it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(tr("&Language"), window)
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

    def choose(self, code: str, ask: bool = True) -> str:
        """Save ``code`` (``system`` forgets the choice); returns the language the next start will use."""
        store = language.settings()
        if code == SYSTEM:
            store.remove(language.SETTINGS_KEY)
            store.sync()
        else:
            language.save_language(code, store)
        self.actions[code].setChecked(True)
        coming = language.saved_language(store) or language.system_language()
        if ask and coming != language.current():
            self.offer_restart(coming)
        return coming

    def offer_restart(self, coming: str) -> None:
        answer = QMessageBox.question(
            self.window, tr("Language"),
            tr("lstmviz shows {language} after a restart. Restart now?").format(
                language=language.LANGUAGES[coming]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()

    def restart(self) -> bool:
        """Close the window (it asks about unsaved changes) and start lstmviz again on the same source."""
        doc = self.window.document
        source = doc.path or doc.keras_file or doc.example
        if not self.window.close():
            return False  # the user kept the window open (Cancel on unsaved changes)
        program, args = language.restart_command(str(source) if source else None,
                                                 presenter=self.window.presenter.active)
        os.environ.pop(language.ENVIRONMENT, None)  # a --lang given at start must not outvote the new choice
        return bool(QProcess.startDetached(program, args)[0])
