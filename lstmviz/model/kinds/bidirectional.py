"""Bidirectional: a recurrent layer run forwards and a copy backwards, their outputs merged."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import MULTIPLY, Derivation, Drawn, LayerKind, Look, Option, Shape, WeightSpec
from lstmviz.model.kinds.names import snake_case
from lstmviz.model.kinds.recurrent import CellKind
from lstmviz.model.kinds.shared import (
    MERGE_MODES, RECURRENT_FAMILY, RETURN_SEQUENCES, USE_BIAS, defined_last, need_sequence, units_option,
)

INNER_KEYS = ("units", "return_sequences", "use_bias", "reset_after")  # the wrapped layer's options it shows


def _cells() -> dict[str, CellKind]:
    from lstmviz.model.kinds import registry

    return registry.cell_kinds()


def merge(mode: str, forward: np.ndarray, backward: np.ndarray) -> np.ndarray:
    if mode == "concat":
        return np.concatenate([forward, backward], axis=-1)
    if mode == "sum":
        return forward + backward
    if mode == "ave":
        return (forward + backward) / 2.0
    return forward * backward  # "mul"; the options allow no other mode


class Bidirectional(LayerKind):
    name = keras_class = "Bidirectional"
    summary = tr_noop('Runs a recurrent layer forwards and a copy backwards over the sequence and merges the two.')
    formula = tr_noop('2 × (parameters of the wrapped layer)')
    recurrent = True
    look = Look(RECURRENT_FAMILY, (
        ("line", 12, 24, 50, 24, 4), ("line", 42, 16, 50, 24, 4), ("line", 42, 32, 50, 24, 4),
        ("line", 14, 42, 52, 42, 4), ("line", 22, 34, 14, 42, 4), ("line", 22, 50, 14, 42, 4)))

    # A property where LayerKind has a class attribute: the wrappable cells come from the registry, which
    # is not complete while this module loads. mypy sees a read-only property replace a writable attribute.
    @property
    def options(self) -> tuple[Option, ...]:  # type: ignore[override]
        return (
            Option("layer", str, "LSTM", tr_noop('The recurrent layer to run in both directions.'),
                   choices=tuple(_cells()), shape_changing=True),
            units_option(5), RETURN_SEQUENCES,
            Option("merge_mode", str, "concat", tr_noop('How the two directions are combined.'), choices=MERGE_MODES,
                   shape_changing=True),
            USE_BIAS,
            Option("reset_after", bool, True, tr_noop('GRU only: reset gate after the recurrent matrix.'), shape_changing=True),
        )

    def visible_options(self, o: Mapping[str, Any]) -> tuple[str, ...]:
        inner = _cells().get(str(o.get("layer")))
        names = ("layer", "units", "return_sequences", "merge_mode", "use_bias")
        return names + (("reset_after",) if inner is not None and "reset_after" in inner.option_names else ())

    def cell(self, o: Mapping[str, Any]) -> tuple[CellKind, dict[str, Any]]:
        inner = _cells()[str(o["layer"])]
        own = {k: o[k] for k in INNER_KEYS if k in o and k in inner.option_names}
        return inner, inner.with_defaults(own)

    def directions(self, o: Mapping[str, Any]) -> int:
        return 2

    def drawn(self, input_shape: Shape, o: Mapping[str, Any]) -> Drawn:
        return Drawn.WRAPPER

    def title(self, o: Mapping[str, Any]) -> str:
        return f"Bidirectional({o['layer']})"

    def key_options(self, o: Mapping[str, Any]) -> list[str]:
        parts = [f"{o['layer']}({o['units']})", f"merge={o['merge_mode']}"]
        if o.get("return_sequences"):
            parts.append("return_sequences")
        return parts

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        need_sequence(shape, f"Bidirectional({o['layer']})")
        inner, opts = self.cell(o)
        out = inner.output_shape(shape, opts)
        if o["merge_mode"] == "concat":
            out = (*out[:-1], 2 * defined_last(out, self.name))
        return out

    def params(self, shape: Shape, o: Mapping[str, Any]) -> int:
        inner, opts = self.cell(o)
        return 2 * inner.params(shape, opts)

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        inner, opts = self.cell(o)
        one = inner.derive(shape, opts)
        total = self.params(shape, o)
        mode = o["merge_mode"]
        width = (tr('so the output width doubles to 2 × units') if mode == "concat"
                 else tr('merged by {merge}, so the output keeps units values').format(merge=mode))
        return Derivation(
            f"2 {MULTIPLY} ({one.formula.rsplit(' = ', 1)[0]}) = {total:,}",
            tr('Two independent {kind} layers, one reading forwards and one backwards, each with its own weights ({value} each); their outputs are {width}.').format(kind=inner.name, value=one.formula.rsplit(' = ', 1)[1], width=width),
            one.gates, directions=2,
        )

    def weight_specs(self, input_shape: Shape, o: Mapping[str, Any]) -> list[WeightSpec]:
        inner, opts = self.cell(o)
        one = inner.weight_specs(input_shape, opts)
        return ([WeightSpec(f"forward {s.name}", s.shape) for s in one]
                + [WeightSpec(f"backward {s.name}", s.shape) for s in one])

    def forward(self, x, weights, o, where, mask):
        inner, opts = self.cell(o)
        half = len(weights) // 2
        every = bool(o["return_sequences"])
        # Keras's Bidirectional zeroes masked outputs when it returns sequences.
        fwd, _ = inner.run(x, weights[:half], opts, where, mask, False, every)
        bwd, _ = inner.run(x, weights[half:], opts, where, mask, True, every)
        if every:
            bwd = bwd[:, ::-1]
        return merge(o["merge_mode"], fwd, bwd), mask if every else None

    def initial_weights(self, input_shape, o, seed):
        inner, opts = self.cell(o)
        return inner.initial_weights(input_shape, opts, seed) + inner.initial_weights(input_shape, opts, seed + 1000)

    def work(self, input_shape, o, params):
        inner, opts = self.cell(o)
        return super().work(input_shape, o, params) + 2 * len(inner.gates) * int(opts["units"]) ** 3 // 2

    # --------------------------------------------------------------------- Keras

    def from_keras(self, config: Mapping[str, Any], name: str) -> dict[str, Any]:
        inner = config.get("layer") or {}
        inner_cls = inner.get("class_name")
        cells = _cells()
        if inner_cls not in cells:
            raise ValueError(tr('layer {name!r} is Bidirectional({inner_cls}); lstmviz supports Bidirectional LSTM, GRU and SimpleRNN').format(name=name, inner_cls=inner_cls))
        mode = config.get("merge_mode", "concat")
        if mode not in MERGE_MODES:
            raise ValueError(f"layer {name!r} (Bidirectional) has merge_mode={mode!r}; lstmviz supports "
                             f"{', '.join(MERGE_MODES)}")
        inner_options = cells[inner_cls].from_keras(inner.get("config") or {}, name)
        return {"layer": inner_cls, "merge_mode": mode, **{k: v for k, v in inner_options.items() if k in INNER_KEYS}}

    def inner_config(self, o: Mapping[str, Any]) -> dict[str, Any]:
        inner, _ = self.cell(o)
        own = {k: o[k] for k in INNER_KEYS if k in inner.option_names}
        return {"module": "keras.layers", "class_name": inner.keras_class, "config": inner.to_keras(inner.with_defaults(own))}

    def to_keras(self, o: Mapping[str, Any]) -> dict[str, Any]:
        return {"layer": self.inner_config(o), "merge_mode": o["merge_mode"]}

    def inner_classes(self, o: Mapping[str, Any]) -> tuple[str, ...]:
        return (str(o["layer"]),)

    def script(self, o: Mapping[str, Any]) -> str:
        inner, opts = self.cell(o)
        keys = [k for k in inner.keras_keys() if k in o]
        own = inner.script({k: o[k] for k in keys})
        mode = "" if o["merge_mode"] == "concat" else f", merge_mode={o['merge_mode']!r}"
        return f"keras.layers.Bidirectional({own}{mode})"

    def weight_groups(self, o: Mapping[str, Any], count: int) -> list[str]:
        return ["forward_layer/cell/vars"] * (count // 2) + ["backward_layer/cell/vars"] * (count // 2)

    def named_groups(self, o: Mapping[str, Any]) -> list[tuple[str, str]]:
        cell = snake_case(str(o["layer"]))
        out = []
        for side in ("forward", "backward"):
            out += [(f"{side}_layer/vars", f"{side}_{cell}"), (f"{side}_layer/cell/vars", f"{cell}_cell")]
        return out


KIND = Bidirectional()
