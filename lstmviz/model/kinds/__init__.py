"""Layer kinds as plugins: one module per kind, found through :mod:`.registry`."""

from lstmviz.model.kinds.base import (  # noqa: F401
    DiagramText, Derivation, Drawn, Family, GateRow, LayerKind, Look, Need, Option, Shape, ShapeError,
    WeightSpec, fmt_shape,
)
from lstmviz.model.kinds.registry import by_keras_class, cell_kinds, kind, kinds  # noqa: F401
