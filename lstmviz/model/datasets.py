"""Training data as arrays: the tutorial's sequence, sine waves, random tokens, and windowing.

``x`` is ``(samples, T, F)`` float32, or ``(samples, T)`` int32 token ids; ``y`` is
float32. Layouts name what a sample maps to: ``one-to-one`` (one step in, one value out),
``many-to-one`` (a window in, the next value out) and ``many-to-many`` (a window in, the
window shifted by one step out). :func:`generate` builds the built-in kinds from a
:class:`~lstmviz.model.dataset_spec.DatasetSpec`; CSV files are read by the file-format
layer, which windows them with :func:`window_pair`. Every problem is a :class:`DatasetError`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

from lstmviz.i18n import tr, tr_noop
from lstmviz.model.bundled import BUNDLED, SEATTLE_CLASSES, SEATTLE_FEATURES
from lstmviz.model.catalogue import fmt_shape
from lstmviz.model.dataset_spec import LAYOUTS, DatasetError, DatasetSpec
from lstmviz.model.fixes import INPUT_SHAPE, Fix, Problem, apply_fix
from lstmviz.model.settings import LOSSES
from lstmviz.model.tasks import Task, rules
from lstmviz.model.inference import Inference, infer
from lstmviz.model.limits import MAX_DATASET_VALUES
from lstmviz.model.series_info import SeriesInfo

# samples x time steps x features, checked before anything is allocated: beyond this, not a teaching demo
MAX_VALUES = MAX_DATASET_VALUES


@dataclass(frozen=True, eq=False)
class Dataset:
    name: str
    x: np.ndarray
    y: np.ndarray
    description: str = ""
    series: SeriesInfo | None = None  # a real series split in time (lstmviz.model.series)

    @property
    def samples(self) -> int:
        return int(self.x.shape[0])

    @property
    def output_shape(self) -> tuple[int, ...]:
        """What the model must output per sample: the targets' shape (wider where targets are class ids)."""
        return tuple(self.y.shape[1:])

    @property
    def classes(self) -> tuple[str, ...]:
        return self.series.classes if self.series is not None else ()

    @property
    def task(self) -> Task:
        """What the model is asked to do with this data (decides the losses that fit it)."""
        return self.series.task if self.series is not None else Task.REGRESSION

    def part(self, name: str) -> Dataset | None:
        """The "train", "validation" or "test" windows of a series split in time (None when empty)."""
        if self.series is None:
            return self if name == "train" else None
        n_train, n_val, n_test = self.series.parts()
        start, stop = {"train": (0, n_train), "validation": (n_train, n_train + n_val),
                       "test": (n_train + n_val, n_train + n_val + n_test)}[name]
        if stop <= start:
            return None
        return Dataset(f"{self.name} ({name})", self.x[start:stop], self.y[start:stop], self.description)

    def split(self, validation_fraction: float) -> tuple[Dataset, Dataset | None]:
        """Training and validation parts; validation is the last fraction, as Keras's validation_split.

        A series split in time brings its own parts (the fraction is not used): the test
        windows stay out of training and validation alike.
        """
        if self.series is not None:
            train = self.part("train")
            assert train is not None  # chrono_split refuses an empty training part
            return train, self.part("validation")
        if not validation_fraction:
            return self, None
        if not 0.0 < validation_fraction < 1.0:
            raise DatasetError(tr('validation split must be between 0 and 1, got {validation_fraction}').format(validation_fraction=validation_fraction))
        split_at = int(math.floor(self.samples * (1.0 - validation_fraction)))
        if split_at in (0, self.samples):
            raise DatasetError(
                (tr('a validation split of {fraction:g} leaves no training samples out of {samples}; use more samples or a different split')
                 if split_at == 0 else tr('a validation split of {fraction:g} leaves no validation samples out of {samples}; '
                                          'use more samples or a different split')).format(fraction=validation_fraction, samples=self.samples)
            )
        # replace() keeps a subclass and its own fields (a text's vocabulary).
        train = replace(self, x=self.x[:split_at], y=self.y[:split_at])
        val = replace(self, name=f"{self.name} (validation)", x=self.x[split_at:], y=self.y[split_at:])
        return train, val


