"""The layer kinds lstmviz knows: options, output-shape rules, parameter rules, derivations.

Each rule mirrors what Keras 3 computes (tests compare them with Keras on hundreds of
architectures). Shapes include the batch axis as ``None``: ``(None, T, F)``.
A rule that meets an input Keras would reject raises :class:`ShapeError`, whose
``hint`` tells the user how to fix the stack.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.cells import GATES, RECURRENT_KINDS, WRAPPER
from lstmviz.model.limits import quoted

Shape = tuple[int | None, ...]

ACTIVATIONS = (
    "tanh", "sigmoid", "relu", "linear", "softmax", "elu", "selu", "softplus", "softsign",
    "hard_sigmoid", "exponential", "gelu", "swish", "silu", "leaky_relu", "relu6", "mish",
    "log_softmax", "hard_silu", "hard_swish", "hard_tanh", "celu", "glu", "soft_shrink",
    "sparse_plus", "sparsemax", "squareplus", "tanh_shrink", "threshold",
)
MERGE_MODES = ("concat", "sum", "mul", "ave")
MULTIPLY = "\u00d7"  # the × sign used in derivations
# Kept in English inside the model core (inference matches on them); translated where shown.
ONE_VECTOR_HINT = tr_noop('set return_sequences=True on the recurrent layer above, so that it outputs every time step')
ONE_STEP_HINT = tr_noop('set return_sequences=False on the recurrent layer above')


class ShapeError(ValueError):
    """The layer cannot take this input; ``hint`` says how to fix the stack."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class Option:
    """One option of a layer kind, with the range Keras accepts."""

    name: str
    type: type  # int, float, bool or str
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    shape_changing: bool = False

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not acceptable, or None when it is."""
        if self.type is bool:
            return None if isinstance(value, bool) else tr('{name} must be true or false, got {quoted}').format(name=self.name, quoted=quoted(value))
        if self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return tr('{name} must be a whole number, got {quoted}').format(name=self.name, quoted=quoted(value))
        elif self.type is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                return tr('{name} must be a number, got {quoted}').format(name=self.name, quoted=quoted(value))
        elif self.type is str:
            if not isinstance(value, str):
                return tr('{name} must be text, got {quoted}').format(name=self.name, quoted=quoted(value))
            if self.choices and value not in self.choices:
                return tr('{name} must be one of {join}; got {quoted}').format(name=self.name, join=', '.join(self.choices), quoted=quoted(value))
            return None
        if self.minimum is not None and value < self.minimum:
            return tr('{name} must be at least {num}, got {quoted}').format(name=self.name, num=_num(self.minimum), quoted=quoted(value))
        if self.maximum is not None and value > self.maximum:
            return tr('{name} must be at most {num}, got {quoted}').format(name=self.name, num=_num(self.maximum), quoted=quoted(value))
        return None


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


@dataclass(frozen=True)
class GateRow:
    """One gate's weights in a recurrent layer: kernel W, recurrent kernel U, bias b."""

    gate: str  # e.g. "input gate i"
    symbol: str  # "i", "f", "g", "o" (LSTM); "z", "r", "g" (GRU); "h" (SimpleRNN)
    activation: str
    kernel: tuple[int, int]  # (features, units)
    recurrent: tuple[int, int]  # (units, units)
    bias: int  # number of bias values (2 x units for GRU with reset_after)

    @property
    def total(self) -> int:
        return self.kernel[0] * self.kernel[1] + self.recurrent[0] * self.recurrent[1] + self.bias


@dataclass(frozen=True)
class Derivation:
    """How a parameter count comes about, with the layer's own numbers."""

    formula: str  # e.g. "4 × ((1 + 5) × 5 + 5) = 140"
    explanation: str
    gates: tuple[GateRow, ...] = ()
    directions: int = 1  # 2 for Bidirectional: the gate table is per direction


