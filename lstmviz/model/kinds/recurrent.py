"""What LSTM, GRU and SimpleRNN share: options, shapes, counts, weights, and the loop over time.

Each cell's module writes only its equations (:meth:`CellKind.step`) and its gates; the
loop here runs them over the time steps for every use: predictions (float32, masks,
``go_backwards``), and the traced pass that keeps every gate and state per step (the
engine's probe, the Unrolled tab, the stored-weights views). Keras 3 lays the weights out
gate by gate along the last axis (LSTM i, f, c, o; GRU z, r, h).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.activations import NAMES as ACTIVATIONS
from lstmviz.model.kinds.activations import checked
from lstmviz.model.kinds.base import (
    MULTIPLY, Array, Derivation, DiagramText, Drawn, GateRow, LayerKind, Look, Option, Shape, WeightSpec,
)
from lstmviz.model.kinds.shared import (
    RECURRENT_FAMILY, RETURN_SEQUENCES, USE_BIAS, activation_option, defined_last, need_sequence, units,
    units_option,
)
from lstmviz.model.kinds.trace import CellTrace

GO_BACKWARDS = Option("go_backwards", bool, False, tr_noop('Read the sequence from the last step to the first.'))
DROPOUT = Option("dropout", float, 0.0, tr_noop('Fraction of the inputs x(t) dropped while training.'), 0.0, 1.0)
RECURRENT_DROPOUT = Option("recurrent_dropout", float, 0.0, tr_noop('Fraction of h(t-1) dropped while training.'), 0.0, 1.0)
RECURRENT_ACTIVATION = Option("recurrent_activation", str, "sigmoid", tr_noop('Activation of the gates.'), choices=ACTIVATIONS)
# Options a recurrent layer's Keras config holds under these names; the rest (initialisers,
# regularisers) change neither shapes nor counts.
KERAS_KEYS = ("units", "return_sequences", "use_bias", "activation", "recurrent_activation", "reset_after",
              "go_backwards", "dropout", "recurrent_dropout")
STATE_NAMES = {"h": tr_noop("hidden state"), "c": tr_noop("cell state")}


@dataclass(frozen=True)
class Gate:
    symbol: str  # the key of its values in a trace
    name: str  # "forget gate" (translate with tr() where shown)
    word: str  # "forget": the short label inside the cell detail
    activation: str  # the default; recurrent_activation / activation options may change it


def cell_glyph(gates: int) -> tuple[tuple[Any, ...], ...]:
    """A cell box with one dot per gate block, and the recurrence loop above it."""
    dots = tuple(("dot", 32 + (i - (gates - 1) / 2) * 9, 38, 3.2, 255) for i in range(gates))
    return (("rect", 12, 24, 40, 28, 5, 3.5), ("curve", 44, 24, 50, 6, 14, 6, 20, 24, 3.5)) + dots


def split_bias(bias: Array | None) -> tuple[Array | None, Array | None]:
    """(input bias, recurrent bias): a (2, n) bias (GRU with reset_after) holds both."""
    if bias is None:
        return None, None
    return (bias[0], bias[1]) if bias.ndim == 2 else (bias, None)


class CellKind(LayerKind):
    """A recurrent layer: one cell run over the time steps with the same weights."""

    recurrent = True
    gates: tuple[Gate, ...] = ()  # in Keras's weight order
    display_order: tuple[str, ...] = ()  # the order the tutorial names them (and the diagram draws them)
    states: tuple[str, ...] = ("h",)
    drawing = "plain"  # which drawing the gate detail makes: "memory" (a cell state), "update" (update gate), "plain"
    positional = ("units",)
    keras_defaults = {"return_sequences": False, "use_bias": True, "activation": "tanh",
                      "recurrent_activation": "sigmoid", "reset_after": True, "go_backwards": False,
                      "dropout": 0.0, "recurrent_dropout": 0.0}

    def __init__(self) -> None:
        self.look = Look(RECURRENT_FAMILY, cell_glyph(len(self.gates) or 1))

    # ------------------------------------------------------------------ equations

    def step(self, projected: Array, h: Array, c: Array, recurrent: Array, recurrent_bias: Array | None,
             act: Any, rec_act: Any, o: Mapping[str, Any]) -> tuple[Array, Array, tuple[Array, ...]]:
        """One time step: (h, c, gate values in the order of ``gates``) from the projected input W x(t) + b."""
        raise NotImplementedError

    def equations(self, act: str, rec: str, o: Mapping[str, Any]) -> list[str]:
        """The cell's equations as the gate detail writes them (rich text), with its activations."""
        return [f"h(t) = {act}(W x(t) + U h(t\u22121) + b)"]

    # -------------------------------------------------------------------- options

    @staticmethod
    def rnn_options(*extra: Option) -> tuple[Option, ...]:
        return (units_option(5), RETURN_SEQUENCES, USE_BIAS,
                activation_option("tanh", tr_noop('Activation of the candidate and of the output.')),
                *extra, GO_BACKWARDS, DROPOUT, RECURRENT_DROPOUT)

    def key_options(self, o: Mapping[str, Any]) -> list[str]:
        parts = [f"units={o['units']}"]
        if o.get("return_sequences"):
            parts.append("return_sequences")
        return parts

    # ------------------------------------------------------------- shapes, counts

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        need_sequence(shape, self.name)
        defined_last(shape, self.name)
        u = units(o)
        return (shape[0], shape[1], u) if o["return_sequences"] else (shape[0], u)

    def bias_per_gate(self, o: Mapping[str, Any]) -> int:
        return units(o) if o.get("use_bias", True) else 0

    def gate_rows(self, shape: Shape, o: Mapping[str, Any]) -> tuple[GateRow, ...]:
        f, u = defined_last(shape, self.name), units(o)
        b = self.bias_per_gate(o)
        rows = []
        for g in self.gates:
            act = o.get("activation", "tanh") if g.activation == "tanh" else o.get("recurrent_activation", "sigmoid")
            rows.append(GateRow(f"{tr(g.name)} {g.symbol}", g.symbol, act, (f, u), (u, u), b))
        return tuple(rows)

    def params(self, shape: Shape, o: Mapping[str, Any]) -> int:
        return sum(g.total for g in self.gate_rows(shape, o))

    def count_text(self, f: int, u: int, o: Mapping[str, Any]) -> str:
        """The count as text with the numbers: "4 × ((1 + 5) × 5 + 5) = 140"."""
        n = len(self.gates)
        b = self.bias_per_gate(o)
        total = n * ((f + u) * u + b)
        if b == 0:
            inner = f"({f} + {u}) {MULTIPLY} {u}"
        elif b == u:
            inner = f"({f} + {u}) {MULTIPLY} {u} + {u}"
        else:
            inner = f"({f} + {u}) {MULTIPLY} {u} + 2 {MULTIPLY} {u}"
        text = f"{n} {MULTIPLY} ({inner})" if n > 1 else inner
        return f"{text} = {total:,}"

    def bias_note(self, o: Mapping[str, Any]) -> str:
        if o.get("use_bias", True):
            return tr(' Each gate has a bias of {u}.').format(u=units(o))
        return tr(' use_bias=False: no biases.')

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        f, u = defined_last(shape, self.name), units(o)
        n = len(self.gates)
        gates = self.gate_rows(shape, o)
        names = ", ".join(g.gate for g in gates)
        blocks = tr('{n} gate blocks ({names})').format(n=n, names=names) if n > 1 else tr('one block')
        explanation = (
            tr('{blocks}, each with a kernel W ({f} {MULTIPLY} {u}) over x(t) and a recurrent kernel U ({u} {MULTIPLY} {u}) over h(t-1): together a ({f} + {u}) {MULTIPLY} {u} matrix over [h(t-1), x(t)].{bias_note} The same weights serve every time step.').format(blocks=blocks, f=f, MULTIPLY=MULTIPLY, u=u, bias_note=self.bias_note(o))
        )
        return Derivation(self.count_text(f, u, o), explanation, gates)

    def bias_shape(self, o: Mapping[str, Any]) -> tuple[int, ...]:
        return (len(self.gates) * units(o),)

    def weight_specs(self, input_shape: Shape, o: Mapping[str, Any]) -> list[WeightSpec]:
        u, n = units(o), len(self.gates)
        specs = [WeightSpec("kernel", (defined_last(input_shape, self.name), n * u)),
                 WeightSpec("recurrent_kernel", (u, n * u))]
        if o.get("use_bias", True):
            specs.append(WeightSpec("bias", self.bias_shape(o)))
        return specs

    def weight_lines(self, gate_rows: tuple[GateRow, ...]) -> tuple[str, ...]:
        """W, U and b (one direction) in Keras's shapes, with their counts."""
        n = len(gate_rows)
        f, u = gate_rows[0].kernel
        lines = [f"W  ({f}, {n * u})\t{f * n * u:,}", f"U  ({u}, {n * u})\t{u * n * u:,}"]
        bias = gate_rows[0].bias
        if bias == 0:
            lines.append("b  none (use_bias=False)\t0")
        elif bias == 2 * u:
            lines.append(f"b  (2, {n * u})\t{2 * n * u:,}")
        else:
            lines.append(f"b  ({n * u},)\t{n * u:,}")
        return tuple(lines)

    # ----------------------------------------------------------------- recurrence

    def cell(self, o: Mapping[str, Any]) -> tuple[CellKind, dict[str, Any]]:
        return self, dict(o)

    def drawn(self, input_shape: Shape, o: Mapping[str, Any]) -> Drawn:
        return Drawn.CELL

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params) -> DiagramText:
        return DiagramText(self.name)

    def start_text(self) -> str:
        """The states a cell starts from: "h(0) = c(0) = 0"."""
        return " = ".join(f"{s}(0)" for s in self.states) + " = 0"

    def value_order(self) -> tuple[str, ...]:
        """States first, then the gates as the tutorial names them: the rows of the heatmaps."""
        return self.states + tuple(s for s in self.display_order if s not in self.states)

    def displayed_gates(self) -> tuple[Gate, ...]:
        by_symbol = {g.symbol: g for g in self.gates}
        return tuple(by_symbol[s] for s in self.display_order)

    def run(self, x: Array, weights: list[Array], o: Mapping[str, Any], where: str = "",
            mask: Array | None = None, go_backwards: bool = False, zero_output_for_mask: bool = False,
            trace: bool = False, initial_state: Mapping[str, Array] | None = None,
            ) -> tuple[Array, CellTrace | None]:
        """The layer over ``x`` (batch, T, F), computed in ``x``'s float type.

        Returns the output ((batch, T, units) with return_sequences, else (batch, units)) and,
        with ``trace``, every gate and state per step (time axis in processing order). Masked
        steps keep the previous state and repeat the previous output (zeros when
        ``zero_output_for_mask``), as Keras's ``backend.rnn`` does; with ``go_backwards`` the
        steps (and the mask) run from last to first and the output stays in that order.
        """
        dtype = x.dtype
        act = checked(o.get("activation", "tanh"), where)
        rec_act = checked(o.get("recurrent_activation", "sigmoid"), where)
        kernel, recurrent = (np.asarray(w, dtype=dtype) for w in weights[:2])
        bias = np.asarray(weights[2], dtype=dtype) if len(weights) == 3 else None
        input_bias, recurrent_bias = split_bias(bias)
        if go_backwards:
            x = x[:, ::-1]
            mask = mask[:, ::-1] if mask is not None else None
        batch, steps, size = x.shape[0], x.shape[1], recurrent.shape[0]
        # Every step's input projection in one matrix product.
        projected = (x.reshape(batch * steps, x.shape[2]) @ kernel).reshape(batch, steps, kernel.shape[1])
        if input_bias is not None:
            projected += input_bias
        start = {k: np.asarray(v, dtype=dtype) for k, v in (initial_state or {}).items()}
        h = start.get("h", np.zeros((batch, size), dtype))
        c = start.get("c", np.zeros((batch, size), dtype))
        output = np.zeros((batch, size), dtype)
        sequence = np.empty((batch, steps, size), dtype) if o.get("return_sequences") or trace else None
        traced = [g.symbol for g in self.gates if g.symbol not in self.states]  # SimpleRNN's one "gate" is h
        kept: dict[str, list[Array]] = {name: [] for name in (*traced, *self.states)}
        for t in range(steps):
            new_h, new_c, gate_values = self.step(projected[:, t], h, c, recurrent, recurrent_bias, act, rec_act, o)
            if mask is None:
                h, c, output = new_h, new_c, new_h
            else:
                keep = mask[:, t, None]
                output = np.where(keep, new_h, 0.0 if zero_output_for_mask else output)
                h = np.where(keep, new_h, h)
                c = np.where(keep, new_c, c)
            if sequence is not None:
                sequence[:, t] = output
            if trace:
                for g, value in zip(traced, gate_values):
                    kept[g].append(value)
                kept["h"].append(h)
                if "c" in kept:
                    kept["c"].append(c)
        result = sequence if sequence is not None and o.get("return_sequences") else output
        if not trace:
            return result, None
        as32 = lambda d: {k: np.stack(v, axis=1).astype(np.float32) for k, v in d.items()}  # noqa: E731
        states = {s: kept[s] for s in self.states}
        gates = {g: kept[g] for g in traced}
        return result, CellTrace(self.name, as32(gates), as32(states))

    def forward(self, x, weights, o, where, mask):
        y, _ = self.run(x, weights, o, where, mask, bool(o.get("go_backwards", False)))
        return y, mask if o["return_sequences"] else None

    def initial_weights(self, input_shape: Shape, o: Mapping[str, Any], seed: int) -> list[Array]:
        """glorot_uniform kernel, orthogonal recurrent kernel, zero bias (LSTM: forget block ones)."""
        rng = np.random.default_rng(seed)
        u, n = int(o.get("units", 5)), len(self.gates) or 1
        features = defined_last(input_shape, self.name)
        out = [glorot_uniform(rng, (features, n * u)), orthogonal(rng, (u, n * u))]
        if o.get("use_bias", True):
            out.append(self.initial_bias(o))
        return [w.astype(np.float32) for w in out]

    def initial_bias(self, o: Mapping[str, Any]) -> Array:
        return np.zeros(self.bias_shape(o))

    def work(self, input_shape: Shape, o: Mapping[str, Any], params: int) -> int:
        # plus the orthogonal initialiser's QR decomposition, about gates x units³ / 2
        return super().work(input_shape, o, params) + len(self.gates or (1,)) * units(o) ** 3 // 2

    # --------------------------------------------------------------------- Keras

    def keras_keys(self) -> tuple[str, ...]:
        return tuple(k for k in KERAS_KEYS if k in self.option_names)

    def from_keras(self, config: Mapping[str, Any], name: str) -> dict[str, Any]:
        if config.get("return_state"):
            raise ValueError(tr('layer {name!r} ({cls}) returns its states as extra outputs, which a single chain of layers cannot pass on').format(name=name, cls=self.keras_class))
        return super().from_keras(config, name)

    def weight_groups(self, o: Mapping[str, Any], count: int) -> list[str]:
        return ["cell/vars"] * count

    def named_groups(self, o: Mapping[str, Any]) -> list[tuple[str, str]]:
        from lstmviz.model.kinds.names import snake_case

        return [("cell/vars", f"{snake_case(self.keras_class)}_cell")]


def glorot_uniform(rng: np.random.Generator, shape: tuple[int, int]) -> Array:
    limit = math.sqrt(6.0 / (shape[0] + shape[1]))
    return rng.uniform(-limit, limit, size=shape)


def orthogonal(rng: np.random.Generator, shape: tuple[int, int]) -> Array:
    # Keras: QR of a normal matrix, signs fixed by diag(R), transposed when wide.
    rows, cols = shape
    a = rng.standard_normal((max(rows, cols), min(rows, cols)))
    q, r = np.linalg.qr(a)
    q = q * np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    return q.reshape(shape)
