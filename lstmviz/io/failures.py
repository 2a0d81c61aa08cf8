"""Any failure as the one line users see: ``FILE: what is wrong``, or an internal error to report.

The command line's error boundary, the window's file actions and the start-up all turn
exceptions into text here, so a file problem reads the same wherever it happens and a
bug in lstmviz is never mistaken for a bad file (nor shown as a traceback).
"""

from __future__ import annotations

import errno
import os

from lstmviz.i18n import tr
from lstmviz.io.project import SourceError
from lstmviz.io.safe_open import FileProblem, os_error_text, shown_path
from lstmviz.model.dataset_spec import DatasetError
from lstmviz.model.limits import one_line

DEBUG_VARIABLE = "LSTMVIZ_DEBUG"

# Errors writing to a stream (standard output, a pipe, a full disk) rather than about a named file.
OUTPUT_ERRORS = tuple(getattr(errno, name) for name in ("EPIPE", "ENOSPC", "EDQUOT", "EFBIG", "EIO")
                      if hasattr(errno, name))


def debugging() -> bool:
    """Whether the user asked for tracebacks (``LSTMVIZ_DEBUG=1``)."""
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def failure_text(exc: BaseException, where: str | os.PathLike[str] | None = None) -> str | None:
    """The one-line message for a failure with a file or its content; None for an internal error.

    ``where`` names the file when the exception does not (a FileProblem, an OSError without
    a file name).
    """
    prefix = f"{shown_path(where)}: " if where is not None and str(where) else ""
    if isinstance(exc, (SourceError, DatasetError)):
        return one_line(str(exc))
    if isinstance(exc, FileProblem):
        return one_line(prefix + str(exc))
    if isinstance(exc, MemoryError):
        return one_line(prefix + tr("not enough memory for it"))
    if isinstance(exc, OSError):
        name = exc.filename if exc.filename is not None else where
        if name is None and exc.errno in OUTPUT_ERRORS:
            return one_line(tr("cannot write the output: {reason}").format(reason=os_error_text(exc)))
        named = f"{shown_path(name)}: " if name is not None and str(name) else ""
        return one_line(named + os_error_text(exc))
    return None


def internal_error_text(exc: BaseException) -> str:
    """One line for a bug in lstmviz: what happened, and how to report it."""
    what = one_line(f"{type(exc).__name__}: {exc}", 300)
    return tr("internal error ({what}); this is a bug in lstmviz: please report it "
              "(run with {variable}=1 to see the traceback)").format(what=what, variable=DEBUG_VARIABLE)


def describe_failure(exc: BaseException, where: str | os.PathLike[str] | None = None) -> str:
    """:func:`failure_text`, or for a bug the internal-error line (and the traceback on stderr when debugging)."""
    text = failure_text(exc, where)
    if text is None:
        if debugging():
            import traceback

            traceback.print_exception(exc)
        text = internal_error_text(exc)
    return text
