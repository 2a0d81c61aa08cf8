"""What every layer kind is made of: options, shape errors, derivations, weight specs, its look.

A kind is one object (:class:`LayerKind`) whose methods Keras would spread over a layer
class: the output shape (``compute_output_shape``), the weights (``build``), the forward
pass (``call``), the config (``get_config``). The model core, the files, the canvas and
the unrolled diagram ask the kind; none of them compares a kind's name.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.limits import quoted

Shape = tuple[int | None, ...]
Array = np.ndarray
MULTIPLY = "\u00d7"  # the × sign used in derivations


class Need(enum.Enum):
    """What a layer lacks when its input does not fit: the edit above it that would help."""

    EVERY_STEP = "every step"  # it reads a sequence; the recurrent layer above returns one vector
    ONE_STEP = "one step"  # it reads one vector; the recurrent layer above returns a sequence


class ShapeError(ValueError):
    """The layer cannot take this input; ``hint`` says how to fix the stack.

    ``need`` says the same as data when the fix is a known edit of the layer above, and
    ``hint`` then holds only what follows that edit's words (", or add ...").
    """

    def __init__(self, message: str, hint: str = "", need: Need | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.need = need


class Drawn(enum.Enum):
    """How the unrolled diagram draws a layer."""

    CELL = "cell"  # one recurrent cell, repeated over the time steps
    WRAPPER = "wrapper"  # a recurrent cell drawn twice, forwards and backwards
    PER_STEP = "per step"  # the same small box at every time step
    ONCE = "once"  # one box after the steps it reads


@dataclass(frozen=True)
class Family:
    """A group of kinds that share a colour in the palette, on the canvas and in the icons."""

    name: str  # English key; shown through tr()
    colour: str


@dataclass(frozen=True)
class Look:
    """What the canvas, the palette and the diagram need to draw a kind.

    ``glyph`` is drawn white on the family's colour in a 64 x 64 box, as a tuple of
    primitives: ``("line", x0, y0, x1, y1, width)``, ``("rect", x, y, w, h, radius, width)``,
    ``("fill", x, y, w, h)``, ``("dot", x, y, radius, alpha)``,
    ``("curve", x0, y0, cx0, cy0, cx1, cy1, x1, y1, width)``.
    """

    family: Family
    glyph: tuple[tuple[Any, ...], ...]


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
            return tr('{name} must be at least {num}, got {quoted}').format(name=self.name, num=number_text(self.minimum), quoted=quoted(value))
        if self.maximum is not None and value > self.maximum:
            return tr('{name} must be at most {num}, got {quoted}').format(name=self.name, num=number_text(self.maximum), quoted=quoted(value))
        return None

    def fix_hint(self) -> str:
        """How to correct a wrong value of this option."""
        if self.minimum is not None and self.type is int:
            return tr('set {name} to {num} or more').format(name=self.name, num=number_text(self.minimum))
        if self.choices:
            return tr("choose {name} from {choices}").format(name=self.name, choices=", ".join(self.choices))
        return tr("correct {name}").format(name=self.name)


def number_text(x: float) -> str:
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
class WeightSpec:
    """One weight array of a layer: its Keras name and shape."""

    name: str  # "kernel", "recurrent_kernel", "bias", "embeddings"; "forward kernel" in a Bidirectional
    shape: tuple[int, ...]


@dataclass(frozen=True)
class DiagramText:
    """The words the unrolled diagram writes for a layer that is not a recurrent cell."""

    title: str  # inside the box: "Dense(1)"
    lines: tuple[str, ...] = ()  # under the title (ONCE) or in the weights block (PER_STEP)
    caption: str = ""  # the row's caption (PER_STEP)
    output: str = ""  # the name of what leaves each step, "y({t})"; "" passes the input's names on


def fmt_shape(shape: Shape) -> str:
    inner = ", ".join("None" if d is None else str(d) for d in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"


class LayerKind:
    """A layer kind: everything lstmviz knows about one Keras layer class.

    Subclasses set the class attributes and override the rules that differ from these
    defaults (no weights, shape unchanged, values passed through).
    """

    name: str = ""  # the kind as users and files spell it; equals the Keras class name
    keras_class: str = ""
    summary: str = ""
    formula: str = ""
    options: tuple[Option, ...] = ()
    look: Look
    recurrent: bool = False  # the layer runs a cell over time (the canvas's fixes set return_sequences on it)
    keras_defaults: Mapping[str, Any] = {}  # options an exported script leaves out at these values
    positional: tuple[str, ...] = ()  # options an exported script passes by position
    reads_tokens: bool = False  # the layer takes integer token ids (an Embedding)
    short_name: str = ""  # a shorter Keras alias for narrow places (the palette); "" uses name

    # ------------------------------------------------------------------ options

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
        return self.option_names

    def problems(self, options: Mapping[str, Any]) -> list[str]:
        return [text for _, text in self.option_problems(options)]

    def option_problems(self, options: Mapping[str, Any]) -> list[tuple[Option | None, str]]:
        """Each wrong option with why (None for an option this kind does not have)."""
        out: list[tuple[Option | None, str]] = [
            (None, tr('unknown option {k!r}').format(k=k)) for k in options if k not in self.option_names]
        for o in self.options:
            if o.name in options:
                p = o.problem(options[o.name])
                if p:
                    out.append((o, p))
        return out

    # ------------------------------------------------------------- shapes, counts

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        return shape

    def params(self, shape: Shape, o: Mapping[str, Any]) -> int:
        return sum(math.prod(s.shape) for s in self.weight_specs(shape, o))

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        return Derivation("0", tr('{kind} has no weights.').format(kind=self.name))

    def weight_specs(self, input_shape: Shape, o: Mapping[str, Any]) -> list[WeightSpec]:
        """The arrays Keras's ``layer.get_weights()`` returns, in that order."""
        return []

    def title(self, o: Mapping[str, Any]) -> str:
        """How the canvas names the layer: "LSTM", "Bidirectional(GRU)"."""
        return self.name

    def key_options(self, o: Mapping[str, Any]) -> list[str]:
        """The options worth reading on the canvas block."""
        return []

    # ----------------------------------------------------------------- recurrence

    def cell(self, o: Mapping[str, Any]) -> tuple[Any, dict[str, Any]] | None:
        """The recurrent cell kind this layer runs and its full options, or None when it runs none."""
        return None

    def directions(self, o: Mapping[str, Any]) -> int:
        return 1

    def drawn(self, input_shape: Shape, o: Mapping[str, Any]) -> Drawn:
        return Drawn.ONCE

    def diagram_text(self, input_shape: Shape, output_shape: Shape, o: Mapping[str, Any],
                     derivation: Derivation, reads: str, steps: str, params: str) -> DiagramText:
        """Words for the diagram: ``reads`` names the input ("h(5)"), ``steps`` and ``params`` are counted text."""
        each = self.drawn(input_shape, o) is Drawn.PER_STEP
        if derivation.formula == "0":
            return DiagramText(self.title(o), (tr('no weights'),), tr('{title} on every step: no weights').format(title=self.title(o)))
        return DiagramText(self.title(o), (tr('{formula} parameters').format(formula=derivation.formula),),
                           tr('one {title} on every step, {steps}, {params}').format(title=self.title(o), steps=steps, params=params),
                           "y({t})" if each else "")

    # ---------------------------------------------------------------- numpy pass

    def forward(self, x: Array, weights: list[Array], o: Mapping[str, Any], where: str,
                mask: Array | None) -> tuple[Array, Array | None]:
        """The layer's output for ``x`` (batch first) and the mask it passes on, as Keras computes them."""
        return x, mask

    def initial_weights(self, input_shape: Shape, o: Mapping[str, Any], seed: int) -> list[Array]:
        """Weights of Keras's initialisers' kinds (not Keras's draw), for values shown before training."""
        rng = np.random.default_rng(seed)
        out = []
        for spec in self.weight_specs(input_shape, o):
            if spec.name.endswith("bias"):
                out.append(np.zeros(spec.shape))
            else:
                fan_in = math.prod(spec.shape[:-1])
                limit = math.sqrt(6.0 / (fan_in + spec.shape[-1]))
                out.append(rng.uniform(-limit, limit, size=spec.shape))
        return out

    def work(self, input_shape: Shape, o: Mapping[str, Any], params: int) -> int:
        """Multiply-adds of one sample's forward pass, roughly (to refuse what would block the window)."""
        steps = input_shape[1] if len(input_shape) >= 3 and isinstance(input_shape[1], int) else 1
        return params * steps

    # --------------------------------------------------------------------- Keras

    def keras_keys(self) -> tuple[str, ...]:
        """The options a Keras config holds under the same names."""
        return self.option_names

    def from_keras(self, config: Mapping[str, Any], name: str) -> dict[str, Any]:
        """Options from a layer's Keras config; raises ValueError saying why it cannot be shown."""
        return pick(config, self.keras_keys(), self.option_names)

    def to_keras(self, o: Mapping[str, Any]) -> dict[str, Any]:
        """The ``config`` part of the layer's Keras config."""
        return {k: o[k] for k in self.keras_keys() if k in o}

    def inner_classes(self, o: Mapping[str, Any]) -> tuple[str, ...]:
        """Keras classes of layers this one wraps (they take Keras names before it)."""
        return ()

    def script(self, o: Mapping[str, Any]) -> str:
        """The line of an exported script making this layer."""
        return keras_call(self.keras_class, self.to_keras(o), self.positional, self.keras_defaults)

    def weight_groups(self, o: Mapping[str, Any], count: int) -> list[str]:
        """The group of each weight in ``model.weights.h5``, relative to the layer's group."""
        return ["vars"] * count

    def named_groups(self, o: Mapping[str, Any]) -> list[tuple[str, str]]:
        """Sub-groups Keras writes for this layer (relative path, name attribute), beyond ``vars``."""
        return []


