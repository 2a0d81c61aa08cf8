"""Choosing the UI language: the locale, View > Language, --lang; Qt's own catalogue; the CJK font fallback."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QImage, QRawFont
from PySide6.QtWidgets import QLabel, QMessageBox

from lstmviz import cli, i18n
from lstmviz.resources_path import translations
from lstmviz.ui.language import language
from lstmviz.ui.language.language_menu import SYSTEM, LanguageMenu
from tests.ui.editor_support import isolated_settings, window  # noqa: F401


@pytest.fixture
def chinese(qapp, request):
    request.addfinalizer(lambda: language.apply(language.ENGLISH, qapp))
    assert language.apply(language.CHINESE, qapp) == language.CHINESE


@pytest.fixture
def clean_locale(monkeypatch, isolated_settings):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", language.ENVIRONMENT):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
    ({"LANGUAGE": "zh_TW:en", "LANG": "en_GB.UTF-8"}, "zh_CN"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
])
def test_the_language_follows_the_system_locale(clean_locale, variables, expected):
    for name, value in variables.items():
        clean_locale.setenv(name, value)
    assert language.system_language() == expected
    assert language.chosen_language() == expected  # nothing saved, nothing forced


def test_a_saved_choice_beats_the_locale_and_the_override_beats_both(clean_locale):
    clean_locale.setenv("LANG", "zh_CN.UTF-8")
    language.save_language(language.ENGLISH)
    assert language.chosen_language() == "en"
    clean_locale.setenv(language.ENVIRONMENT, "zh_CN")
    assert language.chosen_language() == "zh_CN"


def test_lang_on_the_command_line_sets_the_override(clean_locale):
    clean_locale.setenv(language.ENVIRONMENT, "")  # monkeypatch puts the environment back afterwards
    rest = cli._take_language(["--lang", "zh_CN", "summary", "one-to-one"])
    assert rest == ["summary", "one-to-one"]
    import os

    assert os.environ[language.ENVIRONMENT] == "zh_CN"
    assert cli._take_language(["--lang=en"]) == [] and os.environ[language.ENVIRONMENT] == "en"


def test_tr_goes_through_qt_translators_and_qt_s_own_buttons_are_chinese(chinese):
    assert i18n.tr("&File") == "文件(&F)"
    assert i18n.tr("{count} params").format(count=5) == "5 个参数"
    assert QCoreApplication.translate("lstmviz", "Train") == "训练"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase_zh_CN.qm
    assert (translations() / "lstmviz_zh_CN.qm").is_file()


def test_english_uninstalls_every_translator(chinese, qapp):
    language.apply(language.ENGLISH, qapp)
    assert i18n.tr("&File") == "&File" and language.current() == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_view_language_saves_the_choice_and_switches(window, clean_locale):
    menu = window.language_menu
    assert [a.data() for a in menu.menu.actions()] == [SYSTEM, "en", "zh_CN"]
    assert menu.actions[SYSTEM].isChecked()  # nothing saved yet
    offered = []
    menu.switch = offered.append
    assert menu.choose("zh_CN") == "zh_CN" and offered == ["zh_CN"]
    assert QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "lstmviz", "lstmviz").value(
        language.SETTINGS_KEY) == "zh_CN"
    assert menu.actions["zh_CN"].isChecked() and language.chosen_language() == "zh_CN"
    clean_locale.setenv("LANG", "en_US.UTF-8")
    assert menu.choose(SYSTEM) == "en" and language.saved_language() is None
    assert offered == ["zh_CN"]  # English is what shows already: nothing to restart for


def _ink(text: str, font: QFont | None = None) -> QImage:
    label = QLabel(text)
    if font is not None:
        label.setFont(font)
    label.resize(160, 48)
    image = QImage(160, 48, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    label.render(image)
    return image


def test_chinese_renders_with_glyphs_from_the_bundled_font_when_the_system_has_none(chinese):
    family = language.bundled_family()
    if language.system_has_cjk_font():
        pytest.skip("a system font covers Chinese: the bundled one is not needed here")
    assert family == "lstmviz CJK"
    raw = QRawFont.fromFont(QFont(family))
    assert raw.isValid() and raw.familyName() == family
    for char in "参数时间步遗忘门":
        assert raw.supportsCharacter(ord(char)), char
    # Rendered in the application's default font (which has no CJK): the fallback draws real,
    # distinct glyphs, where a missing glyph would be the same box for 参, 数 and an unassigned code point.
    box = _ink("\ue000")
    assert _ink("参") != box and _ink("数") != box and _ink("参") != _ink("数")
    assert _ink("参数", QFont("DejaVu Sans")) != _ink("\ue000\ue000", QFont("DejaVu Sans"))


def test_the_bundled_font_has_every_character_the_catalogue_uses(chinese):
    if language.bundled_family() is None:
        pytest.skip("a system font covers Chinese")
    raw = QRawFont.fromFont(QFont(language.bundled_family()))
    used = set()
    for ts in (language.resources() / "translations").iterdir():
        if ts.name.endswith(".ts"):
            for node in ET.fromstring(ts.read_bytes()).iter("translation"):
                used.update(node.text or "")
    missing = sorted(c for c in used if ord(c) >= 0x2E80 and not raw.supportsCharacter(ord(c)))
    assert not missing, ("not in the bundled font: " + "".join(missing)
                         + " (run: python packaging/subset_cjk_font.py NotoSansCJK-Regular.ttc)")


def test_lang_zh_cn_translates_the_commands_messages_and_the_locale_alone_does_not(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != language.ENVIRONMENT}
    env["LANG"] = "zh_CN.UTF-8"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "lstmviz", *args, "summary", "no-such-model"],
                              capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)

    chinese, english = run("--lang", "zh_CN"), run()
    assert chinese.returncode == english.returncode == 2
    assert "没有这个文件" in chinese.stderr and chinese.stderr.count("\n") == 1
    assert "no such file" in english.stderr


def test_switching_hands_the_unsaved_document_to_the_new_window_without_asking(qtbot, window, clean_locale,
                                                                               monkeypatch, tmp_path):
    import os

    import numpy as np

    from lstmviz.app import create_main_window
    from lstmviz.model.runs import TrainedState
    from lstmviz.ui.language import language_handoff, language_menu
    from lstmviz.ui.document import autosave
    from tests.ui.test_trained_document import a_run, weights_for

    monkeypatch.setattr(autosave, "recovery_folder", lambda: tmp_path / "recovery")
    monkeypatch.setattr(language_handoff, "recovery_folder", lambda: tmp_path / "recovery")
    doc = window.document
    path = tmp_path / "model.lstmviz"
    assert window.save_to(path)
    trained = TrainedState(doc.architecture, weights_for(doc.architecture), run=1, epoch=3, loss=0.1,
                           source="run #1, epoch 3")
    doc.record_run(a_run(1, [0.3, 0.2, 0.1], doc.training), trained)
    assert doc.set_training(doc.training.updated(epochs=77))  # unsaved
    window.tabs.setCurrentIndex(1)
    asked = []
    window.ask_save_changes = lambda: asked.append(1)
    started = []
    monkeypatch.setattr(language_menu.QProcess, "startDetached", staticmethod(
        lambda program, args: started.append((program, args, os.environ.get(language_handoff.ENVIRONMENT)))
        or (True, 1)))
    clean_locale.setenv(language.ENVIRONMENT, "zh_CN")  # as `lstmviz --lang zh_CN` leaves it
    assert window.language_menu.restart()
    assert not window.isVisible() and asked == []  # no Save/Discard question
    program, args, handed = started[0]
    assert args == ["-m", "lstmviz"] and handed and language.ENVIRONMENT not in os.environ
    assert language_handoff.ENVIRONMENT not in os.environ  # only the new process has it

    clean_locale.setenv(language_handoff.ENVIRONMENT, handed)
    other = create_main_window()
    qtbot.addWidget(other)
    other.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    assert language_handoff.take_handoff(other)
    new = other.document
    assert new.path == path and new.title == doc.title and new.modified
    assert new.training.epochs == 77 and new.architecture == doc.architecture
    assert new.trained is not None and new.trained.epoch == 3 and [r.number for r in new.runs] == [1]
    for a, b in zip(new.trained.weights, trained.weights):
        np.testing.assert_array_equal(a, b)
    assert not new.undo_stack.canUndo() and other.tabs.currentIndex() == 1
    assert not os.path.exists(handed)
    assert not language_handoff.take_handoff(other)  # taken once


def test_switching_while_training_waits(window, clean_locale):
    window.document.lock("training")
    assert not window.language_menu.switch("zh_CN")
    assert window.isVisible() and "after training" in window.statusBar().currentMessage()
    window.document.unlock()


def test_the_reader_process_of_large_files_speaks_the_windows_language(chinese, tmp_path):
    from lstmviz.io.project import SourceError
    from lstmviz.ui.work import isolated_reading

    isolated_reading.shutdown()  # a reader started in English must not answer for this window
    broken = tmp_path / "broken.lstmviz"
    broken.write_text("{" + " " * isolated_reading.ISOLATE_BYTES + '"title": ')  # large, and cut short
    try:
        with pytest.raises(SourceError) as raised:
            isolated_reading.load_source_isolated(str(broken))
    finally:
        isolated_reading.shutdown()
    assert "broken.lstmviz" in str(raised.value)
    english = "not valid JSON"
    assert english not in str(raised.value), str(raised.value)
    i18n.install(None)
    try:
        from lstmviz.io.project_io import load_source

        with pytest.raises(SourceError) as here:
            load_source(str(broken))
        assert english in str(here.value)  # the same failure, read here in English
    finally:
        language.apply(language.CHINESE)
