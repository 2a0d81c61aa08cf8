"""Hostile and damaged .keras archives: one clear KerasFileError, quickly, nothing left behind (no Keras here)."""

from __future__ import annotations

import io
import json
import os
import struct
import tempfile
import tracemalloc
import zipfile
import zlib

import h5py
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lstmviz.io import keras_weights
from lstmviz.io.keras_weights import KerasFileError, read_keras_archive, weight_locations, write_keras_file
from lstmviz.model.examples import EXAMPLES
from lstmviz.model.forward import weight_specs
from lstmviz.io.project import SourceError
from tests.io.inflation import counting_inflation

ARCH = EXAMPLES["encoder-decoder"].architecture
PEAK_BYTES = 32 << 20  # Python's own allocations while reading; a bomb inflated in memory would need 1 GB


def random_weights(arch, seed=0):
    rng = np.random.default_rng(seed)
    return [rng.normal(size=s.shape).astype("float32") for layer in weight_specs(arch) for s in layer]


@pytest.fixture(autouse=True)
def private_temp(tmp_path, monkeypatch):
    """Point temporary files into a folder of our own, and check that nothing stays there."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield
    assert list(folder.iterdir()) == []


@pytest.fixture(scope="module")
def valid_bytes(tmp_path_factory):
    path = write_keras_file(tmp_path_factory.mktemp("valid") / "valid.keras", ARCH, random_weights(ARCH))
    return path.read_bytes()


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def edit_h5(data: bytes, edit) -> bytes:
    """The archive with its weights file changed by ``edit(h5py.File)``."""
    entries = members(data)
    buffer = io.BytesIO(entries["model.weights.h5"])
    with h5py.File(buffer, "a") as root:
        edit(root)
    entries["model.weights.h5"] = buffer.getvalue()
    return rezip(entries)


def raw_zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand: (name, stored bytes, method, crc, declared size), so sizes may lie."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, payload, method, crc, size in entries:
        offset = out.tell()
        encoded = name.encode()
        header = (0x14, 0, method, 0, 0x21, crc, len(payload), size, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *header, 0) + encoded + payload)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x14, *header, 0, 0, 0, 0, 0, offset)
                      + encoded)
    start = out.tell()
    out.write(central.getvalue())
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central.getvalue()),
                          start, 0))
    return out.getvalue()


def zeros_deflated(megabytes: int) -> tuple[bytes, int]:
    """A deflate stream of ``megabytes`` MB of zeros (about 1 KB per MB) and its CRC, built without inflating."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc, zero = 0, bytes(1 << 20)
    for _ in range(megabytes):
        crc = zlib.crc32(zero, crc)
    return block * megabytes + compressor.flush(zlib.Z_FINISH), crc


