"""The Open Recent list, kept in QSettings (most recent first, files that vanished dropped)."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

KEY = "recentFiles"
LIMIT = 8


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[str]:
        value = self.settings.value(KEY, [])
        if isinstance(value, str):  # QSettings hands back a lone entry as a string
            value = [value]
        entries = value if isinstance(value, (list, tuple)) else []
        return [p for p in entries if isinstance(p, str) and os.path.exists(p)]

    def add(self, path: str | os.PathLike[str]) -> None:
        path = os.path.abspath(os.fspath(path))
        paths = [path] + [p for p in self.paths() if p != path]
        self.settings.setValue(KEY, paths[:LIMIT])
        self.settings.sync()

    def clear(self) -> None:
        self.settings.setValue(KEY, [])
        self.settings.sync()
