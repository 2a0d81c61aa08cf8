"""The unrolled diagram's geometry, checked as plain data (no Qt)."""

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer
from lstmviz.diagram.layout import build_layout
from lstmviz.diagram.pieces import time_slots, value_step, wrap
from lstmviz.diagram.types import KEEP, MAX_STEPS


def arch(steps, *layers, features=1):
    return Architecture(InputSpec((steps, features)), tuple(LayerSpec(k, o) for k, o in layers))


def on_edge(point, rect, edge):
    x, y = point
    if edge == "bottom":
        return abs(y - rect.bottom) < 1e-6 and rect.x <= x <= rect.right
    if edge == "top":
        return abs(y - rect.y) < 1e-6 and rect.x <= x <= rect.right
    if edge == "right":
        return abs(x - rect.right) < 1e-6 and rect.y <= y <= rect.bottom
    raise ValueError(edge)


def test_the_layout_needs_neither_qt_nor_tensorflow():
    code = ("import sys; from lstmviz.model.examples import EXAMPLES; from lstmviz.diagram.layout import build_layout; "
            "[build_layout(e.architecture) for e in EXAMPLES.values()]; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'tensorflow', 'keras')))")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                         env={**os.environ, "PYTHONPATH": str(root)}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("steps", [1, 2, 5, MAX_STEPS])
def test_one_cell_per_time_step_left_to_right(steps):
    layout = build_layout(arch(steps, ("LSTM", {"units": 3})))
    cells = layout.cells(0)
    assert [c.t for c in cells] == list(range(steps))
    assert [c.title for c in cells] == [f"t = {t + 1}" for t in range(steps)]
    xs = [c.rect.cx for c in cells]
    assert xs == sorted(xs) and len(set(xs)) == steps
    assert not layout.by_role("gap")


def test_long_sequences_collapse_the_middle():
    layout = build_layout(arch(100, ("LSTM", {"units": 3})))
    cells = layout.cells(0)
    assert [c.t for c in cells] == list(range(KEEP)) + list(range(100 - KEEP, 100))
    gaps = [g for g in layout.by_role("gap") if g.layer_index == 0]
    assert len(gaps) == 1 and gaps[0].lines[0] == f"{100 - 2 * KEEP} more"
    head, tail = cells[:KEEP], cells[KEEP:]
    assert max(c.rect.cx for c in head) < gaps[0].rect.cx < min(c.rect.cx for c in tail)
    # The states run through the gap: the state leaving it is the last hidden step's.
    labels = {w.label for w in layout.wires_by_role("state") if w.source == gaps[0].id}
    assert labels == {f"h({100 - KEEP})", f"c({100 - KEEP})"}
    assert "100 time steps" in layout.row(0).caption


def test_time_slots_and_value_steps():
    assert [s.label for s in time_slots(3)] == ["1", "2", "3"]
    slots = time_slots(20, max_steps=8, keep=2)
    assert [s.label for s in slots] == ["1", "2", "\u2026", "19", "20"]
    assert slots[2].hidden == (2, 18)
    assert [s.label for s in time_slots(None)] == ["1", "2", "\u2026", "T"]
    assert value_step(0, 5, {}) == 0
    assert value_step(0, 5, {"go_backwards": True}) == 4


def test_the_shared_weight_block_is_tied_to_every_step():
    layout = build_layout(arch(6, ("GRU", {"units": 4})))
    row = layout.row(0)
    block = layout.node(row.weights_id)
    ties = [w for w in layout.wires_by_role("tie") if w.source == block.id]
    assert sorted(w.target for w in ties) == sorted(row.node_ids) == sorted(c.id for c in layout.cells(0))
    for wire in ties:
        cell = layout.node(wire.target)
        assert on_edge(wire.points[0], block.rect, "right")
        assert on_edge(wire.points[-1], cell.rect, "bottom")
        assert wire.group == block.group == cell.group
    assert row.caption == "one cell, 6 time steps, 84 shared parameters"  # 3 × ((1 + 4) × 4 + 2 × 4)


