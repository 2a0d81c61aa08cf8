"""Nothing clipped: every label, button, combo box, tree and table header and cell, progress bar,
tab and diagram text fits where it is drawn, at 1280x720 and 1920x1080, in normal and presenter mode,
on the Architecture and Unrolled tabs and in the training dock, before and after a run, and with
the banners a broken model or unfitting data bring.

A finished run is recorded the way the run session records one (weights, history, predictions),
without TensorFlow: the layout after training is what is measured here, not the training.
"""

from __future__ import annotations

import pytest

from lstmviz.model.dataset_spec import DatasetSpec
from tests.ui.recorded_run import record_finished_runs
from tests.ui.text_fit import scene_problems, widget_problems
from tests.ui.window_sizes import SIZES, open_window, show_tab


def problems(window) -> list[str]:
    found = []
    for tab, view in ((0, window.canvas), (1, window.unrolled_view)):
        show_tab(window, tab)
        found += [f"[{('Architecture', 'Unrolled')[tab]}] {p}" for p in widget_problems(window)]
        found += [f"[{('Architecture', 'Unrolled')[tab]}] {p}" for p in scene_problems(view)]
    scroll = window.training_panel.controls_scroll
    if scroll.verticalScrollBar().isVisible() or scroll.horizontalScrollBar().isVisible():
        found.append("the training controls scroll: a scroll bar covers some of them")
    return sorted(set(found))


@pytest.mark.parametrize("presenter", [False, True], ids=["normal", "presenter"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_nothing_is_clipped_before_and_after_a_run(qtbot, size, presenter):
    window = open_window(qtbot, "many-to-many", size, presenter)
    assert problems(window) == []
    record_finished_runs(window)
    assert window.training_panel.runs.list.count() == 2 or presenter
    assert problems(window) == []


@pytest.mark.parametrize("presenter", [False, True], ids=["normal", "presenter"])
def test_the_banners_of_a_broken_model_and_of_unfitting_data_fit(qtbot, presenter):
    window = open_window(qtbot, "many-to-many", (1280, 720), presenter)
    doc = window.document
    doc.set_option(0, "return_sequences", False)
    assert window.model_banner.isVisible() and window.model_banner.fix_button.isVisible()
    assert problems(window) == []
    doc.undo_stack.undo()
    doc.set_dataset(DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64))
    assert window.training_panel.problem_banner.isVisible()
    assert problems(window) == []


@pytest.mark.parametrize("example", ["one-to-one", "many-to-one", "encoder-decoder", "bidirectional"])
def test_other_examples_fit_at_1280x720(qtbot, example):
    window = open_window(qtbot, example, (1280, 720), presenter=False)
    assert problems(window) == []


def test_the_checks_find_clipped_text_and_accept_text_elided_on_purpose(qtbot):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QComboBox, QGraphicsRectItem, QGraphicsScene, QGraphicsView, QLabel, QPushButton, QTreeView, QVBoxLayout,
        QWidget,
    )

    from lstmviz.ui.widgets.elided_label import ElidedLabel
    from lstmviz.ui.widgets.text_runs import TextRun
    from tests.ui.text_fit import scene_problems, widget_problems

    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    long = "a label far too long for the forty pixels it is given"
    for widget in (QLabel(long), QPushButton(long), ElidedLabel(long)):
        widget.setFixedWidth(40)
        column.addWidget(widget)
    combo = QComboBox()
    combo.addItem(long)
    combo.setFixedWidth(60)
    column.addWidget(combo)
    tree = QTreeView()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["a header wider than its column", "b"])
    model.setItem(0, 0, QStandardItem(long))
    tree.setModel(model)
    tree.setColumnWidth(0, 50)
    column.addWidget(tree)
    root.resize(300, 400)
    root.show()
    qtbot.waitExposed(root)
    found = " | ".join(widget_problems(root))
    assert "QLabel: needs" in found and "QPushButton:" in found and "QComboBox:" in found
    assert "header 'a header wider than its column'" in found and "cell (0, 0)" in found
    assert "ElidedLabel" not in found  # shortened on purpose, the whole text in its tooltip

    scene = QGraphicsScene()
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    font = QFont()
    font.setPixelSize(12)

    class Painted(QGraphicsRectItem):
        def __init__(self, runs):
            super().__init__(0, 0, 10, 10)
            self.runs = runs

        def text_runs(self):
            return self.runs

    scene.addItem(Painted([TextRun(long, font, QRectF(0, 0, 40, 20))]))
    scene.addItem(Painted([TextRun("fits", font, QRectF(0, 0, 80, 20)),
                           TextRun("a…", font, QRectF(0, 0, 40, 20), elided_from=long)]))
    (problem,) = scene_problems(view)
    assert long in problem