def describe(dataset: Dataset) -> str:
    return f"X {fmt_shape(dataset.x.shape)} \u2192 y {fmt_shape(dataset.y.shape)}"


# ------------------------------------------------------------------------ built-in data

TUTORIAL_SEQUENCE = np.array([i / 5.0 for i in range(5)], dtype=np.float32)  # 0.0 0.2 0.4 0.6 0.8

BUILTIN_DATASETS: dict[str, DatasetSpec] = {
    tr_noop("Tutorial sequence (one-to-one)"): DatasetSpec("tutorial", layout="one-to-one"),
    tr_noop("Tutorial sequence (many-to-one)"): DatasetSpec("tutorial", layout="many-to-one"),
    tr_noop("Tutorial sequence (many-to-many)"): DatasetSpec("tutorial", layout="many-to-many"),
    tr_noop("Sine wave (many-to-one)"): DatasetSpec("sine", layout="many-to-one", time_steps=10, samples=64),
    tr_noop("Sine wave (many-to-many)"): DatasetSpec("sine", layout="many-to-many", time_steps=5, samples=64),
    tr_noop("Noisy sine (many-to-one)"): DatasetSpec("noisy-sine", layout="many-to-one", time_steps=10, samples=64,
                                            noise=0.1),
    tr_noop("Random tokens (text)"): DatasetSpec("tokens", samples=50, length=10, vocabulary=1000),
    tr_noop("Long memory: recall the first step (30 steps)"): DatasetSpec("long-memory", layout="many-to-one",
                                                                          time_steps=30, samples=256),
    tr_noop("Text: Tiny Shakespeare (64 characters)"): DatasetSpec("text", corpus="tinyshakespeare", time_steps=64,
                                                                   samples=1000),
    tr_noop("Text: 宋词三百首 Song Ci (32 characters)"): DatasetSpec("text", corpus="songci300", time_steps=32),
}


def layout_of(spec: DatasetSpec) -> str:
    layout = spec.layout or "many-to-one"
    if layout not in LAYOUTS:
        raise DatasetError(tr("dataset layout must be one of {layouts}; got {layout!r}").format(
            layouts=", ".join(LAYOUTS), layout=layout))
    return layout


def whole(spec: DatasetSpec, key: str, default: int, minimum: int = 1) -> int:
    value = getattr(spec, key)
    value = default if value is None else value
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise DatasetError(tr("dataset {key} must be a whole number of at least {minimum}; got {value!r}").format(
            key=key, minimum=minimum, value=value))
    if value > MAX_VALUES:
        raise DatasetError(tr("dataset {key} must be at most {limit}; got {value}").format(
            key=key, limit=f"{MAX_VALUES:,}", value=f"{value:,}"))
    return value


def number(spec: DatasetSpec, key: str, default: float) -> float:
    value = getattr(spec, key)
    value = default if value is None else value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DatasetError(tr("dataset {key} must be a number; got {value!r}").format(key=key, value=value))
    return float(value)


def check_total(samples: int, *dims: int) -> None:
    """Refuse a dataset whose arrays would hold more than MAX_VALUES numbers, before allocating them."""
    total = samples
    for d in dims:
        total *= d
    if total > MAX_VALUES:
        raise DatasetError(tr("the dataset would hold {total} values ({shape}); the limit is {limit}").format(
            total=f"{total:,}", shape=" x ".join(f"{v:,}" for v in (samples, *dims)), limit=f"{MAX_VALUES:,}"))


def tutorial(layout: str) -> Dataset:
    seq = TUTORIAL_SEQUENCE
    shapes = {"one-to-one": ((5, 1, 1), (5, 1)), "many-to-one": ((1, 5, 1), (1, 5)),
              "many-to-many": ((1, 5, 1), (1, 5, 1))}
    xs, ys = shapes[layout]
    return Dataset(f"tutorial ({layout})", seq.reshape(xs), seq.reshape(ys).copy(),
                   tr("The tutorial's sequence 0.0 0.2 0.4 0.6 0.8; the targets equal the inputs."))


