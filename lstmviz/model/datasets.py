"""Training data: the document's sequence, sine waves, random tokens and CSV files.

A dataset spec is a small dict (stored in project files and examples) that
:func:`make_dataset` turns into arrays: ``x`` is ``(samples, T, F)`` float32, or
``(samples, T)`` int32 token ids; ``y`` is float32. Layouts name what a sample maps to:
``one-to-one`` (one step in, one value out), ``many-to-one`` (a window in, the next
value out) and ``many-to-many`` (a window in, the window shifted by one step out).
Every problem is a :class:`DatasetError` that says what is wrong and where.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

from lstmviz.model.catalogue import fmt_shape

LAYOUTS = ("one-to-one", "many-to-one", "many-to-many")
KINDS = ("document", "sine", "noisy-sine", "tokens", "csv")


class DatasetError(ValueError):
    """Data that cannot be used; the message says what and where."""


@dataclass(frozen=True, eq=False)
class Dataset:
    name: str
    x: np.ndarray
    y: np.ndarray
    description: str = ""

    @property
    def samples(self) -> int:
        return int(self.x.shape[0])

    def split(self, validation_fraction: float) -> tuple[Dataset, Dataset | None]:
        """Training and validation parts; validation is the last fraction, as Keras's validation_split."""
        if not validation_fraction:
            return self, None
        if not 0.0 < validation_fraction < 1.0:
            raise DatasetError(f"validation split must be between 0 and 1, got {validation_fraction}")
        split_at = int(math.floor(self.samples * (1.0 - validation_fraction)))
        if split_at in (0, self.samples):
            raise DatasetError(
                f"a validation split of {validation_fraction:g} leaves "
                f"{'no training' if split_at == 0 else 'no validation'} samples out of {self.samples}; "
                "use more samples or a different split"
            )
        train = Dataset(self.name, self.x[:split_at], self.y[:split_at], self.description)
        val = Dataset(f"{self.name} (validation)", self.x[split_at:], self.y[split_at:], self.description)
        return train, val


def describe(dataset: Dataset) -> str:
    return f"X {fmt_shape(dataset.x.shape)} \u2192 y {fmt_shape(dataset.y.shape)}"


# ------------------------------------------------------------------------ built-in data

DOCUMENT_SEQUENCE = np.array([i / 5.0 for i in range(5)], dtype=np.float32)  # 0.0 0.2 0.4 0.6 0.8

BUILTIN_DATASETS: dict[str, dict[str, Any]] = {
    "Document sequence (one-to-one)": {"kind": "document", "layout": "one-to-one"},
    "Document sequence (many-to-one)": {"kind": "document", "layout": "many-to-one"},
    "Document sequence (many-to-many)": {"kind": "document", "layout": "many-to-many"},
    "Sine wave (many-to-one)": {"kind": "sine", "layout": "many-to-one", "time_steps": 10, "samples": 64},
    "Sine wave (many-to-many)": {"kind": "sine", "layout": "many-to-many", "time_steps": 5, "samples": 64},
    "Noisy sine (many-to-one)": {"kind": "noisy-sine", "layout": "many-to-one", "time_steps": 10,
                                 "samples": 64, "noise": 0.1},
    "Random tokens (text)": {"kind": "tokens", "samples": 50, "length": 10, "vocabulary": 1000},
}


def _layout(spec: Mapping[str, Any]) -> str:
    layout = spec.get("layout", "many-to-one")
    if layout not in LAYOUTS:
        raise DatasetError(f"dataset layout must be one of {', '.join(LAYOUTS)}; got {layout!r}")
    return layout


def _int(spec: Mapping[str, Any], key: str, default: int, minimum: int = 1) -> int:
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise DatasetError(f"dataset {key} must be a whole number of at least {minimum}; got {value!r}")
    if value > MAX_VALUES:
        raise DatasetError(f"dataset {key} must be at most {MAX_VALUES:,}; got {value:,}")
    return value


def _float(spec: Mapping[str, Any], key: str, default: float) -> float:
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise DatasetError(f"dataset {key} must be a number; got {value!r}")
    return float(value)


