"""Opening untrusted paths: only regular files, never blocking, never reading more than a limit.

A path from a user or a file may name a FIFO (opening it for reading blocks until a writer
comes), a device (``/dev/zero`` never ends), a folder, a symlink loop, or hold a NUL byte
or a name too long for the system. Here every one of them becomes a :class:`FileProblem`
with a one-line reason, and a regular file is read at most up to its limit: the file is
opened without blocking, checked on the open descriptor (nothing can swap it in between),
and read in chunks that stop at the limit even if the file grows meanwhile.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

from lstmviz.i18n import tr, tr_noop
from lstmviz.io.limits import MAX_PATH_CHARS, size_text
from lstmviz.model.limits import count, elide, one_line

_CHUNK = 1 << 20


class FileProblem(ValueError):
    """A path that cannot be read safely; the message is the reason, for the caller to prefix with the path."""


def shown_path(path: str | os.PathLike[str] | bytes) -> str:
    """A path as messages print it: one line, long names elided in the middle."""
    text = os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path)
    return one_line(elide(text, 240), 300)


def path_problem(path: str | os.PathLike[str]) -> str | None:
    """What makes ``path`` unusable before the system is even asked (a NUL byte, a huge length), or None."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if not text:
        return tr("an empty file name")
    if "\x00" in text:
        return tr("the path holds a NUL character, which no file name can")
    if len(text) > MAX_PATH_CHARS:
        return tr("the path is {n} characters long; lstmviz opens paths of at most {limit}").format(
            n=count(len(text)), limit=count(MAX_PATH_CHARS))
    return None


_REASON_TEXTS = {
    "ENOENT": tr_noop("no such file"),
    "EACCES": tr_noop("permission denied"),
    "EPERM": tr_noop("permission denied"),
    "ELOOP": tr_noop("too many levels of symbolic links (a link that points back to itself?)"),
    "ENAMETOOLONG": tr_noop("the file name is too long for the system"),
    "ENOTDIR": tr_noop("a part of the path is not a folder"),
    "EISDIR": tr_noop("is a folder, not a file"),
    "ENXIO": tr_noop("not a file that can be read (a socket or a device without a driver)"),
    "ENODEV": tr_noop("not a file that can be read (a device)"),
    "EROFS": tr_noop("the file system is read-only"),
    "ENOSPC": tr_noop("no space left on the device"),
    "EDQUOT": tr_noop("the disk quota is exhausted"),
    "EFBIG": tr_noop("the file is too large for the file system"),
    "EMFILE": tr_noop("too many files are open"),
    "EIO": tr_noop("an input/output error (a damaged disk?)"),
    "EBUSY": tr_noop("the file is busy"),
    "ETXTBSY": tr_noop("the file is busy"),
    "EXDEV": tr_noop("the file is on another file system"),
}
# Only the codes this system has (Windows lacks a few).
_REASONS = {getattr(errno, name): text for name, text in _REASON_TEXTS.items() if hasattr(errno, name)}


def os_error_text(exc: OSError) -> str:
    """One line saying why an operating-system call on a file failed, without the path (the caller adds it)."""
    if exc.strerror and exc.errno and exc.strerror != os.strerror(exc.errno):
        return one_line(exc.strerror)  # lstmviz's own reason (a refused write target, say)
    reason = _REASONS.get(exc.errno or 0)
    if reason is not None:
        return tr(reason)
    return one_line(exc.strerror or str(exc) or type(exc).__name__)


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return tr("is a folder, not a regular file")
    if stat.S_ISFIFO(mode):
        return tr("is a named pipe (FIFO), not a regular file; lstmviz reads regular files only")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return tr("is a device, not a regular file; lstmviz reads regular files only")
    if stat.S_ISSOCK(mode):
        return tr("is a socket, not a regular file; lstmviz reads regular files only")
    return tr("is not a regular file; lstmviz reads regular files only")


def open_regular(path: str | os.PathLike[str], max_bytes: int) -> BinaryIO:
    """``path`` opened for reading in binary, if it is a regular file of at most ``max_bytes``."""
    problem = path_problem(path)
    if problem:
        raise FileProblem(problem)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileProblem(os_error_text(exc)) from None
    except ValueError as exc:  # what path_problem did not foresee (an encoding the system refuses)
        raise FileProblem(one_line(str(exc))) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(kind_of(info.st_mode))
        if info.st_size > max_bytes:
            raise FileProblem(tr("the file is {size}; lstmviz reads files of this kind up to {limit}").format(
                size=size_text(info.st_size), limit=size_text(max_bytes)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads wait for the disk, as they should
        return os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        raise FileProblem(os_error_text(exc)) from None
    except BaseException:
        os.close(fd)
        raise


def read_limited(handle: BinaryIO, max_bytes: int) -> bytes:
    """All of ``handle``, refusing to go beyond ``max_bytes`` (a file may grow after it was checked)."""
    chunks: list[bytes] = []
    total = 0
    try:
        while chunk := handle.read(min(_CHUNK, max_bytes + 1 - total)):
            total += len(chunk)
            if total > max_bytes:
                raise FileProblem(tr("the file is larger than {limit}, the most lstmviz reads of this kind").format(
                    limit=size_text(max_bytes)))
            chunks.append(chunk)
    except OSError as exc:
        raise FileProblem(os_error_text(exc)) from None
    return b"".join(chunks)


def read_regular(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes``; :class:`FileProblem` otherwise."""
    with open_regular(path, max_bytes) as handle:
        return read_limited(handle, max_bytes)


def lexists(path: str | os.PathLike[str]) -> bool:
    """Whether anything (even a dangling link) is at ``path``; False for a path no system could hold."""
    if path_problem(path):
        return False
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True
