"""Counting what a reader inflates: a bomb refused early shows as few bytes out of zlib, not as a short time."""

from __future__ import annotations

import contextlib
import zlib
from typing import Any, Iterator

import pytest


class CountingInflater:
    """A real zlib decompressor that adds up the bytes it hands out."""

    def __init__(self, counter: list[int], *args: Any) -> None:
        self._inflater = zlib.decompressobj(*args)
        self._counter = counter

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inflater.decompress(data, max_length)
        self._counter[0] += len(out)
        return out

    def flush(self, *args: Any) -> bytes:
        out = self._inflater.flush(*args)
        self._counter[0] += len(out)
        return out

    def __getattr__(self, name: str) -> Any:  # eof, unused_data, unconsumed_tail
        return getattr(self._inflater, name)


@contextlib.contextmanager
def counting_inflation(module: Any) -> Iterator[list[int]]:
    """Within: every zlib.decompressobj() that ``module`` makes counts its output in the yielded [total]."""
    counter = [0]
    fake_zlib = type("CountingZlib", (), {})()
    for name in dir(zlib):
        if not name.startswith("__"):
            setattr(fake_zlib, name, getattr(zlib, name))
    fake_zlib.decompressobj = lambda *args: CountingInflater(counter, *args)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "zlib", fake_zlib)
        yield counter
