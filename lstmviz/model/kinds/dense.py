"""Dense: every output a weighted sum of all inputs, on the last axis (so on every step of a sequence)."""

from __future__ import annotations

from typing import Any, Mapping

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import MULTIPLY, Derivation, DiagramText, Drawn, LayerKind, Look, Option, Shape, WeightSpec
from lstmviz.model.kinds.shared import DENSE_FAMILY, USE_BIAS, activation_option, defined_last, dense_product, units, units_option

GLYPH = tuple(("line", 18, a, 46, b, 1.6) for a in (16, 32, 48) for b in (22, 42)) + tuple(
    ("dot", x, y, 5, 255) for x, y in ((18, 16), (18, 32), (18, 48), (46, 22), (46, 42)))


def count_text(f: int, o: Mapping[str, Any]) -> str:
    u = units(o)
    total = f * u + (u if o["use_bias"] else 0)
    return f"{f} {MULTIPLY} {u}{f' + {u}' if o['use_bias'] else ''} = {total:,}"


def dense_lines(f: int, o: Mapping[str, Any]) -> tuple[str, ...]:
    """The kernel and bias shapes with their counts, for the diagram."""
    u = units(o)
    lines = [f"W  ({f}, {u})\t{f * u:,}"]
    lines.append(f"b  ({u},)\t{u:,}" if o["use_bias"] else "b  none\t0")
    return tuple(lines)


class Dense(LayerKind):
    name = keras_class = "Dense"
    summary = tr_noop('Fully connected layer: every output is a weighted sum of all inputs (on the last axis).')
    formula = "inputs × outputs + outputs"
    options: tuple[Option, ...] = (units_option(1), activation_option("linear"), USE_BIAS)
    look = Look(DENSE_FAMILY, GLYPH)
    positional = ("units",)
    keras_defaults = {"activation": "linear", "use_bias": True}

    def key_options(self, o):
        return [f"units={o['units']}", str(o.get("activation", "linear"))]

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        defined_last(shape, self.name)
        return (*shape[:-1], units(o))

    def weight_specs(self, input_shape: Shape, o: Mapping[str, Any]) -> list[WeightSpec]:
        f, u = defined_last(input_shape, self.name), units(o)
        return [WeightSpec("kernel", (f, u))] + ([WeightSpec("bias", (u,))] if o["use_bias"] else [])

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        f, u = defined_last(shape, self.name), units(o)
        note = ""
        if len(shape) >= 3:
            note = (tr(' The input is {shape}-D, so Dense acts on its last axis: the same {f} {MULTIPLY} {u} kernel is applied at every time step, exactly like TimeDistributed(Dense).').format(shape=len(shape), f=f, MULTIPLY=MULTIPLY, u=u))
        bias = tr(" plus {u} biases").format(u=u) if o["use_bias"] else ""
        return Derivation(count_text(f, o),
                          tr('A kernel of {f} inputs {MULTIPLY} {u} outputs{bias}.{note}').format(f=f, MULTIPLY=MULTIPLY, u=u, bias=bias, note=note))

    def forward(self, x, weights, o, where, mask):
        return dense_product(x, weights[0], weights[1] if len(weights) == 2 else None,
                             o.get("activation", "linear"), where), mask

    def drawn(self, input_shape: Shape, o: Mapping[str, Any]) -> Drawn:
        return Drawn.PER_STEP if len(input_shape) >= 3 else Drawn.ONCE

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        u = o["units"]
        if len(input_shape) >= 3:
            return DiagramText(f"Dense({u})", dense_lines(int(input_shape[-1]), o) + (derivation.formula,),
                               tr('one Dense({units}){where}, {steps}, {shared}').format(units=u, where=tr(' on every step'), steps=steps, shared=params),
                               "y({t})")
        on = tr('once, on {value}').format(value=reads) if reads else tr('once, on all its inputs')
        return DiagramText(f"Dense({u})  {on}", (tr('{formula} parameters').format(formula=derivation.formula),), output="y")


KIND = Dense()
