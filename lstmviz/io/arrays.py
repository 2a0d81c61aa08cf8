"""Numpy arrays inside JSON project files: compact, portable, safe to read.

An array is stored as ``{"dtype": "float32", "shape": [4, 20], "encoding": "base64-zlib",
"data": "..."}``: its little-endian bytes in C order, compressed with zlib and written as
base64 text. Nothing is ever unpickled. Reading trusts nothing: the dtype must be one of a
few plain numeric types, the shape a short list of non-negative integers whose size is
bounded, the data exactly that many bytes; the size is checked before anything is decoded,
and zlib inflates at most one byte more than the shape needs.
"""

from __future__ import annotations

import base64
import binascii
import math
import zlib
from typing import Any, Iterable, Mapping

import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.project import SourceError

ENCODING = "base64-zlib"
DTYPES = ("float32", "float64", "int32", "int64", "uint8", "bool")
KEYS = frozenset({"dtype", "shape", "encoding", "data"})
MAX_BYTES = 256 << 20  # per array and, in decode_arrays, for all of them together
MAX_DIMENSIONS = 32


def encode_array(array: Any) -> dict[str, Any]:
    """The JSON-ready form of ``array`` (a dtype from :data:`DTYPES`)."""
    array = np.asarray(array)
    name = array.dtype.name
    if name not in DTYPES:
        raise ValueError(tr("arrays of {dtype} cannot be stored; storable types: {allowed}").format(
            dtype=array.dtype, allowed=", ".join(DTYPES)))
    little = np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<"))
    return {"dtype": name, "shape": list(array.shape), "encoding": ENCODING,
            "data": base64.b64encode(zlib.compress(little.tobytes(), 6)).decode("ascii")}


def _shape(value: Any, dtype: np.dtype, max_bytes: int) -> tuple[tuple[int, ...], int]:
    """The validated shape and the number of bytes it holds."""
    if not isinstance(value, list) or len(value) > MAX_DIMENSIONS:
        raise ValueError(tr("an array's shape must be a list of at most {limit} whole numbers").format(
            limit=MAX_DIMENSIONS))
    for dim in value:
        if isinstance(dim, bool) or not isinstance(dim, int) or dim < 0:
            raise ValueError(tr("an array's shape must hold whole numbers of at least 0, got {value}").format(
                value=repr(dim)))
    size = math.prod(value) * dtype.itemsize  # Python integers: no overflow however large
    if size > max_bytes:
        raise ValueError(tr("an array of shape {shape} needs {size:,} bytes; at most {limit:,} may be read").format(
            shape=tuple(value), size=size, limit=max_bytes))
    return tuple(value), size


def _inflate(data: Any, size: int) -> bytes:
    if not isinstance(data, str):
        raise ValueError(tr("an array's data must be base64 text"))
    # zlib grows incompressible input by a few bytes per 16 KB; base64 by a third.
    bound = size + (size >> 12) + (size >> 14) + 64
    if len(data) > 4 * (bound // 3 + 1):
        raise ValueError(tr("an array's data is longer than its shape allows"))
    try:
        packed = base64.b64decode(data.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise ValueError(tr("an array's data is not valid base64 ({reason})").format(reason=exc)) from None
    inflater = zlib.decompressobj()
    try:
        # One byte more than the shape needs, so that too much data shows without inflating it all.
        raw = inflater.decompress(packed, size + 1)
    except zlib.error as exc:
        raise ValueError(tr("an array's data is not valid zlib data ({reason})").format(reason=exc)) from None
    if len(raw) != size or not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise ValueError(tr("an array's data does not hold exactly the {size:,} bytes its shape needs").format(
            size=size))
    return raw


def decode_array(obj: Any, max_bytes: int = MAX_BYTES) -> np.ndarray:
    """The array stored by :func:`encode_array`; a ValueError saying what is wrong otherwise."""
    if not isinstance(obj, Mapping):
        raise ValueError(tr("an array must be stored as an object with dtype, shape, encoding and data"))
    if set(obj) != KEYS:
        missing, extra = sorted(KEYS - set(obj)), sorted(repr(str(k))[1:-1][:40] for k in set(obj) - KEYS)
        raise ValueError(tr("an array needs exactly the keys dtype, shape, encoding and data; "
                            "missing: {missing}; unknown: {extra}").format(
            missing=", ".join(missing) or "-", extra=", ".join(extra) or "-"))
    if not isinstance(obj["dtype"], str) or obj["dtype"] not in DTYPES:
        raise ValueError(tr("an array's dtype must be one of {allowed}, got {value}").format(
            allowed=", ".join(DTYPES), value=repr(obj["dtype"])[:40]))
    if not isinstance(obj["encoding"], str) or obj["encoding"] != ENCODING:
        raise ValueError(tr("an array's encoding must be {encoding}, got {value}").format(
            encoding=ENCODING, value=repr(obj["encoding"])[:40]))
    dtype = np.dtype(obj["dtype"])
    shape, size = _shape(obj["shape"], dtype, max_bytes)
    raw = _inflate(obj["data"], size)
    if dtype == np.bool_ and raw and np.frombuffer(raw, np.uint8).max() > 1:  # other bytes make odd bools
        raise ValueError(tr("an array of bool holds bytes other than 0 and 1"))
    array = np.frombuffer(raw, dtype=dtype.newbyteorder("<")).reshape(shape)
    return array.astype(dtype)  # native byte order, writable, owning its memory


def encode_arrays(arrays: Iterable[Any]) -> list[dict[str, Any]]:
    """Several arrays (a model's weights, in order)."""
    return [encode_array(a) for a in arrays]


def decode_arrays(items: Any, max_bytes: int = MAX_BYTES) -> list[np.ndarray]:
    """Arrays stored by :func:`encode_arrays`, at most ``max_bytes`` together; errors name the item."""
    if not isinstance(items, list):
        raise ValueError(tr("arrays must be stored as a list"))
    out: list[np.ndarray] = []
    left = max_bytes
    for index, item in enumerate(items):
        try:
            array = decode_array(item, left)
        except ValueError as exc:
            raise ValueError(tr("array {index}: {reason}").format(index=index, reason=exc)) from None
        left -= array.nbytes
        out.append(array)
    return out


class ArrayBudget:
    """Arrays of one file decoded within its byte budget; an error names where (``at``) and why."""

    def __init__(self, total: int) -> None:
        self.left = total

    def array(self, obj: Any, at: str) -> np.ndarray:
        try:
            array = decode_array(obj, self.left)
        except ValueError as exc:
            raise SourceError(f"{at}: {exc}") from None
        self.left -= array.nbytes
        return array
