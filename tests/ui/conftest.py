"""UI test guard: a modal message box would wait forever for a click nobody makes.

Every static QMessageBox call fails the test at once instead (tests that expect a message
replace the window's ask/show methods or patch the box themselves).
"""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch):
    def refuse(name):
        def modal(*args, **kwargs):
            raise AssertionError(f"a modal QMessageBox.{name} opened during a test: {args[1:3]}")

        return staticmethod(modal)

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(name))
