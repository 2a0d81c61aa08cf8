"""Arrays in JSON project files: exact round trips, strict and bounded reading of anything else."""

from __future__ import annotations

import base64
import json
import zlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from lstmviz.io import arrays as arrays_module
from lstmviz.io.arrays import DTYPES, MAX_BYTES, decode_array, decode_arrays, encode_array, encode_arrays
from tests.io.inflation import counting_inflation

arrays = st.sampled_from(DTYPES).flatmap(
    lambda dtype: hnp.arrays(np.dtype(dtype), hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=6)))


def raw(dtype: str, shape: list[int], payload: bytes) -> dict:
    return {"dtype": dtype, "shape": shape, "encoding": "base64-zlib",
            "data": base64.b64encode(zlib.compress(payload)).decode()}


@given(arrays)
def test_round_trip_is_exact(array):
    stored = json.loads(json.dumps(encode_array(array)))  # through real JSON text
    again = decode_array(stored)
    assert again.dtype == array.dtype and again.shape == array.shape
    np.testing.assert_array_equal(again, array)  # NaNs included, bit for bit
    assert again.tobytes() == np.ascontiguousarray(array).tobytes()
    assert again.flags.writeable and again.flags.owndata


def test_format_is_little_endian_zlib_base64():
    stored = encode_array(np.array([[1.0, 2.0]], dtype=">f4"))  # big-endian in memory
    assert stored["dtype"] == "float32" and stored["shape"] == [1, 2] and stored["encoding"] == "base64-zlib"
    assert zlib.decompress(base64.b64decode(stored["data"])) == np.array([1.0, 2.0], "<f4").tobytes()
    assert decode_array(stored).dtype == np.dtype("float32")


def test_compact_for_weights():
    weights = np.random.default_rng(0).normal(size=(300, 512)).astype("float32")
    text = json.dumps(encode_array(weights))
    assert len(text) < 1.4 * weights.nbytes  # base64 adds a third; random floats hardly compress
    zeros = json.dumps(encode_array(np.zeros((300, 512), "float32")))
    assert len(zeros) < 2000


def test_lists_of_arrays():
    items = [np.arange(6, dtype="int32").reshape(2, 3), np.ones(4, "float64")]
    for got, expected in zip(decode_arrays(encode_arrays(items)), items, strict=True):
        np.testing.assert_array_equal(got, expected)
    with pytest.raises(ValueError, match=r"array 1: an array's dtype must be one of"):
        decode_arrays([encode_array(items[0]), {**encode_array(items[1]), "dtype": "object"}])
    with pytest.raises(ValueError, match=r"array 1: an array of shape \(20,\) needs 80 bytes; at most 20 may"):
        decode_arrays(encode_arrays([np.zeros(20, "float32"), np.zeros(20, "float32")]), max_bytes=100)


@pytest.mark.parametrize("value", [np.array(["a"]), np.array([1 + 2j]), np.array([None], dtype=object),
                                   np.zeros(2, "float16")])
def test_unsupported_dtypes_are_refused_when_writing(value):
    with pytest.raises(ValueError, match="cannot be stored"):
        encode_array(value)


@pytest.mark.parametrize("obj, message", [
    ([1, 2], "stored as an object"),
    ({"dtype": "float32", "shape": [1], "encoding": "base64-zlib"}, "missing: data"),
    ({**raw("float32", [1], bytes(4)), "pickle": True}, "unknown: pickle"),
    (raw("object", [1], bytes(8)), "dtype must be one of"),
    (raw("<f4", [1], bytes(4)), "dtype must be one of"),
    ({**raw("float32", [1], bytes(4)), "encoding": "pickle"}, "encoding must be base64-zlib"),
    (raw("float32", [-1], b""), "at least 0, got -1"),
    (raw("float32", [1.5], b""), "at least 0, got 1.5"),
    (raw("float32", [True], b""), "at least 0, got True"),
    (raw("float32", "4", b""), "shape must be a list"),
    (raw("float32", [1] * 40, b""), "at most 32 whole numbers"),
    (raw("float32", [10 ** 12, 10 ** 12], b""),
     "needs 4,000,000,000,000,000,000,000,000 bytes; at most 268,435,456 may be read"),
    (raw("float32", [3], bytes(8)), "exactly the 12 bytes"),
    (raw("float32", [1], bytes(8)), "exactly the 4 bytes"),
    ({**raw("float32", [1], bytes(4)), "data": "###"}, "not valid base64"),
    ({**raw("float32", [1], bytes(4)), "data": base64.b64encode(b"not zlib").decode()}, "not valid zlib"),
    ({**raw("float32", [1], bytes(4)), "data": 7}, "must be base64 text"),
    ({**raw("float32", [1], bytes(4)), "data": raw("float32", [1], bytes(4))["data"] + "AAAA"}, "exactly"),
    (raw("bool", [2], b"\x00\x07"), "bytes other than 0 and 1"),
])
def test_bad_input_is_one_clear_error(obj, message):
    with pytest.raises(ValueError, match=message):
        decode_array(obj)


def test_a_zlib_bomb_is_not_inflated():
    # 1 GB of zeros in about 1 MB, claimed to be a small array: zlib stops one byte past it.
    bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bomb.compress(bytes(1 << 20)) + bomb.flush(zlib.Z_FULL_FLUSH)
    packed = b"\x78\xda" + block * 1024  # a zlib header, then raw blocks of zeros (the end never comes)
    obj = {"dtype": "uint8", "shape": [1000], "encoding": "base64-zlib", "data": base64.b64encode(packed).decode()}
    with counting_inflation(arrays_module) as inflated:
        with pytest.raises(ValueError, match="longer than its shape allows"):
            decode_array(obj)
        assert inflated[0] == 0  # refused by its length alone
        # Even with a shape big enough to let the text through, only the shape's bytes inflate.
        obj["shape"] = [2 << 20]
        with pytest.raises(ValueError, match="exactly the 2,097,152 bytes"):
            decode_array(obj)
        assert inflated[0] == (2 << 20) + 1


def _json_values(children):
    return st.one_of(st.none(), st.booleans(), st.integers(-2 ** 70, 2 ** 70), st.floats(), st.text(max_size=20),
                     st.lists(children, max_size=5), st.dictionaries(st.text(max_size=8), children, max_size=5))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10), _json_values,
                           max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["dtype", "shape", "encoding", "data", "extra"]), json_values))
def test_arbitrary_objects_give_an_array_or_a_value_error(obj):
    try:
        decode_array(obj)
    except ValueError:
        pass


@settings(max_examples=300, deadline=None)
@given(arrays, st.data())
def test_mutated_arrays_give_an_array_or_a_value_error(array, data):
    stored = encode_array(array)
    key = data.draw(st.sampled_from(["dtype", "shape", "encoding", "data"]))
    if key == "data":
        text = bytearray(stored["data"], "ascii")
        if text:
            text[data.draw(st.integers(0, len(text) - 1))] = data.draw(st.sampled_from(b"AZaz09+/=#"))
        stored["data"] = text.decode("ascii")[: data.draw(st.integers(0, len(text)))]
    elif key == "shape":
        stored["shape"] = data.draw(st.lists(st.integers(-2, 2 ** 40), max_size=5))
    else:
        stored[key] = data.draw(st.sampled_from([*DTYPES, "float16", "object", "base64-zlib", "", None, 3]))
    try:
        decoded = decode_array(stored)
    except ValueError:
        return
    assert decoded.dtype.name in DTYPES and decoded.nbytes <= MAX_BYTES
    assert decoded.nbytes == int(np.prod(decoded.shape)) * decoded.dtype.itemsize
