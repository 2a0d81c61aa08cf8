"""``lstmviz train`` and ``lstmviz export``: headless training and exports from the command line.

Bad input (a missing file, a dataset that does not fit the model, a bad option) is one
line on stderr and exit code 2, decided before TensorFlow is imported where possible.
Progress goes to stderr; results (text or ``--json``) to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from typing import Any

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.safe_open import os_error_text, shown_path
from lstmviz.model.dataset_spec import DatasetError
from lstmviz.model.datasets import Dataset, fit_problem, suggest_dataset
from lstmviz.model.settings import OPTIMIZERS, settings_problem
from lstmviz.model.snapshots import SnapshotRecorder
from lstmviz.model.inference import infer
from lstmviz.model.limits import continue_problem, one_line
from lstmviz.model.training_memory import run_problem
from lstmviz.training.progress import Progress
from lstmviz.training.trained_project import Start, continue_note, save_trained, start_of, trained_project

EXIT_BAD_INPUT = 2
EXIT_DIVERGED = 1


class CommandError(Exception):
    """Bad input for a command: printed as one line, exit code 2."""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr('expected a whole number, got {text!r}').format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(tr('must be at least 1, got {value}').format(value=value))
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr('expected a number, got {text!r}').format(text=text)) from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(tr('must be a positive number, got {text}').format(text=text))
    return value


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    from lstmviz.training.engine import ENGINES

    parser.add_argument("--epochs", type=_positive_int, help="epochs to train (default: the source's)")
    parser.add_argument("--batch-size", type=_positive_int, help="samples per optimizer step")
    parser.add_argument("--learning-rate", type=_positive_float, help="the optimizer's learning rate")
    parser.add_argument("--optimizer", choices=tuple(OPTIMIZERS), help="the optimizer")
    parser.add_argument("--seed", type=int, help="random seed (same seed, same result)")
    parser.add_argument("--pace", type=_positive_float,
                        help="epochs per second, for an audience (default: the source's, usually as fast as possible)")
    parser.add_argument("--engine", choices=ENGINES, default="fast",
                        help="fast: many steps per compiled call (default); fit: plain model.fit")
    parser.add_argument("--gradients", action="store_true",
                        help="also compute gradients through time: ||dL/dh_t|| per time step of the first "
                             "recurrent layer at each observation")
    parser.add_argument("--cpu", action="store_true",
                        help="train on the CPU even where TensorFlow sees a GPU (as CUDA_VISIBLE_DEVICES=-1 does)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--save", metavar="OUT.lstmviz",
                        help="write the trained project (weights and the run) to this file, atomically")
    parser.add_argument("--fresh", action="store_true",
                        help="start from fresh weights even when SOURCE holds trained ones")
    from lstmviz.training.text_report import add_sample_arguments

    add_sample_arguments(parser)


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("script", "keras"), required=True,
                        help="script: a runnable Keras script; keras: a saved .keras model")
    parser.add_argument("-o", "--output", required=True, help="the file to write")
    parser.add_argument("--epochs", type=_positive_int,
                        help="script: its default epoch count; keras: train this many epochs before saving")


# ------------------------------------------------------------------------------- loading

def _load(source: str) -> tuple[Any, Dataset]:
    from lstmviz.io.project import SourceError
    from lstmviz.io.project_io import load_source

    try:
        project = load_source(source)
    except SourceError as exc:
        raise CommandError(str(exc)) from None
    spec = project.dataset
    if not spec.chosen:
        suggested = suggest_dataset(infer(project.architecture))
        if suggested is None:
            raise CommandError(tr('{source}: has no dataset, and no built-in dataset fits its shapes; open it in the app, choose a dataset (or a CSV file) and save it as a project').format(source=source))
        spec = suggested
        print(tr('lstmviz: {source} has no dataset; using a built-in one: {dumps}').format(source=source, dumps=json.dumps(spec.to_dict())), file=sys.stderr)
        project = replace(project, dataset=spec)
    try:
        dataset = load_dataset(spec)
    except DatasetError as exc:
        raise CommandError(f"{source}: dataset: {exc}") from None
    problem = fit_problem(infer(project.architecture), dataset)
    if problem:
        raise CommandError(f"{source}: {problem}")
    return project, dataset


def _refuse_damaged_weights(project: Any) -> None:
    """A .keras source whose weights lstmviz's bounded reader refused: say so before TensorFlow loads."""
    if project.keras_file is not None and project.weights_problem:
        raise CommandError(tr("{file}: {problem}; --fresh trains from fresh weights").format(
            file=shown_path(project.keras_file), problem=project.weights_problem))


