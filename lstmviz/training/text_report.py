"""What ``lstmviz train`` adds for a character language model: metrics per part and a sample.

Both come from the trained weights through the numpy forward pass, as a reopened project
computes them: cross-entropy, accuracy and perplexity on the training and validation
parts (the validation part is the last fraction of the windows, as Keras's
``validation_split`` takes it), and ``--sample-length`` characters written after
``--prompt`` at ``--temperature``.
"""

from __future__ import annotations

import argparse
import math
from typing import Any, Sequence

import numpy as np

from lstmviz.i18n import tr
from lstmviz.model.architecture import Architecture
from lstmviz.model.char_windows import TextDataset
from lstmviz.model.sampling import DEFAULT_LENGTH, DEFAULT_TEMPERATURE, Sample, default_prompt, settings_problem, write
from lstmviz.model.settings import TrainingSettings
from lstmviz.model.text_corpus import CORPORA
from lstmviz.model.text_metrics import evaluate


def add_sample_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sample-length", type=int, default=DEFAULT_LENGTH, metavar="N",
                        help=f"a character model writes N characters after training (default {DEFAULT_LENGTH})")
    parser.add_argument("--temperature", type=float, default=DEFAULT_TEMPERATURE, metavar="T",
                        help="the sample's temperature: below 1 safer, above 1 wilder, 0 always the likeliest "
                             f"character (default {DEFAULT_TEMPERATURE})")
    parser.add_argument("--prompt", metavar="TEXT", help="the sample's first characters (default: the text's own)")


def sample_request_problem(args: argparse.Namespace) -> str | None:
    length = getattr(args, "sample_length", DEFAULT_LENGTH)
    temperature = getattr(args, "temperature", DEFAULT_TEMPERATURE)
    if not math.isfinite(temperature):
        return tr("the temperature must be between 0 and 10; got {value!r}").format(value=temperature)
    return settings_problem(length, temperature)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def part_metrics(architecture: Architecture, weights: Sequence[np.ndarray], dataset: TextDataset,
                 settings: TrainingSettings) -> dict[str, dict[str, float | None]]:
    """{"train": {...}, "validation": {...}}: loss, accuracy and perplexity of each part."""
    train, val = dataset.split(settings.validation_split)
    out = {"train": evaluate(architecture, weights, train.x, train.y)}
    if val is not None:
        out["validation"] = evaluate(architecture, weights, val.x, val.y)
    return {part: {k: _finite(v) for k, v in values.items()} for part, values in out.items()}


def text_sample(architecture: Architecture, weights: Sequence[np.ndarray], dataset: TextDataset,
                args: argparse.Namespace, seed: int, epoch: int | None = None) -> Sample:
    prompt = getattr(args, "prompt", None)
    if prompt is None:
        corpus = CORPORA.get(dataset.name)
        prompt = default_prompt(dataset.vocabulary, corpus.prompt if corpus else dataset.text[:1])
    return write(architecture, weights, dataset.vocabulary, prompt, getattr(args, "sample_length", DEFAULT_LENGTH),
                 getattr(args, "temperature", DEFAULT_TEMPERATURE), seed, epoch)


def report_lines(metrics: dict[str, dict[str, Any]], sample: Sample) -> list[str]:
    lines = []
    names = {"train": tr("train"), "validation": tr("validation")}
    for part, values in metrics.items():
        lines.append(tr("{part}: loss {loss}, accuracy {accuracy}, perplexity {perplexity}").format(
            part=names.get(part, part), loss=_shown(values.get("loss")), accuracy=_shown(values.get("accuracy")),
            perplexity=_shown(values.get("perplexity"))))
    lines.append(tr("sample (temperature {temperature:g}):").format(temperature=sample.temperature))
    lines.append(sample.prompt + sample.text)
    return lines


def _shown(value: Any) -> str:
    return "n/a" if value is None else f"{value:.4g}"
