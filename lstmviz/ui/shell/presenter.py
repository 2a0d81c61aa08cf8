"""Presenter mode: the window as a projector shows it to a room (View > Presenter Mode, F11).

Full screen, larger text, thicker curves, higher contrast. The layer palette, the
inspector and the summary leave the screen; a compact strip in the menu bar's corner
brings any of them back. The training dock moves to the right, its plots stacked, so the
unrolled diagram keeps the whole height of the screen, and the diagram itself switches
to its presenter typography (see :mod:`lstmviz.diagram.types`). Leaving the mode puts
every dock, size and font back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QHBoxLayout, QMainWindow, QScrollArea, QToolButton, QWidget

from lstmviz.i18n import tr
from lstmviz.ui.look import ink, screen_fit, style
from lstmviz.ui.shell import window_geometry, window_layout
from lstmviz.ui.shell.window_parts import WindowParts

# Share of the screen's width for the training dock: the diagram keeps the rest.
TRAINING_SHARE = 0.30
MAX_TRAINING_SHARE = 0.42
CANVAS_ZOOM = 1.3
# The canvas's texts in presenter mode: all as large as a block's title, so that the zoom their ink needs is
# lower and the blocks fit the view's width at 1280x720.
CANVAS_LEAST_TEXT = 10.5


class PresenterStrip(QWidget):
    """The collapsed palette, inspector and summary: one small toggle each, in the menu bar's corner."""

    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self.setObjectName("presenterStrip")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for dock, text in ((parts.palette_dock, tr("Layers")), (parts.inspector_dock, tr("Inspector")),
                           (parts.summary_dock, tr("Summary"))):
            button = QToolButton(self)
            button.setObjectName(f"presenterStrip{dock.objectName()[:1].upper()}{dock.objectName()[1:]}")
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(tr("Show or hide {panel}").format(panel=text))
            button.toggled.connect(dock.setVisible)
            dock.visibilityChanged.connect(lambda _shown, b=button, d=dock: self._sync(b, d))
            row.addWidget(button)
            self.buttons.append(button)
        self.leave = QToolButton(self)
        self.leave.setObjectName("presenterLeave")
        self.leave.setAutoRaise(True)
        row.addWidget(self.leave)

    @staticmethod
    def _sync(button: QToolButton, dock: QDockWidget) -> None:
        button.blockSignals(True)
        button.setChecked(dock.isVisible())
        button.blockSignals(False)


