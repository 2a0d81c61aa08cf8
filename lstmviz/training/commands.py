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
from typing import Any

import numpy as np

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.model.dataset_spec import DatasetError
from lstmviz.model.datasets import Dataset, fit_problem, suggest_dataset
from lstmviz.model.settings import OPTIMIZERS, settings_problem
from lstmviz.model.inference import infer
from lstmviz.training.progress import Progress

EXIT_BAD_INPUT = 2
EXIT_DIVERGED = 1


class CommandError(Exception):
    """Bad input for a command: printed as one line, exit code 2."""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text}")
    return value


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    from lstmviz.training.engine import ENGINES

    parser.add_argument("--epochs", type=_positive_int, help="epochs to train (default: the source's)")
    parser.add_argument("--batch-size", type=_positive_int, help="samples per optimizer step")
    parser.add_argument("--learning-rate", type=_positive_float, help="the optimizer's learning rate")
    parser.add_argument("--optimizer", choices=tuple(OPTIMIZERS), help="the optimizer")
    parser.add_argument("--seed", type=int, help="random seed (same seed, same result)")
    parser.add_argument("--engine", choices=ENGINES, default="fast",
                        help="fast: many steps per compiled call (default); fit: plain model.fit")
    parser.add_argument("--gradients", action="store_true",
                        help="also compute gradients through time: ||dL/dh_t|| per time step of the first "
                             "recurrent layer at each observation")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")


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
        spec = suggest_dataset(infer(project.architecture))
        if spec is None:
            raise CommandError(f"{source}: has no dataset, and no built-in dataset fits its shapes; open it in "
                               "the app, choose a dataset (or a CSV file) and save it as a project")
        print(f"lstmviz: {source} has no dataset; using a built-in one: {json.dumps(spec.to_dict())}", file=sys.stderr)
    try:
        dataset = load_dataset(spec)
    except DatasetError as exc:
        raise CommandError(f"{source}: dataset: {exc}") from None
    problem = fit_problem(infer(project.architecture), dataset)
    if problem:
        raise CommandError(f"{source}: {problem}")
    return project, dataset


def _saved_weights(project: Any) -> list[np.ndarray] | None:
    """The weights inside a .keras source, loaded by Keras in safe mode."""
    if project.keras_file is None:
        return None
    import keras

    try:
        model = keras.saving.load_model(project.keras_file, compile=False, safe_mode=True)
    except Exception as exc:  # noqa: BLE001 - any loader failure is bad input
        raise CommandError(f"{project.keras_file}: the weights cannot be loaded ({str(exc).splitlines()[0]})") from None
    return model.get_weights()


def _settings(project: Any, args: argparse.Namespace) -> Any:
    changes = {k: v for k, v in {
        "epochs": getattr(args, "epochs", None), "batch_size": getattr(args, "batch_size", None),
        "learning_rate": getattr(args, "learning_rate", None), "optimizer": getattr(args, "optimizer", None),
        "seed": getattr(args, "seed", None),
    }.items() if v is not None}
    settings = project.training.updated(**changes)
    problem = settings_problem(settings)
    if problem:
        raise CommandError(problem)
    return settings


def _fail(message: str) -> int:
    print(f"lstmviz: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


# --------------------------------------------------------------------------------- train

def _train(project: Any, dataset: Dataset, settings: Any, engine: str, show_progress: bool = True,
           gradients: list[Any] | None = None) -> Any:
    """Train headless; with a ``gradients`` list, the StepGradients messages are appended to it."""
    from lstmviz.training.engine import import_backend, run_training
    from lstmviz.training.messages import StepGradients

    progress = Progress(sys.stderr) if show_progress else None
    if progress:
        progress.note("loading TensorFlow\u2026")
    import_backend(quiet=True)
    initial = _saved_weights(project)

    def sink(message: Any) -> None:
        if progress:
            progress(message)
        if gradients is not None and isinstance(message, StepGradients):
            gradients.append(message)

    result = run_training(project.architecture, dataset, settings, sink, engine=engine, initial_weights=initial,
                          gradients=gradients is not None)
    if progress:
        progress.close()
    if result.reason == "failed":
        raise CommandError(result.message)
    return result


def train_command(args: argparse.Namespace) -> int:
    try:
        project, dataset = _load(args.source)
        settings = _settings(project, args)
        gradients: list[Any] | None = [] if getattr(args, "gradients", False) else None
        result = _train(project, dataset, settings, args.engine, gradients=gradients)
    except CommandError as exc:
        return _fail(str(exc))
    try:
        _print_result(result, dataset, args, gradients)
    except BrokenPipeError:  # `lstmviz train ... | head` closed the pipe early; that is fine
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
    if result.reason == "diverged":
        print(f"lstmviz: {result.message}", file=sys.stderr)
        return EXIT_DIVERGED
    return 0


def _print_result(result: Any, dataset: Dataset, args: argparse.Namespace, gradients: list[Any] | None = None) -> None:
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
            "engine": args.engine,
            "reason": result.reason,
        }
        if "val_loss" in result.history:
            out["val_loss"] = result.history["val_loss"]
        if result.message:
            out["message"] = result.message
        if gradients is not None:
            out["step_gradients"] = gradient_json(gradients)
        print(json.dumps(out))
    else:
        per_epoch = result.train_seconds / max(result.epochs_run, 1) * 1000
        loss = "n/a" if result.final_loss is None else f"{result.final_loss:.6g}"
        print(f"{result.epochs_run} epochs in {result.train_seconds:.2f} s ({per_epoch:.2f} ms per epoch), "
              f"final loss {loss}")
        if gradients is not None:
            print(gradient_summary(gradients))
        print("predictions:")
        for value in predictions.ravel():
            print("%.1f" % value)
    sys.stdout.flush()


# -------------------------------------------------------------------------------- export

def export_command(args: argparse.Namespace) -> int:
    from lstmviz.io.keras_script import write_script
    from lstmviz.training.keras_save import save_keras_model

    try:
        project, dataset = _load(args.source)
        settings = _settings(project, args)
        if args.format == "script":
            path = write_script(args.output, project.architecture, dataset, settings, title=project.title)
        else:
            if args.epochs:
                model = _train(project, dataset, settings, "fast").model
            else:
                from lstmviz.training.engine import TrainingError, import_backend, prepare_model

                import_backend(quiet=True)
                try:
                    model = prepare_model(project.architecture, settings, _saved_weights(project))
                except TrainingError as exc:
                    raise CommandError(str(exc)) from None
                model.optimizer.build(model.trainable_variables)  # saved with its slots, as a trained one is
            try:
                path = save_keras_model(model, args.output)
            except OSError:
                raise
            except Exception as exc:  # noqa: BLE001 - Keras's complaint about the path, in one line
                raise CommandError(f"{args.output}: cannot be saved ({str(exc).splitlines()[0]})") from None
    except CommandError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{args.output}: cannot be written ({exc.strerror or exc})")
    print(f"wrote {path}", file=sys.stderr)
    return 0
