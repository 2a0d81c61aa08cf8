"""File > Export > Image: PNG and SVG, written atomically."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from lstmviz.model.examples import EXAMPLES
from lstmviz.ui.unrolled import export
from lstmviz.ui.unrolled.view import UnrolledView


@pytest.fixture
def view(qtbot):
    v = UnrolledView()
    qtbot.addWidget(v)
    ex = EXAMPLES["many-to-many"]
    v.set_architecture(ex.architecture, dataset=ex.dataset)
    return v


def test_png_export_is_a_real_image(view, tmp_path):
    path = tmp_path / "diagram.png"
    assert view.export_image(path) == str(path)
    image = QImage(str(path))
    assert not image.isNull()
    rect = view.diagram.itemsBoundingRect()
    assert image.width() >= rect.width() and image.height() >= rect.height()
    # Not a blank page: the cells' outlines and the gate colours are in it.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50


def test_svg_export_is_an_svg_document_with_the_text(view, tmp_path):
    path = tmp_path / "diagram.svg"
    view.export_image(path)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = " ".join(t for t in root.itertext())
    assert "shared parameters" in text and "t = 5" in text and "Dense(1)" in text
    assert list(tmp_path.iterdir()) == [path]


def test_bad_targets_get_clear_messages_and_leave_nothing_behind(view, tmp_path, monkeypatch):
    with pytest.raises(export.ExportError, match="use .png or .svg"):
        view.export_image(tmp_path / "diagram.jpg")
    with pytest.raises(export.ExportError, match="does not exist"):
        view.export_image(tmp_path / "missing" / "diagram.png")
    old = tmp_path / "old.png"
    old.write_bytes(b"previous export")

    def broken(*args):
        raise export.ExportError("disk full")

    monkeypatch.setattr(export, "_png", broken)
    with pytest.raises(export.ExportError, match="disk full"):
        view.export_image(old)
    assert old.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [old]


def test_the_export_dialog_reports_problems_in_a_message_box(view, tmp_path, monkeypatch):
    from lstmviz.ui.files import file_dialogs
    from lstmviz.ui.unrolled import view as view_module

    messages = []
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "nowhere" / "x.png"), "PNG image (*.png)")))
    monkeypatch.setattr(view_module.QMessageBox, "warning", staticmethod(lambda p, t, m: messages.append(m)))
    assert view.export_image_dialog() is None
    assert messages and "does not exist" in messages[0]
    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "chosen"), "SVG image (*.svg)")))
    assert view.export_image_dialog() == str(tmp_path / "chosen.svg")
    assert (tmp_path / "chosen.svg").stat().st_size > 1000