class PresenterMode(QObject):
    """Owns the View > Presenter Mode action and what entering and leaving the mode changes."""

    toggled = Signal(bool)

    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.parts = parts
        self.active = False
        self.action = QAction(tr("&Presenter Mode"), window)
        self.action.setObjectName("presenterAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action.setStatusTip(tr("Full screen, larger text and thicker curves, for a projector"))
        self.action.toggled.connect(self._action_toggled)
        self.strip = PresenterStrip(window, parts)
        self.strip.leave.setText(tr("Exit presenter mode (F11)"))
        self.strip.leave.setToolTip(self.action.statusTip())
        self.strip.leave.clicked.connect(lambda: self.set_active(False))
        self.strip.hide()
        self._saved_state = QByteArray()
        self._saved_geometry = QByteArray()
        self._was_maximized = False
        self._size: QSize | None = None
        self._factor = 1.0
        self._dock_width = 0
        self._button_columns = 2  # the training panel's presentation puts its buttons in two rows
        self._no_title = QWidget()  # the training dock's title bar in presenter mode: none
        self._dock_scroll = QScrollArea()
        self._dock_scroll.setObjectName("presenterTrainingScroll")
        self._dock_scroll.setWidgetResizable(True)
        self._dock_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._dock_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _action_toggled(self, on: bool) -> None:
        self.set_active(on)

    def set_active(self, on: bool, size: tuple[int, int] | None = None) -> None:
        """Enter or leave presenter mode; ``size`` emulates a projector of that size instead of full screen."""
        if on == self.active:
            return
        w = self.window
        self.active = on
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        if on:
            self._saved_state = w.saveState(window_geometry.STATE_VERSION)
            self._saved_geometry = w.saveGeometry()
            self._was_maximized = w.isMaximized()
            self._enter(size)
        else:
            self._leave()
        self.toggled.emit(on)

    # ------------------------------------------------------------------ internals
    @property
    def factor(self) -> float:
        """How much larger than on a 1280x720 projector the text is (style.presenter_factor)."""
        return self._factor

    def _enter(self, size: tuple[int, int] | None) -> None:
        w, parts = self.window, self.parts
        screen = QSize(*size) if size is not None else screen_fit.screen_of(w).geometry().size()
        self._factor = style.presenter_factor(screen.width(), screen.height())
        w.setStyleSheet(style.app_stylesheet(presenter=True, factor=self._factor))
        for dock in (parts.palette_dock, parts.inspector_dock, parts.summary_dock):
            dock.hide()
        # No title bar: at a projector's text size its height is worth more to the plots.
        parts.training_dock.setTitleBarWidget(self._no_title)
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, parts.training_dock)
        parts.training_dock.show()
        # Whatever the panel cannot fit (a long problem banner at a projector's text size) scrolls: never cut.
        parts.training_dock.setWidget(self._dock_scroll)
        self._dock_scroll.setWidget(parts.training_panel)
        parts.training_panel.set_presentation(True)
        self._button_columns = 2
        for pane in (parts.training_panel.loss_pane, parts.training_panel.prediction_pane):
            pane.set_text_factor(self._factor)
        parts.unrolled_view.set_presenter(True, self._factor)
        if parts.unrolled_view.gate_detail is not None:
            parts.unrolled_view.gate_detail.set_presenter(True, self._factor)
        # Larger blocks for the room: as large as their shortest text needs to ink PRESENTER_DIAGRAM_INK pixels.
        parts.canvas.canvas_scene.set_least_text(CANVAS_LEAST_TEXT)
        parts.canvas.set_zoom(max(CANVAS_ZOOM, ink.scale_for_ink(parts.canvas.scene().items(),
                                                                 style.PRESENTER_DIAGRAM_INK * self._factor)))
        parts.canvas.show_first_block()
        w.statusBar().hide()
        w.menuBar().setCornerWidget(self.strip, Qt.Corner.TopRightCorner)
        self.strip.show()
        if size is not None:
            self._size = QSize(*size)
            w.resize(*size)
        else:
            self._size = None
            w.showFullScreen()
        self.apply_layout()

    def _leave(self) -> None:
        w, parts = self.window, self.parts
        self.strip.hide()
        parts.training_dock.setTitleBarWidget(None)  # type: ignore[arg-type]  # None restores Qt's own title bar
        self._no_title.setParent(None)
        self._dock_scroll.takeWidget()
        parts.training_dock.setWidget(parts.training_panel)
        self._dock_scroll.setParent(None)
        # Qt takes a null widget to remove the corner one; PySide6's stub does not admit None.
        w.menuBar().setCornerWidget(None, Qt.Corner.TopRightCorner)  # type: ignore[arg-type]
        self.strip.setParent(w)
        w.setStyleSheet(style.app_stylesheet(presenter=False))
        parts.training_panel.set_presentation(False)
        parts.unrolled_view.set_presenter(False)
        if parts.unrolled_view.gate_detail is not None:
            parts.unrolled_view.gate_detail.set_presenter(False)
        parts.canvas.canvas_scene.set_least_text(0.0)
        parts.canvas.reset_zoom()
        parts.canvas.show_first_block()
        w.statusBar().show()
        if w.isFullScreen():
            w.showMaximized() if self._was_maximized else w.showNormal()
        w.restoreGeometry(self._saved_geometry)
        w.restoreState(self._saved_state, window_geometry.STATE_VERSION)
        # The window manager places the restored frame only once the full-screen state is gone:
        # check it then, so that it never stays partly off-screen, and fold the settings for its height.
        QTimer.singleShot(0, self._after_leaving)

    def _after_leaving(self) -> None:
        if self.active:
            return
        w, parts = self.window, self.parts
        screen_fit.keep_on_screen(w)
        window_layout.fold_settings(w, parts)
        window_layout.apply_tab_layout(w, parts, parts.tabs.currentIndex())

    def saved_placement(self) -> tuple[QByteArray, QByteArray]:
        """The geometry and dock state the window had before presenter mode."""
        return self._saved_geometry, self._saved_state

    def apply_layout(self) -> None:
        """Give the training dock its share of the width; the rest is the diagram's."""
        if not self.active:
            return
        w, parts = self.window, self.parts
        if self._size is not None and w.size() != self._size:
            w.resize(self._size)  # a projector's size does not grow with what is shown on it
        width = self._size.width() if self._size is not None else w.width()
        # The controls at a projector's text size may need more than the share: the diagram gives it.
        panel = parts.training_panel
        scroll = panel.controls_scroll
        # No room for a scroll bar: in presenter mode the controls take the height they need (fit_controls_height).
        controls = panel.presenter_controls_width() + 2 * scroll.frameWidth()
        # The buttons in one row are worth their width: a row of height for the plots.
        need = max(panel.minimumSizeHint().width(), controls + 8, self._buttons_row_width())
        dock = min(max(int(width * TRAINING_SHARE), need), int(width * MAX_TRAINING_SHARE))
        w.resizeDocks([parts.training_dock], [dock], Qt.Orientation.Horizontal)
        # Not from inside a resize: moving buttons between a layout's cells while Qt lays it out crashes.
        self._dock_width = dock
        QTimer.singleShot(0, self._arrange_buttons)
        # The canvas's viewport has its size once the docks settle: then the first block goes to the top.
        QTimer.singleShot(0, parts.canvas.show_first_block)
        if self._size is not None:
            # Showing may grow the window for a moment while the docks settle: take the size back after.
            QTimer.singleShot(0, self._keep_size)

    def _arrange_buttons(self) -> None:
        """Train, Pause, Step and Stop in one row when the dock is wide enough: a row of height for the plots."""
        panel = self.parts.training_panel
        controls = panel.controls
        columns = 4 if self._buttons_row_width() <= self._dock_width else 2
        if not self.active or columns == self._button_columns:
            return
        self._button_columns = columns
        controls.set_columns(columns)
        controls.column.activate()  # the controls' height for the new rows, before the panel reads it
        panel.fit_controls_height()

    def _buttons_row_width(self) -> int:
        """The dock's width that holds Train, Pause, Step and Stop in one row."""
        controls = self.parts.training_panel.controls
        buttons = (controls.train_button, controls.pause_button, controls.step_button, controls.stop_button)
        # "Resume" replaces "Pause" while paused: leave room for the longer word (of either language).
        shown = controls.pause_button.text()
        widths = []
        for text in (tr("Pause"), tr("Resume")):
            controls.pause_button.setText(text)
            widths.append(controls.pause_button.sizeHint().width())
        controls.pause_button.setText(shown)
        others = sum(b.sizeHint().width() for b in buttons if b is not controls.pause_button)
        # The controls' margins, the panel's and the dock's frame: about 30 pixels beside the buttons.
        return others + max(widths) + 3 * controls.buttons.spacing() + 30

    def _keep_size(self) -> None:
        if self.active and self._size is not None and self.window.size() != self._size:
            self.window.resize(self._size)