@pytest.mark.parametrize("kind,options", [
    ("LSTM", {}), ("LSTM", {"use_bias": False}), ("GRU", {}), ("GRU", {"reset_after": False}),
    ("SimpleRNN", {}), ("SimpleRNN", {"use_bias": False}),
])
def test_weight_block_counts_add_up_to_the_layer(kind, options):
    a = arch(4, (kind, {"units": 7, **options}), features=3)
    layout = build_layout(a)
    block = layout.node(layout.row(0).weights_id)
    counts = [int(line.split("\t")[1].replace(",", "")) for line in block.lines if "\t" in line]
    assert len(counts) == 3
    assert sum(counts) == infer(a)[0].params == layout.row(0).params
    assert f"{infer(a)[0].params:,} shared parameters" in block.title.replace("\n", " ")


@pytest.mark.parametrize("every", [True, False])
def test_taps_follow_return_sequences(every):
    layout = build_layout(arch(5, ("LSTM", {"units": 5, "return_sequences": every})))
    cells = layout.cells(0)
    taps = layout.wires_by_role("tap")
    if every:
        assert sorted(w.source for w in taps) == sorted(c.id for c in cells)
    else:
        assert [w.source for w in taps] == [cells[-1].id]
        assert taps[0].label == "h(5)"
    for wire in taps:
        assert on_edge(wire.points[0], layout.node(wire.source).rect, "top")
        assert wire.points[-1][1] < wire.points[0][1]  # upwards, to the next layer


def test_a_backwards_layer_taps_its_first_column():
    layout = build_layout(arch(4, ("SimpleRNN", {"units": 2, "go_backwards": True})))
    cells = layout.cells(0, -1)
    assert [w.source for w in layout.wires_by_role("tap")] == [cells[0].id]
    states = [w for w in layout.wires_by_role("state")]
    assert all(w.points[-1][0] < w.points[0][0] for w in states)  # right to left


def test_document_many_to_one_draws_dense_once_with_30_parameters():
    layout = build_layout(EXAMPLES["many-to-one"].architecture)
    dense = [n for n in layout.by_role("single") if n.layer_index == 1]
    assert len(dense) == 1 and "30 parameters" in dense[0].lines[0]
    last = layout.cells(0)[-1]
    assert dense[0].rect.x <= last.rect.cx <= dense[0].rect.right
    assert dense[0].rect.bottom < last.rect.y  # above the last step
    assert [w.target for w in layout.wires_by_role("tap")] == [dense[0].id]


@pytest.mark.parametrize("name", ["many-to-many", "dense-on-sequences"])
def test_document_many_to_many_draws_one_shared_dense_at_every_step(name):
    layout = build_layout(EXAMPLES[name].architecture)
    steps = [n for n in layout.by_role("step") if n.layer_index == 1]
    row = layout.row(1)
    assert len(steps) == 5 and row.params == 6 and "6 shared parameters" in row.caption
    block = layout.node(row.weights_id)
    assert sorted(w.target for w in layout.wires_by_role("tie") if w.source == block.id) == sorted(n.id for n in steps)
    taps = layout.wires_by_role("tap")
    assert sorted(w.target for w in taps) == sorted(n.id for n in steps)
    for cell, step in zip(layout.cells(0), steps):
        assert cell.rect.cx == step.rect.cx and step.rect.bottom < cell.rect.y


def test_one_to_one_draws_a_single_cell():
    layout = build_layout(EXAMPLES["one-to-one"].architecture)
    (cell,) = layout.cells(0)
    assert not layout.wires_by_role("state")
    assert {w.label for w in layout.wires_by_role("init")} == {"h(0) = 0", "c(0) = 0"}
    assert len(layout.wires_by_role("tap")) == 1 and len(layout.wires_by_role("tie")) == 1
    assert layout.row(0).caption == "one cell, 1 time step, 140 shared parameters"


def test_stacked_recurrent_layers_are_rows_fed_by_the_row_below():
    layout = build_layout(EXAMPLES["stacked-lstm"].architecture)
    low, high = layout.cells(0), layout.cells(1)
    assert len(low) == len(high) == 2 * KEEP
    assert max(c.rect.bottom for c in high) < min(c.rect.y for c in low)
    feeding = [w for w in layout.wires_by_role("tap") if w.layer_index == 0]
    assert sorted(w.target for w in feeding) == sorted(c.id for c in high)
    assert all(layout.node(w.source).layer_index == 0 for w in feeding)
    assert layout.row(0).params == 1152 and layout.row(1).params == 800
    assert layout.recurrent_layers == (0, 1) and layout.focus_layer == 0
    assert build_layout(EXAMPLES["stacked-lstm"].architecture, focus_layer=1).focus_layer == 1