@dataclass(frozen=True)
class LayerKind:
    name: str  # the kind as users and files spell it; equals the Keras class name
    keras_class: str
    summary: str
    formula: str  # the parameter formula in symbols
    options: tuple[Option, ...]
    output_shape: Callable[[Shape, Mapping[str, Any]], Shape]
    params: Callable[[Shape, Mapping[str, Any]], int]
    derive: Callable[[Shape, Mapping[str, Any]], Derivation]
    recurrent: bool = False
    options_for: Callable[[Mapping[str, Any]], tuple[str, ...]] | None = None

    @property
    def option_names(self) -> tuple[str, ...]:
        return tuple(o.name for o in self.options)

    def option(self, name: str) -> Option:
        for o in self.options:
            if o.name == name:
                return o
        raise KeyError(name)

    def with_defaults(self, options: Mapping[str, Any]) -> dict[str, Any]:
        return {o.name: options.get(o.name, o.default) for o in self.options} | {
            k: v for k, v in options.items() if k not in self.option_names
        }

    def visible_options(self, options: Mapping[str, Any]) -> tuple[str, ...]:
        """The options that matter for these settings (reset_after only for GRU, ...)."""
        return self.options_for(options) if self.options_for else self.option_names

    def problems(self, options: Mapping[str, Any]) -> list[str]:
        out = [tr('unknown option {k!r}').format(k=k) for k in options if k not in self.option_names]
        for o in self.options:
            if o.name in options:
                p = o.problem(options[o.name])
                if p:
                    out.append(p)
        return out


# ----------------------------------------------------------------------------- helpers