def windows(series: np.ndarray, time_steps: int, layout: str) -> tuple[np.ndarray, np.ndarray]:
    """Cut a (rows, F) series into samples; targets look one step ahead.

    one-to-one: each row predicts the next; many-to-one: ``time_steps`` rows predict the
    row after them; many-to-many: each window predicts itself shifted by one step.
    For targets from other columns pass ``(features, targets)`` through :func:`window_pair`.
    """
    return window_pair(series, series, time_steps, layout)


def window_pair(features: np.ndarray, targets: np.ndarray, time_steps: int, layout: str
                ) -> tuple[np.ndarray, np.ndarray]:
    t = 1 if layout == "one-to-one" else time_steps
    n = features.shape[0] - t
    check_total(n, t, max(features.shape[1], targets.shape[1]) if features.ndim > 1 else 1)
    # Windows as views of the series, copied once into float32: no index array, no float64 copy.
    x = _windows_of(features[:n + t - 1], t)
    if layout == "many-to-many":
        y = _windows_of(targets[1:n + t], t)
    else:
        y = targets[t:n + t].astype(np.float32)
    return x, y


def _windows_of(series: np.ndarray, t: int) -> np.ndarray:
    """(rows - t + 1, t, *rest) float32 windows of a (rows, *rest) series."""
    view = np.lib.stride_tricks.sliding_window_view(series, t, axis=0)  # (n, *rest, t)
    return np.moveaxis(view, -1, 1).astype(np.float32)


def sine(spec: DatasetSpec, noisy: bool = False) -> Dataset:
    layout = layout_of(spec)
    t = 1 if layout == "one-to-one" else whole(spec, "time_steps", 10)
    samples = whole(spec, "samples", 64)
    check_total(samples, t)
    noise = number(spec, "noise", 0.1 if noisy else 0.0)
    period = number(spec, "period", 20.0)
    if period <= 0:
        raise DatasetError(tr("dataset period must be positive; got {period}").format(period=period))
    rng = np.random.default_rng(whole(spec, "seed", 0, minimum=0))
    steps = np.arange(samples + t)
    series = np.sin(2 * np.pi * steps / period)
    if noise:
        series = series + rng.normal(scale=noise, size=series.shape)
    x, y = windows(series.reshape(-1, 1), t, layout)
    name = tr('noisy sine') if noisy else tr("sine")
    what = {"one-to-one": tr("each value predicts the next"),
            "many-to-one": tr("{t} steps predict the next value").format(t=t),
            "many-to-many": tr("{t} steps predict the same window one step later").format(t=t)}[layout]
    described = (tr("A sine wave with a period of {period} steps plus noise {noise}: {what}.") if noise
                 else tr("A sine wave with a period of {period} steps: {what}."))
    return Dataset(f"{name} ({layout})", x, y, described.format(period=f"{period:g}", noise=f"{noise:g}", what=what))


def tokens(spec: DatasetSpec) -> Dataset:
    samples = whole(spec, "samples", 50)
    length = whole(spec, "length", 10)
    vocabulary = whole(spec, "vocabulary", 1000, minimum=2)
    check_total(samples, length)
    rng = np.random.default_rng(whole(spec, "seed", 0, minimum=0))
    x = rng.integers(0, vocabulary, size=(samples, length)).astype(np.int32)
    # A rule an LSTM can learn: 1 when most tokens come from the lower half of the vocabulary.
    y = ((x < vocabulary / 2).sum(axis=1) > length / 2).astype(np.float32).reshape(samples, 1)
    return Dataset(tr('random tokens'), x, y,
                   tr("{samples} lines of {length} random token ids below {vocabulary}; the target is 1 when "
                      "more than half of a line's tokens are in the lower half of the vocabulary.").format(
                       samples=samples, length=length, vocabulary=vocabulary))


