"""The ``lstmviz`` command: no subcommand opens the window; subcommands run headless.

Bad input prints one line on stderr (what and where) and exits with status 2.
Heavy modules (Qt, TensorFlow) are imported only by the subcommands that need them, so
``lstmviz summary`` works where TensorFlow is not even installed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import NoReturn, Sequence

from lstmviz import __version__
from lstmviz.i18n import tr

EXIT_BAD_INPUT = 2
COMMANDS = ("summary", "examples", "train", "export", "screenshot", "install-desktop", "sweep", "compare")
_SIZE = re.compile(r"\s*(\d+)\s*[xX\u00d7]\s*(\d+)\s*")


def _summary(args: argparse.Namespace) -> int:
    from lstmviz.model.inference import infer
    from lstmviz.io.project_io import load_source
    from lstmviz.io.trained_io import trained_summary, trained_summary_text
    from lstmviz.model.summary_text import summary_json, summary_table

    from lstmviz.model.datasets import spec_title
    from lstmviz.model.evaluation_text import dataset_about, dataset_about_text

    project = load_source(args.source)  # a SourceError is one line, from the boundary in main()
    result = infer(project.architecture)
    text = project.dataset.corpus if project.dataset.is_text and project.dataset.corpus else None
    if args.json and result.ok:
        data = {"dataset": dataset_about(project.dataset) if text is None else _text_summary(text)}
        print(json.dumps(summary_json(result) | trained_summary(project.trained, project.runs) | data, indent=2))
    elif not args.json:
        print(summary_table(result, title=project.title, gates=not args.no_gates))
        print(dataset_about_text(project.dataset, spec_title(project.dataset)))
        print(trained_summary_text(project.trained, project.runs))
        if text is not None:
            from lstmviz.model.text_corpus import summary_line

            print(summary_line(text))
    if project.weights_problem:
        print(f"lstmviz: {args.source}: {project.weights_problem}", file=sys.stderr)
    if not result.ok:
        return _bad_input(f"{_shown(args.source)}: {result.error_text}")
    return 0


def _text_summary(name: str) -> dict:
    from lstmviz.model.text_corpus import summary

    return summary(name)


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


def _sweep(args: argparse.Namespace) -> int:
    from lstmviz.training.sweep_command import sweep_command

    return sweep_command(args)


def _compare(args: argparse.Namespace) -> int:
    from lstmviz.training.sweep_command import compare_command

    return compare_command(args)


def _add_sweep_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sweep", help="train the model many times, varying one setting, for one or more cells")
    p.add_argument("source", metavar="SOURCE", help="an example name, a project file or a .keras file")
    _add_lazily(p, "add_sweep_arguments", "lstmviz.training.sweep_command")
    p.set_defaults(func=_sweep)

    p = sub.add_parser("compare", help="train the model with SimpleRNN, GRU and LSTM side by side")
    p.add_argument("source", metavar="SOURCE", help="an example name, a project file or a .keras file")
    _add_lazily(p, "add_common_arguments", "lstmviz.training.sweep_command")
    p.set_defaults(func=_compare)


def _screenshot(args: argparse.Namespace) -> int:
    from lstmviz.app import screenshot_command
    from lstmviz.io.limits import MAX_SCREENSHOT_SIDE, MIN_SCREENSHOT_SIDE

    match = _SIZE.fullmatch(args.size)
    if match is None:
        return _bad_input(tr("--size {size}: expected WIDTHxHEIGHT, e.g. 1400x900").format(size=_quoted(args.size)))
    width, height = (int(v) if len(v) <= 6 else MAX_SCREENSHOT_SIDE + 1 for v in match.groups())
    if not (MIN_SCREENSHOT_SIDE <= width <= MAX_SCREENSHOT_SIDE and MIN_SCREENSHOT_SIDE <= height <= MAX_SCREENSHOT_SIDE):
        return _bad_input(tr("--size {size}: width and height must each be {low} to {high} pixels").format(
            size=_quoted(args.size), low=MIN_SCREENSHOT_SIDE, high=MAX_SCREENSHOT_SIDE))
    return screenshot_command(args.source, args.output, tab=args.tab, size=(width, height), presenter=args.presenter)


def _install_desktop(args: argparse.Namespace) -> int:
    from lstmviz.desktop_install import DesktopInstallError, run_command

    try:
        return run_command(uninstall=args.uninstall)
    except DesktopInstallError as exc:
        return _bad_input(str(exc))


def _bad_input(message: str) -> int:
    from lstmviz.model.limits import one_line

    print(f"lstmviz: error: {one_line(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _shown(path: str) -> str:
    from lstmviz.io.safe_open import shown_path

    return shown_path(path)


def _quoted(text: str) -> str:
    from lstmviz.model.limits import quoted

    return quoted(text, 40)


class _Parser(argparse.ArgumentParser):
    """argparse with its complaints on one line (usage is for --help), exit status 2."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.split(" ", 1)[1] + " " if " " in self.prog else ""
        _bad_input(tr("{message} (see 'lstmviz {command}--help')").format(message=message, command=command))
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lstmviz",
        # The window's optional FILE is taken before the subcommands are parsed (_dispatch): say it here.
        usage="lstmviz [-h] [--version] [--presenter] [--lang CODE] [FILE]\n"
              "       lstmviz [--lang CODE] COMMAND ...",
        description="See recurrent neural networks: build, unroll and train them. "
                    "Without a subcommand, opens the window (on FILE or an example name if given).",
        epilog="FILE: a project (.lstmviz), a .keras file or an example name (see 'lstmviz examples'); "
               "without it the window opens on the many-to-many example.",
    )
    parser.add_argument("--version", action="version", version=f"lstmviz {__version__}")
    parser.add_argument("--presenter", action="store_true",
                        help="open the window in presenter mode: full screen, large text (F11 leaves it)")
    parser.add_argument("--lang", metavar="CODE",
                        help="the window's language: zh_CN (中文) or en; default: View > Language, else the system locale")
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
    p.add_argument("--presenter", action="store_true",
                   help="in presenter mode, as a projector of that size shows it")
    p.set_defaults(func=_screenshot)

    p = sub.add_parser("install-desktop", help="add lstmviz to this user's desktop menu and file manager")
    p.add_argument("--uninstall", action="store_true", help="remove exactly what install-desktop added")
    p.set_defaults(func=_install_desktop)
    _add_sweep_parsers(sub)
    return parser


