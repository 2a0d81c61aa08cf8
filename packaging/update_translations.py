"""Bring the translation catalogues up to date with the code, and compile them.

    python packaging/update_translations.py          # update resources/translations/*.ts, compile the .qm files
    python packaging/update_translations.py --check  # exit 1 if a .ts misses a string or a .qm is stale

Every user-visible string goes through ``tr("literal")`` or ``tr_noop("literal")``
(:mod:`lstmviz.i18n`). Qt's own ``pyside6-lupdate`` does not see calls of a plain Python
function, so this script reads the code with :mod:`ast` instead: it collects the literal
first argument of each call (an optional second argument or ``context=`` keyword names the
context, else ``lstmviz``) and fails, naming file and line, on text built inside the call
(an f-string, ``+`` or ``%``, a ``.format`` inside the parentheses). ``tr(name)`` of a
value (a variable, an attribute, an item) is how a string marked with ``tr_noop`` where it
is defined is translated where it is shown; it adds nothing to the catalogue.

Each ``resources/translations/lstmviz_<lang>.ts`` then keeps its translations, gets the new
strings as ``type="unfinished"`` (to translate, e.g. in ``pyside6-linguist``) and marks strings
the code no longer has ``type="vanished"`` (kept, so that a string that comes back keeps its
translation). Finally ``pyside6-lrelease`` compiles each ``.ts`` into its ``.qm``, which the
app loads. Commit both.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "lstmviz"
TRANSLATIONS = ROOT / "resources" / "translations"
DEFAULT_CONTEXT = "lstmviz"
CALLS = ("tr", "tr_noop")


class ExtractionError(Exception):
    """A tr() call whose text is not a literal: the catalogue could not hold it."""


@dataclass
class Message:
    context: str
    source: str
    files: list[str] = field(default_factory=list)


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name) and func.id in CALLS:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in CALLS and isinstance(func.value, ast.Name) \
            and func.value.id == "i18n":
        return func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _shown_value(node: ast.expr | None) -> bool:
    """A name, attribute, item or plain call (``tr(kind.summary)``, ``tr(LOSSES[name])``), never text built here."""
    if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript)):
        return True
    if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Attribute) and node.func.attr == "format"):
        return all(not isinstance(a, (ast.JoinedStr, ast.BinOp)) for a in node.args)
    return False


def extract_file(path: Path, relative: str) -> list[tuple[str, str, int]]:
    """(context, source, line) of every tr()/tr_noop() call in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name is None:
            continue
        first = node.args[0] if node.args else None
        text = _literal(first)
        if text is None and name == "tr" and _shown_value(first):
            continue  # tr(value): a string marked with tr_noop() where it is defined, translated where shown
        if text is None:
            what = type(first).__name__ if first is not None else "no argument"
            if isinstance(first, ast.JoinedStr):
                what = "an f-string"
            raise ExtractionError(
                f"{relative}:{node.lineno}: {name}() needs a string literal, got {what}; "
                f"write {name}(\"... {{x}} ...\").format(x=...)")
        context = DEFAULT_CONTEXT
        if name == "tr":
            given = node.args[1] if len(node.args) > 1 else next(
                (k.value for k in node.keywords if k.arg == "context"), None)
            if given is not None:
                context = _literal(given)
                if context is None:
                    raise ExtractionError(f"{relative}:{node.lineno}: tr()'s context must be a string literal")
        found.append((context, text, node.lineno))
    return sorted(found, key=lambda item: item[2])


def extract(root: Path = SOURCES) -> list[Message]:
    """Every translatable message in the package, in order of first appearance (file by file)."""
    messages: dict[tuple[str, str], Message] = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).as_posix()
        for context, source, _line in extract_file(path, relative):
            message = messages.setdefault((context, source), Message(context, source))
            if relative not in message.files:
                message.files.append(relative)
    return list(messages.values())


# --------------------------------------------------------------------------- the .ts file

@dataclass
class Entry:
    source: str
    translation: str
    kind: str | None  # None (finished), "unfinished", "vanished" or "obsolete"
    comment: str | None = None


