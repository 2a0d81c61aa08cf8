"""The window on a real X11 display: a virtual one (Xvfb) with a window manager (openbox).

Offscreen, Qt lays windows out without a window manager, frames or a real screen; on X11 the
window manager places and frames the window and the screen's available geometry decides what
is seen. :func:`virtual_display` starts Xvfb on a free display number (``-displayfd``) with
openbox; :func:`check_window` runs the window there in a child process (``python -m
tests.ui.real_display``) exactly as ``lstmviz`` opens it, and returns what it measured:

- the window's frame and the screen's available geometry (it must lie inside);
- text that does not fit its widget or its diagram box (tests/ui/text_fit.py);
- every text's height in rendered pixels (lstmviz.ui.look.ink) in the diagrams, the plots and the
  widgets, plus a few labels measured on a grab of the window itself (their ink against
  their background), which must agree with the rendering of the text alone;
- each plot's data area in pixels, widgets cut by their dock, whether the canvas shows its first block,
  how many cells of the unrolled layer the view shows whole;
- optionally a screenshot of the whole screen.

Used by tests/ui/test_real_display.py and by benchmarks/real_display_check.py (the longer walk).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def missing_programs() -> list[str]:
    return [name for name in ("Xvfb", "openbox") if shutil.which(name) is None]


@contextlib.contextmanager
def virtual_display(width: int, height: int, timeout: float = 20.0):
    """Yield a DISPLAY (":N") served by a fresh Xvfb of ``width`` x ``height`` with openbox; both end after.

    Raises RuntimeError (saying why) when the server or the window manager cannot start.
    """
    missing = missing_programs()
    if missing:
        raise RuntimeError(f"{' and '.join(missing)} not installed")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten",
                             "tcp", "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write)
    wm = None
    try:
        number = _read_display_number(read, xvfb, timeout)
        display = f":{number}"
        env = dict(os.environ, DISPLAY=display)
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        _wait_for_window_manager(display, wm, timeout)
        yield display
    finally:
        os.close(read)
        for process in (wm, xvfb):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def _read_display_number(fd: int, xvfb: subprocess.Popen, timeout: float) -> int:
    import select

    text = b""
    end = time.monotonic() + timeout
    while not text.endswith(b"\n"):
        left = end - time.monotonic()
        if left <= 0 or xvfb.poll() is not None:
            raise RuntimeError("Xvfb did not start")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not start")
            text += chunk
    return int(text.strip())


def _wait_for_window_manager(display: str, wm: subprocess.Popen, timeout: float) -> None:
    """Openbox is up once it owns the _NET_SUPPORTING_WM_CHECK property of the root window."""
    end = time.monotonic() + timeout
    env = dict(os.environ, DISPLAY=display)
    while time.monotonic() < end:
        if wm.poll() is not None:
            raise RuntimeError("openbox did not start")
        if shutil.which("xprop") is None:
            time.sleep(1.0)  # nothing to ask: give it a moment
            return
        out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True,
                             text=True).stdout
        if "window id" in out:
            return
        time.sleep(0.1)
    raise RuntimeError("openbox did not start")


def check_window(display: str, *, example: str = "many-to-many", lang: str = "en", presenter: bool = True,
                 tab: int = 1, screenshot: str | None = None, dialogs: bool = False, train: int = 0,
                 recorded_run: bool = False, timeout: float = 180.0) -> dict:
    """Run the window on ``display`` in a child process and return its measurements (see the module's text).

    ``train`` epochs are trained for real (the child imports TensorFlow); ``recorded_run`` records a
    finished run as the run session records one, without TensorFlow (tests/ui/recorded_run.py)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LSTMVIZ_LANGUAGE=lang,
                   XDG_CONFIG_HOME=home, TF_CPP_MIN_LOG_LEVEL="3", PYTHONPATH=str(ROOT))
        env.pop("WAYLAND_DISPLAY", None)
        args = [sys.executable, "-m", "tests.ui.real_display", "--example", example, "--tab", str(tab)]
        args += ["--presenter"] if presenter else []
        args += ["--screenshot", screenshot] if screenshot else []
        args += ["--dialogs"] if dialogs else []
        args += ["--train", str(train)] if train else []
        args += ["--recorded-run"] if recorded_run else []
        done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the window's check failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1])


