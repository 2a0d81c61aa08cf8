"""Conv1D: a kernel of k steps slid along the time axis, the same weights at every position."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.activations import checked
from lstmviz.model.kinds.base import (
    MULTIPLY, Derivation, DiagramText, LayerKind, Look, Option, Shape, ShapeError, WeightSpec, fmt_shape,
)
from lstmviz.model.kinds.shared import (
    CONVOLUTION_FAMILY, PADDINGS, USE_BIAS, activation_option, defined_last, need_sequence, padded, window_steps,
)

GLYPH = (("rect", 10, 40, 8, 14, 1, 2.5), ("rect", 20, 40, 8, 14, 1, 2.5), ("rect", 30, 40, 8, 14, 1, 2.5),
         ("rect", 40, 40, 8, 14, 1, 2.5), ("line", 14, 40, 24, 22, 2.5), ("line", 24, 40, 24, 22, 2.5),
         ("line", 34, 40, 24, 22, 2.5), ("dot", 24, 18, 5, 255), ("dot", 44, 18, 4, 140))


def _int_option(name: str, default: int, help_text: str, maximum: int = 1000) -> Option:
    return Option(name, int, default, help_text, 1, maximum, shape_changing=True)


class Conv1D(LayerKind):
    name = keras_class = "Conv1D"
    summary = tr_noop('Slides a kernel of kernel_size steps along the sequence; each of the filters gives one output feature per position, with the same weights everywhere.')
    formula = "kernel_size × features × filters + filters"
    options = (
        _int_option("filters", 8, tr_noop('How many kernels: the features of the output.'), 4096),
        _int_option("kernel_size", 3, tr_noop('Time steps each kernel reads at once.')),
        _int_option("strides", 1, tr_noop('Steps the kernel moves between outputs.')),
        Option("padding", str, "valid", tr_noop('valid: no padding (the sequence shrinks); same: pad to keep ceil(T / strides) steps; causal: pad in front, so no output sees a later step.'),
               choices=PADDINGS, shape_changing=True),
        _int_option("dilation_rate", 1, tr_noop('Spacing between the steps a kernel reads.')),
        activation_option("linear"), USE_BIAS,
    )
    look = Look(CONVOLUTION_FAMILY, GLYPH)
    positional = ("filters", "kernel_size")
    keras_defaults = {"strides": 1, "padding": "valid", "dilation_rate": 1, "activation": "linear", "use_bias": True}

    def key_options(self, o: Mapping[str, Any]) -> list[str]:
        parts = [f"filters={o['filters']}", f"kernel={o['kernel_size']}"]
        parts += [f"{k}={o[k]}" for k in ("strides", "dilation_rate") if o[k] != 1]
        if o["padding"] != "valid":
            parts.append(str(o["padding"]))
        return parts

    def _span(self, o: Mapping[str, Any]) -> int:
        return int(o["dilation_rate"]) * (int(o["kernel_size"]) - 1) + 1

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        need_sequence(shape, self.name)
        defined_last(shape, self.name)
        if o["strides"] > 1 and o["dilation_rate"] > 1:
            raise ShapeError(tr('Conv1D cannot combine strides > 1 with dilation_rate > 1'),
                             tr('set strides or dilation_rate to 1'))
        steps = window_steps(shape[1], self._span(o), int(o["strides"]), str(o["padding"]))
        if steps is not None and steps < 1:
            raise ShapeError(tr('Conv1D reads {span} steps at once, more than the {steps} its input has').format(span=self._span(o), steps=shape[1]),
                             tr('use a smaller kernel_size or dilation_rate, padding="same", or more time steps'))
        return (shape[0], steps, int(o["filters"]))

    def weight_specs(self, input_shape: Shape, o: Mapping[str, Any]) -> list[WeightSpec]:
        k, f, n = int(o["kernel_size"]), defined_last(input_shape, self.name), int(o["filters"])
        return [WeightSpec("kernel", (k, f, n))] + ([WeightSpec("bias", (n,))] if o["use_bias"] else [])

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        k, f, n = int(o["kernel_size"]), defined_last(shape, self.name), int(o["filters"])
        total = k * f * n + (n if o["use_bias"] else 0)
        bias = f" + {n}" if o["use_bias"] else ""
        return Derivation(
            f"{k} {MULTIPLY} {f} {MULTIPLY} {n}{bias} = {total:,}",
            tr('{n} kernels, each reading {k} steps {MULTIPLY} {f} features, plus one bias each; the same kernels slide over every position, so the count does not grow with the number of steps.').format(n=n, k=k, f=f, MULTIPLY=MULTIPLY),
        )

    def forward(self, x, weights, o, where, mask):
        kernel = np.asarray(weights[0], dtype=x.dtype)
        k, dilation, stride = kernel.shape[0], int(o["dilation_rate"]), int(o["strides"])
        span = self._span(o)
        xp = padded(x, span, stride, str(o["padding"]))
        steps = (xp.shape[1] - span) // stride + 1
        batch = x.shape[0]
        y = np.zeros((batch, steps, kernel.shape[2]), x.dtype)
        for j in range(k):  # one product per kernel tap, over every sample and position at once
            taps = xp[:, j * dilation: j * dilation + (steps - 1) * stride + 1: stride]
            y += (taps.reshape(batch * steps, -1) @ kernel[j]).reshape(batch, steps, -1)
        if len(weights) == 2:
            y += np.asarray(weights[1], dtype=x.dtype)
        return checked(o.get("activation", "linear"), where)(y), None

    def work(self, input_shape, o, params):
        steps = input_shape[1] if isinstance(input_shape[1], int) else 1
        return params * steps

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        return DiagramText(f"Conv1D({o['filters']}, {o['kernel_size']})",
                           (tr('{formula} parameters').format(formula=derivation.formula),
                            tr('{shape} → {shape2}').format(shape=fmt_shape(input_shape), shape2=fmt_shape(output_shape))))


KIND = Conv1D()