def fmt_shape(shape: Shape) -> str:
    inner = ", ".join("None" if d is None else str(d) for d in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"


def _need_rank(shape: Shape, rank: int, what: str, hint: str) -> None:
    if len(shape) != rank:
        raise ShapeError(
            tr('{what} needs a {rank}-D input {value}').format(what=what, rank=rank, value='(None, T, F)' if rank == 3 else '(None, F)'),
            hint,
        )


def _defined_last(shape: Shape, what: str) -> int:
    last = shape[-1]
    if last is None:
        raise ShapeError(
            tr('{what} needs the last dimension of its input to be known').format(what=what),
            tr('give the input a fixed number of features, or avoid Flatten over an open time axis'),
        )
    return last


def _units(o: Mapping[str, Any]) -> int:
    return int(o["units"])


def _units_option(default: int) -> Option:
    return Option("units", int, default, tr_noop('Size of the output (and of the hidden state).'), 1, 4096,
                  shape_changing=True)


_RETURN_SEQ = Option(
    "return_sequences", bool, False,
    tr_noop('Output h(t) at every time step (None, T, units) instead of only the last (None, units).'),
    shape_changing=True,
)
_USE_BIAS = Option("use_bias", bool, True, tr_noop('Learn a bias vector b.'), shape_changing=True)
_GO_BACKWARDS = Option("go_backwards", bool, False, tr_noop('Read the sequence from the last step to the first.'))
_DROPOUT = Option("dropout", float, 0.0, tr_noop('Fraction of the inputs x(t) dropped while training.'), 0.0, 1.0)
_REC_DROPOUT = Option("recurrent_dropout", float, 0.0, tr_noop('Fraction of h(t-1) dropped while training.'), 0.0, 1.0)


def _activation(default: str, what: str = tr_noop('Activation of the output.')) -> Option:
    return Option("activation", str, default, what, choices=ACTIVATIONS)


# ------------------------------------------------------------------- recurrent layers

def _rnn_shape(kind: str) -> Callable[[Shape, Mapping[str, Any]], Shape]:
    def rule(shape: Shape, o: Mapping[str, Any]) -> Shape:
        _need_rank(shape, 3, kind, _rnn_hint(shape))
        _defined_last(shape, kind)
        u = _units(o)
        return (shape[0], shape[1], u) if o["return_sequences"] else (shape[0], u)

    return rule


def _rnn_hint(shape: Shape) -> str:
    if len(shape) == 2:
        return ONE_VECTOR_HINT + tr(', or add RepeatVector(n) before this layer')
    if len(shape) > 3:
        return tr('reduce the input to (None, T, F), for example with TimeDistributed(Flatten)')
    return tr('recurrent layers read (None, time steps, features)')


def _bias_per_gate(kind: str, o: Mapping[str, Any]) -> int:
    if not o.get("use_bias", True):
        return 0
    u = _units(o)
    return 2 * u if kind == "GRU" and o.get("reset_after", True) else u


def _rnn_gates(kind: str, shape: Shape, o: Mapping[str, Any]) -> tuple[GateRow, ...]:
    f, u = _defined_last(shape, kind), _units(o)
    b = _bias_per_gate(kind, o)
    rows = []
    for g in GATES[kind]:
        gate, symbol, act = tr(g.name), g.symbol, g.activation
        if kind == "SimpleRNN":
            act = o.get("activation", "tanh")
        elif act == "sigmoid":
            act = o.get("recurrent_activation", "sigmoid")
        else:
            act = o.get("activation", "tanh")
        rows.append(GateRow(f"{gate} {symbol}", symbol, act, (f, u), (u, u), b))
    return tuple(rows)


def _rnn_params(kind: str) -> Callable[[Shape, Mapping[str, Any]], int]:
    def rule(shape: Shape, o: Mapping[str, Any]) -> int:
        return sum(g.total for g in _rnn_gates(kind, shape, o))

    return rule


def _rnn_formula(kind: str, f: int, u: int, o: Mapping[str, Any]) -> tuple[str, int]:
    """The count as text with the numbers, and its value."""
    n = len(GATES[kind])
    b = _bias_per_gate(kind, o)
    total = n * ((f + u) * u + b)
    if b == 0:
        inner = f"({f} + {u}) {MULTIPLY} {u}"
    elif b == u:
        inner = f"({f} + {u}) {MULTIPLY} {u} + {u}"
    else:
        inner = f"({f} + {u}) {MULTIPLY} {u} + 2 {MULTIPLY} {u}"
    text = f"{n} {MULTIPLY} ({inner})" if n > 1 else inner
    return f"{text} = {total:,}", total


def _rnn_derive(kind: str) -> Callable[[Shape, Mapping[str, Any]], Derivation]:
    def rule(shape: Shape, o: Mapping[str, Any]) -> Derivation:
        f, u = _defined_last(shape, kind), _units(o)
        formula, _ = _rnn_formula(kind, f, u, o)
        n = len(GATES[kind])
        gates = _rnn_gates(kind, shape, o)
        names = ", ".join(g.gate for g in gates)
        if kind == "GRU" and o.get("use_bias", True) and o.get("reset_after", True):
            bias_note = (tr(' With reset_after=True (the Keras default) each gate has two biases, one for the input and one for the recurrent part: 2 {MULTIPLY} {u}.').format(MULTIPLY=MULTIPLY, u=u))
        elif o.get("use_bias", True):
            bias_note = tr(' Each gate has a bias of {u}.').format(u=u)
        else:
            bias_note = tr(' use_bias=False: no biases.')
        blocks = tr('{n} gate blocks ({names})').format(n=n, names=names) if n > 1 else tr('one block')
        explanation = (
            tr('{blocks}, each with a kernel W ({f} {MULTIPLY} {u}) over x(t) and a recurrent kernel U ({u} {MULTIPLY} {u}) over h(t-1): together a ({f} + {u}) {MULTIPLY} {u} matrix over [h(t-1), x(t)].{bias_note} The same weights serve every time step.').format(blocks=blocks, f=f, MULTIPLY=MULTIPLY, u=u, bias_note=bias_note)
        )
        return Derivation(formula, explanation, gates)

    return rule


def _rnn_options(kind: str) -> tuple[Option, ...]:
    opts = [_units_option(5), _RETURN_SEQ, _USE_BIAS, _activation("tanh", tr_noop('Activation of the candidate and of the output.'))]
    if kind != "SimpleRNN":
        opts.append(Option("recurrent_activation", str, "sigmoid", tr_noop('Activation of the gates.'), choices=ACTIVATIONS))
    if kind == "GRU":
        opts.append(Option("reset_after", bool, True,
                           tr_noop('Apply the reset gate after the recurrent matrix (Keras default; two biases per gate).'),
                           shape_changing=True))
    opts += [_GO_BACKWARDS, _DROPOUT, _REC_DROPOUT]
    return tuple(opts)


_RNN_SUMMARY = {
    "LSTM": tr_noop('Long short-term memory: a cell state c(t) guarded by input, forget and output gates.'),
    "GRU": tr_noop('Gated recurrent unit: update and reset gates, no separate cell state.'),
    "SimpleRNN": tr_noop('The plainest recurrent cell: h(t) = tanh(W x(t) + U h(t-1) + b).'),
}
_RNN_FORMULA = {
    "LSTM": "4 × ((features + units) × units + units)",
    "GRU": tr_noop('3 × ((features + units) × units + 2 × units)   (reset_after=True; + units when False)'),
    "SimpleRNN": "(features + units) × units + units",
}


def _rnn_kind(kind: str) -> LayerKind:
    return LayerKind(
        name=kind, keras_class=kind, summary=_RNN_SUMMARY[kind], formula=_RNN_FORMULA[kind],
        options=_rnn_options(kind), output_shape=_rnn_shape(kind), params=_rnn_params(kind),
        derive=_rnn_derive(kind), recurrent=True,
    )


# ------------------------------------------------------------------------ Bidirectional

def _bi_inner(o: Mapping[str, Any]) -> dict[str, Any]:
    return {k: o[k] for k in ("units", "return_sequences", "use_bias", "reset_after") if k in o}


def _bi_shape(shape: Shape, o: Mapping[str, Any]) -> Shape:
    kind = o["layer"]
    _need_rank(shape, 3, f"Bidirectional({kind})", _rnn_hint(shape))
    out = _rnn_shape(kind)(shape, _bi_inner(o))
    if o["merge_mode"] == "concat":
        out = (*out[:-1], 2 * out[-1])
    return out


def _bi_params(shape: Shape, o: Mapping[str, Any]) -> int:
    return 2 * _rnn_params(o["layer"])(shape, _bi_inner(o))


def _bi_derive(shape: Shape, o: Mapping[str, Any]) -> Derivation:
    kind = o["layer"]
    inner = _rnn_derive(kind)(shape, _bi_inner(o))
    one = inner.formula.rsplit(" = ", 1)[0]
    total = _bi_params(shape, o)
    merge = o["merge_mode"]
    width = (tr('so the output width doubles to 2 × units') if merge == "concat"
             else tr('merged by {merge}, so the output keeps units values').format(merge=merge))
    return Derivation(
        f"2 {MULTIPLY} ({one}) = {total:,}",
        tr('Two independent {kind} layers, one reading forwards and one backwards, each with its own weights ({value} each); their outputs are {width}.').format(kind=kind, value=inner.formula.rsplit(' = ', 1)[1], width=width),
        inner.gates, directions=2,
    )


def _bi_visible(o: Mapping[str, Any]) -> tuple[str, ...]:
    names = ("layer", "units", "return_sequences", "merge_mode", "use_bias")
    return names + (("reset_after",) if o.get("layer") == "GRU" else ())


BIDIRECTIONAL = LayerKind(
    name="Bidirectional", keras_class="Bidirectional",
    summary=tr_noop('Runs a recurrent layer forwards and a copy backwards over the sequence and merges the two.'),
    formula=tr_noop('2 × (parameters of the wrapped layer)'),
    options=(
        Option("layer", str, "LSTM", tr_noop('The recurrent layer to run in both directions.'), choices=RECURRENT_KINDS,
               shape_changing=True),
        _units_option(5), _RETURN_SEQ,
        Option("merge_mode", str, "concat", tr_noop('How the two directions are combined.'), choices=MERGE_MODES,
               shape_changing=True),
        _USE_BIAS,
        Option("reset_after", bool, True, tr_noop('GRU only: reset gate after the recurrent matrix.'), shape_changing=True),
    ),
    output_shape=_bi_shape, params=_bi_params, derive=_bi_derive, recurrent=True, options_for=_bi_visible,
)

# -------------------------------------------------------------------------------- Dense


def _dense_shape(shape: Shape, o: Mapping[str, Any]) -> Shape:
    _defined_last(shape, "Dense")
    return (*shape[:-1], _units(o))


def _dense_params(shape: Shape, o: Mapping[str, Any]) -> int:
    f, u = _defined_last(shape, "Dense"), _units(o)
    return f * u + (u if o["use_bias"] else 0)


def _dense_formula(shape: Shape, o: Mapping[str, Any], what: str) -> str:
    f, u = _defined_last(shape, what), _units(o)
    total = f * u + (u if o["use_bias"] else 0)
    return f"{f} {MULTIPLY} {u}{f' + {u}' if o['use_bias'] else ''} = {total:,}"


def _dense_derive(shape: Shape, o: Mapping[str, Any]) -> Derivation:
    f, u = shape[-1], _units(o)
    note = ""
    if len(shape) >= 3:
        note = (tr(' The input is {shape}-D, so Dense acts on its last axis: the same {f} {MULTIPLY} {u} kernel is applied at every time step, exactly like TimeDistributed(Dense).').format(shape=len(shape), f=f, MULTIPLY=MULTIPLY, u=u))
    bias = tr(" plus {u} biases").format(u=u) if o["use_bias"] else ""
    return Derivation(_dense_formula(shape, o, "Dense"),
                      tr('A kernel of {f} inputs {MULTIPLY} {u} outputs{bias}.{note}').format(f=f, MULTIPLY=MULTIPLY, u=u, bias=bias, note=note))


DENSE = LayerKind(
    name="Dense", keras_class="Dense",
    summary=tr_noop('Fully connected layer: every output is a weighted sum of all inputs (on the last axis).'),
    formula="inputs × outputs + outputs",
    options=(_units_option(1), _activation("linear"), _USE_BIAS),
    output_shape=_dense_shape, params=_dense_params, derive=_dense_derive,
)

# ---------------------------------------------------------------------- TimeDistributed


def _td_check(shape: Shape) -> None:
    if len(shape) < 3:
        raise ShapeError(
            tr('TimeDistributed needs a 3-D input (None, T, F)'),
            ONE_VECTOR_HINT,
        )


def _td_shape(shape: Shape, o: Mapping[str, Any]) -> Shape:
    _td_check(shape)
    _defined_last(shape, "TimeDistributed(Dense)")
    return (*shape[:-1], _units(o))


def _td_params(shape: Shape, o: Mapping[str, Any]) -> int:
    _td_check(shape)
    return _dense_params(shape, o)


def _td_derive(shape: Shape, o: Mapping[str, Any]) -> Derivation:
    _td_check(shape)
    t = "T" if shape[1] is None else str(shape[1])
    return Derivation(
        _dense_formula(shape, o, "TimeDistributed(Dense)"),
        tr('One Dense({units}) applied to each of the {t} time steps with the same weights, so the count does not grow with the number of steps.').format(units=_units(o), t=t),
    )


TIME_DISTRIBUTED = LayerKind(
    name="TimeDistributed", keras_class="TimeDistributed",
    summary=tr_noop('Applies the same Dense layer, with one set of weights, at every time step.'),
    formula=tr_noop('features × units + units  (shared by all time steps)'),
    options=(Option("layer", str, "Dense", tr_noop('The layer applied at each time step.'), choices=("Dense",)),
             _units_option(1), _activation("linear"), _USE_BIAS),
    output_shape=_td_shape, params=_td_params, derive=_td_derive,
)

# ------------------------------------------------------------- Embedding and reshaping


def _emb_shape(shape: Shape, o: Mapping[str, Any]) -> Shape:
    return (*shape, int(o["output_dim"]))


def _emb_params(shape: Shape, o: Mapping[str, Any]) -> int:
    return int(o["input_dim"]) * int(o["output_dim"])


def _emb_derive(shape: Shape, o: Mapping[str, Any]) -> Derivation:
    v, d = int(o["input_dim"]), int(o["output_dim"])
    return Derivation(f"{v:,} {MULTIPLY} {d} = {v * d:,}",
                      tr('A table with one row of {d} numbers for each of the {v:,} token ids.').format(d=d, v=v))


EMBEDDING = LayerKind(
    name="Embedding", keras_class="Embedding",
    summary=tr_noop('Turns token ids into dense vectors: [samples, tokens] becomes [samples, tokens, dimensions].'),
    formula="vocabulary × dimensions",
    options=(
        Option("input_dim", int, 1000, tr_noop('Vocabulary size: how many different token ids.'), 1, 10_000_000,
               shape_changing=True),
        Option("output_dim", int, 300, tr_noop("Dimensions of each token's vector."), 1, 100_000, shape_changing=True),
        Option("mask_zero", bool, False, tr_noop('Treat token id 0 as padding.')),
    ),
    output_shape=_emb_shape, params=_emb_params, derive=_emb_derive,
)


def _no_params(shape: Shape, o: Mapping[str, Any]) -> int:
    return 0


def _no_weights(why: str) -> Callable[[Shape, Mapping[str, Any]], Derivation]:
    return lambda shape, o: Derivation("0", tr(why))


DROPOUT = LayerKind(
    name="Dropout", keras_class="Dropout",
    summary=tr_noop('While training, sets a random fraction of its inputs to zero; does nothing at prediction.'),
    formula=tr_noop('0 (no weights)'),
    options=(Option("rate", float, 0.2, tr_noop('Fraction of inputs dropped while training.'), 0.0, 1.0),),
    output_shape=lambda shape, o: shape, params=_no_params,
    derive=_no_weights(tr_noop('Dropout has no weights; the shape passes through unchanged.')),
)


def _repeat_shape(shape: Shape, o: Mapping[str, Any]) -> Shape:
    if len(shape) != 2:
        raise ShapeError(
            tr('RepeatVector needs a 2-D input (None, F)'),
            ONE_STEP_HINT + tr(', or add Flatten before it'),
        )
    return (shape[0], int(o["n"]), shape[1])


REPEAT_VECTOR = LayerKind(
    name="RepeatVector", keras_class="RepeatVector",
    summary=tr_noop('Repeats one vector n times, making a sequence: (None, F) becomes (None, n, F). The bridge from an encoder to a decoder.'),
    formula=tr_noop('0 (no weights)'),
    options=(Option("n", int, 5, tr_noop('How many times (time steps) to repeat the vector.'), 1, 100_000,
                    shape_changing=True),),
    output_shape=_repeat_shape, params=_no_params,
    derive=_no_weights(tr_noop('RepeatVector copies its input n times; it has no weights.')),
)


def _flatten_shape(shape: Shape, o: Mapping[str, Any]) -> Shape:
    rest = shape[1:]
    if any(d is None for d in rest):
        return (shape[0], None)
    return (shape[0], math.prod(rest))


FLATTEN = LayerKind(
    name="Flatten", keras_class="Flatten",
    summary=tr_noop('Joins all axes but the batch into one: (None, T, F) becomes (None, T × F).'),
    formula=tr_noop('0 (no weights)'), options=(),
    output_shape=_flatten_shape, params=_no_params,
    derive=_no_weights(tr_noop('Flatten only reshapes; it has no weights.')),
)

# ------------------------------------------------------------------------------ registry

KINDS: dict[str, LayerKind] = {
    k.name: k
    for k in (
        EMBEDDING, _rnn_kind("LSTM"), _rnn_kind("GRU"), _rnn_kind("SimpleRNN"), BIDIRECTIONAL,
        DENSE, TIME_DISTRIBUTED, DROPOUT, REPEAT_VECTOR, FLATTEN,
    )
}


def layer_kinds() -> tuple[str, ...]:
    return tuple(KINDS)


@dataclass(frozen=True)
class InputKind:
    """The model's input, shown first in the palette and the canvas (Keras ``InputLayer``)."""

    name: str = "Input"
    keras_class: str = "InputLayer"
    summary: str = (tr_noop('The shape of one sample: [time steps, features] for a sequence of numbers, or [tokens] of integer ids for text going into an Embedding.'))
    formula: str = tr_noop('0 (no weights)')
    options: tuple[Option, ...] = field(default=(
        Option("time_steps", int, 5, tr_noop('Time steps per sample (T), or tokens per line for text.'), 1, 100_000,
               shape_changing=True),
        Option("features", int, 1, tr_noop('Numbers per time step (F).'), 1, 100_000, shape_changing=True),
        Option("tokens", bool, False, tr_noop('Integer token ids (for an Embedding) instead of real-valued features.'),
               shape_changing=True),
    ))


INPUT = InputKind()


def cell_of(kind: str, options: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The recurrent cell a layer runs and its full options: a Bidirectional's wrapped layer, with defaults."""
    if kind != WRAPPER:
        return kind, dict(options)
    inner = str(options["layer"])
    own = {k: options[k] for k in ("units", "return_sequences", "use_bias", "reset_after") if k in options}
    if inner != "GRU":
        own.pop("reset_after", None)
    return inner, KINDS[inner].with_defaults(own)