def long_memory(spec: DatasetSpec) -> Dataset:
    """The first step holds a value, every later step noise; the target is that first value.

    Only a network whose gradient reaches back to step 1 can learn it: the task that
    shows why an LSTM carries a cell state (a plain RNN's gradient fades step by step).
    """
    if layout_of(spec) != "many-to-one":
        raise DatasetError(tr("long-memory data is many-to-one (a sequence in, its first value out); "
                              "got the layout {layout!r}").format(layout=spec.layout))
    t = whole(spec, "time_steps", 30, minimum=2)
    samples = whole(spec, "samples", 256)
    check_total(samples, t)
    noise = number(spec, "noise", 1.0)
    rng = np.random.default_rng(whole(spec, "seed", 0, minimum=0))
    x = rng.uniform(-noise, noise, size=(samples, t, 1))
    x[:, 0, 0] = rng.uniform(-1.0, 1.0, size=samples)
    y = x[:, 0, :].copy()
    return Dataset(tr('long memory'), x.astype(np.float32), y.astype(np.float32),
                   tr("{samples} sequences of {t} steps: step 1 holds a value between -1 and 1, the other steps "
                      "noise up to {noise}; the target is the value of step 1.").format(
                       samples=samples, t=t, noise=f"{noise:g}"))


def spec_title(spec: DatasetSpec) -> str:
    """A short name for the data a spec describes, without building it: "sine (many-to-one)"."""
    if not spec.chosen:
        return tr("none")
    if spec.is_series:
        data = BUNDLED.get(spec.bundled or "")
        target = ", ".join(str(c) for c in spec.target_columns or ())
        name = tr(data.title) if data is not None else (spec.path or "").replace("\\", "/").rsplit("/", 1)[-1]
        return f"{name} ({target})" if target else name
    if spec.is_csv:
        name = (spec.path or "").replace("\\", "/").rsplit("/", 1)[-1]
        return tr("CSV {name}").format(name=name)
    if spec.kind == "tokens":
        return tr('random tokens')
    if spec.is_text:
        name = spec.corpus or (spec.path or "").replace("\\", "/").rsplit("/", 1)[-1]
        return tr("text {name}").format(name=name)
    if spec.kind == "long-memory":
        return tr("long memory ({t} steps)").format(t=spec.time_steps or 30)
    name = {"tutorial": tr("tutorial"), "sine": tr("sine"), "noisy-sine": tr('noisy sine')}.get(spec.kind, spec.kind)
    layout = spec.layout or "many-to-one"
    return f"{name} ({tr(LAYOUT_NAMES.get(layout, layout))})"


# The layouts' names as shown (the layout values themselves stay as they are in files).
LAYOUT_NAMES = {"one-to-one": tr_noop("one-to-one"), "many-to-one": tr_noop("many-to-one"),
                "many-to-many": tr_noop("many-to-many")}


def generate(spec: DatasetSpec) -> Dataset:
    """The built-in dataset ``spec`` describes (not CSV); every problem is a DatasetError."""
    try:
        if not spec.chosen:
            raise DatasetError(tr("no dataset chosen; pick one (for example a sine wave) or load a CSV file"))
        if spec.kind == "tutorial":
            return tutorial(layout_of(spec))
        if spec.kind in ("sine", "noisy-sine"):
            return sine(spec, noisy=spec.kind == "noisy-sine")
        if spec.kind == "tokens":
            return tokens(spec)
        if spec.kind == "long-memory":
            return long_memory(spec)
    except DatasetError:
        raise
    except (TypeError, ValueError, KeyError, OverflowError, MemoryError) as exc:
        raise DatasetError(tr("the dataset settings cannot be used ({error})").format(
            error=f"{type(exc).__name__}: {exc}")) from None
    raise DatasetError(tr("{kind!r} data is not generated: it is read from a file").format(kind=spec.kind)
                       if spec.kind in ("csv", "text") else tr("unknown dataset kind {kind!r}").format(kind=spec.kind))


# ------------------------------------------------------------------- model vs. dataset

def _text_suggestion(vocabulary: int, time_steps: int | None) -> DatasetSpec | None:
    """A bundled text whose vocabulary is the model's (a character model exported without its data)."""
    from lstmviz.model.text_corpus import with_vocabulary

    found = with_vocabulary(vocabulary)
    return None if found is None else DatasetSpec("text", corpus=found.name, time_steps=time_steps or 64, samples=256)


