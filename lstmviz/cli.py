"""The ``lstmviz`` command: no subcommand opens the window; subcommands run headless.

Bad input prints one line on stderr (what and where) and exits with status 2.
Heavy modules (Qt, TensorFlow) are imported only by the subcommands that need them, so
``lstmviz summary`` works where TensorFlow is not even installed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

from lstmviz import __version__

EXIT_BAD_INPUT = 2


def _summary(args: argparse.Namespace) -> int:
    from lstmviz.model.inference import infer
    from lstmviz.io.project import SourceError
    from lstmviz.io.project_io import load_source
    from lstmviz.model.summary_text import summary_json, summary_table

    try:
        project = load_source(args.source)
    except SourceError as exc:
        return _bad_input(str(exc))
    from lstmviz.io.trained_io import trained_summary, trained_summary_text

    result = infer(project.architecture)
    if args.json and result.ok:
        print(json.dumps(summary_json(result) | trained_summary(project.trained, project.runs), indent=2))
    elif not args.json:
        print(summary_table(result, title=project.title, gates=not args.no_gates))
        print(trained_summary_text(project.trained, project.runs))
    if project.weights_problem:
        print(f"lstmviz: {args.source}: {project.weights_problem}", file=sys.stderr)
    if not result.ok:
        return _bad_input(f"{args.source}: {result.error_text}")
    return 0


def _examples(args: argparse.Namespace) -> int:
    from lstmviz.model.examples import EXAMPLES
    from lstmviz.model.inference import infer

    if args.json:
        rows = [{"name": e.name, "title": e.title, "teaches": e.teaches,
                 "total_params": infer(e.architecture).total_params} for e in EXAMPLES.values()]
        print(json.dumps(rows, indent=2))
        return 0
    width = max(len(name) for name in EXAMPLES)
    for example in EXAMPLES.values():
        total = infer(example.architecture).total_params
        print(f"{example.name:<{width}}  {total:>9,} params  {example.title}")
    return 0


def _train(args: argparse.Namespace) -> int:
    from lstmviz.training.commands import train_command

    return train_command(args)


def _export(args: argparse.Namespace) -> int:
    from lstmviz.training.commands import export_command

    return export_command(args)


def _screenshot(args: argparse.Namespace) -> int:
    from lstmviz.app import screenshot_command

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        return _bad_input(f"--size {args.size!r}: expected WIDTHxHEIGHT, e.g. 1400x900")
    return screenshot_command(args.source, args.output, tab=args.tab, size=(width, height))


def _install_desktop(args: argparse.Namespace) -> int:
    from lstmviz.desktop_install import DesktopInstallError, run_command

    try:
        return run_command(uninstall=args.uninstall)
    except DesktopInstallError as exc:
        return _bad_input(str(exc))


def _bad_input(message: str) -> int:
    print(f"lstmviz: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lstmviz",
        description="See recurrent neural networks: build, unroll and train them. "
                    "Without a subcommand, opens the window (on FILE or an example name if given).",
    )
    parser.add_argument("--version", action="version", version=f"lstmviz {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("summary", help="print shapes, parameter counts and their derivations")
    p.add_argument("source", metavar="SOURCE", help="an example name, a project file or a .keras file")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--no-gates", action="store_true", help="leave out the per-gate breakdown")
    p.set_defaults(func=_summary)

    p = sub.add_parser("examples", help="list the built-in examples")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_examples)

    p = sub.add_parser("train", help="train headless and print the loss and predictions")
    p.add_argument("source", metavar="SOURCE", help="an example name, a project file or a .keras file")
    _add_lazily(p, "add_train_arguments")
    p.set_defaults(func=_train)

    p = sub.add_parser("export", help="write a runnable Keras script or a .keras model")
    p.add_argument("source", metavar="SOURCE", help="an example name, a project file or a .keras file")
    _add_lazily(p, "add_export_arguments")
    p.set_defaults(func=_export)

    p = sub.add_parser("screenshot", help="render the window offscreen to a PNG")
    p.add_argument("source", metavar="SOURCE", help="an example name, a project file or a .keras file")
    p.add_argument("-o", "--output", required=True, help="the PNG to write")
    p.add_argument("--tab", choices=("architecture", "unrolled"), default="architecture")
    p.add_argument("--size", default="1400x900", help="window size WIDTHxHEIGHT (default 1400x900)")
    p.set_defaults(func=_screenshot)

    p = sub.add_parser("install-desktop", help="add lstmviz to this user's desktop menu and file manager")
    p.add_argument("--uninstall", action="store_true", help="remove exactly what install-desktop added")
    p.set_defaults(func=_install_desktop)
    return parser


def _add_lazily(parser: argparse.ArgumentParser, function: str) -> None:
    """Let lstmviz.training declare its own options (importing it does not load TensorFlow)."""
    try:
        from lstmviz.training import commands
    except ImportError:  # a partial install; the subcommand will report it when run
        return
    getattr(commands, function)(parser)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # a non-UTF-8 terminal still gets the × signs' stand-ins
        except (AttributeError, ValueError):
            pass
    commands = {"summary", "examples", "train", "export", "screenshot", "install-desktop"}
    if not argv or (argv[0] not in commands and not argv[0].startswith("-")):
        from lstmviz.app import main_gui

        return main_gui(argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from lstmviz.app import main_gui

        return main_gui([])
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("lstmviz: interrupted", file=sys.stderr)
        return 130


def run() -> None:
    """The ``lstmviz`` command's entry point: :func:`main`, then, after training, a quick exit.

    Tearing down an interpreter that loaded TensorFlow takes about a second (its modules
    and thread pools): longer than a short training. By then ``train`` and ``export``
    have written and flushed everything, so they skip it.
    """
    code = main()
    if sys.argv[1:2] in (["train"], ["export"]) and "tensorflow" in sys.modules:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    raise SystemExit(code)