@pytest.mark.parametrize("every", [False, True])
def test_bidirectional_is_two_rows_in_opposite_directions(every):
    a = arch(5, ("Bidirectional", {"layer": "LSTM", "units": 5, "return_sequences": every}))
    layout = build_layout(a)
    fwd, bwd = layout.row(0, 1), layout.row(0, -1)
    assert fwd.params == bwd.params == 140 and fwd.weights_id != bwd.weights_id
    for row, sign in ((fwd, 1), (bwd, -1)):
        states = [w for w in layout.wires_by_role("state") if w.source in row.node_ids]
        assert states and all((w.points[-1][0] - w.points[0][0]) * sign > 0 for w in states)
        ties = [w for w in layout.wires_by_role("tie") if w.source == row.weights_id]
        assert sorted(w.target for w in ties) == sorted(row.node_ids)
    assert max(layout.node(i).rect.bottom for i in bwd.node_ids) < min(layout.node(i).rect.y for i in fwd.node_ids)
    # Both rows read x(t): every input feeds one forward and one backward cell.
    x_wires = layout.wires_by_role("x")
    assert sorted(w.target for w in x_wires) == sorted(fwd.node_ids + bwd.node_ids)
    merges = layout.by_role("merge")
    assert len(merges) == (5 if every else 1)
    assert len(layout.wires_by_role("tap")) == (5 if every else 1)
    block = layout.node(bwd.weights_id)
    assert "Bidirectional: 2 \u00d7 140 = 280" in block.lines


@pytest.mark.parametrize("kind,gates", [("LSTM", ["f", "i", "g", "o"]), ("GRU", ["z", "r", "g"]),
                                        ("SimpleRNN", ["h"])])
def test_each_kind_shows_its_own_gates(kind, gates):
    layout = build_layout(arch(3, (kind, {"units": 2})))
    for cell in layout.cells(0):
        assert [g.symbol for g in cell.gates] == gates
        for gate in cell.gates:
            assert cell.rect.x < gate.rect.x and gate.rect.right < cell.rect.right
    states = {w.state for w in layout.wires_by_role("state")}
    assert states == ({"h", "c"} if kind == "LSTM" else {"h"})


def test_embedding_input_feeds_embedded_vectors():
    layout = build_layout(EXAMPLES["text-embedding"].architecture)
    embeds = [n for n in layout.by_role("step") if n.layer_index == 0]
    assert len(embeds) == 2 * KEEP
    assert "300,000 shared parameters" in layout.row(0).caption
    into_lstm = [w for w in layout.wires if w.target in {c.id for c in layout.cells(1)} and w.role == "flow"]
    assert sorted(w.label for w in into_lstm) == sorted(f"x({c.title[4:]})" for c in layout.cells(1))


def test_encoder_decoder_repeats_the_last_state():
    layout = build_layout(EXAMPLES["encoder-decoder"].architecture)
    (repeat,) = [n for n in layout.by_role("single") if n.kind == "RepeatVector"]
    into_decoder = [w for w in layout.wires_by_role("flow") if w.target in {c.id for c in layout.cells(2)}]
    assert len(into_decoder) == 5 and all(w.source == repeat.id and w.label == "h(5)" for w in into_decoder)


def test_variable_length_input_is_drawn_with_a_symbolic_last_step():
    layout = build_layout(Architecture(InputSpec((None, 2)), (LayerSpec("LSTM", {"units": 3}),)))
    assert [c.title for c in layout.cells(0)] == ["t = 1", "t = 2", "t = T"]
    assert "T time steps" in layout.row(0).caption


def test_nothing_to_unroll_says_why():
    no_rnn = build_layout(arch(5, ("Dense", {"units": 2})))
    assert not no_rnn.nodes and "no recurrent layer" in no_rnn.message
    flat = build_layout(Architecture(InputSpec((5,)), (LayerSpec("Dense", {"units": 2}),
                                                       LayerSpec("LSTM", {"units": 2}))))
    assert not flat.nodes and "no time axis" in flat.message


