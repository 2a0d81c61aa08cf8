"""JSON from untrusted bytes, with its nesting, its size and its numbers bounded before they cost anything.

Python's parser recurses once per nesting level (100,000 levels end in a RecursionError),
turns every number into an int however many digits it has (and refuses more than 4,300
with a ValueError), and builds one object per value (a few megabytes of ``{},`` become
gigabytes of dicts). So the text is scanned first, outside its strings, for the nesting
depth and the number of values; numbers are checked by the parser's own hooks. Every
problem is a :class:`JsonProblem` with a one-line reason (and the line and column where
there is one), for the caller to prefix with the file.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.limits import (
    MAX_INT_DIGITS, MAX_JSON_DEPTH, MAX_JSON_ESCAPES, MAX_JSON_ITEMS, MAX_NUMBER_CHARS,
)
from lstmviz.model.limits import count, elide

# A JSON string, quotes included: a run without quote or backslash, then escape + run, repeated.
# Possessive, and an unterminated string runs to the end of the text (the parser reports it):
# so the scan never backtracks and never starts again inside a string, and stays linear.
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_CHUNK = 1 << 20


class JsonProblem(ValueError):
    """Text that is not JSON lstmviz reads; ``not_text`` when it is not even UTF-8."""

    def __init__(self, message: str, not_text: bool = False) -> None:
        super().__init__(message)
        self.not_text = not_text


class _NumberTooLong(Exception):
    def __init__(self, text: str, integer: bool) -> None:
        super().__init__(text)
        self.text = text
        self.integer = integer


def _int(text: str) -> int:
    if len(text) - text.startswith("-") > MAX_INT_DIGITS:
        raise _NumberTooLong(text, True)
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _NumberTooLong(text, False)
    return float(text)


def _where(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return tr("line {line}, column {column}").format(line=line, column=column)


def check_shape(text: str, max_depth: int = MAX_JSON_DEPTH, max_items: int = MAX_JSON_ITEMS) -> None:
    """Refuse JSON text nested deeper than ``max_depth`` or holding more than ``max_items`` values.

    Counted with C-speed string methods first (backslashes, quotes), so the scan below
    never meets millions of strings or escapes: no step of it holds the interpreter long.
    """
    escapes = text.count("\\")
    if escapes > MAX_JSON_ESCAPES:
        raise JsonProblem(tr("holds {n} backslash escapes; lstmviz reads at most {limit}").format(
            n=count(escapes), limit=count(MAX_JSON_ESCAPES)))
    quotes = text.count('"')
    if quotes > 2 * max_items + escapes:
        raise JsonProblem(tr("holds about {n} strings; lstmviz reads at most {limit} values").format(
            n=count(quotes // 2), limit=count(max_items)))
    outside = _STRING.sub('""', text)  # brackets and commas inside strings are text, not structure
    items = outside.count(",") + outside.count("[") + outside.count("{") + 1
    if items > max_items:
        raise JsonProblem(tr("holds about {n} values; lstmviz reads at most {limit}").format(
            n=count(items), limit=count(max_items)))
    brackets = _NOT_BRACKET.sub("", outside).encode("ascii")
    if not brackets:
        return
    codes = np.frombuffer(brackets, dtype=np.uint8)
    steps = np.where((codes == ord("[")) | (codes == ord("{")), 1, -1).astype(np.int32)
    depth = int(np.cumsum(steps).max())
    if depth > max_depth:
        raise JsonProblem(tr("nested {depth} levels deep; lstmviz reads at most {limit}").format(
            depth=count(depth), limit=count(max_depth)))


def _decoded(raw: bytes) -> str:
    """UTF-8 ``raw`` as text, a megabyte at a time: a reader thread never holds the interpreter for long."""
    if len(raw) <= _CHUNK:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError(exc.encoding, raw, exc.start + 1, exc.end + 1, exc.reason) from None
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    parts = []
    for start in range(0, len(raw), _CHUNK):
        try:
            parts.append(decoder.decode(view[start:start + _CHUNK], final=start + _CHUNK >= len(raw)))
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError(exc.encoding, raw, start + exc.start + 1, start + exc.end + 1, exc.reason) from None
    return "".join(parts)


def parse_json(raw: bytes, max_depth: int = MAX_JSON_DEPTH, max_items: int = MAX_JSON_ITEMS) -> Any:
    """The value the UTF-8 JSON ``raw`` holds, or :class:`JsonProblem` saying why not."""
    try:
        text = _decoded(raw)
    except UnicodeDecodeError as exc:
        raise JsonProblem(tr("not UTF-8 text (near byte {offset})").format(offset=count(exc.start)), not_text=True) from None
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark, as some Windows editors write: not part of the JSON
    if not text.strip():
        raise JsonProblem(tr("the file is empty"))
    check_shape(text, max_depth, max_items)
    try:
        return json.loads(text, parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as exc:
        raise JsonProblem(tr("line {line}, column {column}: not valid JSON ({reason})").format(
            line=exc.lineno, column=exc.colno, reason=exc.msg)) from None
    except _NumberTooLong as exc:
        where = _where(text, max(text.find(exc.text), 0))
        if exc.integer:
            raise JsonProblem(tr("{where}: an integer of {n} digits ({number}); lstmviz reads at most {limit}").format(
                where=where, n=count(len(exc.text.lstrip("-"))), number=elide(exc.text, 24),
                limit=MAX_INT_DIGITS)) from None
        raise JsonProblem(tr("{where}: a number written with {n} characters; lstmviz reads at most {limit}").format(
            where=where, n=count(len(exc.text)), limit=MAX_NUMBER_CHARS)) from None
    except RecursionError:  # check_shape bounds the depth; a smaller stack than expected still ends here
        raise JsonProblem(tr("nested too deeply to read")) from None