# ------------------------------------------------------------------ the child: runs on the display

def _steady(app, *roots, quiet: float = 0.25, limit: float = 5.0) -> None:
    """Process events until the roots' frames and every visible widget's geometry under them stay the same for
    ``quiet`` seconds: the window manager has placed and framed them and their layouts have settled."""
    from PySide6.QtWidgets import QWidget

    def state() -> list:
        return [(_rect(root.frameGeometry()), [_rect(w.geometry()) for w in root.findChildren(QWidget)
                                               if w.isVisible()]) for root in roots]

    end = time.monotonic() + limit
    last, since = None, time.monotonic()
    while time.monotonic() < end:
        app.processEvents()
        now = state()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return
        time.sleep(0.02)


def _wait(app, condition, seconds: float = 20.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return False


def _rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def _inks(inks) -> dict:
    counted = [i for i in inks if i.counts]
    low = min(counted, key=lambda i: i.height, default=None)
    return {"count": len(counted), "smallest": low.height if low else None, "text": low.text if low else "",
            "where": low.where if low else "", "heights": sorted({i.height for i in counted})}


def _grabbed_heights(widgets) -> list[dict]:
    """Labels and buttons measured on a grab of themselves: the ink against their own background."""
    from lstmviz.ui.look import ink

    out = []
    for widget in widgets:
        if not widget.isVisible():
            continue
        image = widget.grab().toImage()
        box = ink.image_ink_box(image)
        text = widget.text().replace("&", "")
        out.append({"where": widget.objectName() or type(widget).__name__, "text": text,
                    "grabbed": box.height(), "alone": ink.ink_height(text, widget.font())})
    return out


def _plot_rooms(panes) -> list[dict]:
    """Each plot's data area (the view box, the axes' text aside) in pixels, and whether the empty plot's
    hint lies inside it."""
    out = []
    for pane in panes:
        vb = pane.plot_item.vb
        area = vb.sceneBoundingRect()
        hint = getattr(pane, "empty_hint", None)
        hint_inside = None
        if hint is not None and hint.isVisible():
            hint_inside = area.contains(hint.sceneBoundingRect())
        out.append({"where": pane.plot.objectName(), "visible": pane.plot.isVisible(), "height": area.height(),
                    "hint_inside": hint_inside, "overlapping_ticks": _overlapping_ticks(pane.plot_item)})
    return out


def _overlapping_ticks(plot_item) -> list[str]:
    """Tick labels of an axis drawn over one another (a log axis labelling every 2 ... 9 of a short range)."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    overlapping = []
    for side in ("left", "bottom"):
        axis = plot_item.getAxis(side)
        painter = QPainter(image)
        try:
            specs = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        texts = specs[2] if specs else []
        for k, (rect, _flags, text) in enumerate(texts):
            for other, _f, other_text in texts[k + 1:]:
                if rect.intersects(other):
                    overlapping.append(f"{side}: {text!r} over {other_text!r}")
    return overlapping


def _cut_widgets(window) -> list[str]:
    """Visible widgets whose own rectangle is not wholly on screen in the window: cut by a dock (a scroll area
    that scrolls them away), another widget or the window's edge."""
    import pyqtgraph as pg
    from PySide6.QtGui import QRegion
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QProgressBar, QSlider

    kinds = (QLabel, QAbstractButton, QProgressBar, QComboBox, QAbstractSpinBox, QSlider, pg.PlotWidget)
    cut = []
    from PySide6.QtWidgets import QWidget

    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible() or widget.window() is not window or widget.width() <= 1 or widget.height() <= 1:
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a scroll area's corner, a tab bar's arrows)
            continue
        name = widget.objectName() or type(widget).__name__
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        if isinstance(widget, pg.PlotWidget):
            widget = widget.viewport()  # the plot paints there; its frame is covered by it
        missing = QRegion(widget.rect()).subtracted(widget.visibleRegion())
        if not missing.isEmpty():
            lost = missing.boundingRect()
            cut.append(f"{name} {text!r}: {lost.width()}x{lost.height()} of {widget.width()}x{widget.height()} px "
                       "not shown")
    return cut


