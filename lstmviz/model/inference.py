"""Shapes, parameter counts and derivations of an Architecture, exactly as Keras 3 computes them.

:func:`infer` never raises on an impossible stack: the first layer that cannot take its
input gets a :class:`LayerError` (what is wrong and how to fix it) and the layers below
it have no shape until it is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture, InputSpec
from lstmviz.model.catalogue import Derivation, Need, Shape, ShapeError, fmt_shape
from lstmviz.model.kinds.names import snake_case  # noqa: F401  (re-exported: Keras's names)
from lstmviz.model.fixes import Fix, apply_fix
from lstmviz.model.limits import (
    MAX_FEATURES, MAX_INPUT_RANK, MAX_LAYERS, MAX_PARAMS, MAX_TIME_STEPS, count, quoted,
)
from lstmviz.i18n import tr


@dataclass(frozen=True)
class LayerError:
    message: str
    hint: str = ""
    limit: bool = False  # beyond what lstmviz handles (model.limits), not merely an impossible stack
    fix: Fix | None = None  # the hint as an edit, when it is one (the UI offers a button)

    def __str__(self) -> str:
        return f"{self.message}: {self.hint}" if self.hint else self.message


@dataclass(frozen=True)
class LayerInfo:
    index: int
    kind: str
    name: str
    keras_class: str
    input_shape: Shape | None
    output_shape: Shape | None
    params: int | None
    derivation: Derivation | None
    error: LayerError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.output_shape is not None

    def built(self) -> BuiltLayer:
        """The layer as one that took its input (``ok``), with nothing unknown; ValueError when it is not."""
        if self.error is not None or self.input_shape is None or self.output_shape is None \
                or self.params is None or self.derivation is None:
            raise ValueError(tr("{title} cannot be built: {why}").format(
                title=self.title, why=self.error or tr('its input is unknown')))
        return BuiltLayer(self.index, self.kind, self.name, self.keras_class, self.input_shape, self.output_shape,
                          self.params, self.derivation)

    @property
    def title(self) -> str:
        """Keras's "Layer (type)" column."""
        return f"{self.name} ({self.keras_class})"


@dataclass(frozen=True)
class BuiltLayer:
    """A layer that took its input (:meth:`LayerInfo.built`): its shapes, count and derivation are known."""

    index: int
    kind: str
    name: str
    keras_class: str
    input_shape: Shape
    output_shape: Shape
    params: int
    derivation: Derivation

    @property
    def title(self) -> str:
        return f"{self.name} ({self.keras_class})"


@dataclass(frozen=True)
class Inference:
    architecture: Architecture
    input_shape: Shape
    layers: tuple[LayerInfo, ...]
    input_error: LayerError | None = None

    @property
    def ok(self) -> bool:
        return self.input_error is None and all(info.ok for info in self.layers) and bool(self.layers)

    @property
    def error(self) -> tuple[int | None, LayerError] | None:
        """(layer index, error) of the first problem; index None for the input."""
        if self.input_error:
            return None, self.input_error
        for info in self.layers:
            if info.error:
                return info.index, info.error
        if not self.layers:
            return None, LayerError(tr('the model has no layers'), tr('drag a layer from the palette onto the canvas'))
        return None

    @property
    def limit_error(self) -> str | None:
        """The first error that is a size beyond lstmviz's limits (readers refuse such models), or None."""
        found = self.error
        return self.error_text if found is not None and found[1].limit else None

    @property
    def error_text(self) -> str | None:
        found = self.error
        if found is None:
            return None
        index, err = found
        where = "input" if index is None else f"layer {index + 1} ({self.layers[index].title})"
        return f"{where}: {err}"

    @property
    def fix(self) -> Fix | None:
        """The first error's fix, when applying it makes that layer take its input."""
        found = self.error
        if found is None:
            return None
        index, err = found
        if err.fix is None:
            return None
        try:
            fixed = infer(apply_fix(self.architecture, err.fix))
        except ValueError:
            return None
        if index is None:
            return err.fix if fixed.input_error is None else None
        return err.fix if fixed.layers[index].error is None else None

    @property
    def total_params(self) -> int:
        return sum(info.params or 0 for info in self.layers)

    @property
    def output_shape(self) -> Shape | None:
        return self.layers[-1].output_shape if self.layers else self.input_shape

    @property
    def known_output_shape(self) -> Shape:
        """The output shape of a model that builds (``ok``); ValueError for one that does not."""
        shape = self.output_shape
        if shape is None:
            raise ValueError(tr("the model cannot be built: {reason}").format(reason=self.error_text))
        return shape

    def __iter__(self) -> Iterator[LayerInfo]:
        return iter(self.layers)

    def __getitem__(self, index: int) -> LayerInfo:
        return self.layers[index]


def keras_names(architecture: Architecture) -> list[str]:
    """The names Keras gives these layers in a fresh session (lstm, dense, lstm_1, ...).

    A wrapper's inner layer is created first and takes a name too, as in Keras.
    """
    counts: dict[str, int] = {}

    def take(class_name: str) -> str:
        base = snake_case(class_name)
        n = counts.get(base, 0)
        counts[base] = n + 1
        return base if n == 0 else f"{base}_{n}"

    names = []
    for layer in architecture.layers:
        for inner in layer.spec.inner_classes(layer.options):
            take(inner)
        own = take(layer.spec.keras_class)
        names.append(layer.name or own)
    return names


