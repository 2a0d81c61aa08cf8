"""The main window: palette, canvas and unrolled tabs, inspector, summary, training dock, menus.

It owns one :class:`Document` (``window.document``, with ``window.undo_stack``) and wires
every panel to it; the panels never talk to each other directly.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QDockWidget, QLabel, QMainWindow, QMenu, QMessageBox,
    QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from lstmviz.io.atomic_file import write_atomically
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import describe_shape
from lstmviz.model.limits import elide, one_line
from lstmviz.i18n import tr
from lstmviz.ui.look import screen_fit, style
from lstmviz.ui.shell import help_dialogs, help_text, window_geometry, window_layout
from lstmviz.ui.editor.canvas import ArchitectureCanvas
from lstmviz.ui.document.autosave import Autosaver
from lstmviz.ui.document.document import INPUT_SELECTED, Document
from lstmviz.ui.editor.icons import app_icon
from lstmviz.ui.editor.inspector import LayerInspector
from lstmviz.ui.editor.palette import LayerPalette
from lstmviz.ui.editor.summary_view import SummaryView
from lstmviz.ui.widgets.elided_label import ElidedLabel
from lstmviz.ui.widgets.fix_banner import ModelBanner
from lstmviz.ui.language.language_menu import LanguageMenu
from lstmviz.ui.shell.presenter import PresenterMode
from lstmviz.ui.files.recent_files import RecentFiles
from lstmviz.ui.exports.animation_export import AnimationExport
from lstmviz.ui.exports.animation_export import export_dialog as animation_dialog
from lstmviz.ui.exports.trained_model_export import TrainedModelExport
from lstmviz.ui.training.panel import TrainingPanel
from lstmviz.ui.sweep.menu import SweepWindows
from lstmviz.ui.training.worker import BackendState, shown_state
from lstmviz.ui.shell.undo_keys import UndoKeyRouter
from lstmviz.ui.unrolled.view import UnrolledView
from lstmviz.ui.files.file_loader import FileLoader
from lstmviz.ui.files import window_files
from lstmviz.ui.files.window_files import FileActions


class MainWindow(QMainWindow):
    about_to_close = Signal()  # the close was accepted: stop background work now

    def __init__(self, document: Document | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setStyleSheet(style.app_stylesheet())
        self.document = document or Document(self)
        self.undo_stack = self.document.undo_stack
        # (format, scope, ...) so QSettings.setDefaultFormat/setPath can redirect it (tests do)
        self.settings = settings or QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope,
                                              "lstmviz", "lstmviz")
        self.recent = RecentFiles(self.settings)
        self.setDockNestingEnabled(True)
        self.file_loader = FileLoader(self)  # File > Open reads off the GUI thread

        self.canvas = ArchitectureCanvas(self.document)
        # New, Open, Save, Import and the exports; opening another document resets the canvas's zoom.
        self.files = FileActions(self, self.document, self.recent, self.file_loader, self.canvas.reset_zoom)
        self.handed_over = False  # set when a language switch gave the document to a new window
        self.autosaver: Autosaver | None = None  # recovery.start() gives the window one (the app does)
        self.unrolled_view = UnrolledView(self.document)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("centralTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.canvas, tr("Architecture"))
        self.tabs.addTab(self.unrolled_view, tr("Unrolled"))
        # The model's first error, with its one-click fix, above both tabs.
        self.model_banner = ModelBanner(self.document)
        centre = QWidget()
        centre.setObjectName("centre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.model_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(centre)
        self.undo_keys = UndoKeyRouter(self)

        self.layer_palette = LayerPalette()
        self.inspector = LayerInspector(self.document)
        self.summary = SummaryView(self.document)
        self.training_panel = TrainingPanel(self.document)
        self.palette_dock = self._dock(tr("Layers"), "paletteDock", self.layer_palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(tr("Inspector"), "inspectorDock", self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.summary_dock = self._dock(tr("Summary"), "summaryDock", self.summary, Qt.DockWidgetArea.RightDockWidgetArea)
        self.training_dock = self._dock(tr("Training"), "trainingDock", self.training_panel,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.splitDockWidget(self.inspector_dock, self.summary_dock, Qt.Orientation.Vertical)
        self._laid_out = False
        self._placement_restored = False
        self.docks_lent: set[QDockWidget] = set()  # hidden on the Unrolled tab of a narrow window

        self._build_status_bar()
        self.presenter = PresenterMode(self, self)
        self._build_menus()
        self._wire_panels()
        self.layer_palette.insert_requested.connect(self.insert_kind)
        self.layer_palette.input_requested.connect(lambda: self.document.select(INPUT_SELECTED))
        self.layer_palette.append_requested.connect(
            lambda kind: self.document.insert_layer(len(self.document.architecture.layers), kind))
        doc = self.document
        doc.file_changed.connect(self._update_title)
        for signal in (doc.architecture_changed, doc.dataset_changed, doc.training_settings_changed):
            signal.connect(self._update_model_status)
        doc.selection_changed.connect(self._update_actions)
        doc.lock_changed.connect(self._update_actions)
        for signal in (self.undo_stack.canUndoChanged, self.undo_stack.canRedoChanged,
                       self.undo_stack.undoTextChanged, self.undo_stack.redoTextChanged):
            signal.connect(self._update_actions)
        self._update_title()
        self._update_model_status()
        self._update_actions()
        for signal in (self.document.dataset_changed, self.document.loaded):  # after the panel laid them out
            signal.connect(lambda: QTimer.singleShot(0, self._data_shown))
        self._remembers_placement = False  # restore_placement() turns it on (the app does; tests and screenshots don't)
        self.resize(window_geometry.DEFAULT_SIZE)  # screenshots and tests size it themselves

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._laid_out:  # dock sizes depend on the real window size, known only now
            self._laid_out = True
            if self.presenter.active:
                self.presenter.apply_layout()
            elif self._remembers_placement and self._placement_restored:
                window_layout.apply_restored_layout(self, self)  # the docks as the user left them
            else:
                self.apply_default_layout()
                QTimer.singleShot(0, self._data_shown)  # wrapped labels know their height once laid out
            if self._remembers_placement:  # the frame's size is known now: keep all of it on the screen
                QTimer.singleShot(0, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        screen_fit.keep_on_screen(self)

    def restore_placement(self) -> bool:
        """Open where the last session closed (place, size, maximized state, docks) and remember this one's.

        Called before the first show; on a first start (False) the window takes the default size where the
        screen has room for it and is maximized where it has not.
        """
        self._remembers_placement = True
        self._placement_restored = window_geometry.restore(self, self.settings)
        if not self._placement_restored:
            window_geometry.size_new_window(self)
        self.about_to_close.connect(self._save_placement)
        return self._placement_restored

    def _save_placement(self) -> None:
        if self.presenter.active:  # presenter mode is chosen per start: keep the place the window had before it
            geometry, state = self.presenter.saved_placement()
        else:
            geometry, state = self.saveGeometry(), self.saveState(window_geometry.STATE_VERSION)
        window_geometry.save(self.settings, geometry, state)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.presenter.active and self._laid_out:
            self.presenter.apply_layout()

    def apply_default_layout(self) -> None:
        """Palette narrow, canvas and inspector/summary side by side, training below (ui/shell/window_layout.py)."""
        window_layout.apply_default_layout(self, self)

    def _wire_panels(self) -> None:
        """The panels never talk to each other directly: the window connects them."""
        panel, view = self.training_panel, self.unrolled_view
        panel.session.backend_state_changed.connect(self.set_tensorflow_state)
        panel.session.probe_received.connect(view.set_cell_values)
        panel.session.gradients_received.connect(self._show_gradients)
        panel.replay_changed.connect(self._show_replay)
        view.layer_shown_changed.connect(self._probe_shown_layer)
        # One sample across the window: the unrolled cell works on the sample the predictions plot shows.
        view.sample_changed.connect(panel.prediction_pane.set_sample)
        panel.prediction_pane.sample_changed.connect(view.set_sample)
        self.about_to_close.connect(panel.stop_and_wait)
        panel.setup.popup.addActions([self.undo_action, self.redo_action])  # Ctrl+Z in the settings popup too
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.currentChanged.connect(self._want_gradients)
        self._want_gradients()

    def _show_gradients(self, message) -> None:
        self.unrolled_view.set_step_gradients(self.training_panel.session.gradient_history, message.epoch)

    def _show_replay(self, frame) -> None:
        """The Unrolled tab follows the training panel's replay (ui/training/replay.py)."""
        self.unrolled_view.show_replay(frame, self.training_panel.session.gradient_history)

    def _animation_written(self, path: str, error: str) -> None:
        if not error:
            self.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        elif not self.animation_export.cancelled:
            self.files.write_failed(tr("Cannot export"), path, OSError(error))

    def _want_gradients(self, *_index) -> None:
        """Gradients through time cost training time: only while the Unrolled tab shows them."""
        self.training_panel.session.set_gradients_wanted(self.tabs.currentWidget() is self.unrolled_view)

    def _probe_shown_layer(self, index: int) -> None:
        self.training_panel.probe_layer = index if index >= 0 else None

    def _data_shown(self) -> None:
        """New data may show more details beside the buttons: the dock grows so that they never scroll."""
        if self._laid_out and not self.presenter.active:
            window_layout.fit_training_dock(self, self)

    def _tab_changed(self, index: int) -> None:
        if self._laid_out and not self.presenter.active:
            window_layout.apply_tab_layout(self, self, index)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    # ------------------------------------------------------------------ files
    # The dialogs File shows are the window's methods, so that tests and scripts can replace them.
    def ask_save_changes(self) -> QMessageBox.StandardButton:
        """Ask whether to save unsaved changes (tests replace this method)."""
        return window_files.ask_save_changes(self, self.document.display_name)

    def show_error(self, title: str, message: str) -> None:
        """Tell the user what went wrong and where, without a traceback (tests replace this)."""
        window_files.show_error(self, title, message)

    def choose_open_path(self, caption: str, filters: str) -> str:
        return window_files.choose_open_path(self, caption, filters, self.files.start_folder())

    def choose_save_path(self) -> str:
        return window_files.choose_save_path(self, self.files.start_folder(), self.document.display_name)

    def choose_export_path(self, caption: str, name: str, filters: str) -> str:
        """Where to export; the suffix follows the chosen filter."""
        return window_files.choose_export_path(self, caption, name, filters, self.files.start_folder())

    def new_document(self) -> bool:
        return self.files.new_document()

    def open_example(self, name: str) -> bool:
        return self.files.open_example(name)

    def open_file(self) -> bool:
        return self.files.open_file()

    def import_keras(self) -> bool:
        return self.files.import_keras()

    def open_path(self, path: str | Path) -> bool:
        """Start opening a project or .keras file off the GUI thread (:meth:`FileActions.open_path`)."""
        return self.files.open_path(path)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def save_to(self, path: str | Path) -> bool:
        return self.files.save_to(path)

    def export_summary(self) -> bool:
        return self.files.export(tr("Export summary"), "summary.txt", tr("Text (*.txt)"),
                                 lambda path: write_atomically(path, self.summary.summary_model.as_text()))

    def export_loss_plot(self) -> bool:
        return self.files.export(tr("Export loss plot"), "loss.png", window_files.image_filter(),
                                 self.training_panel.export_loss_plot)

    def export_prediction_plot(self) -> bool:
        return self.files.export(tr("Export predictions plot"), "predictions.png", window_files.image_filter(),
                                 self.training_panel.export_prediction_plot)

    def export_history(self) -> bool:
        return self.files.export(tr("Export training history"), "history.csv", tr("CSV file (*.csv)"),
                                 self.training_panel.export_history_csv)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # After a language switch the new window holds the document: there is nothing to save here.
        if self.handed_over or self.files.confirm_discard():
            self.about_to_close.emit()
            event.accept()
        else:
            event.ignore()

    # ------------------------------------------------------------- status bar
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.model_status = ElidedLabel()  # never widens the window; the whole text is its tooltip
        self.model_status.setObjectName("modelStatus")
        self.lock_status = QLabel()
        self.lock_status.setObjectName("lockStatus")
        self.lock_status.setVisible(False)
        self.tensorflow_status = QLabel(tr("TensorFlow not loaded"))
        self.tensorflow_status.setObjectName("tensorflowStatus")
        self.tensorflow_status.setToolTip(tr("TensorFlow loads in the background when training starts."))
        self.total_params = QLabel()
        self.total_params.setObjectName("totalParams")
        bar.addWidget(self.model_status, 1)
        bar.addPermanentWidget(self.file_loader.indicator)
        bar.addPermanentWidget(self.lock_status)
        bar.addPermanentWidget(self.tensorflow_status)
        bar.addPermanentWidget(self.total_params)

    def set_tensorflow_state(self, state: BackendState) -> None:
        self.tensorflow_status.setText(shown_state(state))

    def _update_model_status(self) -> None:
        inference = self.document.inference
        self.total_params.setText(tr("Total params: {count}").format(count=f"{inference.total_params:,}"))
        found = inference.error  # None exactly when inference.ok
        if found is not None:
            # The banner above the diagram says it whole; the status bar names where and points there.
            index, error = found
            if not inference.layers:
                where = error.message
            elif index is None:
                where = tr("the input cannot be used")
            else:
                where = tr("layer {number} ({title}) cannot take its input").format(
                    number=index + 1, title=inference[index].title)
            text, colour = tr("⚠ {where}: see the message above the diagram").format(where=where), style.ERROR
        elif self.document.training_problem() is not None:
            text = tr("Shapes fit: output {shape}; training cannot start yet (see Training)").format(
                shape=describe_shape(inference.output_shape))
            colour = style.ERROR
        else:
            text = tr("Shapes fit: output {shape}").format(shape=describe_shape(inference.output_shape))
            colour = style.MUTED
        self.model_status.setText(text)
        self.model_status.set_tip(inference.error_text or self.document.training_problem() or "")
        self.model_status.setStyleSheet(f"color: {colour};")

    def _update_title(self) -> None:
        name = elide(self.document.display_name.replace("[*]", "[ * ]"), 80)  # "[*]" is Qt's modified marker
        self.setWindowTitle(f"{one_line(name, 80)}[*] — lstmviz")
        self.setWindowModified(self.document.modified)

    # ------------------------------------------------------------------ menus
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)  # every platform binding (Ctrl+Y and Ctrl+Shift+Z)
            elif isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        keys = QKeySequence.StandardKey
        file = self.file_menu = bar.addMenu(tr("&File"))
        self.new_action = self._action(tr("&New"), self.new_document, keys.New, tr("Start an empty model"))
        self.open_action = self._action(tr("&Open…"), self.open_file, keys.Open, tr("Open a project or .keras file"))
        self.recent_menu = QMenu(tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_action = self._action(tr("&Save"), self.save, keys.Save)
        self.save_as_action = self._action(tr("Save &As…"), self.save_as, keys.SaveAs)
        self.import_action = self._action(tr("&Import .keras…"), self.import_keras, None,
                                          tr("Read a .keras model's architecture (TensorFlow is not needed)"))
        self.export_menu = QMenu(tr("&Export"), self)
        self.export_image_action = self._action(
            tr("Unrolled &Diagram as Image…"), lambda: self.unrolled_view.export_image_dialog(self), None,
            tr("Save the unrolled cell diagram as PNG or SVG"))
        self.export_loss_action = self._action(tr("&Loss Plot…"), self.export_loss_plot, None,
                                               tr("Save the loss plot as PNG or SVG"))
        self.export_predictions_action = self._action(tr("&Predictions Plot…"), self.export_prediction_plot, None,
                                                      tr("Save the predictions plot as PNG or SVG"))
        self.export_history_action = self._action(tr("Training &History (CSV)…"), self.export_history, None,
                                                  tr("Save the loss of every epoch as CSV"))
        self.export_script_action = self._action(tr("Keras &Script…"), self.files.export_script, None,
                                                 tr("Write a standalone Keras script that trains this model"))
        self.export_summary_action = self._action(tr("Summary as &Text…"), self.export_summary)
        self.animation_export = AnimationExport(self, self.training_panel, self.tabs, self.unrolled_view)
        self.animation_export.finished.connect(self._animation_written)
        self.export_animation_action = self._action(
            tr("Training &Animation (GIF)…"), lambda: animation_dialog(self, self.animation_export), None,
            tr("Save the replay of the run (loss, predictions, unrolled values) as an animated GIF"))
        self.export_animation_action.setObjectName("exportAnimation")
        self.trained_export = TrainedModelExport(self.document, self, parent=self)
        self.export_trained_action = self._action(tr("Trained &Model (.keras)…"), self.trained_export.export, None,
                                                  tr("Save the model with its trained weights as a .keras file"))
        self.export_trained_action.setObjectName("exportTrainedModel")
        self.document.trained_changed.connect(self._update_trained_actions)
        self._update_trained_actions()
        for action in (self.export_image_action, self.export_loss_action, self.export_predictions_action,
                       self.export_history_action, None, self.export_script_action, self.export_trained_action,
                       self.export_summary_action, None, self.export_animation_action):
            self.export_menu.addSeparator() if action is None else self.export_menu.addAction(action)
        self.quit_action = self._action(tr("&Quit"), self.close, keys.Quit)
        for item in (self.new_action, self.open_action, self.recent_menu, None, self.save_action,
                     self.save_as_action, None, self.import_action, self.export_menu, None, self.quit_action):
            if item is None:
                file.addSeparator()
            elif isinstance(item, QMenu):
                file.addMenu(item)
            else:
                file.addAction(item)

        edit = self.edit_menu = bar.addMenu(tr("&Edit"))
        self.undo_action = self._action(tr("&Undo"), self.undo_stack.undo, keys.Undo)
        self.redo_action = self._action(tr("&Redo"), self.undo_stack.redo, keys.Redo)
        self.delete_action = self._action(tr("&Delete layer"), self.delete_selected, keys.Delete,
                                          tr("Remove the selected layer"))
        for a in (self.undo_action, self.redo_action, None, self.delete_action):
            edit.addSeparator() if a is None else edit.addAction(a)

        self.examples_menu = bar.addMenu(tr("E&xamples"))
        self.example_actions: dict[str, QAction] = {}
        for name, example in EXAMPLES.items():
            action = self._action(tr(example.title), lambda n=name: self.open_example(n))
            action.setToolTip(tr(example.teaches))
            action.setStatusTip(tr(example.teaches))
            action.setData(name)
            self.examples_menu.addAction(action)
            self.example_actions[name] = action
        self.examples_menu.setToolTipsVisible(True)
        self.sweep_windows = SweepWindows(self)
        bar.addMenu(self.sweep_windows.menu)

        view = self.view_menu = bar.addMenu(tr("&View"))
        for dock in (self.palette_dock, self.inspector_dock, self.summary_dock, self.training_dock):
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self.architecture_tab_action = self._action(tr("&Architecture"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.unrolled_tab_action = self._action(tr("&Unrolled"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        view.addAction(self.architecture_tab_action)
        view.addAction(self.unrolled_tab_action)
        view.addSeparator()
        view.addAction(self.presenter.action)
        self.language_menu = LanguageMenu(self, self)
        view.addMenu(self.language_menu.menu)
        view.addSeparator()
        self.zoom_in_action = self._action(tr("Zoom &In"), self.canvas.zoom_in, [keys.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action(tr("Zoom &Out"), self.canvas.zoom_out, keys.ZoomOut)
        self.reset_zoom_action = self._action(tr("Actual &Size"), self.canvas.reset_zoom, "Ctrl+0")
        self.fit_action = self._action(tr("&Fit to View"), self.canvas.fit_to_view, "Ctrl+Shift+F")
        for a in (self.zoom_in_action, self.zoom_out_action, self.reset_zoom_action, self.fit_action):
            view.addAction(a)

        help_menu = self.help_menu = bar.addMenu(tr("&Help"))
        self.formula_action = self._action(tr("How &Parameters Are Counted"), self.show_formula_help, keys.HelpContents)
        self.shortcuts_action = self._action(tr("&Keyboard Shortcuts"), self.show_shortcuts)
        self.about_action = self._action(tr("&About lstmviz"), self.show_about)
        help_menu.addAction(self.formula_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _update_trained_actions(self) -> None:
        self.export_trained_action.setEnabled(self.document.trained is not None)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            self.recent_menu.addAction(Path(path).name, lambda p=path: self.open_path(p)).setStatusTip(path)
        if not paths:
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(tr("Clear list"), self.recent.clear)

    def _update_actions(self, *_changed) -> None:
        if not shiboken6.isValid(self.undo_stack):  # the stack announces its own teardown
            return
        doc = self.document
        editable = not doc.locked
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())
        undo_text, redo_text = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(tr("&Undo {what}").format(what=undo_text) if undo_text else tr("&Undo"))
        self.redo_action.setText(tr("&Redo {what}").format(what=redo_text) if redo_text else tr("&Redo"))
        self.delete_action.setEnabled(editable and doc.selected >= 0)
        for action in (self.new_action, self.open_action, self.import_action, *self.example_actions.values()):
            action.setEnabled(editable)
        self.recent_menu.setEnabled(editable)
        self.layer_palette.setEnabled(editable)
        self.lock_status.setVisible(doc.locked)
        self.lock_status.setText(tr("Editing locked: {reason}").format(reason=doc.lock_reason))

    # ------------------------------------------------------------------ edits
    def insert_kind(self, kind: str) -> None:
        """Insert after the selected layer (at the top when the Input is selected, else at the end)."""
        sel = self.document.selected
        index = 0 if sel == INPUT_SELECTED else sel + 1 if sel >= 0 else len(self.document.architecture.layers)
        self.document.insert_layer(index, kind)

    def delete_selected(self) -> None:
        if self.document.selected >= 0:
            self.document.remove_layer(self.document.selected)

    # ------------------------------------------------------------------- help
    def show_about(self) -> QDialog:
        return help_dialogs.show_about(self)

    def show_shortcuts(self) -> QDialog:
        return help_dialogs.show_shortcuts(self)

    def show_formula_help(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("formulaHelp")
        dialog.setWindowTitle(tr("How parameters are counted"))
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser(dialog)
        browser.setHtml(help_text.formula_help(self.document.inference))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        screen_fit.fit_window(dialog, QSize(640, 620))
        dialog.show()
        return dialog
