"""An evaluation and a data set in words: what ``lstmviz train`` and ``lstmviz summary`` print."""

from __future__ import annotations

from typing import Any, Mapping

from lstmviz.i18n import tr
from lstmviz.model.baselines import BASELINE_LABELS
from lstmviz.model.bundled import BUNDLED, bundled_caption
from lstmviz.model.dataset_spec import DatasetSpec
from lstmviz.model.metrics import METRIC_LABELS
from lstmviz.model.series_info import SeriesInfo

def _part_label(part: str) -> str:
    return {"train": tr("training"), "validation": tr("validation"), "test": tr("test"),
            "test_multi_step": tr("test, outputs fed back")}.get(part, part)


def _scores(values: Mapping[str, Any]) -> str:
    return ", ".join(f"{tr(METRIC_LABELS.get(k, k))} {v:.4g}" for k, v in values.items()
                     if k in METRIC_LABELS and isinstance(v, (int, float)))


def evaluation_lines(evaluation: Mapping[str, Any]) -> list[str]:
    """Scores per part, then the baselines on the test part (an Evaluation's ``to_dict()``)."""
    split = evaluation.get("split", {})
    lines = []
    for part, values in evaluation.get("metrics", {}).items():
        count = split.get("test" if part == "test_multi_step" else part)
        windows = "" if count is None else tr(" ({count} windows)").format(count=count)
        lines.append(f"{_part_label(part)}{windows}: {_scores(values)}")
    classes = evaluation.get("classes") or []
    for name, values in evaluation.get("baselines", {}).items():
        label = tr(BASELINE_LABELS.get(name, name))
        if name == "majority_class" and classes and isinstance(values.get("class"), int):
            label += f" ({classes[values['class']]})"
        lines.append(tr("baseline {name} on the test part: {scores}").format(name=label, scores=_scores(values)))
    bars = evaluation.get("step_saliency")
    if bars:
        ranked = sorted(range(len(bars)), key=lambda t: -bars[t])[:3]
        lines.append(tr("steps the test predictions lean on most (|dy/dx_t|, t = 1 the oldest of {count}): "
                        "{steps}").format(count=len(bars), steps=", ".join(
                            f"t = {t + 1} ({bars[t]:.3g})" for t in ranked)))
    return lines


def confusion_lines(evaluation: Mapping[str, Any]) -> list[str]:
    """The test part's confusion matrix as a small table: rows true classes, columns predicted."""
    matrix, classes = evaluation.get("confusion_matrix"), evaluation.get("classes") or []
    if not matrix or not classes:
        return []
    width = max(6, *(len(c) for c in classes))
    head = " " * width + " " + " ".join(f"{c:>{width}}" for c in classes)
    rows = [f"{c:>{width}} " + " ".join(f"{n:>{width}}" for n in row) for c, row in zip(classes, matrix)]
    return [tr("confusion matrix of the test part (rows: true class, columns: predicted):"), head, *rows]


def dataset_about(spec: DatasetSpec) -> dict[str, Any]:
    """What ``lstmviz summary --json`` says about the data: kind and, for a bundled set, size and licence."""
    out: dict[str, Any] = {"kind": spec.kind or None}
    data = BUNDLED.get(spec.bundled or "")
    if data is not None:
        out |= {"name": data.name, "title": data.title, "file": data.file, "rows": data.rows,
                "period": data.period, "licence": data.licence, "source": data.source, "citation": data.citation}
    elif spec.path:
        out["file"] = spec.path
    for key in ("time_steps", "target_columns", "task", "validation_fraction", "test_fraction"):
        value = getattr(spec, key)
        if value is not None:
            out[key] = list(value) if isinstance(value, tuple) else value
    return out


def dataset_about_text(spec: DatasetSpec, title: str) -> str:
    """One line: the data set's name, and for a bundled one its period, size, licence and source."""
    data = BUNDLED.get(spec.bundled or "")
    if data is not None:
        return tr("Data: {caption}").format(caption=bundled_caption(data))
    return tr("Data: {title}").format(title=title)


def series_lines(info: SeriesInfo) -> list[str]:
    """What the learner should see of a series: window tensor, split, scaling, classes, source."""
    samples, steps, features = info.window_shape()
    n_train, n_val, n_test = info.parts()
    lines = [
        tr("Windows: ({samples}, {steps}, {features}) = (samples, time steps, features)").format(
            samples=samples, steps=steps, features=features),
        tr("Split in time: {train} training, {validation} validation, {test} test windows").format(
            train=n_train, validation=n_val, test=n_test),
        tr("Scaling from the training part only: {scaling}").format(scaling=info.features.describe()),
    ]
    if info.targets is not None and info.targets.names != info.features.names:
        lines.append(tr("Targets scaled the same way: {scaling}").format(scaling=info.targets.describe()))
    if info.classes:
        lines.append(tr("Classes: {classes}").format(classes=", ".join(info.classes)))
    if info.about:
        lines.append(info.about)
    return lines
