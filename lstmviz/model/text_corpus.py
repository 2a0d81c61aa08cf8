"""The texts lstmviz ships for character language models: what each is, where it comes from, its licence.

The files themselves are in ``resources/data/`` (gzip-compressed UTF-8) and are read by
:mod:`lstmviz.io.text_source`; this catalogue is plain data so the window, the command line
and the README name the same source and licence.
"""

from __future__ import annotations

from dataclasses import dataclass

from lstmviz.i18n import tr, tr_noop


@dataclass(frozen=True)
class Corpus:
    name: str  # as stored in a dataset spec: "tinyshakespeare"
    title: str  # tr_noop: translated where shown
    file: str  # in resources/data/
    language: str  # "en" or "zh"
    source: str
    licence: str  # tr_noop
    licence_file: str  # in resources/data/
    citation: str
    prompt: str  # a sample's default start
    vocabulary: int  # distinct characters of the whole text (a test counts them)
    characters: int = 0  # length of the whole text


CORPORA: dict[str, Corpus] = {
    c.name: c
    for c in (
        Corpus(
            "tinyshakespeare", tr_noop("Tiny Shakespeare (plays)"), "tinyshakespeare.txt.gz", "en",
            "https://github.com/karpathy/char-rnn (data/tinyshakespeare/input.txt)",
            tr_noop("public domain (collected in karpathy/char-rnn, MIT licence)"),
            "tinyshakespeare.LICENSE.txt",
            "Andrej Karpathy, The Unreasonable Effectiveness of Recurrent Neural Networks, 2015",
            "ROMEO:\n", 65, 1_115_394,
        ),
        Corpus(
            "songci300", tr_noop("Three Hundred Song Ci (宋词三百首)"), "songci300.txt.gz", "zh",
            "https://github.com/chinese-poetry/chinese-poetry (宋词/宋词三百首.json)",
            tr_noop("poems in the public domain; the chinese-poetry collection is MIT licensed (c) 2016 JackeyGao"),
            "songci300.LICENSE.txt",
            "chinese-poetry: 最全中文诗歌古典文集数据库, https://github.com/chinese-poetry/chinese-poetry",
            "浣溪沙（晏殊）\n", 2129, 34_572,
        ),
    )
}


def corpus(name: str) -> Corpus:
    try:
        return CORPORA[name]
    except KeyError:
        raise ValueError(tr("no bundled text named {name!r}; texts: {names}").format(
            name=name, names=", ".join(CORPORA))) from None


def with_vocabulary(size: int) -> Corpus | None:
    """The bundled text whose vocabulary has ``size`` characters (a model's Embedding says which), or None."""
    return next((c for c in CORPORA.values() if c.vocabulary == size), None)


def credit(c: Corpus) -> str:
    """One line for the data's place in the window and ``lstmviz summary``: source and licence."""
    return tr("Source: {source}. Licence: {licence}.").format(source=c.source, licence=tr(c.licence))


def summary(name: str) -> dict[str, object]:
    """What ``lstmviz summary`` says of a bundled text: its name, size, vocabulary, source and licence."""
    c = corpus(name)
    return {"name": c.name, "title": tr(c.title), "characters": c.characters, "vocabulary": c.vocabulary,
            "source": c.source, "licence": tr(c.licence), "citation": c.citation}


def summary_line(name: str) -> str:
    c = corpus(name)
    return tr("Data: {title}, {characters} characters, {vocabulary} different. {credit}").format(
        title=tr(c.title), characters=f"{c.characters:,}", vocabulary=f"{c.vocabulary:,}", credit=credit(c))