def _canvas_start(canvas) -> dict:
    """Whether the canvas shows its first block's title (the top of the model) without scrolling."""
    block = canvas.canvas_scene.input_block
    title = block.sceneBoundingRect()
    title.setHeight(min(title.height(), 48.0))  # the block's first line: icon, name, shape
    seen = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    bar = canvas.horizontalScrollBar()
    return {"title_shown": seen.contains(title.adjusted(0, 0, -title.width() * 0.5, 0)),
            "whole_width": seen.left() <= title.left() and seen.right() >= title.right(),
            "horizontal_scroll": max(bar.maximum(), 0) if bar.isVisible() else 0}


def cut_at_edges(view, detail: bool = False) -> list[str]:
    """Texts (a wire label with its white patch) the view's edges cut: partly seen. ``detail``: with where
    the text and the view are, in scene coordinates."""
    from lstmviz.ui.unrolled.items import TextItem

    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    cut = []
    for item in view.diagram.items():
        if not item.isVisible() or not hasattr(item, "text_runs"):
            continue
        boxes = [(run.text, item.mapRectToScene(run.rect)) for run in item.text_runs()]
        if isinstance(item, TextItem):
            boxes.append((item.text, item.sceneBoundingRect()))
        for text, box in boxes:
            if seen.intersects(box) and not seen.contains(box):
                where = (f" at {box.left():.0f},{box.top():.0f} {box.width():.0f}x{box.height():.0f} (view "
                         f"{seen.left():.0f},{seen.top():.0f} {seen.width():.0f}x{seen.height():.0f})")
                cut.append(repr(text[:30]) + (where if detail else ""))
    return cut


