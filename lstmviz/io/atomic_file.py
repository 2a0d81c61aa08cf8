"""Writing files so that a failure never leaves half a file: write beside, then rename.

Every file lstmviz writes (projects, exports, images, scripts, models) goes through here.
A target that is a symbolic link is followed: the file it points to is replaced and the
link stays a link (as a shell's ``>`` does). A target that exists but is not a regular
file (a folder, a FIFO, a device) is refused, never replaced. Every refusal is an
:class:`OSError` whose ``strerror`` is one line saying why; text that cannot be UTF-8 (a
lone surrogate, from a file name in another encoding) is written as ``\\udcxx`` escapes,
which JSON and Python read back as the same characters.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from lstmviz.i18n import tr
from lstmviz.io.safe_open import path_problem, shown_path


def _read_umask() -> int:
    mask = os.umask(0)  # the only way to read it is to set it; done once, at import
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _refused(reason: str, path: str | os.PathLike[str], code: int = errno.EINVAL) -> OSError:
    return OSError(code, reason, os.fspath(path))


def write_target(path: str | os.PathLike[str]) -> Path:
    """The regular file a write to ``path`` replaces: ``path`` itself, or the file its symlink names.

    Raises OSError (one-line ``strerror``) for a path no file can have, a link loop, a
    missing folder, or an existing target that is not a regular file.
    """
    problem = path_problem(path)
    if problem:
        raise _refused(problem, path)
    target = os.fspath(path)
    if os.path.islink(target):
        try:
            target = os.path.realpath(target, strict=True)
        except FileNotFoundError:  # a dangling link: create the file it names, as `>` would
            target = os.path.realpath(target)
        except OSError as exc:
            raise _refused(tr("too many levels of symbolic links (a link that points back to itself?)")
                           if exc.errno == errno.ELOOP else (exc.strerror or str(exc)), path, exc.errno or 0) from None
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        raise _refused(tr("the folder {folder} does not exist").format(folder=shown_path(folder)), path, errno.ENOENT)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return Path(target)
    if stat.S_ISDIR(info.st_mode):
        raise _refused(tr("is a folder; give a file name"), path, errno.EISDIR)
    if not stat.S_ISREG(info.st_mode):
        raise _refused(tr("is not a regular file (a pipe or a device); lstmviz writes regular files only"), path)
    return Path(target)


@contextmanager
def replacing(path: str | os.PathLike[str], suffix: str = ".tmp") -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; it replaces ``path`` when the block succeeds.

    ``suffix`` matters to writers that pick a format by it (``model.save`` wants ``.keras``).
    On any failure the temporary file is removed and the old ``path`` stays as it was.
    A symlink at ``path`` keeps pointing where it did; the file it points to is replaced.
    """
    target = write_target(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=suffix, dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private (0600); give it the old file's mode, or the usual one.
        os.chmod(tmp, target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def encoded(text: str) -> bytes:
    """``text`` as UTF-8; a lone surrogate becomes its ``\\uXXXX`` escape instead of an error."""
    return text.encode("utf-8", "backslashreplace")


def write_atomically(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8) in one step."""
    payload = encoded(data) if isinstance(data, str) else data
    with replacing(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(path)