def document(layout: str) -> Dataset:
    seq = DOCUMENT_SEQUENCE
    shapes = {"one-to-one": ((5, 1, 1), (5, 1)), "many-to-one": ((1, 5, 1), (1, 5)),
              "many-to-many": ((1, 5, 1), (1, 5, 1))}
    xs, ys = shapes[layout]
    return Dataset(f"document ({layout})", seq.reshape(xs), seq.reshape(ys).copy(),
                   "The source document's sequence 0.0 0.2 0.4 0.6 0.8; the targets equal the inputs.")


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
    idx = np.arange(n)[:, None] + np.arange(t)[None, :]
    x = features[idx]
    if layout == "many-to-many":
        y = targets[idx + 1]
    else:
        y = targets[idx[:, -1] + 1]
    return x.astype(np.float32), y.astype(np.float32)


def sine(spec: Mapping[str, Any], noisy: bool = False) -> Dataset:
    layout = _layout(spec)
    t = 1 if layout == "one-to-one" else _int(spec, "time_steps", 10)
    samples = _int(spec, "samples", 64)
    noise = _float(spec, "noise", 0.1 if noisy else 0.0)
    period = _float(spec, "period", 20.0)
    if period <= 0:
        raise DatasetError(f"dataset period must be positive; got {period}")
    rng = np.random.default_rng(_int(spec, "seed", 0, minimum=0))
    steps = np.arange(samples + t)
    series = np.sin(2 * np.pi * steps / period)
    if noise:
        series = series + rng.normal(scale=noise, size=series.shape)
    x, y = windows(series.reshape(-1, 1), t, layout)
    name = "noisy sine" if noisy else "sine"
    what = {"one-to-one": "each value predicts the next",
            "many-to-one": f"{t} steps predict the next value",
            "many-to-many": f"{t} steps predict the same window one step later"}[layout]
    return Dataset(f"{name} ({layout})", x, y,
                   f"A sine wave with a period of {period:g} steps{f' plus noise {noise:g}' if noise else ''}: {what}.")


def tokens(spec: Mapping[str, Any]) -> Dataset:
    samples = _int(spec, "samples", 50)
    length = _int(spec, "length", 10)
    vocabulary = _int(spec, "vocabulary", 1000, minimum=2)
    rng = np.random.default_rng(_int(spec, "seed", 0, minimum=0))
    x = rng.integers(0, vocabulary, size=(samples, length)).astype(np.int32)
    # A rule an LSTM can learn: 1 when most tokens come from the lower half of the vocabulary.
    y = ((x < vocabulary / 2).sum(axis=1) > length / 2).astype(np.float32).reshape(samples, 1)
    return Dataset("random tokens", x, y,
                   f"{samples} lines of {length} random token ids below {vocabulary}; the target is 1 when "
                   "more than half of a line's tokens are in the lower half of the vocabulary.")


MAX_VALUES = 50_000_000  # samples x time steps x features: beyond this, not a teaching demo


def make_dataset(spec: Mapping[str, Any]) -> Dataset:
    """The dataset a spec describes; every problem with the spec is a DatasetError."""
    try:
        return _make_dataset(spec)
    except DatasetError:
        raise
    except (TypeError, ValueError, KeyError, OverflowError, MemoryError) as exc:
        raise DatasetError(f"the dataset settings cannot be used ({type(exc).__name__}: {exc})") from None


def _make_dataset(spec: Mapping[str, Any]) -> Dataset:
    if not isinstance(spec, Mapping) or not spec:
        raise DatasetError("no dataset chosen; pick one (for example a sine wave) or load a CSV file")
    kind = spec.get("kind")
    if kind == "document":
        return document(_layout(spec))
    if kind in ("sine", "noisy-sine"):
        return sine(spec, noisy=kind == "noisy-sine")
    if kind == "tokens":
        return tokens(spec)
    if kind == "csv":
        if not isinstance(spec.get("path"), str) or not spec["path"]:
            raise DatasetError(f"a CSV dataset needs a path (text); got {spec.get('path')!r}")
        return load_csv(spec["path"], time_steps=_int(spec, "time_steps", 5), layout=_layout(spec),
                        feature_columns=spec.get("feature_columns"), target_columns=spec.get("target_columns"))
    raise DatasetError(f"unknown dataset kind {kind!r}; known kinds: {', '.join(KINDS)}")


