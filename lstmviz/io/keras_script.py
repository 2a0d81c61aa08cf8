"""A standalone Keras script that trains the model: written without TensorFlow.

The script is meant to be read: data inline, one line per layer with only the options
that differ from Keras's defaults, then compile, summary, fit and the predictions printed
with one decimal like the tutorial. It needs numpy and keras, nothing from lstmviz.
The file is written atomically.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Any

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.atomic_file import write_atomically
from lstmviz.io.limits import MAX_SCRIPT_VALUES
from lstmviz.model.architecture import Architecture, LayerSpec
from lstmviz.model.catalogue import fmt_shape
from lstmviz.model.datasets import Dataset, for_loss
from lstmviz.model.settings import OPTIMIZERS, TrainingSettings

def layer_code(layer: LayerSpec) -> str:
    """The layer's line in the script, with only the options that differ from Keras's defaults."""
    return layer.spec.script(layer.options)


def _number(value: Any, integer: bool) -> str:
    if integer:
        return str(int(value))
    return str(np.float32(value))  # the shortest text that reads back as the same float32


def _wrapped(words: list[str], width: int = 92, indent: str = "    ") -> str:
    """``words`` joined by spaces into lines of at most ``width`` (as textwrap.fill, in linear time)."""
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else indent + word
    if line:
        lines.append(line)
    return "\n".join(lines)


def array_code(name: str, array: np.ndarray) -> str:
    """``name = np.array([...], dtype=...).reshape(...)`` wrapped to readable lines."""
    integer = np.issubdtype(array.dtype, np.integer)
    dtype = "int32" if integer else "float32"
    values = [_number(v, integer) for v in array.ravel()]
    body = _wrapped([v + "," for v in values[:-1]] + values[-1:])
    shape = ", ".join(str(d) for d in array.shape)
    return f"{name} = np.array([\n{body}\n], dtype=\"{dtype}\").reshape({shape})"


def _docstring_text(text: str) -> str:
    """``text`` safe inside the script's docstring: no escapes, no closing quotes, no lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate becomes "?"
    text = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)
    return text.replace("\\", "\\\\").replace('"', "'")


_SPLIT = """
# The series' windows in time order: train, validation, then the test part no training sees
# (the values are scaled with the training part's numbers, as lstmviz trains them).
N_TRAIN, N_VAL = {n_train}, {n_val}
X_train, y_train = X[:N_TRAIN], y[:N_TRAIN]
X_val, y_val = X[N_TRAIN:N_TRAIN + N_VAL], y[N_TRAIN:N_TRAIN + N_VAL]
X_test, y_test = X[N_TRAIN + N_VAL:], y[N_TRAIN + N_VAL:]
"""
_EVALUATE = """
    scores = model.evaluate(X_test, y_test, verbose=0, return_dict=True)
    print("test:", ", ".join(f"{name} {value:.6g}" for name, value in scores.items()))
"""


class ScriptError(ValueError):
    """The data is too large to write inline into a script; the message says how large and the limit."""


def script_text(architecture: Architecture, dataset: Dataset, settings: TrainingSettings,
                title: str = "model", filename: str = "this_script.py") -> str:
    """A runnable Keras script training this architecture on this data with these settings."""
    values = int(dataset.x.size) + int(dataset.y.size)
    if values > MAX_SCRIPT_VALUES:
        raise ScriptError(tr("the data holds {n} values; a script holds at most {limit} inline "
                             "(export a .keras model instead, or use less data)").format(
            n=f"{values:,}", limit=f"{MAX_SCRIPT_VALUES:,}"))
    optimizer = OPTIMIZERS.get(str(settings.optimizer).lower(), "Adam")
    layers = ",\n".join(f"        {layer_code(layer)}" for layer in architecture.layers)
    input_shape = ", ".join(str(d) for d in architecture.input.shape) + ("," if len(architecture.input.shape) == 1 else "")
    dtype = f", dtype={architecture.input.dtype!r}" if architecture.input.dtype != "float32" else ""
    validation = f", validation_split={settings.validation_split!r}" if settings.validation_split else ""
    shuffle = "" if settings.shuffle else ", shuffle=False"
    dataset = for_loss(dataset, settings.loss)  # class ids one-hot where the loss reads them so
    split, fit_data, evaluate, predicted = "", "X, y", "", "X"
    metrics = ', metrics=["accuracy"]' if dataset.classes else ""
    if dataset.series is not None:
        # A series is split in time, as lstmviz trains it: no shuffled validation_split, a test part kept out.
        n_train, n_val, _ = dataset.series.parts()
        split = _SPLIT.format(n_train=n_train, n_val=n_val)
        fit_data, validation = "X_train, y_train", ", validation_data=(X_val, y_val) if len(X_val) else None"
        evaluate = _EVALUATE
        predicted = "X_test"
    name = title
    title = _docstring_text(title)
    filename = _docstring_text(filename)
    about = _docstring_text(textwrap.fill(f"Data {fmt_shape(dataset.x.shape)} -> targets {fmt_shape(dataset.y.shape)}: "
                                          f"{dataset.description or dataset.name}", width=92))
    return f'''"""{title}: the model lstmviz shows, trained with plain Keras.

{about}
Needs numpy and keras (with TensorFlow). Run:  python {filename} [--epochs N]
"""

import argparse

import numpy as np
import keras

{array_code("X", dataset.x)}
{array_code("y", dataset.y)}
{split}

def build_model():
    return keras.Sequential([
        keras.Input(shape=({input_shape}){dtype}),
{layers},
    ])


def main():
    parser = argparse.ArgumentParser(description={name!r})
    parser.add_argument("--epochs", type=int, default={settings.epochs}, help="epochs to train (default {settings.epochs})")
    args = parser.parse_args()

    keras.utils.set_random_seed({settings.seed})
    model = build_model()
    model.compile(loss={settings.loss!r}, optimizer=keras.optimizers.{optimizer}(learning_rate={settings.learning_rate!r}){metrics})
    model.summary()
    model.fit({fit_data}, epochs=args.epochs, batch_size={settings.batch_size}{shuffle}{validation}, verbose=2)
{evaluate}
    result = model.predict({predicted}, batch_size={settings.batch_size}, verbose=0)
    for value in result.ravel():
        print("%.1f" % value)


if __name__ == "__main__":
    main()
'''


# ------------------------------------------------------------------------------- files

def write_script(path: str | os.PathLike[str], architecture: Architecture, dataset: Dataset,
                 settings: TrainingSettings, title: str = "model") -> Path:
    text = script_text(architecture, dataset, settings, title, filename=Path(path).name)
    return write_atomically(path, text)
