"""What an export asks of the main window: where to write, how to report a failure, the status bar.

The window's own methods, so that tests replace the dialogs there for every export at once.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QStatusBar


class ExportWindow(Protocol):
    def choose_export_path(self, caption: str, name: str, filters: str) -> str:
        """Where to write ("" when the user cancels)."""
        ...

    def show_error(self, title: str, message: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name
