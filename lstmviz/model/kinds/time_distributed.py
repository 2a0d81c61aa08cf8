"""TimeDistributed(Dense): the same Dense layer, with one set of weights, at every time step."""

from __future__ import annotations

from typing import Any, Mapping

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import Derivation, DiagramText, Drawn, Look, Need, Option, Shape, ShapeError
from lstmviz.model.kinds.dense import Dense, count_text, dense_lines
from lstmviz.model.kinds.dense import KIND as DENSE
from lstmviz.model.kinds.names import snake_case
from lstmviz.model.kinds.shared import DENSE_FAMILY, USE_BIAS, activation_option, defined_last, units, units_option

GLYPH = (("rect", 10, 22, 12, 20, 3, 3), ("rect", 26, 22, 12, 20, 3, 3), ("rect", 42, 22, 12, 20, 3, 3),
         ("line", 16, 50, 48, 50, 2.5), ("line", 16, 42, 16, 50, 2.5), ("line", 32, 42, 32, 50, 2.5),
         ("line", 48, 42, 48, 50, 2.5))


def _check(shape: Shape) -> None:
    if len(shape) < 3:
        raise ShapeError(tr('TimeDistributed needs a 3-D input (None, T, F)'), "", Need.EVERY_STEP)


class TimeDistributed(Dense):
    name = keras_class = "TimeDistributed"
    summary = tr_noop('Applies the same Dense layer, with one set of weights, at every time step.')
    formula = tr_noop('features × units + units  (shared by all time steps)')
    options = (Option("layer", str, "Dense", tr_noop('The layer applied at each time step.'), choices=("Dense",)),
               units_option(1), activation_option("linear"), USE_BIAS)
    look = Look(DENSE_FAMILY, GLYPH)

    def title(self, o: Mapping[str, Any]) -> str:
        return f"TimeDistributed({o['layer']})"

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        _check(shape)
        defined_last(shape, "TimeDistributed(Dense)")
        return (*shape[:-1], units(o))

    def weight_specs(self, input_shape, o):
        _check(input_shape)
        return super().weight_specs(input_shape, o)

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        _check(shape)
        t = "T" if shape[1] is None else str(shape[1])
        return Derivation(
            count_text(defined_last(shape, "TimeDistributed(Dense)"), o),
            tr('One Dense({units}) applied to each of the {t} time steps with the same weights, so the count does not grow with the number of steps.').format(units=units(o), t=t),
        )

    def drawn(self, input_shape, o):
        return Drawn.PER_STEP

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        u = o["units"]
        return DiagramText(f"Dense({u})", dense_lines(int(input_shape[-1]), o) + (derivation.formula,),
                           tr('one Dense({units}){where}, {steps}, {shared}').format(units=u, where="", steps=steps, shared=params),
                           "y({t})")

    # --------------------------------------------------------------------- Keras

    def from_keras(self, config: Mapping[str, Any], name: str) -> dict[str, Any]:
        inner = config.get("layer") or {}
        if inner.get("class_name") != DENSE.keras_class:
            raise ValueError(f"layer {name!r} is TimeDistributed({inner.get('class_name')}); lstmviz supports "
                             f"TimeDistributed(Dense)")
        return {"layer": DENSE.name, **DENSE.from_keras(inner.get("config") or {}, name)}

    def to_keras(self, o: Mapping[str, Any]) -> dict[str, Any]:
        own = {k: o[k] for k in DENSE.keras_keys()}
        return {"layer": {"module": "keras.layers", "class_name": DENSE.keras_class, "config": DENSE.to_keras(own)}}

    def script(self, o: Mapping[str, Any]) -> str:
        return f"keras.layers.TimeDistributed({DENSE.script({k: o[k] for k in DENSE.keras_keys()})})"

    def inner_classes(self, o):
        return (DENSE.keras_class,)

    def weight_groups(self, o, count):
        return ["layer/vars"] * count

    def named_groups(self, o):
        return [("layer/vars", snake_case(DENSE.keras_class))]


KIND = TimeDistributed()