def _fits(model_shape: Sequence[int | None], data_shape: Sequence[int]) -> bool:
    return len(model_shape) == len(data_shape) and all(m is None or m == d for m, d in zip(model_shape, data_shape))


def fit_problem(inference: Inference, dataset: Dataset) -> str | None:
    """None when the model's input and output fit the data; else what differs and how to fix it."""
    found = fit_check(inference, dataset)
    return None if found is None else found.text


def fit_check(inference: Inference, dataset: Dataset) -> Problem | None:
    """:func:`fit_problem` with the edit that fixes it, when one edit does."""
    if not inference.ok:
        return Problem(tr('the model cannot be built: {error_text}').format(error_text=inference.error_text), inference.fix)
    model_in, model_out = tuple(inference.input_shape[1:]), tuple(inference.known_output_shape[1:])
    data_in, data_out = tuple(dataset.x.shape[1:]), dataset.output_shape
    tokens_in = inference.architecture.input.is_tokens
    if tokens_in != np.issubdtype(dataset.x.dtype, np.integer):
        want = tr('token ids (an Embedding input)') if tokens_in else tr('real-valued sequences')
        have = tr('token ids') if not tokens_in else tr('real numbers')
        return Problem(tr('the model reads {want} but the dataset holds {have}: choose a matching dataset or change the input').format(want=want, have=have))
    if not _fits(model_in, data_in):
        return Problem(tr("the model's input is {fmt_shape} but the samples are {fmt_shape2}: set the input to {fmt_shape3} or choose a dataset with that shape").format(fmt_shape=fmt_shape(inference.input_shape), fmt_shape2=fmt_shape(dataset.x.shape), fmt_shape3=fmt_shape(data_in)), _if_builds(inference, Fix(None, INPUT_SHAPE, data_in)))
    if dataset.classes and data_out == (1,):
        return _class_problem(inference, model_out, len(dataset.classes))
    if not _fits(model_out, data_out):
        return Problem(tr('the model outputs {fmt_shape} but the targets are {fmt_shape2}: {output_hint}').format(fmt_shape=fmt_shape(inference.known_output_shape), fmt_shape2=fmt_shape(dataset.y.shape), output_hint=_output_hint(model_out, data_out)),
                       _output_fix(inference, data_out))
    return None


def _class_problem(inference: Inference, model_out: tuple, classes: int) -> Problem | None:
    """Class-id targets fit a model that outputs one probability per class."""
    if model_out == (classes,):
        return None
    return Problem(tr("the model outputs {shape} but the data has {classes} classes: end with Dense({classes}, "
                      "activation='softmax'), one probability per class").format(
        shape=fmt_shape(inference.known_output_shape), classes=classes),
        _output_fix(inference, (classes,)))


def losses_for(dataset: Dataset | None) -> tuple[str, ...]:
    """The losses that fit the data's task, the default first (every loss when there is no data)."""
    return tuple(LOSSES) if dataset is None else rules(dataset.task).losses


def loss_problem(dataset: Dataset, loss: str) -> str | None:
    """Why ``loss`` cannot train on this data (None when it can).

    Classes and characters are class ids scored by a softmax: a regression loss would compare
    an id with a probability per class and train nonsense without an error. A regression's
    targets are numbers any loss may read (binary cross-entropy on 0/1 targets, or a project's
    own choice), so nothing is refused there.
    """
    task = dataset.task
    if task is Task.REGRESSION or loss in rules(task).losses:
        return None
    return tr("the loss {loss} does not fit a {task}; choose: {losses}").format(
        loss=tr(LOSSES.get(loss, loss)), task=tr(rules(task).title),
        losses=", ".join(tr(LOSSES[name]) for name in rules(task).losses))


