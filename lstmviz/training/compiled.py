"""Built models and traced training functions, kept and reused run after run.

Building the Keras model and tracing the fast engine's function take most of a short
run's time (about a second, against well under a millisecond per epoch after). A
:class:`TrainingCache` keeps both, keyed by what they depend on
(:class:`~lstmviz.training.compiled_key.CompiledKey`); a new run only assigns: the
seeded initial weights (the values a fresh build with that seed has), the optimizer's
initial state and learning rate, and its data. Nothing is built or traced again.

Keras keeps per-thread state, so each thread gets its own cache (:func:`thread_cache`).
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.datasets import Dataset
from lstmviz.model.settings import OPTIMIZERS, TrainingSettings
from lstmviz.training.compiled_key import CompiledKey

Cancelled = Callable[[], bool]


class TrainingError(ValueError):
    """A run that cannot start or went wrong; the message is meant for the user."""


class WarmUpCancelled(Exception):
    """A warm-up stopped between two of its stages because what it prepared is no longer wanted."""


def make_optimizer(name: str, learning_rate: float) -> Any:
    import keras

    return getattr(keras.optimizers, OPTIMIZERS[name.lower()])(learning_rate=learning_rate)


def compile_model(model: Any, settings: TrainingSettings) -> None:
    import keras

    try:
        keras.losses.get(settings.loss)  # compile() would only complain at the first step
        model.compile(optimizer=make_optimizer(settings.optimizer, settings.learning_rate), loss=settings.loss)
    except ValueError as exc:
        raise TrainingError(tr("cannot use the loss {loss!r}: {reason}").format(
            loss=settings.loss, reason=str(exc).splitlines()[0])) from None


def set_weights(model: Any, weights: Sequence[np.ndarray]) -> None:
    try:
        model.set_weights([np.asarray(w) for w in weights])
    except ValueError as exc:
        raise TrainingError(tr("the given weights do not fit the model: {reason}").format(
            reason=str(exc).splitlines()[0])) from None


UNROLL_STEPS = 10  # recurrent layers over at most this many time steps run unrolled


def unroll_short_sequences(model: Any) -> list[Any]:
    """Unroll the recurrent layers that run over few time steps; returns the layers changed.

    Keras runs a recurrent layer as a TensorFlow while loop; over a handful of steps the
    loop (and its gradient loop) costs more than the arithmetic. Unrolled, the same
    operations run in the same order as plain ops: the trace and the first call take
    about a third less, and every step 35-40% less CPU. ``unroll`` is part of a layer's
    config, so :func:`~lstmviz.training.keras_save.save_keras_model` saves these as built.
    """
    changed = []
    for layer in model.layers:
        shape = getattr(getattr(layer, "input", None), "shape", None)
        steps = shape[1] if shape is not None and len(shape) == 3 else None
        if not isinstance(steps, int) or steps > UNROLL_STEPS:
            continue
        for rnn in (layer, getattr(layer, "forward_layer", None), getattr(layer, "backward_layer", None)):
            if rnn is not None and getattr(rnn, "unroll", True) is False:
                rnn.unroll = True
                rnn.unrolled_for_training = True
                changed.append(rnn)
    return changed


def model_layers(model: Any, count: int) -> list[Any]:
    from lstmviz.training.builder import keras_layer

    return [keras_layer(model, i) for i in range(count)]


def seeded_state(layers: Sequence[Any], architecture: Architecture, seed: int) -> list[np.ndarray]:
    """The values of every variable of ``layers`` (weights and dropout seeds) right after a fresh build.

    A fresh build (``keras.utils.set_random_seed(seed)``, then the layers made in order)
    gives each initialiser its seed as the layer is made; the values come from those
    seeds alone. So new layers made the same way and built on their own, off the
    model, hold the same values, without building a model or tracing anything.
    """
    import keras

    from lstmviz.training.builder import fresh_layers

    keras.utils.set_random_seed(int(seed))
    values: list[np.ndarray] = []
    for new, old in zip(fresh_layers(architecture), layers, strict=True):
        config = old.get_build_config()
        if config:
            new.build_from_config(config)
        if [tuple(v.shape) for v in new.variables] != [tuple(v.shape) for v in old.variables]:
            raise TrainingError(tr("the layer {name} did not rebuild with the same variables").format(name=old.name))
        values.extend(v.numpy() for v in new.variables)
    return values


class _Library:
    """Calling a new function for the first time makes TensorFlow drop what it prepared for every other one.

    The next call of an older function then optimises its graph and makes its kernels
    again (about half a second for the examples). ``version`` counts those first calls;
    an entry last called at the current version is ready.
    """

    lock = threading.Lock()
    version = 0


class CompiledTraining:
    """One built, compiled model with its traced training function, ready for any run with its key."""

    def __init__(self, key: CompiledKey, architecture: Architecture, model: Any, observer: Any, function: Any) -> None:
        self.key = key
        self.model = model
        self.observer = observer  # the one whose forward pass the function traced
        self.function = function
        self.layers = model_layers(model, len(architecture.layers))
        self.state_variables = [v for layer in self.layers for v in layer.variables]
        optimizer = model.optimizer
        self.optimizer_start = [v.numpy() for v in optimizer.variables]
        self._called = False
        self._ready_at = -1  # the library version when it was last called

    @property
    def warm(self) -> bool:
        """Whether its next call starts at once: called since any other function was called the first time."""
        return self._ready_at == _Library.version

    def called(self) -> None:
        """Its function ran (a warm-up's or a run's calls)."""
        with _Library.lock:
            if not self._called:
                self._called = True
                _Library.version += 1
            self._ready_at = _Library.version

    def start(self, settings: TrainingSettings, state: Sequence[np.ndarray], train: Dataset, val: Dataset | None,
              dataset: Dataset, initial_weights: Sequence[np.ndarray] | None = None) -> None:
        """Make the model what a fresh build would be for this run: weights, optimizer, data."""
        for variable, value in zip(self.state_variables, state, strict=True):
            variable.assign(value)
        if initial_weights is not None:
            set_weights(self.model, initial_weights)
        optimizer = self.model.optimizer
        for variable, value in zip(optimizer.variables, self.optimizer_start, strict=True):
            variable.assign(value)
        optimizer.learning_rate = float(settings.learning_rate)
        self.function.set_data(train.x, train.y, None if val is None else (val.x, val.y), dataset.x)
        if self.observer.gradients is not None:  # its loss pairs the observed samples with their targets
            self.observer.gradients.set_targets(dataset.y)

    def first_call(self, batch_size: int) -> None:
        """One real step ending an epoch, observed: TensorFlow optimises the graph and makes its kernels.

        The weights it moves are reset by :meth:`start`, as every run's are.
        """
        idx = np.arange(batch_size, dtype=np.int32)[None, :]
        self.function(idx, np.array([batch_size], np.int32), np.array([True]), observe=True, keep=np.array([True]))
        self.called()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside; after it, every object alive so far is left out of later ones.

    TensorFlow and Keras leave a few hundred thousand long-lived objects (modules,
    traced graphs). A full collection walks them all, holding the GIL for 0.1-0.2 s: the
    window's event loop stalls and training pauses. Frozen (``gc.freeze``) they are
    never walked again; objects freed by reference counting are freed as before.
    """
    enabled = gc.isenabled()
    gc.disable()
    done = False
    try:
        yield
        done = True
    finally:
        if done:  # what a cancelled or failed build leaves is garbage: let it be collected
            gc.freeze()
        if enabled:
            gc.enable()


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise WarmUpCancelled()