def test_an_impossible_stack_is_drawn_up_to_the_broken_layer():
    layout = build_layout(arch(5, ("LSTM", {"units": 4}), ("LSTM", {"units": 4})))
    assert layout.cells(0) and not layout.cells(1)
    assert layout.message.startswith("layer 2 (lstm_1 (LSTM)) cannot be drawn")
    assert "return_sequences=True" in layout.message
    assert any(label.role == "error" for label in layout.labels)


ARCHITECTURES = [e.architecture for e in EXAMPLES.values()] + [
    arch(100, ("LSTM", {"units": 3, "return_sequences": True}), ("GRU", {"units": 2, "return_sequences": True}),
         ("TimeDistributed", {"units": 1})),
    arch(3, ("Bidirectional", {"layer": "GRU", "units": 2, "return_sequences": True}), ("Dropout", {}),
         ("SimpleRNN", {"units": 2, "go_backwards": True}), ("Dense", {"units": 1})),
    arch(7, ("LSTM", {"units": 3, "return_sequences": True}), ("Flatten", {}), ("Dense", {"units": 2})),
]


@pytest.mark.parametrize("architecture", ARCHITECTURES)
def test_boxes_never_overlap_and_stay_inside_the_drawing(architecture):
    layout = build_layout(architecture)
    boxes = [n for n in layout.nodes if n.role != "band"]
    for n in boxes:
        assert 0 <= n.rect.x and n.rect.right <= layout.width and 0 <= n.rect.y and n.rect.bottom <= layout.height
    for a, b in itertools.combinations(boxes, 2):
        apart = (a.rect.right <= b.rect.x or b.rect.right <= a.rect.x or a.rect.bottom <= b.rect.y
                 or b.rect.bottom <= a.rect.y)
        assert apart, (a.id, b.id)
    ids = {n.id for n in layout.nodes}
    for w in layout.wires:
        assert w.source in ids | {None} and w.target in ids | {None}
        assert all(0 <= x <= layout.width and 0 <= y <= layout.height for x, y in w.points)


def test_captions_break_at_commas():
    assert wrap("one cell, 5 time steps, 140 shared parameters") == ["one cell, 5 time steps,",
                                                                     "140 shared parameters"]


LAYER_CHOICES = [
    ("LSTM", {"units": 3}), ("LSTM", {"units": 2, "return_sequences": True}), ("GRU", {"units": 2}),
    ("GRU", {"units": 2, "return_sequences": True, "reset_after": False}),
    ("SimpleRNN", {"units": 2, "return_sequences": True, "go_backwards": True}),
    ("Bidirectional", {"layer": "GRU", "units": 2, "return_sequences": True, "merge_mode": "sum"}),
    ("Bidirectional", {"layer": "LSTM", "units": 2}), ("Dense", {"units": 2}), ("TimeDistributed", {"units": 2}),
    ("Dropout", {}), ("RepeatVector", {"n": 3}), ("Flatten", {}), ("Embedding", {"input_dim": 5, "output_dim": 2}),
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LAYER_CHOICES), min_size=1, max_size=5), st.sampled_from([None, 1, 4, 30]),
       st.booleans())
def test_any_stack_is_laid_out_or_explained(layers, steps, tokens):
    spec = InputSpec.tokens(steps) if tokens else InputSpec((steps, 2))
    a = Architecture(spec, tuple(LayerSpec(k, o) for k, o in layers))
    inference = infer(a)
    layout = build_layout(a, inference)
    if not layout.nodes:
        assert layout.message
        return
    for info in inference:
        if not info.ok:
            assert layout.message and f"layer {info.index + 1}" in layout.message
            break
        if info.kind in ("LSTM", "GRU", "SimpleRNN", "Bidirectional"):
            assert layout.row(info.index, 1) or layout.row(info.index, -1)
            assert all(layout.node(w.target).role == "cell" for w in layout.wires_by_role("tie")
                       if w.layer_index == info.index and layout.node(w.source).kind == info.kind)
