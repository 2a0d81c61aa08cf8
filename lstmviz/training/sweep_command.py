"""``lstmviz sweep`` and ``lstmviz compare``: many runs of one model from the command line.

The runs go to a backend (a local process pool, or a Ray cluster); this thread only
reads their messages, prints a line per finished run on stderr and, with ``--save``,
rewrites the project after every finished run (atomically), so a sweep stopped with
Ctrl+C or killed outright keeps every run that finished. Results go to stdout: a table,
or ``--json`` computed from the runs as stored (:func:`lstmviz.model.sweep.sweep_json`).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import threading
import uuid
from dataclasses import replace
from typing import Any

from lstmviz.i18n import tr
from lstmviz.model.sweep import CELLS, MATCHES, SweepError, SweepPlan, fmt_value, parse_values, sweep_json, \
    sweep_points
from lstmviz.training.commands import CommandError, _fail, _load, _positive_int
from lstmviz.training.sweep_runner import BACKENDS, RunFinished, SweepBackend, SweepEnded, SweepSession

EXIT_RUN_FAILED = 1
EXIT_INTERRUPTED = 130


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--match", choices=MATCHES, default="units",
                        help="units: every cell keeps the model's units (default); params: each cell gets the units "
                             "that come closest to the model's parameter count")
    parser.add_argument("--epochs", type=_positive_int, help="epochs per run (default: the source's)")
    parser.add_argument("--jobs", type=_positive_int, help="worker processes (default: one per core)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--save", metavar="OUT.lstmviz",
                        help="write the project with the runs and the sweep to this file, after every finished run")
    parser.add_argument("--backend", choices=BACKENDS, default="local",
                        help="local: a pool of processes on this machine (default); ray: an existing Ray cluster "
                             "(pip install 'lstmviz[cluster]')")
    parser.add_argument("--address", help="the Ray cluster's address (with --backend ray), e.g. 10.0.0.5:6379")


def add_sweep_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vary", metavar="NAME=V1,V2,...",
                        help="the setting to vary and its values: lag, time_steps, units, learning_rate or seed "
                             "(default: the example's own sweep, e.g. long-memory-sweep's lag=5,...,100)")
    parser.add_argument("--cells", help="the cells to try, comma-separated (default: SimpleRNN,GRU,LSTM)")
    parser.add_argument("--seeds", type=_positive_int, default=1, help="seeds per value and cell (default 1)")
    add_common_arguments(parser)


def make_backend(name: str = "local", jobs: int | None = None, address: str | None = None) -> SweepBackend:
    """The local process pool (default) or a Ray cluster at ``address`` (an ImportError says how to install it)."""
    if name == "ray":
        from lstmviz.training.sweep_ray import RayBackend

        return RayBackend(address=address, jobs=jobs)
    if name != "local":
        raise ValueError(tr("unknown backend {name!r}; choose {names}").format(name=name, names=" or ".join(BACKENDS)))
    from lstmviz.training.sweep_pool import PoolBackend

    return PoolBackend(jobs)


def sweep_command(args: argparse.Namespace) -> int:
    from lstmviz.model.examples import EXAMPLES

    preset = EXAMPLES[args.source].sweep if args.source in EXAMPLES else None
    if args.vary is None and preset is None:
        return _fail(tr("--vary NAME=V1,V2,... is needed (only an example with a sweep of its own has a default)"))
    if args.vary is None:
        assert preset is not None
        name, values = preset.variable, preset.values
    else:
        name, _, text = args.vary.partition("=")
        name = name.strip()
        try:
            values = parse_values(name, text)
        except ValueError as exc:
            return _fail(tr("--vary {vary}: {problem}").format(vary=args.vary[:60], problem=exc))
    cells_text = args.cells or ",".join(preset.cells if preset else CELLS)
    cells = tuple(c.strip() for c in cells_text.split(",") if c.strip())
    return _run(args, name, values, cells, args.seeds, gradients=False)


def compare_command(args: argparse.Namespace) -> int:
    return _run(args, None, (), CELLS, 1, gradients=True)


def _run(args: argparse.Namespace, variable: str | None, values: tuple, cells: tuple[str, ...], seeds: int,
         gradients: bool) -> int:
    from lstmviz.io.project_io import save_project

    try:
        project, _dataset = _load(args.source)
        settings = project.training.updated(epochs=args.epochs) if args.epochs else project.training
        if args.save and not os.path.isdir(os.path.dirname(os.path.abspath(args.save))):
            raise CommandError(tr("{path}: cannot be written (folder {folder} does not exist)").format(
                path=args.save, folder=os.path.dirname(os.path.abspath(args.save))))
        plan = SweepPlan(project.architecture, project.dataset, settings, variable, values, cells, seeds, args.match,
                         gradients, title=project.title)
        numbers = [r.number for r in project.runs]
        session = SweepSession(plan, first_number=max(numbers, default=0) + 1, key=uuid.uuid4().hex)
        try:
            backend = make_backend(args.backend, args.jobs, args.address)
        except ImportError:
            raise CommandError(tr("--backend ray needs Ray: pip install 'lstmviz[cluster]'")) from None
        except (ValueError, ConnectionError, RuntimeError) as exc:
            raise CommandError(tr("--backend {name}: {problem}").format(name=args.backend, problem=exc)) from None
    except SweepError as exc:
        return _fail(f"{args.source}: {exc}")
    except CommandError as exc:
        return _fail(str(exc))

    total = len(session.specs)
    print(tr("lstmviz: {runs} runs on {jobs}").format(runs=total, jobs=_where(args, backend)), file=sys.stderr)
    messages: queue.Queue = queue.Queue()
    cancel = threading.Event()
    worker = threading.Thread(target=_drive, args=(backend, session.specs, messages.put, cancel), daemon=True)
    worker.start()
    interrupted = False
    while True:
        try:
            message = messages.get()
        except KeyboardInterrupt:
            interrupted = True
            cancel.set()
            print(tr("lstmviz: stopping; the finished runs are kept"), file=sys.stderr)
            continue
        if isinstance(message, BaseException):
            backend.close()
            return _fail(tr("the sweep broke off: {problem}").format(problem=message))
        run = session.apply(message)
        if isinstance(message, RunFinished):
            if args.save:  # before the line that says the run finished: what it reports is on disk
                saved = replace(project, training=settings, runs=(*project.runs, *session.runs),
                                sweeps=(*project.sweeps, session.record))
                try:
                    save_project(saved, args.save)
                except OSError as exc:
                    cancel.set()
                    backend.close()
                    return _fail(tr("{path}: cannot be written ({reason})").format(
                        path=args.save, reason=exc.strerror or exc))
            _report(session, message.index, run, total)
        if isinstance(message, SweepEnded):
            break
    backend.close()
    if args.save:
        print("lstmviz: " + tr("wrote {path}").format(path=args.save), file=sys.stderr)
    _print_results(session, args.json)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_RUN_FAILED if session.failed else 0


def _drive(backend: Any, specs: list, put: Any, cancel: threading.Event) -> None:
    try:
        backend.run(specs, put, cancel)
    except Exception as exc:  # noqa: BLE001 - the main thread reports it in one line
        put(exc)


def _where(args: argparse.Namespace, backend: Any) -> str:
    if args.backend == "ray":
        return tr("the Ray cluster")
    return tr("{jobs} worker processes").format(jobs=backend.jobs)


def _report(session: SweepSession, index: int, run: Any, total: int) -> None:
    entry = session.record.entries[index]
    spec = session.specs[index]
    done = session.record.finished
    if run is None:
        line = tr("[{done}/{total}] {label}: failed: {message}").format(
            done=done, total=total, label=spec.label, message=entry.message)
    else:
        loss = run.history.last()[0]
        line = tr("[{done}/{total}] {label}: {reason}, final loss {loss} ({seconds:.1f} s)").format(
            done=done, total=total, label=spec.label, reason=entry.status,
            loss="n/a" if loss is None else f"{loss:.4g}", seconds=session.wall_seconds_of.get(index, 0.0))
    print(f"lstmviz: {line}", file=sys.stderr)


def _print_results(session: SweepSession, as_json: bool) -> None:
    record, runs = session.record, session.runs
    if as_json:
        print(json.dumps(sweep_json(record, runs)))
        return
    points = {(p.cell, p.value): p for p in sweep_points(record, runs)}
    head = record.variable or tr("cell")
    rows = [[head, *record.cells]]
    for value in (record.values or (None,)):
        row = [fmt_value(value) if value is not None else tr("final loss")]
        for cell in record.cells:
            p = points.get((cell, value))
            if p is None:
                row.append("-")
            elif len(p.metrics) > 1:
                row.append(f"{p.mean:.4g} ({p.low:.3g}-{p.high:.3g})")
            else:
                row.append(f"{p.mean:.4g}")
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(text.rjust(w) for text, w in zip(r, widths)))
    sys.stdout.flush()