class TrainingCache:
    """Compiled trainings by key (the last ``size`` used) and seeded initial states by model and seed."""

    def __init__(self, size: int = 4, seeds: int = 16) -> None:
        self.size, self.seeds = size, seeds
        self._entries: OrderedDict[CompiledKey, CompiledTraining] = OrderedDict()
        self._states: OrderedDict[tuple[Any, int], list[np.ndarray]] = OrderedDict()
        self.builds = 0  # how many models were built and traced (tests and benchmarks read it)

    def __contains__(self, key: CompiledKey) -> bool:
        return key in self._entries

    def traces(self) -> int:
        """How often the functions kept here were traced, all together."""
        return sum(entry.function.traces for entry in self._entries.values())

    def discard(self, key: CompiledKey) -> None:
        self._entries.pop(key, None)

    def compiled(self, key: CompiledKey, architecture: Architecture, settings: TrainingSettings, train: Dataset,
                 val: Dataset | None, dataset: Dataset, cancelled: Cancelled | None = None) -> CompiledTraining:
        """The cached entry for ``key``, or a new one: built, compiled and traced (not yet called).

        ``cancelled`` is asked between the stages; when it says so, :class:`WarmUpCancelled`
        is raised and nothing is kept.
        """
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            return entry
        from lstmviz.training.builder import build_model
        from lstmviz.training.fast_loop import make_train_function
        from lstmviz.training.observe import Observer
        from lstmviz.training.step_gradients import gradient_probe

        with collector_paused():
            model = build_model(architecture)
            unroll_short_sequences(model)
            _check(cancelled)
            compile_model(model, settings)
            observer = Observer(model, architecture, dataset.x, key.probe_layer,
                                gradients=gradient_probe(model, architecture, dataset.y) if key.gradients else None)
            function = make_train_function(model, train.x, train.y, None,
                                           None if val is None else (val.x, val.y),
                                           forward=observer.forward, observe_x=dataset.x)
            _check(cancelled)
            function.function.get_concrete_function()  # the trace: the longest stage, and one piece
            entry = CompiledTraining(key, architecture, model, observer, function)
        self.builds += 1
        self._entries[key] = entry
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return entry

    def initial_state(self, entry: CompiledTraining, architecture: Architecture, seed: int) -> list[np.ndarray]:
        """What ``entry``'s variables hold after a fresh build with ``seed`` (kept for the next run)."""
        key = (entry.key.model_key, int(seed))
        state = self._states.get(key)
        if state is None:
            state = seeded_state(entry.layers, architecture, seed)
            self._states[key] = state
            while len(self._states) > self.seeds:
                self._states.popitem(last=False)
        else:
            self._states.move_to_end(key)
        return state


_local = threading.local()


def thread_cache() -> TrainingCache:
    """This thread's cache (Keras's state is per thread, and so is what it built)."""
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = TrainingCache()
    return cache
