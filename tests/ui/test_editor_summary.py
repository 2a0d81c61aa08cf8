"""The summary table: Keras's numbers as text, per-gate rows, totals, copy as text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer
from lstmviz.ui.editor.summary_model import HEADERS, SummaryModel
from tests.ui.editor_support import isolated_settings, window  # noqa: F401


def rows(model: SummaryModel) -> list[list[str]]:
    return [[model.item(r, c).text() for c in range(4)] for r in range(model.rowCount())]


def children(model: SummaryModel, row: int) -> list[list[str]]:
    item = model.item(row, 0)
    return [[item.child(k, c).text() for c in range(4)] for k in range(item.rowCount())]


def test_many_to_many_reads_140_6_146(window):
    view = window.summary
    assert view.objectName() == "summaryTable"
    model = view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == list(HEADERS)
    table = rows(model)
    assert [r[2] for r in table] == ["140", "6", "146"]
    assert table[0][:2] == ["lstm (LSTM)", "(None, 5, 5)"]
    assert table[0][3] == "4 × ((1 + 5) × 5 + 5) = 140"
    assert table[1][:2] == ["time_distributed (TimeDistributed)", "(None, 5, 1)"]
    assert table[2][0] == "Total params" and table[2][3] == "140 + 6 = 146"


def test_recurrent_layers_expand_into_gates(window):
    model = window.summary.summary_model
    gates = children(model, 0)
    assert [g[0] for g in gates] == ["input gate i (sigmoid)", "forget gate f (sigmoid)",
                                     "candidate g (tanh)", "output gate o (sigmoid)"]
    assert all(g[1] == "W 1×5 · U 5×5 · b 5" and g[2] == "35" for g in gates)
    assert sum(int(g[2]) for g in gates) == 140
    assert window.summary.isExpanded(model.index(0, 0))  # the first recurrent layer opens by itself
    assert children(model, 1) == []

    window.open_example("gru-vs-lstm")
    gates = children(model, 0)
    assert [g[0].split(" (")[0] for g in gates] == ["update gate z", "reset gate r", "candidate g"]
    assert {g[1] for g in gates} == {"W 1×5 · U 5×5 · b 10"}  # reset_after: two biases per gate
    assert sum(int(g[2]) for g in gates) == 120 == int(model.item(0, 2).text())

    window.open_example("bidirectional")
    gates = children(model, 0)
    assert all(g[0].endswith("×2 directions") for g in gates)
    assert sum(int(g[2]) for g in gates) == 280 == int(model.item(0, 2).text())


def test_expansion_survives_edits(window):
    view, model = window.summary, window.summary.summary_model
    window.document.set_option(0, "units", 6)
    assert view.isExpanded(model.index(0, 0))
    view.collapse(model.index(0, 0))
    window.document.set_option(0, "units", 7)
    assert not view.isExpanded(model.index(0, 0))


def test_error_rows_say_why(window):
    window.document.set_option(0, "return_sequences", False)
    table = rows(window.summary.summary_model)
    assert table[1][1:3] == ["error", "?"]
    assert "return_sequences=True" in table[1][3]
    assert table[2][3] == "incomplete: fix the red layer first"


def test_copy_as_text(window, qtbot):
    view = window.summary
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].split() == ["Layer", "(type)", "Output", "shape", "Param", "#", "Derivation"]
    assert any(line.startswith("lstm (LSTM)") and "140" in line for line in lines)
    assert any("input gate i" in line and "35" in line for line in lines)  # expanded, so included
    total = next(line for line in lines if line.startswith("Total params"))
    assert "146" in total and "140 + 6 = 146" in total
    # columns line up: the param numbers end in the same column
    ends = {line.index("140") + 3 for line in lines if line.startswith("lstm")} | \
           {line.index("146") + 3 for line in lines if line.startswith("Total")}
    assert len(ends) == 1


@pytest.mark.parametrize("name", ["many-to-many", "text-embedding", "encoder-decoder", "gru-vs-lstm", "bidirectional"])
def test_summary_matches_keras(window, name):
    """Keras is the ground truth: each row's shape and count equal the built model's."""
    keras = pytest.importorskip("keras")
    from lstmviz.training.builder import build_model, keras_layer

    window.open_example(name)
    keras.backend.clear_session()  # fresh layer names, as the summary assumes
    model = build_model(EXAMPLES[name].architecture)
    table = rows(window.summary.summary_model)
    for i, row in enumerate(table[:-1]):
        layer = keras_layer(model, i)
        assert row[0] == f"{layer.name} ({layer.__class__.__name__})"
        assert row[1] == str(tuple(layer.output.shape))
        assert row[2] == f"{layer.count_params():,}"
    assert table[-1][2] == f"{model.count_params():,}"
    assert infer(EXAMPLES[name].architecture).total_params == model.count_params()