def for_loss(dataset: Dataset, loss: str) -> Dataset:
    """The data set with targets as ``loss`` wants them: class ids one-hot for categorical cross-entropy.

    Classes are stored as ids (what sparse categorical cross-entropy reads); categorical
    cross-entropy reads the same labels as one-hot rows.
    """
    if not dataset.classes or loss != "categorical_crossentropy" or dataset.y.shape[1:] != (1,):
        return dataset
    one_hot = np.eye(len(dataset.classes), dtype=np.float32)[dataset.y[:, 0].astype(np.int64)]
    return Dataset(dataset.name, dataset.x, one_hot, dataset.description, dataset.series)


def _if_builds(inference: Inference, fix: Fix) -> Fix | None:
    """``fix`` when the model it makes can be built, else None (a fix must not break the model)."""
    try:
        return fix if infer(apply_fix(inference.architecture, fix)).ok else None
    except ValueError:
        return None


def _output_fix(inference: Inference, data_out: tuple) -> Fix | None:
    """Set the last layer's units when only the output's width differs."""
    model_out = tuple(inference.known_output_shape[1:])
    last = len(inference.layers) - 1
    if last < 0 or model_out[:-1] != data_out[:-1] or "units" not in inference.architecture.layers[last].options:
        return None
    fix = _if_builds(inference, Fix(last, "units", int(data_out[-1])))
    if fix is None:
        return None
    fixed = infer(apply_fix(inference.architecture, fix))
    return fix if _fits(tuple(fixed.known_output_shape[1:]), data_out) else None


def _output_hint(model_out: tuple, data_out: tuple) -> str:
    if len(model_out) == 2 and len(data_out) == 1:
        return (tr('the model outputs a value per time step but each target is one vector; set return_sequences=False on the last recurrent layer, or choose a many-to-many dataset'))
    if len(model_out) == 1 and len(data_out) == 2:
        return (tr('each target is a sequence but the model outputs one vector; set return_sequences=True on the last recurrent layer and put TimeDistributed(Dense) after it, or choose a many-to-one dataset'))
    if model_out[:-1] == data_out[:-1]:
        return tr("set the last layer's units to {value}").format(value=data_out[-1])
    return tr("make the output's time steps match the targets', or choose a different dataset")


def suggest_dataset(inference: Inference) -> DatasetSpec | None:
    """A built-in dataset spec that fits the model (for a .keras file that came without data)."""
    if not inference.ok:
        return None
    spec = inference.architecture.input
    out = tuple(inference.known_output_shape[1:])
    if spec.is_tokens:
        first = inference.architecture.layers[0]
        if first.spec.reads_tokens and out == (spec.shape[0], int(first.options["input_dim"])):
            return _text_suggestion(int(first.options["input_dim"]), spec.shape[0])
        if not first.spec.reads_tokens or out != (1,):
            return None
        return DatasetSpec("tokens", samples=64, length=spec.shape[0] or 10,
                           vocabulary=int(first.options["input_dim"]), seed=0)
    if len(spec.shape) == 2 and spec.shape[1] == SEATTLE_FEATURES and out in ((1,), (len(SEATTLE_CLASSES),)):
        # Four features a day: the Seattle weather, forecast (one value) or classified (five labels).
        return DatasetSpec("series", bundled="seattle-weather", time_steps=spec.shape[0] or 7,
                           target_columns=("temp_max",) if out == (1,) else ("weather",),
                           task=None if out == (1,) else "classification")
    if len(spec.shape) != 2 or spec.shape[1] != 1:
        return None
    t = spec.shape[0] or 10
    # The tutorial's own data first: a model of its experiments (say, a .keras file exported
    # from one of them) is shown on what it learned.
    if t == 1 and out == (1,):
        return DatasetSpec("tutorial", layout="one-to-one")
    if t == 5 and out == (5, 1):
        return DatasetSpec("tutorial", layout="many-to-many")
    if out == (1,):
        return DatasetSpec("sine", layout="one-to-one" if t == 1 else "many-to-one", time_steps=t, samples=64)
    if out == (t, 1):
        return DatasetSpec("sine", layout="many-to-many", time_steps=t, samples=64)
    if t == 5 and out == (5,):
        return DatasetSpec("tutorial", layout="many-to-one")
    return None
