"""Translation of user-visible text, for every layer of the app.

Every string a user can read goes through :func:`tr`, in the UI and in the model core
alike (the model's error messages appear on the canvas). The model imports no Qt, so
this module holds only a hook: the window installs Qt's translators at start-up
(:mod:`lstmviz.ui.language.language`: ``tr(text)`` becomes ``QCoreApplication.translate("lstmviz", text)``),
and headless commands keep English unless ``--lang zh_CN`` asks (:mod:`lstmviz.cli`).

Write ``tr("{units} units").format(units=n)``, never ``tr(f"...")``: the text inside
``tr()`` must be a literal so it can be extracted into the ``.ts`` catalogue.
"""

from __future__ import annotations

from typing import Callable

CONTEXT = "lstmviz"

_translate: Callable[[str, str], str] | None = None
_catalogue: str | None = None


def tr(text: str, context: str = CONTEXT) -> str:
    """``text`` in the user's language (English when no translator is installed)."""
    if _translate is None:
        return text
    return _translate(context, text)


def install(translate: Callable[[str, str], str] | None, catalogue: str | None = None) -> None:
    """Route :func:`tr` through ``translate(context, text)``; None goes back to English.

    ``catalogue`` is the compiled ``.qm`` file ``translate`` reads, if any: a helper
    process (see ``lstmviz.ui.work.isolated_reading``) loads the same one.
    """
    global _translate, _catalogue
    _translate = translate
    _catalogue = catalogue if translate is not None else None


def catalogue() -> str | None:
    """The ``.qm`` file behind :func:`tr`, or None for English."""
    return _catalogue


def tr_noop(text: str) -> str:
    """Mark a literal kept in a table for the catalogue; translate it where it is shown, with ``tr(value)``."""
    return text
