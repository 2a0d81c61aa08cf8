"""The window's language: English or Simplified Chinese, chosen once before the window is built.

Which one: ``LSTMVIZ_LANGUAGE`` (``en`` or ``zh_CN``; tests and screenshots set it) if set,
else what View > Language saved (QSettings ``ui/language``), else the system's locale
(``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, then Qt's): any Chinese locale gives
``zh_CN``, anything else English. :func:`apply` installs lstmviz's catalogue
(``resources/translations/lstmviz_zh_CN.qm``) and Qt's own (the standard buttons: Close,
Save, Cancel...) on the application, routes :func:`lstmviz.i18n.tr` through Qt, and makes
sure Chinese text has a font (:func:`ensure_cjk_font`).

Changing the language while the window is open restarts lstmviz (:func:`restart_command`),
handing the document over (:mod:`lstmviz.ui.language.language_handoff`): many texts are built once,
when their widget is made, and the model core's messages are cached with the model; a new
window is the one way to have every text in the new language.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from lstmviz import i18n
from lstmviz.i18n import tr
from lstmviz.resources_path import resources, translations

ENGLISH = "en"
CHINESE = "zh_CN"
# Each language named in itself: the menu must be readable whatever language is showing.
LANGUAGES = {ENGLISH: "English", CHINESE: "简体中文"}
ENVIRONMENT = "LSTMVIZ_LANGUAGE"
SETTINGS_KEY = "ui/language"
FONT_FILE = "LstmvizCJK-Regular.otf"
# Families the app names itself (style.py, the plots): Chinese text in them falls back to the CJK font.
NAMED_FAMILIES = ("DejaVu Sans", "DejaVu Sans Mono")

_installed: list[QTranslator] = []
_current = ENGLISH
_bundled_family: str | None = None


def settings() -> QSettings:
    """The store View > Language writes to (the same as the recent files)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, "lstmviz", "lstmviz")


def normalise(name: str | None) -> str | None:
    """``zh_CN.UTF-8``, ``zh-Hans``, ``zh_TW`` -> ``zh_CN``; ``en_GB``, ``C`` -> ``en``; junk -> None."""
    if not name:
        return None
    base = name.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip()
    if base.lower().startswith("zh"):
        return CHINESE
    if base.lower() in ("c", "posix") or base[:2].isalpha():
        return ENGLISH
    return None


def system_language() -> str:
    """The language of the user's locale (POSIX precedence first, then Qt's own idea of it)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        first = value.split(":", 1)[0]  # LANGUAGE may list several: the first one counts
        found = normalise(first)
        if found is not None:
            return found
    for name in QLocale.system().uiLanguages():
        found = normalise(name)
        if found is not None:
            return found
    return ENGLISH


def saved_language(store: QSettings | None = None) -> str | None:
    value = (store or settings()).value(SETTINGS_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(code: str, store: QSettings | None = None) -> None:
    store = store or settings()
    store.setValue(SETTINGS_KEY, code)
    store.sync()


def chosen_language(store: QSettings | None = None) -> str:
    """The language the window opens in: the environment's override, the saved choice, or the locale's."""
    forced = normalise(os.environ.get(ENVIRONMENT))
    if forced is not None:
        return forced
    return saved_language(store) or system_language()


def current() -> str:
    """The language installed now (English until :func:`apply`)."""
    return _current


def catalogue_path(code: str) -> Path:
    return Path(str(translations() / f"lstmviz_{code}.qm"))


def apply(code: str, app: QCoreApplication | None = None) -> str:
    """Install ``code``'s translations (English removes them); returns the language now in force.

    A catalogue that cannot be loaded leaves the UI in English rather than half translated.
    """
    global _current
    app = app or QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    i18n.install(None)
    _current = ENGLISH
    if code == ENGLISH or app is None:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return _current
    own = QTranslator(app)
    if not own.load(str(catalogue_path(code))):
        return _current
    qt = QTranslator(app)  # Qt's standard buttons and dialogs (shipped with PySide6)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QCoreApplication.installTranslator(own)
    _installed.append(own)
    i18n.install(QCoreApplication.translate, catalogue=str(catalogue_path(code)))  # a reader process loads it too
    QLocale.setDefault(QLocale(code))
    _current = code
    if isinstance(app, QApplication):
        ensure_cjk_font()
    return _current


def system_has_cjk_font() -> bool:
    """Whether a font the system provides covers Simplified Chinese (the bundled one not counted)."""
    return any(family != _bundled_family
               for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font() -> str | None:
    """Load the bundled CJK font when no system font covers Chinese; its family, or None when not needed.

    Qt falls back per character to fonts that cover it (fontconfig on Linux sees application
    fonts too); the substitutions make the families the app names itself fall back to it as well.
    """
    global _bundled_family
    if _bundled_family is not None:
        return _bundled_family
    if system_has_cjk_font():
        return None
    # What the system draws the named families with now (itself, or its stand-in where it is not installed).
    # Once the bundled font is loaded it would stand in for a missing family's Latin text too, and its
    # thin underscore hugs the baseline: "m2m_project" read "m2m project".
    stand_ins = {family: QFontInfo(QFont(family)).family().split(" [", 1)[0] for family in NAMED_FAMILIES}
    path = resources() / "fonts" / FONT_FILE
    font_id = QFontDatabase.addApplicationFontFromData(path.read_bytes())
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        print(tr('lstmviz: cannot load {FONT_FILE}: Chinese text may show as boxes').format(FONT_FILE=FONT_FILE), file=sys.stderr)
        return None
    _bundled_family = families[0]
    for family in NAMED_FAMILIES:
        # The system's own stand-in first (Latin text keeps it), the bundled font for what it lacks.
        for name in (stand_ins.get(family), _bundled_family):
            if not name or name == family:
                continue
            if name.lower() not in (known.lower() for known in QFont.substitutes(family)):
                QFont.insertSubstitution(family, name)
    return _bundled_family


def bundled_family() -> str | None:
    """The bundled CJK font's family once loaded (None: not loaded, a system font serves)."""
    return _bundled_family


def restart_command(source: str | None, presenter: bool = False) -> tuple[str, list[str]]:
    """The program and arguments that open lstmviz again on ``source`` (a file or an example name)."""
    args = [source] if source else []
    if presenter:
        args.insert(0, "--presenter")
    if getattr(sys, "frozen", False):  # the desktop app built by PyInstaller: its binary is the command
        return sys.executable, args
    return sys.executable, ["-m", "lstmviz", *args]