def _add_lazily(parser: argparse.ArgumentParser, function: str, module: str = "lstmviz.training.commands") -> None:
    """Let lstmviz.training declare its own options (importing it does not load TensorFlow)."""
    import importlib

    try:
        commands = importlib.import_module(module)
    except ImportError:  # a partial install; the subcommand will report it when run
        return
    getattr(commands, function)(parser)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure ends as one line on stderr and exit status 2 (see README "Reliability")."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # a TextIOWrapper's; a replaced stream may lack it
        try:
            if reconfigure is not None:
                reconfigure(errors="replace")  # a non-UTF-8 terminal still gets the × signs' stand-ins
        except (AttributeError, ValueError):
            pass
    try:
        from lstmviz.app import use_tensorflow_backend

        note = use_tensorflow_backend()  # before anything imports Keras
        if note:
            print(f"lstmviz: {note}", file=sys.stderr)
        code = _dispatch(argv)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, inside the boundary
        return code
    except SystemExit as exc:  # argparse: --help, --version, or an error already printed on one line
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _quiet_stdout()
        print("lstmviz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `lstmviz summary x | head -c 10`: the reader has all it wanted
        _quiet_stdout()
        return 0
    except BaseException as exc:  # noqa: BLE001 - the one error boundary of the command line
        return _report(exc, argv)


def _report(exc: BaseException, argv: list[str]) -> int:
    from lstmviz.io.failures import debugging, failure_text, internal_error_text

    _quiet_stdout()
    text = failure_text(exc)
    if text is None:
        if debugging():
            import traceback

            traceback.print_exc()
        text = internal_error_text(exc)
    return _bad_input(text)


def _quiet_stdout() -> None:
    """Point standard output at the null device, so output still buffered cannot fail again at exit."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def _take_language(argv: list[str]) -> list[str]:
    """Take ``--lang CODE`` / ``--lang=CODE`` out of ``argv``: it overrides View > Language and the locale."""
    rest, i = [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv):
            os.environ["LSTMVIZ_LANGUAGE"] = argv[i + 1]
            i += 2
            continue
        if arg.startswith("--lang="):
            os.environ["LSTMVIZ_LANGUAGE"] = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return rest


def _install_command_language() -> None:
    """Messages of the commands in Chinese when ``--lang zh_CN`` asks (the locale alone keeps them English:
    scripts read this output). A QTranslator needs no application object, so nothing else of Qt loads."""
    code = os.environ.get("LSTMVIZ_LANGUAGE", "")
    if not code.lower().startswith("zh"):
        return
    from PySide6.QtCore import QTranslator

    from lstmviz import i18n
    from lstmviz.resources_path import translations

    translator = QTranslator()
    if translator.load(str(translations() / "lstmviz_zh_CN.qm")):
        i18n.install(lambda context, text: translator.translate(context, text) or text)


def _dispatch(argv: list[str]) -> int:
    argv = _take_language(argv)
    _install_command_language()
    presenter = ["--presenter"] if "--presenter" in argv else []
    window_args = [a for a in argv if a != "--presenter"]
    if not window_args or (window_args[0] not in COMMANDS and not window_args[0].startswith("-")):
        return _window(window_args, presenter)  # the window: `lstmviz [--presenter] [SOURCE]`
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _window([], ["--presenter"] if args.presenter else [])
    return args.func(args)


def _window(argv: list[str], flags: Sequence[str] = ()) -> int:
    """``lstmviz [--presenter] [SOURCE]``: the window, unless SOURCE could never be opened (a mistyped command, a FIFO)."""
    if argv:
        from lstmviz.io.safe_source import source_problem
        from lstmviz.model.examples import EXAMPLES

        if len(argv) > 1:
            return _bad_input(tr("{extra}: unexpected argument; the window opens one SOURCE "
                                 "(commands: {commands})").format(extra=_quoted(argv[1]), commands=", ".join(COMMANDS)))
        problem = source_problem(argv[0], EXAMPLES)
        if problem is not None:
            if not _exists(argv[0]):
                return _bad_input(tr("{name}: no such command or file (commands: {commands}; examples: {examples})").format(
                    name=_shown(argv[0]), commands=", ".join(COMMANDS), examples=", ".join(EXAMPLES)))
            return _bad_input(problem)
    from lstmviz.app import main_gui

    return main_gui([*flags, *argv])


def _exists(path: str) -> bool:
    from lstmviz.io.safe_open import lexists

    return lexists(path)


def run() -> None:
    """The ``lstmviz`` command's entry point: :func:`main`, then, after training, a quick exit.

    Tearing down an interpreter that loaded TensorFlow takes about a second (its modules
    and thread pools): longer than a short training. By then ``train`` and ``export``
    have written and flushed everything, so they skip it.
    """
    code = main()
    if sys.argv[1:2] in (["train"], ["export"], ["sweep"], ["compare"]) and "tensorflow" in sys.modules:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    raise SystemExit(code)
