"""The real window under zh_CN shows no English prose: menus, docks, buttons, labels, tooltips,
item views, the diagrams' painted captions, the status bar, the banner and the help dialogs."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QMessageBox

from lstmviz.ui.language import language
from tests.ui.editor_support import isolated_settings  # noqa: F401
from tests.ui.test_trained_document import open_now, trained_project_file
from tests.ui.visible_text import ALLOWED, WORD, english_left, english_prose, plain, visible_texts

# Names that stay as Keras, the data or the tutorial write them (layer and merge names, the example's own
# names, symbols): single words a drawing may show inside Chinese text.
KERAS_WORDS = {"input", "layer", "embedding", "dropout", "flatten", "repeatvector", "timedistributed",
               "bidirectional", "simplernn", "concat", "sum", "ave", "mul", "token", "tutorial", "sine",
               "many", "one", "to", "epoch", "units", "features", "steps", "output", "return", "sequences",
               "use", "bias", "merge", "mode", "reset", "after", "go", "backwards", "max", "min"}


def english_word(text: str) -> str | None:
    """The first English word in a Chinese text (one is enough: "一个 cell", "30 parameters", "mean +0.74"),
    leaving out Keras's names and identifiers (return_sequences, token(t), layer.name)."""
    source = plain(text)
    if not any("\u4e00" <= c <= "\u9fff" for c in source) and not re.search(r"\d", source):
        return None  # a name or a formula alone (lstm (LSTM), h(t)), judged by english_prose
    for match in WORD.finditer(source):
        word = match.group()
        before, after = source[max(0, match.start() - 1):match.start()], source[match.end():match.end() + 1]
        if len(word) < 3 or word.isupper() or before in ("_", ".", "-") or after in ("_", "(", ".", "-"):
            continue
        if word.lower() in ALLOWED or word.lower() in KERAS_WORDS or word[0].isupper():
            continue
        return word
    return None


def test_the_heuristic_finds_english_prose_and_lets_formulas_and_keras_terms_pass():
    assert english_prose("Total params: 5") == "Total params"
    assert english_prose("&Open Recent") == "Open Recent"
    assert english_prose("<p><b>Why:</b> the input is unknown</p>") == "the input"
    for fine in ("参数总数：140", "return_sequences=True", "LSTM(5) → Dense(1)", "h, c, 候选值 g (tanh)",
                 "4 × ((1 + 5) × 5 + 5) = 140", "adam 0.001 · 损失 mean_squared_error", "(None, 5, 1)",
                 "many-to-many", "lstm (LSTM)", "Keras 3", "TensorFlow 未加载", "val_loss 0.1"):
        assert english_prose(fine) is None, fine


@pytest.fixture
def chinese_window(qtbot, qapp, isolated_settings, monkeypatch, request):
    request.addfinalizer(lambda: language.apply(language.ENGLISH, qapp))  # even when the set-up fails
    monkeypatch.setenv(language.ENVIRONMENT, "zh_CN")
    language.apply(language.chosen_language(), qapp)
    from lstmviz.app import create_main_window

    w = create_main_window("many-to-many")  # the tutorial's many-to-many example
    w.show_error = lambda title, message: pytest.fail(f"error box: {title}: {message}")
    w.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def test_the_window_under_zh_cn_shows_no_english_prose(chinese_window, tmp_path):
    w = chinese_window
    assert w.file_menu.title() == "文件(&F)" and w.tabs.tabText(1) == "展开"
    left = english_left(w)
    assert open_now(w, trained_project_file(tmp_path))  # trained weights, two runs, loss curves
    for tab in (0, 1):
        w.tabs.setCurrentIndex(tab)
        _settle()
        left += english_left(w)
    for menu in (w.file_menu, w.edit_menu, w.examples_menu, w.view_menu, w.help_menu, w.recent_menu):
        menu.aboutToShow.emit()  # menus filled when shown (Open Recent) are filled now
    w.document.select(0)  # the inspector on a layer, with its option editors and tooltips
    _settle()
    left += english_left(w)
    setup = w.training_panel.setup
    setup.show_settings_popup()  # the training settings, folded into their popup at this size
    _settle()
    assert setup.popup.isVisible()
    assert any(text == "学习率" for _where, text in visible_texts(setup.popup))
    left += [f"settings popup: {line}" for line in english_left(setup.popup)]
    setup.popup.hide()
    from lstmviz.ui.training.worker import LOADING, READY, failed

    for state in (LOADING, READY, failed("ImportError")):  # what the status bar shows as TensorFlow loads
        w.set_tensorflow_state(state)
        left += english_left(w)
    assert w.tensorflow_status.text() == "TensorFlow 失败：ImportError"
    texts = [text for _where, text in visible_texts(w)]
    assert sum(1 for t in texts if any("\u4e00" <= c <= "\u9fff" for c in t)) > 150  # it was looked at
    assert not sorted(set(left)), "English left in the zh_CN window:\n" + "\n".join(sorted(set(left)))


