"""The palette: every kind with an icon and a tooltip; its drag data; insertion without a drag."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from lstmviz.model import catalogue
from lstmviz.ui.document.document import INPUT_SELECTED
from lstmviz.ui.editor.palette import KIND_ROLE, MIME_TYPE, LayerPalette, kind_from_mime
from tests.ui.editor_support import LEFT, isolated_settings, layer_kinds, window  # noqa: F401


def test_every_kind_has_an_icon_and_a_teaching_tooltip(qtbot):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    assert palette.objectName() == "layerPalette"
    assert sorted(palette.kinds()) == sorted(catalogue.KINDS)
    for kind, spec in catalogue.KINDS.items():
        item = palette.item_for(kind)
        assert not item.icon().isNull()
        assert not item.icon().pixmap(28, 28).toImage().isNull()
        tip = item.toolTip()
        assert spec.summary.split(":")[0] in tip
        assert spec.formula.split("(")[0].strip().replace("×", "&times;") in tip or \
            spec.formula.split("(")[0].strip() in tip
        assert item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    lstm = palette.item_for("LSTM").toolTip()
    assert "4 × ((features + units) × units + units)" in lstm


def test_icons_differ_between_kinds(qtbot):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    images = {kind: palette.item_for(kind).icon().pixmap(32, 32).toImage() for kind in catalogue.KINDS}
    kinds = list(images)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1:]:
            assert images[a] != images[b], (a, b)


def test_mime_data_carries_the_kind(qtbot):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    palette.setCurrentItem(palette.item_for("Bidirectional"))
    mime = palette.model().mimeData(palette.selectedIndexes())
    assert mime.hasFormat(MIME_TYPE)
    assert bytes(mime.data(MIME_TYPE).data()) == b"Bidirectional"
    assert kind_from_mime(mime) == "Bidirectional"
    assert palette.mimeTypes() == [MIME_TYPE]
    assert palette.supportedDragActions() == Qt.DropAction.CopyAction
    other = QMimeData()
    other.setText("Bidirectional")
    assert kind_from_mime(other) is None


def test_headers_are_not_draggable(qtbot):
    palette = LayerPalette()
    qtbot.addWidget(palette)
    headers = [palette.item(r) for r in range(palette.count())
               if not palette.item(r).data(KIND_ROLE) and palette.item(r).text() != "Input"]
    assert [h.text() for h in headers] == ["INPUT", "EMBEDDING", "RECURRENT", "DENSE", "CONVOLUTION", "SHAPE"]
    assert all(not (h.flags() & Qt.ItemFlag.ItemIsDragEnabled) for h in headers)


def double_click(qtbot, widget, pos):
    """Press-release then the double-click event, as a real double click arrives."""
    qtbot.mouseClick(widget, LEFT, pos=pos)
    qtbot.mouseDClick(widget, LEFT, pos=pos)


def test_double_click_inserts_after_the_selected_layer(window, qtbot):
    palette = window.layer_palette
    window.document.select(0)
    item = palette.item_for("Dropout")
    palette.scrollToItem(item)
    centre = palette.visualItemRect(item).center()
    double_click(qtbot, palette.viewport(), centre)
    assert layer_kinds(window) == ["LSTM", "Dropout", "TimeDistributed"]
    assert window.document.selected == 1
    window.document.select(INPUT_SELECTED)
    double_click(qtbot, palette.viewport(), palette.visualItemRect(palette.item_for("Dense")).center())
    assert layer_kinds(window)[0] == "Dense"


def test_enter_key_and_context_menu_insert(window, qtbot):
    palette = window.layer_palette
    window.document.select(-1)
    palette.setCurrentItem(palette.item_for("Flatten"))
    qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert layer_kinds(window) == ["LSTM", "TimeDistributed", "Flatten"]
    window.document.select(0)
    menu = palette.context_menu_for("RepeatVector")
    after, end = menu.actions()
    assert after.text() == "Insert RepeatVector after the selected layer"
    end.trigger()
    assert layer_kinds(window)[-1] == "RepeatVector"
    assert window.document.selected == 3  # the new layer is selected
    window.document.select(0)
    after.trigger()
    assert layer_kinds(window)[:2] == ["LSTM", "RepeatVector"]


def test_palette_is_disabled_while_locked(window):
    window.document.lock("training is running")
    assert not window.layer_palette.isEnabled()
    window.document.unlock()
    assert window.layer_palette.isEnabled()


def test_input_entry_explains_and_selects_the_input(qtbot, window):
    from lstmviz.ui.document.document import INPUT_SELECTED

    palette = window.layer_palette
    item = palette.findItems("Input", Qt.MatchFlag.MatchExactly)[0]
    assert "time steps" in item.toolTip() and not item.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert "Input" not in palette.kinds()  # nothing to insert: a model has exactly one input
    rect = palette.visualItemRect(item)
    qtbot.mouseClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(palette.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.document.selected == INPUT_SELECTED
