"""The parts of the main window that its layout and presenter mode arrange.

:mod:`lstmviz.ui.shell.window_layout` and :mod:`lstmviz.ui.shell.presenter` receive the
window twice: as the ``QMainWindow`` whose docks, size and screen they change, and as
:class:`WindowParts`, the docks and panels in it. The main window satisfies the protocol
by having these attributes; a test may hand in anything else that has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDockWidget, QTabWidget

if TYPE_CHECKING:
    from lstmviz.ui.editor.canvas import ArchitectureCanvas
    from lstmviz.ui.editor.summary_view import SummaryView
    from lstmviz.ui.training.panel import TrainingPanel
    from lstmviz.ui.unrolled.view import UnrolledView


class WindowParts(Protocol):
    palette_dock: QDockWidget
    inspector_dock: QDockWidget
    summary_dock: QDockWidget
    training_dock: QDockWidget
    training_panel: TrainingPanel
    summary: SummaryView
    canvas: ArchitectureCanvas
    unrolled_view: UnrolledView
    tabs: QTabWidget  # Architecture and Unrolled
    docks_lent: set[QDockWidget]  # the right docks window_layout hid on the Unrolled tab of a narrow window