def pick(config: Mapping[str, Any], keys: tuple[str, ...], allowed: tuple[str, ...]) -> dict[str, Any]:
    """The options among ``keys`` a Keras config holds, as lstmviz spells their values."""
    out: dict[str, Any] = {}
    for key in keys:
        if key in config and key in allowed:
            value = config[key]
            if isinstance(value, dict):  # a serialised activation: {"class_name": ..., "config": "tanh"}
                value = value.get("config") if isinstance(value.get("config"), str) else value.get("class_name")
            if key in ("dropout", "recurrent_dropout", "rate") and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if isinstance(value, list):  # Keras writes tuples (kernel_size, strides) as lists
                value = value[0] if len(value) == 1 else tuple(value)
            out[key] = value
    return out


def keras_call(cls: str, options: Mapping[str, Any], positional: tuple[str, ...],
               defaults: Mapping[str, Any]) -> str:
    """``keras.layers.Cls(a, b, key=value)`` leaving out options at Keras's defaults."""
    args = [repr(options[k]) for k in positional if k in options]
    for key, value in options.items():
        if key in positional:
            continue
        if key in defaults and value == defaults[key]:
            continue
        args.append(f"{key}={value!r}")
    return f"keras.layers.{cls}({', '.join(args)})"


DEFAULT_LOOK = Look(Family("Shape", "#3c9d73"), ())
LayerKind.look = DEFAULT_LOOK


__all__ = [
    "Array", "DiagramText", "Derivation", "Drawn", "Family", "GateRow", "LayerKind", "Look", "MULTIPLY",
    "Need", "Option", "Shape", "ShapeError", "WeightSpec", "fmt_shape", "keras_call", "number_text", "pick",
]
