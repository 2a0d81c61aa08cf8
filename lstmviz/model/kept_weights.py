"""Which trained weights an edit of the model keeps: every layer's whose arrays still fit.

Inserting or removing a Dropout, changing its rate or an activation changes no weight
shape, so the trained weights stay as they are. An edit that does change shapes (more
units, a Dense inserted) sets aside only the layers whose arrays no longer fit; the
others keep theirs, and the new or changed layers start from fresh weights drawn as
Keras's default initialisers draw them (Glorot-uniform kernels, orthogonal recurrent
kernels, zero biases with an LSTM's forget-gate bias at one, uniform embeddings).

Layers are paired by their weight arrays, in order: the longest common run of layers
whose kind and shapes agree (:class:`difflib.SequenceMatcher`), so a layer inserted
above or below does not shift every later layer out of its weights.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from difflib import SequenceMatcher

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.inference import infer
from lstmviz.model.runs import TrainedState
from lstmviz.model.weights import WeightSpec, split_weights, weight_specs


@dataclass(frozen=True)
class KeptWeights:
    """What an edit keeps of ``trained``: the weights for the new model (None: nothing fits) and the
    names of the layers whose weights were set aside ("lstm (LSTM)")."""

    trained: TrainedState | None
    set_aside: tuple[str, ...]
    kept: tuple[str, ...]

    @property
    def whole(self) -> bool:
        """Every trained array went over unchanged (the edit touched no weight)."""
        return self.trained is not None and not self.set_aside


def _key(kind: str, specs: list[WeightSpec]) -> tuple:
    return kind, tuple(s.shape for s in specs)


def _fresh(specs: list[WeightSpec], rng: np.random.Generator) -> list[np.ndarray]:
    """A layer's arrays as Keras's default initialisers make them (the values differ, their spread does not)."""
    out = []
    for spec in specs:
        shape, name = spec.shape, spec.name.split()[-1]
        if name == "embeddings":
            array = rng.uniform(-0.05, 0.05, shape)
        elif name == "recurrent_kernel":
            rows, cols = shape
            q, r = np.linalg.qr(rng.standard_normal((max(rows, cols), min(rows, cols))))
            q = q * np.sign(np.diag(r))
            array = q if rows >= cols else q.T
        elif name == "kernel":
            fan_in, fan_out = int(np.prod(shape[:-1])), shape[-1]
            limit = np.sqrt(6.0 / (fan_in + fan_out))
            array = rng.uniform(-limit, limit, shape)
        else:  # bias
            array = np.zeros(shape)
            # The recurrent kernel of the same direction ("forward bias" goes with "forward recurrent_kernel").
            direction = spec.name.rpartition(" ")[0]
            recurrent = [s for s in specs if s.name == f"{direction} recurrent_kernel".strip()]
            if recurrent and len(shape) == 1 and shape[0] == 4 * recurrent[0].shape[0]:
                units = recurrent[0].shape[0]
                array[units:2 * units] = 1.0  # an LSTM's unit_forget_bias (gate order i, f, c, o)
        out.append(np.asarray(array, dtype=np.float32))
    return out


def keep_fitting_weights(trained: TrainedState, architecture: Architecture, seed: int = 0) -> KeptWeights:
    """The weights ``architecture`` can take over from ``trained`` (trained for another model)."""
    try:
        old_specs, new_specs = weight_specs(trained.architecture), weight_specs(architecture)
        old_arrays = split_weights(trained.architecture, trained.weights)
    except ValueError:  # the new model cannot be built: nothing to hand its weights to
        return KeptWeights(None, (), ())
    old_info, new_info = infer(trained.architecture), infer(architecture)
    old = [(i, _key(layer.kind, old_specs[i])) for i, layer in enumerate(trained.architecture.layers) if old_specs[i]]
    new = [(i, _key(layer.kind, new_specs[i])) for i, layer in enumerate(architecture.layers) if new_specs[i]]
    matcher = SequenceMatcher(a=[k for _, k in old], b=[k for _, k in new], autojunk=False)
    taken: dict[int, int] = {}  # new layer -> old layer
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            taken[new[block.b + k][0]] = old[block.a + k][0]
    used = set(taken.values())
    set_aside = tuple(old_info[i].title for i, _ in old if i not in used)
    fresh = [i for i, _ in new if i not in taken]
    kept = tuple(new_info[i].title for i in taken)
    if not taken:
        return KeptWeights(None, set_aside, ())
    rng = np.random.default_rng(seed)
    weights: list[np.ndarray] = []
    for index, specs in enumerate(new_specs):
        weights += old_arrays[taken[index]] if index in taken else _fresh(specs, rng)
    if not set_aside and not fresh:
        return KeptWeights(replace(trained, architecture=architecture, weights=tuple(weights)), (), kept)
    fresh_names = ", ".join(new_info[i].title for i in fresh)
    source = tr("{source}; fresh weights: {layers}").format(source=trained.source or tr("trained weights"),
                                                          layers=fresh_names) if fresh else trained.source
    # The kept weights no longer are the run's own (its loss curve and replay belong to the old model).
    partial = TrainedState(architecture, tuple(weights), run=None, epoch=trained.epoch, loss=None, source=source)
    return KeptWeights(partial, set_aside, kept)
