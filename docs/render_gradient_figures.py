"""Render the README's gradients-through-time figures from the real window, offscreen.

Trains the three long-memory examples in the main window with the Unrolled tab showing
(so gradients through time are on, as for a user) and writes, into docs/:

- ``gradients-window.png``: the whole window while the LSTM trains;
- ``gradients-unrolled.png``: the Unrolled tab's diagram at the same moment (File > Export);
- ``gradients-compare.png``: for SimpleRNN, GRU and LSTM, the loss curve beside the
  gradient heatmaps of the Unrolled tab after training.

    python docs/render_gradient_figures.py [--during 40]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
OUT = ROOT / "docs"
EXAMPLES = ("long-memory-rnn", "long-memory-gru", "long-memory-lstm")


def pump(app, condition, timeout: float) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def train(app, name: str, during: int | None = None):
    """The window after training ``name`` (and, with ``during``, a grab taken at that epoch)."""
    from PySide6.QtWidgets import QMessageBox

    from lstmviz.app import create_main_window

    window = create_main_window(name)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    window.resize(1400, 900)
    window.show()
    window.tabs.setCurrentIndex(1)
    session = window.training_panel.session
    if not window.training_panel.train():
        raise SystemExit(f"{name}: cannot train: {session.problem()}")
    grab = None
    if during is not None:
        pump(app, lambda: session.gradient_history.epochs and session.gradient_history.epochs[-1] >= during, 300)
        app.processEvents()
        grab = window.grab()
        window.unrolled_view.export_image(OUT / "gradients-unrolled.png")
    pump(app, lambda: not session.active, 600)
    for _ in range(10):
        app.processEvents()
    return window, grab


def loss_image(app, history):
    """The window's loss plot, drawn on its own at a size that reads well in the README."""
    from lstmviz.ui.training.plots import LossPlot

    plot = LossPlot(history)
    plot.resize(520, 300)
    plot.show()
    plot.redraw()
    for _ in range(5):
        app.processEvents()
    image = plot.grab().toImage()
    plot.close()
    return image


def gradient_section(window):
    """The gradient heatmaps (with their title and legend) as rendered by the Unrolled tab's scene."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    scene = window.unrolled_view.diagram
    items = scene.gradients.below
    rect = QRectF()
    for item in items:
        rect = rect.united(item.mapRectToScene(item.boundingRect()))
    rect = rect.adjusted(-8, -6, 8, 6)
    scale = 1.5
    image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    return image


def compose(rows, path: Path) -> None:
    """One row per model: its loss plot, then its gradient section."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QFont, QImage, QPainter

    gap, label_h = 16, 30
    width = max(loss.width() + gap + grads.width() for _, loss, grads in rows) + 2 * gap
    height = sum(label_h + max(loss.height(), grads.height()) + gap for _, loss, grads in rows) + gap
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setPixelSize(18)
    font.setBold(True)
    painter.setFont(font)
    y = gap
    for title, loss, grads in rows:
        painter.drawText(QPoint(gap, y + 20), title)
        y += label_h
        painter.drawImage(QPoint(gap, y), loss)
        painter.drawImage(QPoint(gap + loss.width() + gap, y), grads)
        y += max(loss.height(), grads.height()) + gap
    painter.end()
    image.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--during", type=int, default=40, help="the LSTM epoch at which to grab the window")
    args = parser.parse_args()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    rows = []
    for name in EXAMPLES:
        window, grab = train(app, name, args.during if name == "long-memory-lstm" else None)
        session = window.training_panel.session
        loss = loss_image(app, session.history)
        kind = window.document.architecture.layers[0].kind
        final = session.history.last()[0]
        history = session.gradient_history
        h = history.matrix((0, 1, "h"))[:, -1]
        title = f"{name}: {kind}(8), loss {final:.3f} after {session.history.count} epochs; " \
                f"at the end ||dL/dh(1)|| / ||dL/dh(30)|| = {h[0] / h[-1]:.2g}"
        print(title, flush=True)
        rows.append((title, loss, gradient_section(window)))
        if grab is not None:
            grab.save(str(OUT / "gradients-window.png"))
        window.training_panel.stop_and_wait()
        window.document.undo_stack.setClean()
        window.close()
    compose(rows, OUT / "gradients-compare.png")
    print(f"wrote {OUT / 'gradients-window.png'}, {OUT / 'gradients-unrolled.png'} and "
          f"{OUT / 'gradients-compare.png'}")


if __name__ == "__main__":
    main()
