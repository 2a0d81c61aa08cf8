"""Application bootstrap: build the main window on a source, run it, or render it to a PNG.

Nothing here imports TensorFlow: the window opens in well under a second and TensorFlow
loads later, on the training worker's thread. Before Qt makes its application the display
is checked (:func:`display_problem`): Qt aborts the whole process when it cannot reach
one, so an unreachable ``DISPLAY`` or a missing Wayland compositor becomes one line here.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import Sequence

from lstmviz.i18n import tr
from lstmviz.resources_path import APP_ID


KERAS_BACKEND = "KERAS_BACKEND"
DISPLAY_TIMEOUT_SECONDS = 2.0
# Qt platforms that need no display server (nothing to check before starting them).
_SELF_CONTAINED = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay", "windows", "cocoa", "direct2d")


def use_tensorflow_backend() -> str | None:
    """Make Keras use TensorFlow, before it is imported; the note to print when another backend was asked for.

    lstmviz builds, trains and probes its models with TensorFlow's functions, so another
    Keras backend (jax, torch, numpy) cannot run them.
    """
    asked = os.environ.get(KERAS_BACKEND)
    os.environ[KERAS_BACKEND] = "tensorflow"
    if asked is None or asked.strip().lower() == "tensorflow":
        return None
    from lstmviz.model.limits import quoted

    return tr("{variable}={value} is ignored: lstmviz trains with TensorFlow, so Keras uses its TensorFlow "
              "backend here").format(variable=KERAS_BACKEND, value=quoted(asked, 40))


def _connects(family: int, address) -> str | None:
    """None when something accepts a connection at ``address``; else why not."""
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(DISPLAY_TIMEOUT_SECONDS)
            probe.connect(address)
    except OSError as exc:
        return exc.strerror or str(exc) or type(exc).__name__
    return None


def _x11_problem(display: str) -> str | None:
    """Why the X server named by ``display`` (``:0``, ``host:0.0``, ``/path/to/socket:0``) cannot be reached."""
    if not display:
        return tr("DISPLAY is not set")
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return tr("DISPLAY={display} is not a display name such as :0").format(display=display)
    if host.startswith("/"):  # a socket path (macOS launchd, some containers)
        return _connects(socket.AF_UNIX, host)
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        if sys.platform.startswith("linux") and _connects(socket.AF_UNIX, "\0" + path) is None:
            return None  # the abstract socket X servers on Linux listen on as well
        return _connects(socket.AF_UNIX, path)
    return _connects(socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET,
                     (host.strip("[]"), 6000 + int(number)))


def _wayland_problem() -> str | None:
    name = os.environ.get("WAYLAND_DISPLAY") or "wayland-0"
    if not os.path.isabs(name):
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if not runtime:
            return tr("XDG_RUNTIME_DIR is not set, so the Wayland socket {name} cannot be found").format(name=name)
        name = os.path.join(runtime, name)
    return _connects(socket.AF_UNIX, name)


def display_problem() -> str | None:
    """Why the window cannot open on this system's display, checked without Qt; None when it can (or cannot tell)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platforms = [p.split(":", 1)[0].strip() for p in os.environ.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    if any(p in _SELF_CONTAINED for p in platforms):
        return None
    wanted = platforms or (["wayland", "xcb"] if os.environ.get("WAYLAND_DISPLAY") else ["xcb"])
    reasons = []
    for platform in wanted:
        if platform.startswith("wayland"):
            problem = _wayland_problem()
            shown = "WAYLAND_DISPLAY=" + (os.environ.get("WAYLAND_DISPLAY") or "wayland-0")
        elif platform == "xcb":
            problem = _x11_problem(os.environ.get("DISPLAY", ""))
            shown = "DISPLAY=" + os.environ.get("DISPLAY", "")
        else:
            return None  # a platform lstmviz cannot check: let Qt try
        if problem is None:
            return None
        reasons.append(f"{shown}: {problem}")
    return tr("cannot open the display ({reasons}); use 'lstmviz screenshot SOURCE -o shot.png' or "
              "'lstmviz summary SOURCE' instead").format(reasons="; ".join(reasons))


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
        from lstmviz.ui.language import language

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
    from lstmviz.ui.shell.main_window import MainWindow

    project = load_source(os.fspath(source) if source is not None else DEFAULT_EXAMPLE)
    window = MainWindow()
    window.document.load(project)
    if project.weights_problem:
        window.statusBar().showMessage(project.weights_problem)
    opened = project.path or project.keras_file
    if opened:
        window.recent.add(opened)
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
    problem = display_problem()
    if problem:  # Qt would abort the process (signal 6) instead
        from lstmviz.model.limits import one_line

        print(f"lstmviz: error: {one_line(problem)}", file=sys.stderr)
        return 2
    note = use_tensorflow_backend()
    if note:
        print(f"lstmviz: {note}", file=sys.stderr)
    from lstmviz.ui.files import single_instance

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
    window.restore_placement()  # where the last session closed, checked against the screens there are now
    window.show()
    if presenter:
        window.presenter.set_active(True)
    single_instance.serve(window, instance)  # later launches with a file hand it to this window
    from lstmviz.ui.files import recovery
    from lstmviz.ui.language import language_handoff

    language_handoff.take_handoff(window)  # the document of the window that switched the language
    recovery.start(window)  # autosave from now on; offer what a crashed session left
    # Start loading TensorFlow on the worker thread once the window has painted, so that a
    # Train press later does not wait for it (the import briefly holds the GIL: DESIGN.md).
    from PySide6.QtCore import QTimer

    QTimer.singleShot(500, window.training_panel.start_background_tensorflow_import)
    if problem:
        window.show_error(tr("Cannot open file"), problem)
    from lstmviz.ui.work import isolated_reading

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
            write_atomically(out, bytes(buffer.data().data()))
        except OSError as exc:
            print(f"lstmviz: error: {failure_text(exc, out)}", file=sys.stderr)
            return 2
    finally:
        window.close()
    print(f"wrote {out} ({pixmap.width()}x{pixmap.height()})")
    return 0