def read_error(tmp_path, data: bytes) -> str:
    path = tmp_path / "hostile.keras"
    path.write_bytes(data)
    tracemalloc.start()
    try:
        with counting_inflation(keras_weights) as inflated, pytest.raises(KerasFileError) as caught:
            read_keras_archive(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK_BYTES  # nothing inflated a bomb in memory ...
    assert inflated[0] < PEAK_BYTES  # ... nor streamed one through zlib
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_the_valid_archive_reads(tmp_path, valid_bytes):
    path = tmp_path / "valid.keras"
    path.write_bytes(valid_bytes)
    archive = read_keras_archive(path)
    assert archive.architecture.layers[0].kind == "LSTM"
    for got, expected in zip(archive.weights, random_weights(ARCH), strict=True):
        np.testing.assert_array_equal(got, expected)
    assert issubclass(KerasFileError, SourceError)  # the command line and the window catch SourceError


def test_missing_weights_file(tmp_path, valid_bytes):
    entries = members(valid_bytes)
    del entries["model.weights.h5"]
    assert "no model.weights.h5 inside" in read_error(tmp_path, rezip(entries))


def test_missing_config(tmp_path, valid_bytes):
    entries = members(valid_bytes)
    del entries["config.json"]
    assert "no config.json inside" in read_error(tmp_path, rezip(entries))


def test_not_a_zip(tmp_path):
    assert "not a zip archive" in read_error(tmp_path, b"PK\x03\x04 but nothing else")


def test_a_member_inflating_to_a_gigabyte_is_refused_before_inflating(tmp_path, valid_bytes):
    stream, crc = zeros_deflated(1024)
    entries = [(name, data, 0, zlib.crc32(data), len(data)) for name, data in members(valid_bytes).items()
               if name != "model.weights.h5"]
    honest = raw_zip(entries + [("model.weights.h5", stream, 8, crc, 1 << 30)])
    assert "model.weights.h5 inflates to 1,024 MB; lstmviz reads at most 512 MB" in read_error(tmp_path, honest)
    # The same bomb in config.json.
    config_bomb = raw_zip([("config.json", stream, 8, crc, 1 << 30)])
    assert "config.json inflates to 1,024 MB" in read_error(tmp_path, config_bomb)


def test_a_member_lying_about_its_size_stops_at_the_declared_size(tmp_path, valid_bytes):
    stream, crc = zeros_deflated(1024)
    entries = [(name, data, 0, zlib.crc32(data), len(data)) for name, data in members(valid_bytes).items()
               if name != "model.weights.h5"]
    liar = raw_zip(entries + [("model.weights.h5", stream, 8, crc, 4096)])
    assert "model.weights.h5 is damaged (Bad CRC-32" in read_error(tmp_path, liar)


def test_weights_member_that_is_not_hdf5(tmp_path, valid_bytes):
    entries = members(valid_bytes)
    entries["model.weights.h5"] = os.urandom(4096)
    assert "model.weights.h5 is not an HDF5 file" in read_error(tmp_path, rezip(entries))


def test_wrong_shape(tmp_path, valid_bytes):
    def wrong(root):
        del root["layers/lstm/cell/vars/1"]
        root["layers/lstm/cell/vars/1"] = np.zeros((3, 64), "float32")

    message = read_error(tmp_path, edit_h5(valid_bytes, wrong))
    assert ("model.weights.h5: layers/lstm/cell/vars/1 (the recurrent_kernel of layer lstm (LSTM)) has shape "
            "(3, 64), expected (16, 64)") in message


def test_missing_and_extra_datasets(tmp_path, valid_bytes):
    def drop(root):
        del root["layers/time_distributed/layer/vars/1"]

    assert ("has no layers/time_distributed/layer/vars/1 (the bias of layer time_distributed (TimeDistributed))"
            in read_error(tmp_path, edit_h5(valid_bytes, drop)))

    def add(root):
        root["layers/lstm_1/cell/vars/3"] = np.zeros(4, "float32")

    assert "holds layers/lstm_1/cell/vars/3, which the model in config.json does not have" in read_error(
        tmp_path, edit_h5(valid_bytes, add))


def test_wrong_dtype(tmp_path, valid_bytes):
    def ints(root):
        del root["layers/lstm/cell/vars/2"]
        root["layers/lstm/cell/vars/2"] = np.zeros(64, "int32")

    assert "holds int32 values, expected floating-point numbers" in read_error(tmp_path, edit_h5(valid_bytes, ints))


@pytest.mark.parametrize("link", ["soft", "external"])
def test_links_are_refused(tmp_path, valid_bytes, link):
    secret = tmp_path / "elsewhere.h5"
    with h5py.File(secret, "w") as other:
        other["data"] = np.zeros(64, "float32")

    def relink(root):
        del root["layers/lstm/cell/vars/2"]
        root["layers/lstm/cell/vars/2"] = (h5py.SoftLink("/layers/lstm_1/cell/vars/2") if link == "soft"
                                           else h5py.ExternalLink(str(secret), "/data"))

    assert "layers/lstm/cell/vars/2 is a link" in read_error(tmp_path, edit_h5(valid_bytes, relink))


def test_external_storage_is_refused(tmp_path, valid_bytes):
    outside = tmp_path / "raw.bin"
    outside.write_bytes(bytes(64 * 4))

    def external(root):
        del root["layers/lstm/cell/vars/2"]
        root.create_dataset("layers/lstm/cell/vars/2", shape=(64,), dtype="float32", external=[(str(outside), 0, 256)])

    assert "keeps its values in another file" in read_error(tmp_path, edit_h5(valid_bytes, external))


def test_config_that_does_not_match_the_weights(tmp_path, valid_bytes):
    entries = members(valid_bytes)
    config = json.loads(entries["config.json"])
    config["config"]["layers"][1]["config"]["units"] = 7
    entries["config.json"] = json.dumps(config).encode()
    assert "has shape (1, 64), expected (1, 28)" in read_error(tmp_path, rezip(entries))


def test_too_many_weights(tmp_path, valid_bytes):
    entries = members(valid_bytes)
    config = json.loads(entries["config.json"])
    config["config"]["layers"][1]["config"]["units"] = 4000
    entries["config.json"] = json.dumps(config).encode()
    assert "64,032,000 parameters; lstmviz handles at most 20,000,000" in read_error(tmp_path, rezip(entries))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.keras"
    os.mkfifo(fifo)
    with pytest.raises(KerasFileError, match="not a regular file"):
        read_keras_archive(fifo)


def test_a_folder_and_a_missing_file(tmp_path):
    with pytest.raises(KerasFileError, match="not a regular file|cannot be read"):
        read_keras_archive(tmp_path)
    with pytest.raises(KerasFileError, match="no such file"):
        read_keras_archive(tmp_path / "absent.keras")


def _check(tmp_path, data: bytes) -> None:
    path = tmp_path / "mutated.keras"
    path.write_bytes(data)
    try:
        archive = read_keras_archive(path)
    except KerasFileError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    # Whatever survives the mutation is a complete, well-shaped set of weights.
    specs = [s for layer in weight_specs(archive.architecture) for s in layer]
    assert [w.shape for w in archive.weights] == [s.shape for s in specs]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_archives_read_or_fail_cleanly(tmp_path, valid_bytes, data):
    mutated = bytearray(valid_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(mutated) - 1))
        mutated[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        mutated = mutated[: data.draw(st.integers(0, len(mutated)))]
    _check(tmp_path, bytes(mutated))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_weights_files_read_or_fail_cleanly(tmp_path, valid_bytes, data):
    # The zip stays valid, so every mutation reaches the HDF5 reader.
    entries = members(valid_bytes)
    h5 = bytearray(entries["model.weights.h5"])
    for _ in range(data.draw(st.integers(1, 6))):
        position = data.draw(st.integers(0, len(h5) - 1))
        h5[position] = data.draw(st.integers(0, 255))
    entries["model.weights.h5"] = bytes(h5)
    _check(tmp_path, rezip(entries))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(units=st.integers(-3, 70), key=st.sampled_from(["units", "n", "return_sequences", "use_bias", "class_name"]),
       layer=st.integers(0, 4))
def test_mutated_configs_read_or_fail_cleanly(tmp_path, valid_bytes, units, key, layer):
    entries = members(valid_bytes)
    config = json.loads(entries["config.json"])
    target = config["config"]["layers"][layer]
    if key == "class_name":
        target["class_name"] = ["GRU", "SimpleRNN", "Dense", "Flatten", "Conv1D"][units % 5]
    else:
        (target["config"].get("layer", {}).get("config") or target["config"])[key] = (
            units if key in ("units", "n") else bool(units % 2))
    entries["config.json"] = json.dumps(config).encode()
    _check(tmp_path, rezip(entries))


def test_layout_names_groups_per_class_with_a_counter():
    assert weight_locations(ARCH) == [
        ["layers/lstm/cell/vars/0", "layers/lstm/cell/vars/1", "layers/lstm/cell/vars/2"],
        [],
        ["layers/lstm_1/cell/vars/0", "layers/lstm_1/cell/vars/1", "layers/lstm_1/cell/vars/2"],
        ["layers/time_distributed/layer/vars/0", "layers/time_distributed/layer/vars/1"],
    ]
    bidirectional = EXAMPLES["bidirectional"].architecture
    assert weight_locations(bidirectional)[0] == [
        f"layers/bidirectional/{side}_layer/cell/vars/{i}" for side in ("forward", "backward") for i in range(3)]


def test_writing_refuses_weights_that_do_not_fit(tmp_path):
    weights = random_weights(ARCH)
    weights[0] = weights[0][:, :10]
    with pytest.raises(ValueError, match=r"layer 1 \(lstm \(LSTM\)\): the kernel has shape \(1, 10\)"):
        write_keras_file(tmp_path / "bad.keras", ARCH, weights)
    assert not (tmp_path / "bad.keras").exists()


def test_writing_is_atomic(tmp_path, monkeypatch):
    path = write_keras_file(tmp_path / "m.keras", ARCH, random_weights(ARCH, 1))
    before = path.read_bytes()
    from lstmviz.io import atomic_file

    monkeypatch.setattr(atomic_file.os, "replace", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        write_keras_file(path, ARCH, random_weights(ARCH, 2))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.keras", "temp"]



def test_a_loop_of_hard_links_or_too_many_objects_ends(tmp_path, valid_bytes):
    def loop(root):
        root["layers/lstm/cell/again"] = root["layers/lstm"]  # a hard link back to its own parent

    assert "nests groups more than 16 deep (layers/lstm/cell/again/cell/again/" in read_error(
        tmp_path, edit_h5(valid_bytes, loop))

    def crowd(root):
        group = root.create_group("layers/crowd")
        for i in range(10_001):
            group.create_group(str(i))

    assert "holds more than 10,000 objects" in read_error(tmp_path, edit_h5(valid_bytes, crowd))


def test_a_gzip_chunk_that_inflates_beyond_its_size_is_refused_before_hdf5_reads_it(tmp_path, valid_bytes):
    from tests.hostile_corpus import gzip_bomb_weights

    # A stored chunk far larger than the 256 bytes of values it holds (it inflates to 64 MB).
    message = read_error(tmp_path, gzip_bomb_weights(valid_bytes, "layers/lstm/cell/vars/2", 64))
    assert "layers/lstm/cell/vars/2 (the bias of layer lstm (LSTM)) stores a chunk of" in message
    # A stored chunk of about its size (4 KB) that inflates to 4 MB: inflated here, one byte past its size.
    message = read_error(tmp_path, gzip_bomb_weights(valid_bytes, "layers/lstm/cell/vars/1", 4))
    assert "holds a compressed chunk that inflates to more than its 4,096 bytes" in message


def test_gzip_and_shuffle_weights_read_and_other_filters_are_refused(tmp_path, valid_bytes):
    expected = read_keras_archive(write_keras_file(tmp_path / "plain.keras", ARCH, random_weights(ARCH))).weights

    def recompress(**options):
        def edit(root):
            for name in list(_datasets_below(root)):
                data = root[name][()]
                del root[name]
                root.create_dataset(name, data=data, chunks=data.shape, **options)
        return edit

    path = tmp_path / "gzip.keras"
    path.write_bytes(edit_h5((tmp_path / "plain.keras").read_bytes(),
                             recompress(compression="gzip", shuffle=True, fletcher32=True)))
    for a, b in zip(read_keras_archive(path).weights, expected):
        np.testing.assert_array_equal(a, b)
    message = read_error(tmp_path, edit_h5(valid_bytes, recompress(compression="lzf")))
    assert "is compressed with a filter lstmviz does not read" in message


def _datasets_below(root):
    found = []
    root.visititems(lambda name, item: found.append(name) if isinstance(item, h5py.Dataset) and
                    name.startswith("layers/") else None)
    return found


def test_a_gzip_bomb_of_3_gb_keeps_the_reader_under_1_gb(tmp_path, valid_bytes):
    """The peak resident memory of a process reading it, measured by the system."""
    import subprocess
    import sys

    from tests.hostile_corpus import gzip_bomb_weights

    path = tmp_path / "bomb.keras"
    path.write_bytes(gzip_bomb_weights(valid_bytes, "layers/lstm/cell/vars/1", 3 << 10))
    assert path.stat().st_size < 64 << 10
    code = ("import resource, sys\n"
            "from lstmviz.io.keras_weights import read_keras_archive, KerasFileError\n"
            "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            "try:\n    read_keras_archive(sys.argv[1]); print('accepted')\n"
            "except KerasFileError as exc:\n    print(exc)\n"
            "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024)\n")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    message, grown = result.stdout.strip().rsplit("\n", 1)
    assert "stores a chunk of" in message, result.stderr
    assert int(grown) < 1 << 30