def read_ts(path: Path) -> tuple[str, dict[str, dict[str, Entry]]]:
    """(language, {context: {source: entry}}) of a .ts file."""
    root = ET.parse(path).getroot()
    contexts: dict[str, dict[str, Entry]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or DEFAULT_CONTEXT
        entries = contexts.setdefault(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            translation = (node.text or "") if node is not None else ""
            kind = node.get("type") if node is not None else "unfinished"
            entries[source] = Entry(source, translation, kind, message.findtext("translatorcomment"))
    return root.get("language", ""), contexts


def merge(messages: list[Message], old: dict[str, dict[str, Entry]]) -> dict[str, list[tuple[Entry, list[str]]]]:
    """The catalogue for ``messages``: old translations kept, new ones unfinished, gone ones vanished."""
    merged: dict[str, list[tuple[Entry, list[str]]]] = {}
    present: set[tuple[str, str]] = set()
    for m in messages:
        present.add((m.context, m.source))
        before = old.get(m.context, {}).get(m.source)
        if before is not None and before.translation and before.kind in (None, "vanished", "obsolete"):
            entry = Entry(m.source, before.translation, None, before.comment)
        elif before is not None and before.translation:
            entry = Entry(m.source, before.translation, "unfinished", before.comment)  # a draft stays a draft
        else:
            entry = Entry(m.source, "", "unfinished", before.comment if before else None)
        merged.setdefault(m.context, []).append((entry, m.files))
    for context, entries in old.items():
        for source, entry in entries.items():
            if (context, source) in present or not entry.translation:
                continue  # an untranslated string that vanished is simply dropped
            merged.setdefault(context, []).append((Entry(source, entry.translation, "vanished", entry.comment), []))
    return merged


def ts_text(language: str, merged: dict[str, list[tuple[Entry, list[str]]]]) -> str:
    """The .ts XML, laid out as Qt Linguist writes it (file names without line numbers: stable diffs)."""
    def esc(text: str) -> str:
        return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;").replace("'", "&apos;"))

    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for context in sorted(merged):
        out.append("<context>")
        out.append(f"    <name>{esc(context)}</name>")
        for entry, files in merged[context]:
            out.append("    <message>")
            for name in files:
                out.append(f'        <location filename="../../{esc(name)}"/>')
            out.append(f"        <source>{esc(entry.source)}</source>")
            if entry.comment:
                out.append(f"        <translatorcomment>{esc(entry.comment)}</translatorcomment>")
            kind = f' type="{entry.kind}"' if entry.kind else ""
            out.append(f"        <translation{kind}>{esc(entry.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def catalogues(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob("lstmviz_*.ts"))


# ---------------------------------------------------------------------------- compiling

def lrelease_command() -> list[str]:
    """pyside6-lrelease from this Python's environment (or PATH)."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).is_file():
            return [str(here / name)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as exc:
        raise SystemExit("update_translations: PySide6 (with pyside6-lrelease) is not installed") from exc
    for name in ("lrelease", "lrelease.exe"):
        binary = Path(PySide6.__file__).parent / name
        if binary.is_file():
            return [str(binary)]
    raise SystemExit("update_translations: cannot find pyside6-lrelease")


def compile_ts(ts: Path, qm: Path) -> None:
    result = subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True)
    if result.returncode != 0 or not qm.is_file():
        raise SystemExit(f"update_translations: lrelease failed on {ts.name}: {result.stderr.strip()}")


def compiled_bytes(ts: Path) -> bytes:
    """What lrelease makes of ``ts`` now (compiled to a temporary file)."""
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / "out.qm"
        compile_ts(ts, qm)
        return qm.read_bytes()


# ---------------------------------------------------------------------------------- main

def check(messages: list[Message], folder: Path = TRANSLATIONS) -> list[str]:
    """What is out of date: strings a .ts lacks, unfinished entries, a .qm that differs from its .ts."""
    problems = []
    for ts in catalogues(folder):
        _language, old = read_ts(ts)
        for m in messages:
            entry = old.get(m.context, {}).get(m.source)
            if entry is None or entry.kind in ("vanished", "obsolete"):
                problems.append(f"{ts.name}: missing {m.source!r} (from {', '.join(m.files)})")
            elif entry.kind == "unfinished" or not entry.translation:
                problems.append(f"{ts.name}: not translated yet: {m.source!r}")
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.read_bytes() != compiled_bytes(ts):
            problems.append(f"{qm.name} is not compiled from the current {ts.name}")
    return problems


def update(messages: list[Message]) -> list[Path]:
    written = []
    for ts in catalogues():
        language, old = read_ts(ts)
        text = ts_text(language or ts.stem.split("_", 1)[1], merge(messages, old))
        if ts.read_text(encoding="utf-8") != text:
            tmp = ts.with_suffix(".ts.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, ts)
            written.append(ts)
        qm = ts.with_suffix(".qm")
        fresh = compiled_bytes(ts)
        if not qm.is_file() or qm.read_bytes() != fresh:
            qm.write_bytes(fresh)
            written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a string is missing or unfinished or a .qm is stale")
    args = parser.parse_args(argv)
    try:
        messages = extract()
    except (ExtractionError, SyntaxError) as exc:
        print(f"update_translations: {exc}", file=sys.stderr)
        return 2
    if args.check:
        problems = check(messages)
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            print("update with: python packaging/update_translations.py (then translate the unfinished entries)",
                  file=sys.stderr)
        return 1 if problems else 0
    for path in update(messages):
        print(f"wrote {path.relative_to(ROOT)}")
    for ts in catalogues():
        _language, entries = read_ts(ts)
        todo = sum(1 for e in entries.values() for x in e.values() if x.kind == "unfinished")
        print(f"{ts.name}: {len(messages)} strings, {todo} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