def _settings(project: Any, args: argparse.Namespace) -> Any:
    changes = {k: v for k, v in {
        "epochs": getattr(args, "epochs", None), "batch_size": getattr(args, "batch_size", None),
        "learning_rate": getattr(args, "learning_rate", None), "optimizer": getattr(args, "optimizer", None),
        "seed": getattr(args, "seed", None), "pace": getattr(args, "pace", None),
    }.items() if v is not None}
    settings = project.training.updated(**changes)
    problem = settings_problem(settings)
    if problem:
        raise CommandError(problem)
    return settings


def _fail(message: str) -> int:
    print(f"lstmviz: error: {one_line(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT


# --------------------------------------------------------------------------------- train

def _train(project: Any, dataset: Dataset, settings: Any, engine: str, show_progress: bool = True,
           start: Start | None = None, gradients: list[Any] | None = None,
           snapshots: SnapshotRecorder | None = None) -> Any:
    """Train headless; with a ``gradients`` list, the StepGradients messages are appended to it;
    with a ``snapshots`` recorder, the weights the run keeps for its replay go into it."""
    from lstmviz.training.engine import import_backend, run_training
    from lstmviz.training.messages import StepGradients, WeightSnapshots

    start = start or start_of(project, fresh=False)
    progress = Progress(sys.stderr) if show_progress else None
    if progress:
        progress.note("loading TensorFlow\u2026")
    import_backend(quiet=True)

    def sink(message: Any) -> None:
        if progress:
            progress(message)
        if gradients is not None and isinstance(message, StepGradients):
            gradients.append(message)
        if snapshots is not None and isinstance(message, WeightSnapshots):
            snapshots.add(message.epochs, message.values, message.shapes)

    result = run_training(project.architecture, dataset, settings, sink, engine=engine,
                          initial_weights=start.weights, start_epoch=start.epoch, gradients=gradients is not None)
    if progress:
        progress.close()
    if result.reason == "failed":
        raise CommandError(result.message)
    return result


def train_command(args: argparse.Namespace) -> int:
    if getattr(args, "cpu", False):
        os.environ["CUDA_VISIBLE_DEVICES"] = "-1"  # read when TensorFlow loads, which it has not yet
    try:
        project, dataset = _load(args.source)
        settings = _settings(project, args)
        if args.save and not os.path.isdir(os.path.dirname(os.path.abspath(args.save))):
            raise CommandError(tr("{path}: cannot be written (folder {folder} does not exist)").format(
                path=args.save, folder=os.path.dirname(os.path.abspath(args.save))))
        if not args.fresh:
            _refuse_damaged_weights(project)
        text_asked = _text_request(dataset, args)
        text: tuple[dict[str, Any], Any] | None = None
        start = start_of(project, fresh=args.fresh)
        refused, warning = run_problem(infer(project.architecture), dataset.samples, settings.batch_size,
                                       dataset.x.size + dataset.y.size)
        refused = continue_problem(start.epoch, settings.epochs) or refused
        if refused:  # before TensorFlow loads and before anything is allocated for the run
            raise CommandError(f"{args.source}: {refused}")
        if warning:
            print(f"lstmviz: {warning}", file=sys.stderr)
        if start.continues:
            print(f"lstmviz: {continue_note(args.source, start)}", file=sys.stderr)
        gradients: list[Any] | None = [] if getattr(args, "gradients", False) else None
        # A saved project replays as the window's do; a classifier's accuracy per epoch is computed from them.
        snapshots = SnapshotRecorder() if args.save or _classifies(dataset) else None
        result = _train(project, dataset, settings, args.engine, start=start, gradients=gradients,
                        snapshots=snapshots)
        if text_asked is not None:
            text = _text_results(project, dataset, settings, start, result, args)
        if args.save:
            try:
                path = save_trained(trained_project(project, dataset, settings, start, result,
                                                    snapshots.frozen() if snapshots else None,
                                                    () if text is None else (text[1],)), args.save)
            except OSError as exc:
                raise CommandError(tr("{path}: cannot be written ({reason})").format(
                    path=args.save, reason=exc.strerror or exc)) from None
            print("lstmviz: " + tr("wrote {path}").format(path=path), file=sys.stderr)
    except CommandError as exc:
        return _fail(str(exc))
    try:
        evaluation = None if text is not None else _evaluation(result, project, dataset)
        accuracy = _accuracy_history(project, snapshots, dataset) if _classifies(dataset) else None
        _print_result(result, dataset, args, gradients, text, evaluation, accuracy)
    except BrokenPipeError:  # `lstmviz train ... | head` closed the pipe early; that is fine
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
    if result.reason == "diverged":
        print(f"lstmviz: {result.message}", file=sys.stderr)
        return EXIT_DIVERGED
    return 0


def _text_request(dataset: Dataset, args: argparse.Namespace) -> bool | None:
    """True when the run writes a sample afterwards (a character model); its options checked before training."""
    from lstmviz.model.char_windows import TextDataset
    from lstmviz.training.text_report import sample_request_problem

    if not isinstance(dataset, TextDataset):
        return None
    problem = sample_request_problem(args)
    if problem is None and args.prompt is not None and dataset.vocabulary.unknown(args.prompt):
        problem = tr("--prompt holds {chars}, not in the text's vocabulary").format(
            chars=" ".join(repr(c) for c in dataset.vocabulary.unknown(args.prompt)[:5]))
    if problem is None and args.prompt == "":
        problem = tr("--prompt is empty; give the model at least one character to continue")
    if problem:
        raise CommandError(problem)
    return True


def _text_results(project: Any, dataset: Any, settings: Any, start: Start, result: Any,
                  args: argparse.Namespace) -> tuple[dict[str, Any], Any]:
    """A character model's metrics per part and its sample, from the trained weights (numpy)."""
    from lstmviz.training.text_report import part_metrics, text_sample

    epoch = start.epoch - 1 + result.epochs_run
    metrics = part_metrics(project.architecture, result.weights, dataset, settings)
    return metrics, text_sample(project.architecture, result.weights, dataset, args, settings.seed, epoch)


def _classifies(dataset: Dataset) -> bool:
    """A series data set whose targets are classes (a text's accuracy is reported by its own metrics)."""
    series = getattr(dataset, "series", None)
    return series is not None and bool(getattr(dataset, "classes", None))


def _accuracy_history(project: Any, snapshots: SnapshotRecorder | None, dataset: Dataset) -> dict[str, Any] | None:
    """{"epochs": [...], "train": [...], "validation": [...], "test": [...]}: accuracy at the kept epochs."""
    from lstmviz.model.evaluation import accuracy_history

    kept = None if snapshots is None else snapshots.frozen()
    if kept is None:
        return None
    epochs, curves = accuracy_history(project.architecture, kept, dataset)
    if not len(epochs):
        return None
    return {"epochs": [int(e) for e in epochs], **{part: [float(v) for v in values] for part, values in curves.items()}}


def _evaluation(result: Any, project: Any, dataset: Dataset) -> dict[str, Any] | None:
    """Scores per part and baselines of a series data set (None for other data or a failed run)."""
    from lstmviz.model.evaluation import stored_evaluation

    return stored_evaluation(project.architecture, result.weights, dataset)


def _print_result(result: Any, dataset: Dataset, args: argparse.Namespace, gradients: list[Any] | None = None,
                  text: tuple[dict[str, Any], Any] | None = None, evaluation: dict[str, Any] | None = None,
                  accuracy: dict[str, Any] | None = None) -> None:
    from lstmviz.model.evaluation_text import confusion_lines, evaluation_lines
    from lstmviz.training.gradient_report import gradient_json, gradient_summary

    predictions = np.asarray(result.predictions)
    if args.json:
        out = {
            "epochs": result.epochs_run,
            "loss": result.history.get("loss", []),
            "final_loss": result.final_loss,
            "predictions": predictions.tolist(),
            "targets": dataset.y.tolist(),
            "train_seconds": round(result.train_seconds, 4),
            "wall_seconds": round(result.wall_seconds, 4),
            "engine": args.engine,
            "observing_seconds": round(result.observing_seconds, 4),
            "reason": result.reason,
        }
        if text is not None:
            # A distribution over the vocabulary per character would be megabytes: metrics and a sample instead.
            del out["predictions"], out["targets"]
            out["metrics"], out["sample"] = text[0], text[1].to_dict()
        if "val_loss" in result.history:
            out["val_loss"] = result.history["val_loss"]
        if result.message:
            out["message"] = result.message
        if gradients is not None:
            out["step_gradients"] = gradient_json(gradients)
        if evaluation is not None:
            out["metrics"] = evaluation["metrics"]
            out["baselines"] = evaluation["baselines"]
            if "step_saliency" in evaluation:
                out["step_saliency"] = evaluation["step_saliency"]
            out["evaluation"] = evaluation
        if accuracy is not None:
            out["accuracy_history"] = accuracy
        print(json.dumps(out))
    else:
        per_epoch = result.train_seconds / max(result.epochs_run, 1) * 1000
        loss = "n/a" if result.final_loss is None else f"{result.final_loss:.6g}"
        # Wall time first (what the user waited, a pace's waits included), the training time apart.
        print(tr('{epochs_run} epochs in {wall_seconds:.2f} s (training {train_seconds:.2f} s, {per_epoch:.2f} ms '
                 'per epoch), final loss {loss}').format(epochs_run=result.epochs_run, wall_seconds=result.wall_seconds,
                                                        train_seconds=result.train_seconds, per_epoch=per_epoch,
                                                        loss=loss))
        if gradients is not None:
            print(gradient_summary(gradients))
        if text is not None:
            from lstmviz.training.text_report import report_lines

            print("\n".join(report_lines(*text)))
            sys.stdout.flush()
            return
        if evaluation is not None:
            for line in (*evaluation_lines(evaluation), *confusion_lines(evaluation)):
                print(line)
        print("predictions:")
        for value in predictions.ravel():
            print("%.1f" % value)
    sys.stdout.flush()


# -------------------------------------------------------------------------------- export

def export_command(args: argparse.Namespace) -> int:
    from lstmviz.io.atomic_file import write_target
    from lstmviz.io.keras_script import ScriptError, write_script
    from lstmviz.training.builder import BuildError
    from lstmviz.training.keras_save import save_keras_model

    try:
        write_target(args.output)  # a bad output path is refused before any work
        project, dataset = _load(args.source)
        settings = _settings(project, args)
        if args.format == "script":
            try:
                path = write_script(args.output, project.architecture, dataset, settings, title=project.title)
            except ScriptError as exc:
                raise CommandError(f"{shown_path(args.source)}: {exc}") from None
        else:
            if args.epochs:
                _refuse_damaged_weights(project)
                model = _train(project, dataset, settings, "fast").model
            elif project.trained is not None:
                # The stored weights as they are: written without TensorFlow.
                from lstmviz.io.keras_weights import write_keras_file

                path = write_keras_file(args.output, project.architecture, project.trained.weights)
                print(tr("wrote {path}").format(path=path), file=sys.stderr)
                return 0
            else:
                from lstmviz.training.engine import TrainingError, import_backend, prepare_model

                _refuse_damaged_weights(project)
                import_backend(quiet=True)
                try:
                    model = prepare_model(project.architecture, settings)
                except (TrainingError, BuildError) as exc:
                    raise CommandError(str(exc)) from None
                model.optimizer.build(model.trainable_variables)  # saved with its slots, as a trained one is
            try:
                path = save_keras_model(model, args.output)
            except OSError:
                raise
            except Exception as exc:  # noqa: BLE001 - Keras's complaint about the path, in one line
                raise CommandError(tr('{output}: cannot be saved ({value})').format(output=args.output, value=str(exc).splitlines()[0])) from None
    except CommandError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(tr('{shown_path}: cannot be written ({os_error_text})').format(shown_path=shown_path(args.output), os_error_text=os_error_text(exc)))
    print(f"wrote {path}", file=sys.stderr)
    return 0
