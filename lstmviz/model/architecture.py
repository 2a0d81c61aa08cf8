"""Architecture and LayerSpec: immutable descriptions of a Keras ``Sequential`` model.

Every edit returns a new Architecture and never raises on a combination that Keras
would reject: whether the stack is possible is inference's question
(:mod:`lstmviz.model.inference`), so an editor can hold an impossible model while the
user is half-way through fixing it. Only a malformed *request* (an index out of range,
an unknown layer kind) raises, with :class:`ArchitectureError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Mapping

from lstmviz.i18n import tr
from lstmviz.model import catalogue


class ArchitectureError(ValueError):
    """A request that cannot describe any architecture (unknown kind, bad index)."""


@dataclass(frozen=True)
class InputSpec:
    """The shape of one sample, without the batch axis.

    ``shape`` is ``(time_steps, features)`` for real-valued sequences, ``(length,)`` with
    ``dtype="int32"`` for token ids going into an Embedding, or ``(features,)`` for a
    plain vector. ``None`` marks a dimension left open (variable-length sequences).
    """

    shape: tuple[int | None, ...] = (5, 1)
    dtype: str = "float32"
    batch_size: int | None = None  # fixed only when a .keras file says so

    @classmethod
    def sequence(cls, time_steps: int | None, features: int) -> InputSpec:
        return cls((time_steps, features))

    @classmethod
    def tokens(cls, length: int | None) -> InputSpec:
        return cls((length,), "int32")

    @property
    def is_tokens(self) -> bool:
        return self.dtype.startswith("int")

    @property
    def time_steps(self) -> int | None:
        return self.shape[0] if len(self.shape) >= 2 or self.is_tokens else None

    @property
    def features(self) -> int | None:
        return self.shape[-1] if len(self.shape) >= 2 else None

    @property
    def batch_shape(self) -> tuple[int | None, ...]:
        return (self.batch_size, *self.shape)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"shape": list(self.shape), "dtype": self.dtype}
        if self.batch_size is not None:
            out["batch_size"] = self.batch_size
        return out


def _frozen(options: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(options))


@dataclass(frozen=True)
class LayerSpec:
    """One layer: a catalogue kind and its options (missing options take defaults)."""

    kind: str
    options: Mapping[str, Any] = field(default_factory=dict)
    name: str | None = None  # a name read from a file; None lets Keras-style names apply

    def __post_init__(self) -> None:
        if self.kind not in catalogue.KINDS:
            raise ArchitectureError(
                tr('unknown layer kind {kind!r}; known kinds: {join}').format(kind=self.kind, join=', '.join(catalogue.layer_kinds()))
            )
        merged = catalogue.KINDS[self.kind].with_defaults(self.options)
        object.__setattr__(self, "options", _frozen(merged))

    def __hash__(self) -> int:
        return hash((self.kind, tuple(sorted((k, repr(v)) for k, v in self.options.items())), self.name))

    def __reduce__(self):
        # the read-only options view cannot be pickled; a project read in another process comes back pickled
        return LayerSpec, (self.kind, dict(self.options), self.name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LayerSpec):
            return NotImplemented
        return (self.kind, dict(self.options), self.name) == (other.kind, dict(other.options), other.name)

    def with_option(self, key: str, value: Any) -> LayerSpec:
        if key not in catalogue.KINDS[self.kind].option_names:
            raise ArchitectureError(tr('{kind} has no option {key!r}').format(kind=self.kind, key=key))
        return replace(self, options={**self.options, key: value})

    @property
    def spec(self) -> catalogue.LayerKind:
        return catalogue.KINDS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "options": dict(self.options)}
        if self.name:
            out["name"] = self.name
        return out


@dataclass(frozen=True)
class Architecture:
    """An input spec plus an ordered stack of layers: a Keras ``Sequential`` model."""

    input: InputSpec = InputSpec()
    layers: tuple[LayerSpec, ...] = ()
    name: str = "sequential"

    def __post_init__(self) -> None:
        object.__setattr__(self, "layers", tuple(self.layers))

    def __len__(self) -> int:
        return len(self.layers)

    def _check_index(self, index: int, *, allow_end: bool = False) -> None:
        upper = len(self.layers) + (1 if allow_end else 0)
        if not 0 <= index < upper:
            raise ArchitectureError(tr('layer index {index} is out of range 0..{value}').format(index=index, value=upper - 1))

    def insert(self, index: int, layer: LayerSpec) -> Architecture:
        self._check_index(index, allow_end=True)
        layers = list(self.layers)
        layers.insert(index, layer)
        return replace(self, layers=tuple(layers))

    def append(self, layer: LayerSpec) -> Architecture:
        return self.insert(len(self.layers), layer)

    def remove(self, index: int) -> Architecture:
        self._check_index(index)
        return replace(self, layers=self.layers[:index] + self.layers[index + 1 :])

    def move(self, source: int, destination: int) -> Architecture:
        """Move the layer at ``source`` so that it ends up at index ``destination``."""
        self._check_index(source)
        self._check_index(destination)
        layers = list(self.layers)
        layer = layers.pop(source)
        layers.insert(destination, layer)
        return replace(self, layers=tuple(layers))

    def replace_layer(self, index: int, layer: LayerSpec) -> Architecture:
        self._check_index(index)
        layers = list(self.layers)
        layers[index] = layer
        return replace(self, layers=tuple(layers))

    def set_option(self, index: int, key: str, value: Any) -> Architecture:
        self._check_index(index)
        return self.replace_layer(index, self.layers[index].with_option(key, value))

    def with_input(self, input_spec: InputSpec) -> Architecture:
        return replace(self, input=input_spec)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "input": self.input.to_dict(),
            "layers": [layer.to_dict() for layer in self.layers],
        }
