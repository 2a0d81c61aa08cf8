"""Application bootstrap: build the main window on a source, run it, or render it to a PNG.

Nothing here imports TensorFlow: the window opens in well under a second and TensorFlow
loads later, on the training worker's thread.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Sequence

from lstmviz.i18n import tr
from lstmviz.resources_path import APP_ID


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"))


def _ensure_application(offscreen: bool = False):
    if offscreen or not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("lstmviz")
        app.setOrganizationName("lstmviz")
        app.setApplicationDisplayName("lstmviz")
        app.setDesktopFileName(APP_ID)  # Wayland matches the window to the installed desktop entry by it
        from lstmviz.ui import language

        language.apply(language.chosen_language(), app)  # before any widget: texts are made in it
    return app


def create_main_window(source: str | os.PathLike[str] | None = None):
    """Build the main window on an example name or a file (None: the many-to-many example).

    Raises :class:`lstmviz.io.project_io.SourceError` when ``source`` cannot be opened.
    """
    _ensure_application()
    from lstmviz.model.examples import DEFAULT_EXAMPLE
    from lstmviz.io.project_io import load_source
    from lstmviz.ui.editor.icons import app_icon
    from lstmviz.ui.main_window import MainWindow

    project = load_source(os.fspath(source) if source is not None else DEFAULT_EXAMPLE)
    window = MainWindow()
    window.document.load(project)
    if project.weights_problem:
        window.statusBar().showMessage(project.weights_problem)
    if project.path or project.keras_file:
        window.recent.add(project.path or project.keras_file)
    window.setWindowIcon(app_icon())
    return window


def main_gui(argv: Sequence[str] | None = None) -> int:
    """Run the app: ``lstmviz [--presenter] [SOURCE]``. A bad SOURCE is reported and the default example opens."""
    argv = list(sys.argv[1:] if argv is None else argv)
    presenter = "--presenter" in argv
    argv = [a for a in argv if a != "--presenter"]
    source = argv[0] if argv else None
    if not _has_display():
        print(tr("lstmviz: error: no display to open the window on (DISPLAY is not set); use 'lstmviz screenshot SOURCE -o shot.png' or 'lstmviz summary SOURCE' instead"),
              file=sys.stderr)
        return 2
    from lstmviz.ui import single_instance

    instance = single_instance.server_name()
    if source is not None and _is_regular_file(source) and single_instance.send_to_running_instance(source, instance):
        return 0  # the window already open shows the file now
    app = _ensure_application()

    problem = None
    try:
        window = create_main_window(source)
    except Exception as exc:  # noqa: BLE001 - any reading failure: say so and open the default example
        problem = opening_failure(exc, source)
        print(f"lstmviz: error: {problem}", file=sys.stderr)
        window = create_main_window(None)
    window.show()
    if presenter:
        window.presenter.set_active(True)
    single_instance.serve(window, instance)  # later launches with a file hand it to this window
    from lstmviz.ui import language_handoff, recovery

    language_handoff.take_handoff(window)  # the document of the window that switched the language
    recovery.start(window)  # autosave from now on; offer what a crashed session left
    # Start loading TensorFlow on the worker thread once the window has painted, so that a
    # Train press later does not wait for it (the import briefly holds the GIL: DESIGN.md).
    from PySide6.QtCore import QTimer

    QTimer.singleShot(500, window.training_panel.start_background_tensorflow_import)
    if problem:
        window.show_error(tr("Cannot open file"), problem)
    from lstmviz.ui import isolated_reading

    app.aboutToQuit.connect(isolated_reading.shutdown)  # the reader process of large files, if one started
    return app.exec()


def _is_regular_file(source: str) -> bool:
    from lstmviz.io.safe_open import path_problem

    try:
        return path_problem(source) is None and Path(source).is_file()
    except (OSError, ValueError):
        return False


def opening_failure(exc: BaseException, source: object) -> str:
    """The one line for a source that could not be opened, whatever went wrong."""
    from lstmviz.io.failures import describe_failure

    return describe_failure(exc, None if source is None else str(source))


def gui_main() -> int:
    """``lstmviz-gui [FILE]``: the window, for desktop menus and file managers (no console)."""
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:  # pythonw on Windows has no console to print to
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))
    return main_gui(sys.argv[1:])


def _quiet_offscreen(mode, context, message: str) -> None:
    """Drop the offscreen platform's one harmless complaint; pass everything else on."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def screenshot_command(source: str, out_png: str | os.PathLike[str], tab: str = "architecture",
                       size: tuple[int, int] = (1400, 900), presenter: bool = False) -> int:
    """Render the real window offscreen to ``out_png``; 0 on success, 2 on bad input.

    ``presenter`` renders presenter mode as a projector of ``size`` shows it.
    """
    from lstmviz.io.atomic_file import write_target
    from lstmviz.io.failures import failure_text

    out = Path(out_png)
    try:
        write_target(out)  # a bad output path is refused before the window is built
    except OSError as exc:
        print(f"lstmviz: error: {failure_text(exc, out)}", file=sys.stderr)
        return 2
    _ensure_application(offscreen=not os.environ.get("QT_QPA_PLATFORM"))
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        return _render(source, out, tab, size, presenter)
    finally:
        qInstallMessageHandler(previous)


def _render(source: str, out: Path, tab: str, size: tuple[int, int], presenter: bool = False) -> int:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtWidgets import QApplication, QMessageBox

    from lstmviz.io.atomic_file import write_atomically
    from lstmviz.io.failures import failure_text

    try:
        window = create_main_window(source)
    except Exception as exc:  # noqa: BLE001 - any reading failure is one line
        print(f"lstmviz: error: {opening_failure(exc, source)}", file=sys.stderr)
        return 2
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # nothing to ask offscreen
    try:
        window.resize(*size)
        window.tabs.setCurrentIndex(1 if tab == "unrolled" else 0)
        if presenter:
            window.presenter.set_active(True, size=size)
        window.show()
        window.document.wait_for_data(30.0)  # a CSV dataset loads in the background: show it loaded
        for _ in range(5):  # let docks settle and views lay themselves out
            QApplication.processEvents()
        pixmap = window.grab()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if pixmap.isNull() or pixmap.width() == 0 or not pixmap.save(buffer, "PNG") or buffer.size() == 0:
            print(f"lstmviz: error: {out}: " + tr("the window could not be rendered at {w}x{h}").format(
                w=size[0], h=size[1]), file=sys.stderr)
            return 2
        try:
            write_atomically(out, bytes(buffer.data()))
        except OSError as exc:
            print(f"lstmviz: error: {failure_text(exc, out)}", file=sys.stderr)
            return 2
    finally:
        window.close()
    print(f"wrote {out} ({pixmap.width()}x{pixmap.height()})")
    return 0