def test_a_model_error_and_its_fix_banner_are_chinese(chinese_window):
    w = chinese_window
    doc = w.document
    doc.set_option(0, "return_sequences", False)  # the TimeDistributed below now gets (None, 5)
    _settle()
    assert not w.model_banner.isHidden()
    shown = [text for where, text in visible_texts(w) if "return_sequences=True" in text]
    assert shown and all("在" in text or "设置" in text for text in shown), shown  # the hint, in Chinese
    left = english_left(w)
    assert not left, "\n".join(left)


def test_the_help_dialogs_are_chinese(chinese_window):
    w = chinese_window
    for dialog in (w.show_formula_help(), w.show_about(), w.show_shortcuts()):
        _settle()
        texts = [(type(c).__name__, t) for c in [dialog, *dialog.findChildren(object)]
                 for t in _widget_texts(c)]
        left = [f"{kind}: {t!r}" for kind, t in texts if english_prose(t)]
        assert not left, "\n".join(left)
        dialog.close()


def _widget_texts(widget):
    for name in ("windowTitle", "text", "toPlainText", "toolTip"):
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str):
                yield value
    model = getattr(widget, "model", None)
    if callable(model) and model() is not None and hasattr(model(), "rowCount"):
        m = model()
        try:
            for row in range(m.rowCount()):
                for column in range(m.columnCount()):
                    value = m.data(m.index(row, column))
                    if isinstance(value, str):
                        yield value
        except TypeError:
            pass


def test_a_tiny_training_run_in_chinese_leaves_no_english(chinese_window, qtbot):
    from tests.ui.test_training_panel_run import click, settings, wait_idle

    w = chinese_window
    w.document.load_example("one-to-one")
    panel = w.training_panel
    settings(panel, epochs=20)
    statuses = []
    panel.session.status_changed.connect(lambda text, _error: statuses.append(text))
    click(qtbot, panel.train_button)
    wait_idle(qtbot, panel)
    try:
        assert w.document.trained is not None and w.document.trained.epoch == 20
        left = []
        for tab in (0, 1):
            w.tabs.setCurrentIndex(tab)
            _settle()
            left += english_left(w)
        left += [f"status: {s!r}" for s in statuses if english_prose(s)]
        assert statuses and statuses[-1].startswith("20 轮完成"), statuses
        assert not left, "\n".join(sorted(set(left)))
    finally:
        assert panel.stop_and_wait()


@pytest.mark.parametrize("example", ["many-to-one", "text-embedding", "encoder-decoder", "gru-vs-lstm",
                                     "bidirectional", "dense-on-sequences", "long-memory-rnn"])
def test_every_painted_diagram_text_and_the_cell_detail_are_chinese(chinese_window, example):
    """Each kind of row the diagrams draw (Dense once, an embedding, RepeatVector, GRU, Bidirectional,
    SimpleRNN), its legend and heatmaps, and "Inside the cell" with its gate boxes and table."""
    from tests.ui.visible_text import painted_texts

    w = chinese_window
    w.open_example(example)
    title = w.examples_menu.actions()
    assert all(english_prose(a.text()) is None for a in title if a.text()), [a.text() for a in title]
    left = []
    for tab in (0, 1):
        w.tabs.setCurrentIndex(tab)
        _settle()
        left += english_left(w)
    view = w.unrolled_view
    painted = painted_texts(view.diagram)
    assert painted, "nothing painted"
    left += [f"diagram: {t!r}" for t in painted if english_prose(t) or english_word(t)]
    cells = view.diagram.cell_items(view.shown_layer) if hasattr(view, "shown_layer") else []
    cells = cells or next((view.diagram.cell_items(i) for i in range(len(w.document.architecture.layers))
                           if view.diagram.cell_items(i)), [])
    assert cells, "no cell to open"
    view.open_gate_detail(cells[-1].node)
    _settle()
    detail = view.gate_detail
    assert detail.isVisible()
    texts = [t for c in [detail, *detail.findChildren(object)] for t in _widget_texts(c)]
    for child in detail.findChildren(object):
        scene = getattr(child, "scene", None)
        if callable(scene) and scene() is not None:
            texts += painted_texts(scene())
            texts += [i.toPlainText() for i in scene().items() if hasattr(i, "toPlainText")]
            texts += [i.text() for i in scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert any("\u4e00" <= c <= "\u9fff" for t in texts for c in t)
    left += [f"cell detail: {t!r}" for t in texts if english_prose(t) or english_word(t)]
    detail.close()
    assert not left, "\n".join(sorted(set(left)))
