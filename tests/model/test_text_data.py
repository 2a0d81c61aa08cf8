"""Texts for character models: the bundled corpora, vocabularies, windows and a user's .txt file."""

from __future__ import annotations

import gzip

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lstmviz.io.dataset_loader import load_dataset
from lstmviz.io.text_source import MAX_TEXT_BYTES, bundled_licence, bundled_text, read_text_file
from lstmviz.model.char_windows import TextDataset, char_windows
from lstmviz.model.dataset_spec import DatasetError, DatasetSpec, spec_from_dict
from lstmviz.model.datasets import fit_problem, spec_title, suggest_dataset
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.inference import infer
from lstmviz.model.text_corpus import CORPORA
from lstmviz.model.vocabulary import Vocabulary, shown_char
from lstmviz.resources_path import resources


def test_the_bundled_texts_are_whole_and_licensed():
    shakespeare = bundled_text("tinyshakespeare")
    assert len(shakespeare) == 1_115_394 and shakespeare.startswith("First Citizen:\nBefore we proceed")
    songci = bundled_text("songci300")
    assert songci.startswith("湘春夜月（黄孝迈）\n近清明。") and songci.count("\n\n") == 279  # 280 poems
    for c in CORPORA.values():
        assert Vocabulary.from_text(bundled_text(c.name)).size == c.vocabulary
        assert len(bundled_text(c.name)) == c.characters
        assert (resources() / "data" / c.file).read_bytes()[:2] == b"\x1f\x8b"  # shipped compressed
        assert "licen" in bundled_licence(c.name).lower()
        assert not Vocabulary.from_text(bundled_text(c.name)).unknown(c.prompt)
    assert "MIT" in bundled_licence("songci300") and "public domain" in bundled_licence("tinyshakespeare")


def test_vocabulary_counts_and_round_trips():
    v = Vocabulary.from_text("abracadabra\n")
    assert v.chars == ("\n", "a", "b", "c", "d", "r") and v.size == 6
    assert v.most_frequent(3) == [("a", 5), ("b", 2), ("r", 2)]
    assert v.decode(v.encode("cab\n")) == "cab\n"
    assert v.unknown("abz?z") == ["z", "?"]
    with pytest.raises(ValueError, match="'z' is not in the vocabulary of 6 characters"):
        v.encode("abz")
    assert shown_char("\n") == "\u21b5" and shown_char(" ") == "\u2423" and shown_char("花") == "花"
    assert v.summary(2) == "6 characters; most frequent: a b"


def test_windows_predict_the_next_character():
    d = char_windows("hello world\n" * 3, "hw", time_steps=5)
    assert isinstance(d, TextDataset)
    assert d.x.shape == (7, 5) and d.y.shape == (7, 5) and d.x.dtype == np.int32  # (36 - 1) // 5
    assert d.vocabulary.decode(d.x[0]) == "hello" and d.vocabulary.decode(d.y[0].astype(int)) == "ello "
    assert d.vocabulary.decode(d.x[1]) == " worl"  # windows follow each other without overlap
    assert d.output_shape == (5, d.vocabulary.size)
    from lstmviz.model.tasks import Task, rules

    assert d.task is Task.LANGUAGE_MODEL and "perplexity" in rules(d.task).metrics
    train, val = d.split(0.3)
    assert isinstance(train, TextDataset) and train.vocabulary == d.vocabulary and val.samples == 3
    assert char_windows("hello world\n" * 3, "hw", 5, samples=2).samples == 2
    with pytest.raises(DatasetError, match="3 characters make no window of 5"):
        char_windows("abc", "abc", 5)


def test_text_specs_load_and_name_themselves():
    spec = spec_from_dict({"kind": "text", "corpus": "songci300", "time_steps": 16, "samples": 10})
    assert spec.is_text and spec_title(spec) == "text songci300"
    d = load_dataset(spec)
    assert d.x.shape == (10, 16) and d.vocabulary.size == 2129 and "MIT" in d.description
    with pytest.raises(DatasetError, match="no bundled text named 'nope'"):
        load_dataset(DatasetSpec("text", corpus="nope"))
    with pytest.raises(DatasetError, match="needs a bundled text"):
        load_dataset(DatasetSpec("text"))
    with pytest.raises(DatasetError, match="corpus: expected the name of a bundled text"):
        spec_from_dict({"kind": "text", "corpus": 3})


@pytest.mark.parametrize("name", ["char-shakespeare", "char-songci"])
def test_character_examples_fit_their_text(name):
    example = EXAMPLES[name]
    dataset = load_dataset(example.dataset)
    inference = infer(example.architecture)
    assert fit_problem(inference, dataset) is None
    assert example.architecture.layers[0].options["input_dim"] == dataset.vocabulary.size
    assert inference.output_shape == (None, dataset.x.shape[1], dataset.vocabulary.size)
    assert example.training.loss == "sparse_categorical_crossentropy"
    assert suggest_dataset(inference).corpus == example.dataset.corpus


def test_a_model_for_another_vocabulary_is_told_the_output_width():
    example = EXAMPLES["char-shakespeare"]
    other = load_dataset(DatasetSpec("text", corpus="songci300", time_steps=64, samples=5))
    problem = fit_problem(infer(example.architecture), other)
    assert "set the last layer's units to 2129" in problem


def test_a_users_text_file_loads_like_a_corpus(tmp_path):
    path = tmp_path / "poem.txt"
    path.write_bytes("\ufeffRoses are red,\r\nviolets are blue.\r\n".encode("utf-8"))
    d = load_dataset(DatasetSpec("text", path=str(path), time_steps=4))
    assert d.name == "poem.txt" and "\r" not in d.vocabulary.chars and "\ufeff" not in d.vocabulary.chars
    assert d.samples == (len("Roses are red,\nviolets are blue.\n") - 1) // 4


def test_bad_text_files_say_what_and_where(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(b"first line\nna\xefve\n")
    with pytest.raises(DatasetError, match=r"latin1.txt: not UTF-8 text \(line 2, byte 3 of the line: 0xef\)"):
        read_text_file(latin)
    nul = tmp_path / "nul.txt"
    nul.write_bytes(b"a\nb\x00c")
    with pytest.raises(DatasetError, match="line 2 holds a NUL character"):
        read_text_file(nul)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n ")
    with pytest.raises(DatasetError, match="holds no text"):
        read_text_file(empty)
    with pytest.raises(DatasetError, match="missing.txt"):
        read_text_file(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_TEXT_BYTES + 1))
    with pytest.raises(DatasetError, match="big.txt"):
        read_text_file(big)
    with pytest.raises(DatasetError, match="not a regular file|directory"):
        read_text_file(tmp_path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_bytes_give_windows_or_a_clear_error(tmp_path, raw):
    path = tmp_path / "any.txt"
    path.write_bytes(raw)
    try:
        d = load_dataset(DatasetSpec("text", path=str(path), time_steps=3))
    except DatasetError as exc:
        assert str(exc).startswith("any.txt") or "any.txt" in str(exc)
        return
    assert d.x.shape[1] == 3 and d.x.max() < d.vocabulary.size
    np.testing.assert_array_equal(d.x[:, 1:], d.y[:, :-1].astype(np.int32))


def test_summary_names_the_text_its_size_and_licence():
    from lstmviz.model.text_corpus import summary, summary_line

    assert summary("songci300")["characters"] == 34_572 and "MIT" in summary("songci300")["licence"]
    line = summary_line("tinyshakespeare")
    assert line.startswith("Data: Tiny Shakespeare (plays), 1,115,394 characters, 65 different. Source: https://")
    assert "public domain" in line