def _child(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--example", default="many-to-many")
    parser.add_argument("--tab", type=int, default=1)
    parser.add_argument("--presenter", action="store_true")
    parser.add_argument("--screenshot")
    parser.add_argument("--dialogs", action="store_true")
    parser.add_argument("--train", type=int, default=0, help="train this many epochs first (after a run the "
                        "panel shows more: the status, the replay, the runs)")
    parser.add_argument("--recorded-run", action="store_true", help="record two finished runs without "
                        "TensorFlow, as the offscreen after-a-run checks do")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QMessageBox

    from lstmviz.app import create_main_window
    from lstmviz.ui.look import ink, screen_fit
    from tests.ui.text_fit import scene_problems, widget_problems

    window = create_main_window(args.example)
    app = QApplication.instance()
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.restore_placement()  # as lstmviz opens it: a first start (the settings are empty)
    window.show()
    if args.presenter:
        window.presenter.set_active(True)
    window.tabs.setCurrentIndex(args.tab)
    _wait(app, lambda: window.isVisible() and window.windowHandle() is not None and window.windowHandle().isExposed())
    _steady(app, window)  # the window manager places and frames it; the docks settle
    if args.train:
        import dataclasses

        panel = window.training_panel
        window.document.set_training(dataclasses.replace(window.document.training, epochs=args.train))
        panel.train_button.click()
        if not _wait(app, lambda: panel.running, 30) or not _wait(app, lambda: not panel.running, 120):
            raise RuntimeError("the run did not start and finish")
        _steady(app, window)
    if args.recorded_run:
        from tests.ui.recorded_run import record_finished_runs

        record_finished_runs(window)
        _steady(app, window)
    room = screen_fit.available(window)
    view = window.unrolled_view
    panes = (window.training_panel.loss_pane.plot, window.training_panel.prediction_pane.plot)
    result = {
        "screen": _rect(room), "frame": _rect(window.frameGeometry()), "geometry": _rect(window.geometry()),
        "maximized": window.isMaximized(), "full_screen": window.isFullScreen(),
        "fits": room.contains(window.frameGeometry()) or (window.isFullScreen()
                                                          and window.screen().geometry() == window.frameGeometry()),
        "clipped": widget_problems(window) + scene_problems(view if args.tab == 1 else window.canvas),
        "diagram": _inks(ink.scene_inks(view if args.tab == 1 else window.canvas)),
        "plots": _inks([i for p in panes for i in ink.plot_inks(p)]),
        "widgets": _inks(ink.widget_inks(window)),
        "grabbed": _grabbed_heights([window.training_panel.loss_pane.title, window.training_panel.prediction_pane.title,
                                     *window.presenter.strip.buttons]),
        "scale": view.transform().m22(), "columns": list(view._columns),
        "plot_rooms": _plot_rooms((window.training_panel.loss_pane, window.training_panel.prediction_pane)),
        "cut_widgets": _cut_widgets(window),
        "factor": window.presenter.factor if args.presenter else 1.0,
    }
    if args.tab == 0:
        result["canvas"] = _canvas_start(window.canvas)
    else:
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        result["cells_shown"] = sum(seen.contains(c.sceneBoundingRect())
                                    for c in view.diagram.cell_items(view.shown_layer, 1))
        # The initial states ("c(0) = 0") unrolling starts from: whole in view, or cut.
        starts = [item.sceneBoundingRect() for item in view.diagram.items() if item.data(0) == "wire-label:init"]
        result["initial_states_cut"] = [str(item.data(1)) for item in view.diagram.items()
                                        if item.data(0) == "wire-label:init"
                                        and seen.intersects(item.sceneBoundingRect())
                                        and not seen.contains(item.sceneBoundingRect())]
        result["initial_states"] = len(starts)
        result["cut_at_edges"] = cut_at_edges(view)
    if args.screenshot:
        window.screen().grabWindow(0).save(args.screenshot)
    if args.tab == 1:  # the same window on the Architecture tab: its blocks fit the width, or a scroll is needed
        window.tabs.setCurrentIndex(0)
        _steady(app, window)
        result["canvas"] = _canvas_start(window.canvas)
    if args.dialogs:
        result["dialogs"] = _dialogs(window, app, room, args.screenshot)
    print(json.dumps(result))
    window.close()
    return 0


def _cut(root) -> list[str]:
    """Text cut off under ``root``; what a scroll area with a visible scroll bar holds is not cut, it scrolls."""
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.text_fit import widget_problems

    problems = widget_problems(root)
    for area in root.findChildren(QScrollArea):
        bars = (area.verticalScrollBar(), area.horizontalScrollBar())
        if area.widget() is not None and any(bar.isVisible() and bar.maximum() > 0 for bar in bars):
            inside = set(widget_problems(area.widget()))
            problems = [p for p in problems if p not in inside]
    return problems


def _dialogs(window, app, room, screenshot: str | None = None) -> dict:
    """Open the cell detail, the help dialogs and the settings popup; each must lie on the screen, uncut."""
    from lstmviz.ui.look import ink

    out = {}
    view = window.unrolled_view
    window.tabs.setCurrentIndex(1)
    _steady(app, window)
    view.open_gate_detail(view.diagram.cell_items(view.shown_layer)[0].node)
    detail = view.gate_detail
    _wait(app, lambda: detail.windowHandle() is not None and detail.windowHandle().isExposed())
    _steady(app, detail)
    out["gateDetail"] = {"frame": _rect(detail.frameGeometry()), "fits": room.contains(detail.frameGeometry()),
                         "drawing": _inks(ink.scene_inks(detail.cell_view)), "clipped": _cut(detail)}
    if screenshot:
        window.screen().grabWindow(0).save(screenshot.replace(".png", "-cell-detail.png"))
    detail.close()
    for dialog in (window.show_shortcuts(), window.show_about(), window.show_formula_help()):
        _wait(app, lambda d=dialog: d.windowHandle() is not None and d.windowHandle().isExposed())
        _steady(app, dialog)
        out[dialog.objectName()] = {"frame": _rect(dialog.frameGeometry()), "fits": room.contains(dialog.frameGeometry()),
                                    "clipped": _cut(dialog)}
        dialog.close()
    setup = window.training_panel.setup
    if setup.compact:
        setup.settings_toggle.click()
        _steady(app, setup.popup)
        out["settingsPopup"] = {"frame": _rect(setup.popup.frameGeometry()),
                                "fits": room.contains(setup.popup.frameGeometry()),
                                "clipped": _cut(setup.popup)}
        setup.popup.hide()
    return out


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