# ----------------------------------------------------------------------------------- CSV

def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value


def load_csv(path: str | Path, *, time_steps: int, layout: str,
             feature_columns: Sequence[str | int] | None = None,
             target_columns: Sequence[str | int] | None = None) -> Dataset:
    """Window numeric CSV columns into (samples, T, features) with one-step-ahead targets.

    The header row is optional: a first row without a single number is taken as column
    names. Columns are chosen by name or 0-based index; by default every column that holds
    numbers is a feature, and the targets are the features.
    """
    path = Path(path)
    if layout not in LAYOUTS:
        raise DatasetError(f"dataset layout must be one of {', '.join(LAYOUTS)}; got {layout!r}")
    rows = _read_rows(path)
    header: list[str] | None = None
    first_row = 1
    if all(_number(cell) is None for cell in rows[0][1]):
        header = [cell.strip() for cell in rows[0][1]]
        rows = rows[1:]
        first_row = 2
    if not rows:
        raise DatasetError(f"{path.name}: has a header but no data rows")
    width = max(len(header) if header else 0, *(len(cells) for _, cells in rows))
    names = [header[i] if header and i < len(header) and header[i] else str(i) for i in range(width)]
    label = (lambda i: f"column {names[i]!r}") if header else (lambda i: f"column {i + 1}")

    feats = _columns(feature_columns, names, header, path, "feature_columns")
    if feature_columns is None:
        # A column without a single number (dates, labels) is left out unless asked for.
        feats = [i for i in feats if any(i < len(c) and _number(c[i]) is not None for _, c in rows)]
        if not feats:
            raise DatasetError(f"{path.name}: no column holds numbers")
    targs = feats if target_columns is None else _columns(target_columns, names, header, path, "target_columns")
    used = sorted(set(feats) | set(targs))
    table = np.empty((len(rows), width))
    for r, (line, cells) in enumerate(rows):
        for i in used:
            text = cells[i].strip() if i < len(cells) else ""
            value = _number(text)
            if value is None or not math.isfinite(value):
                what = "is empty" if not text else f"{text!r} is not a number"
                raise DatasetError(f"{path.name}: row {line}, {label(i)}: {what}")
            table[r, i] = value
    t = 1 if layout == "one-to-one" else time_steps
    if len(rows) < t + 1:
        raise DatasetError(
            f"{path.name}: {layout} windows of {t} time step{'s' if t > 1 else ''} need at least {t + 1} data rows "
            f"(a window plus the row after it); the file has {len(rows)}"
        )
    x, y = window_pair(table[:, feats], table[:, targs], t, layout)
    described = ", ".join(names[i] for i in feats)
    return Dataset(path.name, x, y,
                   f"{len(rows)} rows of {path.name} (features {described}; data from row {first_row}), "
                   f"{layout} with {t} time step{'s' if t > 1 else ''}.")


def _read_rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel
            rows = [(n, cells) for n, cells in enumerate(csv.reader(fh, dialect), start=1)
                    if any(c.strip() for c in cells)]
    except FileNotFoundError:
        raise DatasetError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise DatasetError(f"{path.name}: not a text CSV file (not UTF-8)") from None
    except (OSError, csv.Error) as exc:
        raise DatasetError(f"{path.name}: cannot be read ({exc})") from None
    if not rows:
        raise DatasetError(f"{path.name}: the file is empty")
    return rows


