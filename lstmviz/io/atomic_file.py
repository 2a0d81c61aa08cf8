"""Writing files so that a failure never leaves half a file: write beside, then rename.

Every file lstmviz writes (projects, exports, images, scripts, models) goes through here.
A target that is a symbolic link is followed: the file it points to is replaced and the
link stays a link (as a shell's ``>`` does), except a link that another user owns in a
shared sticky folder such as ``/tmp`` (the kernel's protected_symlinks rule, which stops
the shell's ``>`` there too). A target that exists but is not a regular file (a folder, a
FIFO, a device) or that the user cannot write (mode 0444) is refused, never replaced:
checked before the temporary file is written and again just before the rename. Every refusal is an
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


MAX_LINK_HOPS = 40  # as the kernel's own limit on a path's symbolic links


def _foreign_link_problem(link: str) -> str | None:
    """Why following ``link`` is refused: another user's link in a sticky, world-writable folder."""
    try:
        info = os.lstat(link)
        folder = os.stat(os.path.dirname(link) or ".")
    except OSError:
        return None  # the resolution below reports what is wrong with it
    euid = os.geteuid() if hasattr(os, "geteuid") else None
    shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & stat.S_IWOTH
    if euid is None or not shared or info.st_uid in (euid, folder.st_uid):
        return None
    return tr("is a symbolic link that another user owns in a shared folder; lstmviz does not follow it "
              "(choose another name, or remove the link)")


def _check_links(path: str) -> None:
    """Refuse each link on the way from ``path`` to its file that the protected-symlinks rule would refuse."""
    current = path
    for _ in range(MAX_LINK_HOPS):
        if not os.path.islink(current):
            return
        problem = _foreign_link_problem(current)
        if problem:
            raise _refused(problem, path, errno.EACCES)
        try:
            current = os.path.join(os.path.dirname(current), os.readlink(current))
        except OSError:
            return


def _not_writable_problem(target: str, info: os.stat_result) -> str | None:
    """Why an existing file must not be replaced: the user may not write it (its mode, or the system says so)."""
    if info.st_mode & 0o222 and os.access(target, os.W_OK):
        return None
    return tr("is read-only; lstmviz does not replace a file you cannot write (change its permissions, "
              "or choose another name)")


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
        _check_links(target)
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
    problem = _not_writable_problem(target, info)
    if problem:
        raise _refused(problem, path, errno.EACCES)
    return Path(target)


def _check_still_writable(target: Path, path: str | os.PathLike[str]) -> None:
    """The last check before the rename: the file may have become read-only while it was written."""
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return
    problem = _not_writable_problem(os.fspath(target), info)
    if problem:
        raise _refused(problem, path, errno.EACCES)


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
        _check_still_writable(target, path)
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
