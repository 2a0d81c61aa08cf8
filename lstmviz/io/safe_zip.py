"""Reading members of an untrusted zip archive with bounded sizes.

A ``.keras`` file is a zip. A hostile one can be a FIFO that blocks any reader, hold a
member that inflates to gigabytes from a few kilobytes, or lie about a member's size.
Here: only regular files open; each member's declared sizes are checked before a byte is
inflated, and ``zipfile`` itself stops at the declared size (and then fails the CRC), so a
member that lies cannot inflate further either.
"""

from __future__ import annotations

import io
import os
import zipfile
from contextlib import contextmanager
from typing import BinaryIO, Iterator

from lstmviz.i18n import tr
from lstmviz.io.limits import MAX_ZIP_DIRECTORY_BYTES, size_text
from lstmviz.io.safe_open import FileProblem, open_regular

_CHUNK = 1 << 20


class ArchiveError(ValueError):
    """The archive cannot be read safely; the message says why, for the caller to prefix with the file.

    ``not_zip`` is set when the file is no zip archive at all (a caller may say what it expected).
    """

    def __init__(self, message: str, not_zip: bool = False) -> None:
        super().__init__(message)
        self.not_zip = not_zip


def _megabytes(n: int) -> str:
    return size_text(n)


def open_regular_file(path: str | os.PathLike[str], max_bytes: int) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file of at most ``max_bytes``.

    Opened without blocking, then checked on the open descriptor, so a FIFO or a device
    is refused instead of hanging the reader, and nothing can swap the file in between.
    """
    try:
        return open_regular(path, max_bytes)
    except FileProblem as exc:
        raise ArchiveError(str(exc)) from None


@contextmanager
def open_zip(path: str | os.PathLike[str], max_bytes: int, max_members: int) -> Iterator[zipfile.ZipFile]:
    """The zip archive at ``path`` (a regular file, at most ``max_bytes``, at most ``max_members`` entries)."""
    with open_regular_file(path, max_bytes) as fh:
        _check_directory(fh)
        try:
            archive = zipfile.ZipFile(fh)
        except zipfile.BadZipFile:
            raise ArchiveError(tr("not a zip archive"), not_zip=True) from None
        except Exception as exc:  # OSError, EOFError, ValueError, struct.error from a mangled directory
            raise ArchiveError(tr("a damaged zip archive ({reason})").format(
                reason=f"{type(exc).__name__}: {exc}")) from None
        with archive:
            if len(archive.infolist()) > max_members:
                raise ArchiveError(tr("the archive holds {count:,} files; lstmviz reads at most {limit:,}").format(
                    count=len(archive.infolist()), limit=max_members))
            yield archive


def _check_directory(fh: BinaryIO) -> None:
    """Refuse a central directory too large to list before ``zipfile`` builds an entry for each of its items.

    ``zipfile`` reads the whole directory when it opens an archive; a few hundred megabytes
    of it would become millions of objects. Its size is in the end record, read first.
    """
    # The end record as zipfile itself reads it (stable since Python 2); typeshed leaves these private
    # helpers out, hence the ignores.
    try:
        end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]  # noqa: SLF001
    except Exception:  # noqa: BLE001 - zipfile.ZipFile reports a damaged archive below
        return
    finally:
        fh.seek(0)
    if not end:
        return
    listed = end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]  # noqa: SLF001
    if listed > MAX_ZIP_DIRECTORY_BYTES:
        raise ArchiveError(tr("the archive's list of files takes {size}; lstmviz reads at most {limit}").format(
            size=size_text(listed), limit=size_text(MAX_ZIP_DIRECTORY_BYTES)))


def member(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo | None:
    """The entry called ``name``, None if there is none; two entries of one name are an error."""
    found = [info for info in archive.infolist() if info.filename == name]
    if len(found) > 1:
        raise ArchiveError(tr("the archive holds {name} twice").format(name=name))
    return found[0] if found else None


def _check_sizes(info: zipfile.ZipInfo, max_bytes: int) -> None:
    if info.file_size > max_bytes:
        raise ArchiveError(tr("{member} inflates to {size}; lstmviz reads at most {limit}").format(
            member=info.filename, size=_megabytes(info.file_size), limit=_megabytes(max_bytes)))
    if info.compress_size > max_bytes:
        raise ArchiveError(tr("{member} takes {size} in the archive; lstmviz reads at most {limit}").format(
            member=info.filename, size=_megabytes(info.compress_size), limit=_megabytes(max_bytes)))
    if info.flag_bits & 0x1:
        raise ArchiveError(tr("{member} is encrypted").format(member=info.filename))


def copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: BinaryIO, max_bytes: int) -> int:
    """Inflate one entry into ``target`` (at most ``max_bytes``); returns the number of bytes."""
    _check_sizes(info, max_bytes)
    written = 0
    try:
        with archive.open(info) as source:
            while chunk := source.read(_CHUNK):
                written += len(chunk)
                if written > max_bytes:  # zipfile stops at the declared size; this guards that promise
                    raise ArchiveError(tr("{member} inflates beyond {limit}").format(
                        member=info.filename, limit=_megabytes(max_bytes)))
                target.write(chunk)
    except ArchiveError:
        raise
    except zipfile.BadZipFile as exc:  # a bad CRC: damaged, or a member longer than it declares
        raise ArchiveError(tr("{member} is damaged ({reason})").format(member=info.filename, reason=exc)) from None
    except Exception as exc:  # zlib.error, lzma.LZMAError, EOFError, NotImplementedError (method): damaged
        raise ArchiveError(tr("{member} cannot be unpacked ({reason})").format(
            member=info.filename, reason=f"{type(exc).__name__}: {exc}")) from None
    return written


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> bytes:
    """One entry's bytes, at most ``max_bytes`` of them."""
    buffer = io.BytesIO()
    copy_member(archive, info, buffer, max_bytes)
    return buffer.getvalue()

