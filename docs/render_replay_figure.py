"""Render docs/window-replay.png: the window at 1280x720 after training many-to-many, replay scrubbed to epoch 60.

    QT_QPA_PLATFORM=offscreen python docs/render_replay_figure.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


def main(out: Path = ROOT / "docs" / "window-replay.png", epoch: int = 60) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from lstmviz.app import create_main_window

    app = QApplication.instance() or QApplication([])
    window = create_main_window()
    window.resize(1280, 720)
    window.show()

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window.document.load_example("many-to-many")
    panel = window.training_panel
    window.tabs.setCurrentWidget(window.unrolled_view)
    panel.train()
    while panel.running:
        spin(20)
    panel.scrub_to_epoch(epoch)
    spin(300)
    window.grab().save(str(out))
    print(f"wrote {out}")
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
