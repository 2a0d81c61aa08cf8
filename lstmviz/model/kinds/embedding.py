"""Embedding: token ids become dense vectors, [samples, tokens] -> [samples, tokens, dimensions]."""

from __future__ import annotations

from typing import Any, Mapping

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.kinds.base import MULTIPLY, Derivation, DiagramText, Drawn, LayerKind, Look, Option, Shape, WeightSpec
from lstmviz.model.kinds.shared import EMBEDDING_FAMILY


class Embedding(LayerKind):
    name = keras_class = "Embedding"
    summary = tr_noop('Turns token ids into dense vectors: [samples, tokens] becomes [samples, tokens, dimensions].')
    formula = "vocabulary × dimensions"
    options = (
        Option("input_dim", int, 1000, tr_noop('Vocabulary size: how many different token ids.'), 1, 10_000_000,
               shape_changing=True),
        Option("output_dim", int, 300, tr_noop("Dimensions of each token's vector."), 1, 100_000, shape_changing=True),
        Option("mask_zero", bool, False, tr_noop('Treat token id 0 as padding.')),
    )
    look = Look(EMBEDDING_FAMILY, (
        ("rect", 14, 14, 36, 36, 0, 2.5), ("line", 14, 23, 50, 23, 2.5), ("line", 14, 32, 50, 32, 2.5),
        ("line", 14, 41, 50, 41, 2.5), ("line", 26, 14, 26, 50, 2.5), ("fill", 26, 23, 24, 9)))
    positional = ("input_dim", "output_dim")
    keras_defaults = {"mask_zero": False}
    reads_tokens = True

    def key_options(self, o):
        return [f"vocabulary={int(o['input_dim']):,}", f"dims={o['output_dim']}"]

    def output_shape(self, shape: Shape, o: Mapping[str, Any]) -> Shape:
        return (*shape, int(o["output_dim"]))

    def weight_specs(self, input_shape: Shape, o: Mapping[str, Any]) -> list[WeightSpec]:
        return [WeightSpec("embeddings", (int(o["input_dim"]), int(o["output_dim"])))]

    def derive(self, shape: Shape, o: Mapping[str, Any]) -> Derivation:
        v, d = int(o["input_dim"]), int(o["output_dim"])
        return Derivation(f"{v:,} {MULTIPLY} {d} = {v * d:,}",
                          tr('A table with one row of {d} numbers for each of the {v:,} token ids.').format(d=d, v=v))

    def forward(self, x, weights, o, where, mask):
        values = np.asarray(x)
        if values.dtype.kind == "f":
            if not np.all(np.isfinite(values)):
                raise ValueError(tr("{where}: the token ids include a value that is not a number").format(where=where))
            values = np.trunc(values)  # Keras casts other dtypes to int32, which truncates
        ids = values.astype(np.int64)
        vocabulary = int(o["input_dim"])
        if ids.size and (ids.min() < 0 or ids.max() >= vocabulary):
            bad = int(ids.min()) if ids.min() < 0 else int(ids.max())
            raise ValueError(tr("{where}: token id {id} is outside the vocabulary 0..{last}").format(
                where=where, id=bad, last=vocabulary - 1))
        table = np.asarray(weights[0], dtype=np.float32 if x.dtype.kind != "f" else x.dtype)
        return table[ids], (ids != 0 if o.get("mask_zero", False) else None)

    def initial_weights(self, input_shape, o, seed):
        rng = np.random.default_rng(seed)  # Keras's uniform(-0.05, 0.05)
        return [rng.uniform(-0.05, 0.05, (int(o["input_dim"]), int(o["output_dim"])))]

    def work(self, input_shape, o, params):
        return params  # the table is built once

    def drawn(self, input_shape: Shape, o: Mapping[str, Any]) -> Drawn:
        return Drawn.PER_STEP

    def diagram_text(self, input_shape, output_shape, o, derivation, reads, steps, params):
        v, d = o["input_dim"], o["output_dim"]
        lines = (tr('E  ({v:,}, {d})\t{value:,}').format(v=v, d=d, value=v * d), tr("x(t) = row token(t) of E,"),
                 tr('a vector of {d} values').format(d=d))
        return DiagramText("embed", lines, tr('one embedding table, {steps}, {shared}').format(steps=steps, shared=params), "x({t})")


KIND = Embedding()