def input_problem(spec: InputSpec) -> LayerError | None:
    if not spec.shape:
        return LayerError(tr('the input has no shape'), tr('give it time steps and features, e.g. (5, 1)'))
    if len(spec.shape) > MAX_INPUT_RANK:
        return LayerError(tr("the input has {rank} axes; lstmviz handles at most {limit}").format(
            rank=count(len(spec.shape)), limit=MAX_INPUT_RANK), tr("give it (time steps, features)"), limit=True)
    for axis, dim in enumerate(spec.shape):
        if dim is not None and (isinstance(dim, bool) or not isinstance(dim, int) or dim < 1):
            what = tr('time steps') if axis == 0 and len(spec.shape) >= 2 else "dimension"
            if axis == len(spec.shape) - 1 and len(spec.shape) >= 2:
                what = "features"
            return LayerError(tr('input {what} must be a whole number of at least 1, got {quoted}').format(what=what, quoted=quoted(dim)),
                              tr("set the input's {what} to 1 or more").format(what=what))
        steps = axis == 0 and (len(spec.shape) >= 2 or spec.is_tokens)
        limit = MAX_TIME_STEPS if steps else MAX_FEATURES
        if dim is not None and dim > limit:
            what = tr("time steps") if steps else tr("features") if axis == len(spec.shape) - 1 else \
                tr("dimension {axis}").format(axis=axis)
            return LayerError(tr("{value} {what}; lstmviz handles at most {limit}").format(
                what=what, value=count(dim), limit=count(limit)),
                tr("set the input's {what} to {limit} or fewer").format(what=what, limit=count(limit)), limit=True)
    return None


def infer(architecture: Architecture) -> Inference:
    shape: Shape | None = architecture.input.batch_shape
    input_error = input_problem(architecture.input)
    if input_error:
        shape = None
    names = keras_names(architecture)
    infos: list[LayerInfo] = []
    total = 0
    for index, (layer, name) in enumerate(zip(architecture.layers, names)):
        kind = catalogue.KINDS[layer.kind]
        info = LayerInfo(index, layer.kind, name, kind.keras_class, shape, None, None, None)
        problems = kind.option_problems(layer.options)
        if index == MAX_LAYERS:
            info = _with(info, error=LayerError(
                tr("the model has {n} layers; lstmviz handles at most {limit}").format(
                    n=count(len(architecture.layers)), limit=count(MAX_LAYERS)),
                tr("remove layers"), limit=True))
        elif problems:
            first = next((option for option, _ in problems if option is not None), None)
            info = _with(info, error=LayerError("; ".join(text for _, text in problems),
                                                first.fix_hint() if first else tr('remove the unknown options')))
        elif shape is not None:
            try:
                out = kind.output_shape(shape, layer.options)
                params = kind.params(shape, layer.options)
                if total + params > MAX_PARAMS:
                    raise _TooManyParams(total + params)
                total += params
                info = _with(info, output_shape=out, params=params, derivation=kind.derive(shape, layer.options))
            except ShapeError as exc:
                info = _with(info, error=_located(exc, shape, infos[-1] if infos else None))
            except _TooManyParams as exc:
                info = _with(info, error=LayerError(
                    tr("the model would have {n} parameters; lstmviz handles at most {limit}").format(
                        n=count(exc.total), limit=count(MAX_PARAMS)),
                    tr("use fewer units, features or tokens"), limit=True))
        infos.append(info)
        shape = info.output_shape
    return Inference(architecture, architecture.input.batch_shape, tuple(infos), input_error)


class _TooManyParams(Exception):
    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.total = total


def _located(exc: ShapeError, shape: Shape, above: LayerInfo | None) -> LayerError:
    """Say where the unfitting input comes from: "the LSTM above outputs (None, 5)"."""
    need = exc.need
    if above is None:
        hint = exc.hint
        if need is Need.EVERY_STEP:
            hint = tr('give the input two dimensions, (time steps, features)') + hint
        elif need is Need.ONE_STEP:
            hint = tr(catalogue.ONE_STEP_HINT) + hint
        return LayerError(tr('{message}; the input is {fmt_shape}').format(message=exc.message, fmt_shape=fmt_shape(shape)),
                          hint)
    message = tr('{message}; the {kind} above outputs {fmt_shape}').format(message=exc.message, kind=above.kind, fmt_shape=fmt_shape(shape))
    hint = exc.hint
    fix = None
    recurrent_above = catalogue.KINDS[above.kind].recurrent
    if need is Need.EVERY_STEP and recurrent_above:
        hint = tr('set return_sequences=True on it') + hint
        fix = Fix(above.index, "return_sequences", True)
    elif need is Need.EVERY_STEP:
        hint = tr(catalogue.ONE_VECTOR_HINT) + hint
    elif need is Need.ONE_STEP:
        hint = tr(catalogue.ONE_STEP_HINT) + hint
        if recurrent_above and len(shape) == 3:
            fix = Fix(above.index, "return_sequences", False)
    return LayerError(message, hint, fix=fix)


def _with(info: LayerInfo, **changes) -> LayerInfo:
    return replace(info, **changes)


def describe_shape(shape: Shape | None) -> str:
    return "?" if shape is None else fmt_shape(shape)