def _columns(wanted: Sequence[str | int] | None, names: list[str], header: list[str] | None,
             path: Path, what: str) -> list[int]:
    if wanted is None:
        return list(range(len(names)))
    if isinstance(wanted, (str, int)):
        wanted = [wanted]
    if not wanted:
        raise DatasetError(f"{path.name}: {what} is empty; name at least one column")
    out = []
    for item in wanted:
        if isinstance(item, int) and not isinstance(item, bool):
            if not 0 <= item < len(names):
                raise DatasetError(f"{path.name}: {what}: column index {item} is outside 0..{len(names) - 1}")
            out.append(item)
        elif header is not None and item in header:
            out.append(header.index(item))
        elif isinstance(item, str) and item.isdigit() and int(item) < len(names):
            out.append(int(item))
        else:
            known = ", ".join(repr(h) for h in header) if header else f"indexes 0..{len(names) - 1} (no header row)"
            raise DatasetError(f"{path.name}: {what}: no column {item!r}; the columns are {known}")
    return out


# ------------------------------------------------------------------- model vs. dataset

def _fits(model_shape: Sequence[int | None], data_shape: Sequence[int]) -> bool:
    return len(model_shape) == len(data_shape) and all(m is None or m == d for m, d in zip(model_shape, data_shape))


def fit_problem(inference: Any, dataset: Dataset) -> str | None:
    """None when the model's input and output fit the data; else what differs and how to fix it."""
    if not inference.ok:
        return f"the model cannot be built: {inference.error_text}"
    model_in, model_out = tuple(inference.input_shape[1:]), tuple(inference.output_shape[1:])
    data_in, data_out = tuple(dataset.x.shape[1:]), tuple(dataset.y.shape[1:])
    tokens_in = inference.architecture.input.is_tokens
    if tokens_in != np.issubdtype(dataset.x.dtype, np.integer):
        want = "token ids (an Embedding input)" if tokens_in else "real-valued sequences"
        have = "token ids" if not tokens_in else "real numbers"
        return (f"the model reads {want} but the dataset holds {have}: "
                "choose a matching dataset or change the input")
    if not _fits(model_in, data_in):
        return (f"the model's input is {fmt_shape(inference.input_shape)} but the samples are "
                f"{fmt_shape(dataset.x.shape)}: set the input to {fmt_shape(data_in)} or choose a dataset "
                "with that shape")
    if not _fits(model_out, data_out):
        return (f"the model outputs {fmt_shape(inference.output_shape)} but the targets are "
                f"{fmt_shape(dataset.y.shape)}: {_output_hint(model_out, data_out)}")
    return None


def _output_hint(model_out: tuple, data_out: tuple) -> str:
    if len(model_out) == 2 and len(data_out) == 1:
        return ("the model outputs a value per time step but each target is one vector; set "
                "return_sequences=False on the last recurrent layer, or choose a many-to-many dataset")
    if len(model_out) == 1 and len(data_out) == 2:
        return ("each target is a sequence but the model outputs one vector; set return_sequences=True on "
                "the last recurrent layer and put TimeDistributed(Dense) after it, or choose a "
                "many-to-one dataset")
    if model_out[:-1] == data_out[:-1]:
        return f"set the last layer's units to {data_out[-1]}"
    return "make the output's time steps match the targets', or choose a different dataset"


def suggest_dataset(inference: Any) -> dict[str, Any] | None:
    """A built-in dataset spec that fits the model (for a .keras file that came without data)."""
    if not inference.ok:
        return None
    spec = inference.architecture.input
    out = tuple(inference.output_shape[1:])
    if spec.is_tokens:
        first = inference.architecture.layers[0]
        if first.kind != "Embedding" or out != (1,):
            return None
        return {"kind": "tokens", "samples": 64, "length": spec.shape[0] or 10,
                "vocabulary": int(first.options["input_dim"]), "seed": 0}
    if len(spec.shape) != 2 or spec.shape[1] != 1:
        return None
    t = spec.shape[0] or 10
    if out == (1,):
        return {"kind": "sine", "layout": "one-to-one" if t == 1 else "many-to-one", "time_steps": t, "samples": 64}
    if out == (t, 1):
        return {"kind": "sine", "layout": "many-to-many", "time_steps": t, "samples": 64}
    if t == 5 and out == (5,):
        return {"kind": "document", "layout": "many-to-one"}
    return None
