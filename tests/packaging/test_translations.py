"""The translation catalogues are complete and compiled: every tr() literal is translated and the .qm matches its .ts."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations as catalogue  # noqa: E402

FIX = "run: python packaging/update_translations.py, then translate the new entries (pyside6-linguist)"
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")


@pytest.fixture(scope="module")
def messages():
    return catalogue.extract()


def test_every_tr_literal_is_translated_and_every_qm_is_compiled_from_its_ts(messages):
    assert catalogue.catalogues(), "no resources/translations/lstmviz_*.ts"
    problems = catalogue.check(messages)
    assert not problems, f"{len(problems)} translation problems ({FIX}):\n" + "\n".join(problems[:40])


def test_translations_keep_the_placeholders_of_their_source():
    """A translation may drop a plural suffix ({value}), never invent or rename a placeholder."""
    for ts in catalogue.catalogues():
        _language, contexts = catalogue.read_ts(ts)
        for entries in contexts.values():
            for entry in entries.values():
                if entry.kind in ("vanished", "obsolete"):
                    continue
                extra = set(PLACEHOLDER.findall(entry.translation)) - set(PLACEHOLDER.findall(entry.source))
                assert not extra, f"{ts.name}: {entry.source!r} -> {entry.translation!r} adds {extra}"
                if entry.source.startswith("{name} must be"):  # inference matches an option's message on "name "
                    assert entry.translation.startswith("{name} "), entry.translation


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    shutil.copytree(catalogue.TRANSLATIONS, folder)
    return folder


def test_the_check_fails_on_a_missing_an_unfinished_and_a_vanished_but_used_entry(messages, tmp_path):
    folder = _copy(tmp_path)
    ts = next(folder.glob("lstmviz_*.ts"))
    tree = ET.parse(ts)
    all_messages = list(tree.getroot().iter("message"))
    gone, draft, vanished = (m for m in all_messages[:3])
    sources = [m.findtext("source") for m in (gone, draft, vanished)]
    for context in tree.getroot().iter("context"):
        if gone in list(context):
            context.remove(gone)
    draft.find("translation").set("type", "unfinished")
    vanished.find("translation").set("type", "vanished")
    tree.write(ts, encoding="utf-8")
    problems = "\n".join(catalogue.check(messages, folder))
    assert f"missing {sources[0]!r}" in problems
    assert f"not translated yet: {sources[1]!r}" in problems
    assert f"missing {sources[2]!r}" in problems


def test_the_check_fails_on_a_tr_literal_the_ts_does_not_have(messages, tmp_path):
    new = catalogue.Message("lstmviz", "A string added to the code after the last update", ["lstmviz/x.py"])
    problems = catalogue.check([*messages, new], _copy(tmp_path))
    assert any("missing 'A string added to the code" in p for p in problems), problems


def test_the_check_fails_when_the_qm_is_not_compiled_from_the_ts(messages, tmp_path):
    folder = _copy(tmp_path)
    ts = next(folder.glob("lstmviz_*.ts"))
    text = ts.read_text(encoding="utf-8")
    changed = text.replace("<translation>文件(&amp;F)</translation>", "<translation>档案(&amp;F)</translation>")
    assert changed != text
    ts.write_text(changed, encoding="utf-8")  # the same mtime games git plays would not hide this
    problems = catalogue.check(messages, folder)
    assert problems == [f"{ts.with_suffix('.qm').name} is not compiled from the current {ts.name}"]


def test_the_extractor_refuses_text_built_inside_tr(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('from lstmviz.i18n import tr\nname = "x"\ntr(f"Saved {name}")\n', encoding="utf-8")
    with pytest.raises(catalogue.ExtractionError, match="an f-string"):
        catalogue.extract_file(bad, "bad.py")
