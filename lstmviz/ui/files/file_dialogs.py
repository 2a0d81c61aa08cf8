"""The one place the app asks where to save an export: a file dialog whose suffix follows the filter.

Tests and scripts replace :data:`ask_save_path` (a module attribute) to answer without a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog_save_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    path, chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return with_filter_suffix(path, chosen)


def with_filter_suffix(path: str, chosen_filter: str) -> str:
    """Add the chosen filter's first suffix to a name typed without one ("loss" + PNG -> "loss.png")."""
    if not path or Path(path).suffix:
        return path
    if "*." not in chosen_filter:
        return path
    suffix = chosen_filter[chosen_filter.find("*.") + 1:].split()[0].rstrip(")")
    return path + suffix


ask_save_path = _dialog_save_path


def save_path(parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
    """Where to save (empty when cancelled)."""
    return ask_save_path(parent, caption, suggested, filters)
