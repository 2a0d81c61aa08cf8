"""Texts for character language models: the bundled corpora and a user's own .txt file.

A bundled text is a gzip file in ``resources/data/`` (inflated with a bound, kept once per
process); a user's file is read the way CSV files are: a regular file of bounded size,
strict UTF-8 (the error names the line and column of the first bad byte), no NUL
characters. Every problem is a :class:`~lstmviz.model.dataset_spec.DatasetError`.
"""

from __future__ import annotations

import functools
import gzip
import io
from pathlib import Path

from lstmviz.i18n import tr
from lstmviz.io.limits import size_text
from lstmviz.io.safe_open import FileProblem, read_regular, shown_path
from lstmviz.model.char_windows import DEFAULT_TIME_STEPS, TextDataset, char_windows
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec
from lstmviz.model.datasets import whole
from lstmviz.model.text_corpus import corpus, credit
from lstmviz.resources_path import resources

# A user's text, and a bundled one after inflating: a few MB is a long novel, plenty for a demo.
MAX_TEXT_BYTES = 8 << 20


@functools.cache
def bundled_text(name: str) -> str:
    """The text of a bundled corpus (ValueError for an unknown name)."""
    c = corpus(name)
    raw = (resources() / "data" / c.file).read_bytes()
    with gzip.GzipFile(fileobj=io.BytesIO(raw)) as inflated:
        data = inflated.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:  # only a damaged install could get here
        raise DatasetError(tr("{file}: larger than {limit} when inflated").format(file=c.file, limit=size_text(MAX_TEXT_BYTES)))
    return data.decode("utf-8")


def bundled_licence(name: str) -> str:
    c = corpus(name)
    return (resources() / "data" / c.licence_file).read_text(encoding="utf-8")


def read_text_file(path: str | Path) -> str:
    """A user's text file: at most MAX_TEXT_BYTES, UTF-8 (a BOM dropped), line ends as ``\\n``."""
    path = Path(path)
    try:
        raw = read_regular(path, MAX_TEXT_BYTES)
    except FileProblem as exc:
        raise DatasetError(f"{shown_path(path)}: {exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DatasetError(tr("{name}: not UTF-8 text (line {line}, byte {column} of the line: {byte})").format(
            name=path.name, line=line, column=column, byte=f"0x{raw[exc.start]:02x}")) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DatasetError(tr("{name}: line {line} holds a NUL character; not a text file").format(name=path.name, line=line))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DatasetError(tr("{name}: the file holds no text").format(name=path.name))
    return text


def load_text(spec: DatasetSpec) -> TextDataset:
    """The windows a ``text`` dataset spec describes: a bundled corpus, or the file at ``spec.path``."""
    time_steps = whole(spec, "time_steps", DEFAULT_TIME_STEPS)
    samples = None if spec.samples is None else whole(spec, "samples", 1)
    if spec.corpus:
        try:
            c = corpus(spec.corpus)
        except ValueError as exc:
            raise DatasetError(str(exc)) from None
        text = bundled_text(c.name)
        dataset = char_windows(text, c.name, time_steps, samples)
        return _with_note(dataset, credit(c))
    if not spec.path:
        raise DatasetError(tr("a text dataset needs a bundled text (corpus) or the path of a .txt file"))
    return char_windows(read_text_file(spec.path), Path(spec.path).name, time_steps, samples)


def _with_note(dataset: TextDataset, note: str) -> TextDataset:
    from dataclasses import replace

    return replace(dataset, description=f"{dataset.description} {note}")
