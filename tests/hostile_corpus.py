"""Hostile files of every class the reliability promise covers, built fresh in a folder.

Each :class:`Case` is one file (or path) with a words it must be refused with. The
readers' tests, the command-line tests and the window's tests all run the same corpus.
"""

from __future__ import annotations

import functools
import io
import json
import os
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

VALID = {
    "format": "lstmviz", "version": 1, "title": "valid",
    "architecture": {"input": {"shape": [5, 1]},
                     "layers": [{"kind": "LSTM", "options": {"units": 5, "return_sequences": True}},
                                {"kind": "TimeDistributed", "options": {"units": 1}}]},
    "dataset": {"kind": "tutorial", "layout": "many-to-many"},
}
KERAS_CONFIG = {
    "module": "keras", "class_name": "Sequential",
    "config": {"name": "seq", "layers": [
        {"module": "keras.layers", "class_name": "InputLayer", "config": {"batch_shape": [None, 5, 1]}},
        {"module": "keras.layers", "class_name": "LSTM", "config": {"units": 5}}]},
}


@dataclass(frozen=True)
class Case:
    name: str  # the class of input, as the README's Reliability table names it
    path: str
    expected: str  # a part of the one-line message


def project(**changes) -> dict:
    data = json.loads(json.dumps(VALID))
    data.update(changes)
    return data


def _layer_kind(kind) -> dict:
    data = project()
    data["architecture"]["layers"][0]["kind"] = kind
    return data


def keras_zip(path: Path, config: bytes | str | None = None, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("config.json", json.dumps(KERAS_CONFIG) if config is None else config)
    return path


def _patch_member(path: Path, local: dict[int, bytes], central: dict[int, bytes]) -> None:
    """Overwrite bytes at offsets of the first local header and central directory entry."""
    raw = bytearray(path.read_bytes())
    head, entry = raw.find(b"PK\x03\x04"), raw.find(b"PK\x01\x02")
    for offset, value in local.items():
        raw[head + offset:head + offset + len(value)] = value
    for offset, value in central.items():
        raw[entry + offset:entry + offset + len(value)] = value
    path.write_bytes(bytes(raw))


def _bomb(path: Path, size: int) -> Path:
    """A .keras whose config.json inflates to ``size`` bytes of spaces (compressed about 1000:1)."""
    path.write_bytes(_bomb_bytes(size))
    return path


@functools.lru_cache(maxsize=None)
def _bomb_bytes(size: int) -> bytes:
    """Deflating the spaces takes seconds, and several test modules build the corpus: once per process."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("config.json", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(size >> 20):
                member.write(chunk)
    return buffer.getvalue()


def _write(folder: Path, name: str, data) -> str:
    path = folder / name
    if isinstance(data, (dict, list)):
        path.write_text(json.dumps(data))
    elif isinstance(data, str):
        path.write_text(data)
    else:
        path.write_bytes(data)
    return str(path)


def build(folder: Path, big: bool = True) -> list[Case]:
    """Every hostile case, written into ``folder``; ``big`` adds the multi-megabyte ones."""
    f = Path(folder)
    cases = [
        Case("JSON nested 100,000 levels", _write(f, "deep.lstmviz", "[" * 100_000 + "]" * 100_000),
             "nested 100,000 levels deep"),
        Case("JSON integer of 5,000 digits", _write(f, "bigint.lstmviz", json.dumps(VALID).replace(
            '"units": 5', '"units": ' + "9" * 5000)), "an integer of 5,000 digits"),
        Case("features of 10^400", _write(f, "features.lstmviz", json.dumps(VALID).replace(
            "[5, 1]", "[5, 1" + "0" * 400 + "]")), "an integer of 401 digits"),
        Case("layer kind that is a list", _write(f, "kind-list.lstmviz", _layer_kind(["LSTM"])),
             "unknown layer kind ['LSTM']"),
        Case("layer kind that is an object", _write(f, "kind-object.lstmviz", _layer_kind({"LSTM": 1})),
             "unknown layer kind {'LSTM': 1}"),
        Case("2^31 time steps", _write(f, "steps.lstmviz", project(architecture={
            "input": {"shape": [2**31, 1]}, "layers": [{"kind": "LSTM", "options": {"units": 5}}]})),
             "2,147,483,648 time steps; lstmviz handles at most 100,000"),
        Case("too many parameters", _write(f, "params.lstmviz", project(architecture={
            "input": {"shape": [5, 100_000]}, "layers": [{"kind": "Dense", "options": {"units": 4096}}]})),
             "lstmviz handles at most 20,000,000"),
        Case("100,000 layers", _write(f, "layers.lstmviz", project(architecture={
            "input": {"shape": [5, 1]}, "layers": [{"kind": "Dropout"}] * 100_000})),
             "100,000 layers; lstmviz reads at most 200"),
        Case("millions of JSON values", _write(f, "values.lstmviz", "[" + "{}," * 400_000 + "{}]"),
             "lstmviz reads at most 300,000"),
        Case("not UTF-8", _write(f, "latin1.lstmviz", b"\xff\xfe{}"), "not UTF-8"),
        Case("a folder", str(_folder(f / "folder.lstmviz")), "is a folder"),
        Case("a symlink loop", _loop(f, "loop.lstmviz"), "too many levels of symbolic links"),
        Case("a 5,000-character name", str(f / ("x" * 5000)), "characters long; lstmviz opens paths of at most 4,096"),
        Case("a 300-character file name", str(f / ("y" * 300 + ".lstmviz")), "too long"),
        Case("a NUL byte in the path", "bad\x00name.lstmviz", "NUL"),
        # .keras archives
        Case("config.json nested 100,000 levels", str(keras_zip(f / "deep.keras", "[" * 100_000 + "]" * 100_000)),
             "nested 100,000 levels deep"),
        Case("config.json with an integer of 400 digits", str(keras_zip(f / "bigint.keras", json.dumps(
            KERAS_CONFIG).replace("[null, 5, 1]", "[null, 5, 1" + "0" * 400 + "]"))), "an integer of 401 digits"),
        Case("config.json layer class that is a list", str(keras_zip(f / "kind.keras", json.dumps(
            KERAS_CONFIG).replace('"class_name": "LSTM"', '"class_name": ["LSTM"]'))), "config.json"),
        Case("an encrypted member", _encrypted(f), "encrypted"),
        Case("an unsupported compression method", _method(f), "compression method is not supported"),
        Case("a corrupt deflate stream", _corrupt(f), "cannot be unpacked"),
        Case("not a zip", _write(f, "plain.keras", b"hello"), "not a .keras file"),
    ]
    cases += memory_cases(f)
    if hasattr(os, "mkfifo"):
        fifo = f / "pipe.lstmviz"
        os.mkfifo(fifo)
        cases.append(Case("a FIFO as the project", str(fifo), "named pipe (FIFO)"))
        keras_fifo = f / "pipe.keras"
        os.mkfifo(keras_fifo)
        cases.append(Case("a FIFO as the .keras file", str(keras_fifo), "named pipe (FIFO)"))
    if os.path.exists("/dev/zero"):
        cases.append(Case("/dev/zero as the project", "/dev/zero", "is a device"))
    if big:
        cases += [
            Case("a 20 MB title", _write(f, "title.lstmviz", json.dumps(project(title="")).replace(
                '"title": ""', '"title": "' + "t" * 20_000_000 + '"')),
                 "the title is 20,000,000 characters long; lstmviz reads at most 1,000"),
            Case("config.json inflating to 64 MB", str(_bomb(f / "bomb.keras", 64 << 20)),
                 "inflates to 64 MB; lstmviz reads at most 16 MB"),
            Case("a 200 MB project", _sparse(f / "huge.lstmviz", 200 << 20), "lstmviz reads files of this kind up to 160 MB"),
        ]
    return cases


def data_cases(folder: Path) -> list[Case]:
    """Projects whose dataset is hostile: a FIFO, a device, a loop, values beyond float32, a huge total."""
    f = Path(folder)
    overflow = f / "overflow.csv"
    overflow.write_text("t,v\n" + "".join(f"{i},0.5\n" for i in range(6)) + "6,1e39\n7,0.5\n")
    cases = [
        Case("CSV value beyond float32", _csv_project(f, "overflow", str(overflow)),
             "row 8, column 'v': '1e39' is beyond the range of float32"),
        Case("a CSV of 100 MB", _csv_project(f, "hugecsv", _sparse(f / "huge.csv", 100 << 20)),
             "lstmviz reads files of this kind up to 64 MB"),
        Case("a CSV symlink loop", _csv_project(f, "loopcsv", _loop(f, "loop.csv")), "too many levels of symbolic links"),
        Case("a sine dataset of 20,000 steps x 100,000 samples", _write(f, "sine.lstmviz", project(
            dataset={"kind": "sine", "layout": "many-to-many", "time_steps": 20_000, "samples": 100_000})),
             "the limit is 50,000,000"),
        Case("a CSV of 200,000 columns x 100,000 rows", _csv_project(f, "widecsv", _wide(f)), "cells"),
    ]
    if hasattr(os, "mkfifo"):
        fifo = f / "pipe.csv"
        os.mkfifo(fifo)
        cases.append(Case("a FIFO as the CSV", _csv_project(f, "fifocsv", str(fifo)), "named pipe (FIFO)"))
    if os.path.exists("/dev/zero"):
        cases.append(Case("/dev/zero as the CSV", _csv_project(f, "zerocsv", "/dev/zero"), "is a device"))
    return cases


def _csv_project(folder: Path, name: str, csv_path: str) -> str:
    return _write(folder, f"{name}.lstmviz", project(dataset={
        "kind": "csv", "path": csv_path, "layout": "many-to-many", "time_steps": 5}))


def _wide(folder: Path) -> str:
    path = folder / "wide.csv"
    path.write_text(",".join(["1"] * 200_000) + "\n" + "1\n" * 100_000)
    return str(path)


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _loop(folder: Path, name: str) -> str:
    a, b = folder / name, folder / (name + ".other")
    os.symlink(b, a)
    os.symlink(a, b)
    return str(a)


def _sparse(path: Path, size: int) -> str:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return str(path)


def _encrypted(folder: Path) -> str:
    path = keras_zip(folder / "encrypted.keras")
    raw = path.read_bytes()
    head, entry = raw.find(b"PK\x03\x04"), raw.find(b"PK\x01\x02")
    _patch_member(path, {6: bytes([raw[head + 6] | 1])}, {8: bytes([raw[entry + 8] | 1])})
    return str(path)


def _method(folder: Path) -> str:
    path = keras_zip(folder / "method.keras")
    _patch_member(path, {8: struct.pack("<H", 99)}, {10: struct.pack("<H", 99)})
    return str(path)


def _corrupt(folder: Path) -> str:
    path = keras_zip(folder / "corrupt.keras")
    raw = bytearray(path.read_bytes())
    head = raw.find(b"PK\x03\x04")
    name_length, extra_length = struct.unpack("<HH", raw[head + 26:head + 30])
    start = head + 30 + name_length + extra_length
    for k in range(start, start + 12):
        raw[k] ^= 0x5A
    path.write_bytes(bytes(raw))
    return str(path)


def zlib_zeros(megabytes: int) -> bytes:
    """A zlib stream (as HDF5's gzip filter stores a chunk) of ``megabytes`` MB of zeros, about 1 KB per MB."""
    return zlib_zero_bytes(megabytes << 20)


@functools.lru_cache(maxsize=1)
def _zero_megabyte() -> bytes:
    """One megabyte of zeros as a raw deflate block that stands alone (ended by a full flush)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)


def zlib_zero_bytes(size: int) -> bytes:
    """A zlib stream of ``size`` zero bytes, about 1 KB per MB.

    Built from one compressed megabyte repeated (a full flush makes each block stand alone),
    so a stream that inflates to gigabytes costs milliseconds to make.
    """
    block = _zero_megabyte()
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    rest = tail.compress(bytes(size & ((1 << 20) - 1))) + tail.flush()  # the last block, marked final
    adler = ((size % 65521) << 16) | 1  # Adler-32 of zeros: the byte sum stays 1, the sum of sums grows by 1 a byte
    return b"\x78\xda" + block * (size >> 20) + rest + struct.pack(">I", adler)


def gzip_bomb_weights(valid: bytes, dataset: str, megabytes: int) -> bytes:
    """A valid .keras archive (bytes) whose ``dataset`` in model.weights.h5 is one gzip chunk inflating to ``megabytes``."""
    import h5py

    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    buffer = io.BytesIO(entries["model.weights.h5"])
    with h5py.File(buffer, "a") as root:
        shape, dtype = root[dataset].shape, root[dataset].dtype
        del root[dataset]
        created = root.create_dataset(dataset, shape=shape, dtype=dtype, chunks=shape, compression="gzip")
        created.id.write_direct_chunk((0,) * len(shape), zlib_zeros(megabytes))
    entries["model.weights.h5"] = buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


# ------------------------------------------------------------------ round 2: numbers that size memory


def _zeros_array(dtype: str, shape: list[int]) -> dict:
    """A stored array (lstmviz.io.arrays' form) of zeros, compressed without building it in memory."""
    import base64

    itemsize = {"float32": 4, "float64": 8, "int64": 8}[dtype]
    size = itemsize
    for n in shape:
        size *= n
    return {"dtype": dtype, "shape": shape, "encoding": "base64-zlib",
            "data": base64.b64encode(zlib_zero_bytes(size)).decode("ascii")}


def _claim(dtype: str, shape: list[int]) -> dict:
    """A stored array that claims ``shape`` and holds nothing: refused before anything is allocated."""
    return {"dtype": dtype, "shape": shape, "encoding": "base64-zlib", "data": "eJwDAAAAAAE="}


SETTINGS = {"epochs": 10, "batch_size": 32, "optimizer": "adam", "learning_rate": 0.001,
            "loss": "mean_squared_error", "seed": 0, "validation_split": 0.0, "shuffle": True, "pace": 0.0}


def _run(**changes) -> dict:
    run = {"number": 1, "settings": SETTINGS, "reason": "completed", "epochs_run": 10, "start_epoch": 1,
           "loss": _zeros_array("float64", [10])}
    run.update(changes)
    return run


def memory_cases(folder: Path) -> list[Case]:
    """Small version 2 projects whose numbers would size gigabytes: refused before anything is allocated."""
    f = Path(folder)
    v2 = project(version=2)
    return [
        Case("a 3 KB project claiming 100,000,000 epochs", _write(f, "epochs.lstmviz", {**v2, "runs": [_run(
            epochs_run=100_000_000, loss=_claim("float64", [100_000_000]))]}),
             "epochs_run: expected a whole number from 0 to 1,000,000"),
        Case("a run ending at epoch 60,000,000 (its curve compressed to 300 KB)", _write(
            f, "curve.lstmviz", {**v2, "runs": [_run(start_epoch=59_999_991, loss=_zeros_array(
                "float32", [60_000_000]))]}), "start_epoch: expected a whole number from 1 to 5,000,000, found 59999991"),
        Case("a run ending one epoch past the limit", _write(f, "past.lstmviz", {**v2, "runs": [_run(
            start_epoch=4_999_992, loss=_claim("float64", [5_000_001]))]}),
             "the run ends at epoch 5,000,001; lstmviz counts at most 5,000,000"),
        Case("30,000,000 zero-width snapshots", _write(f, "snapshots.lstmviz", {**v2, "runs": [_run(snapshots={
            "epochs": _claim("int64", [30_000_000]), "values": _claim("float32", [30_000_000, 0]),
            "shapes": [[0]]})]}), "holds 30,000,000 snapshots, but the run has 10"),
        Case("trained.epoch 100,000,000", _write(f, "trained-epoch.lstmviz", {**v2, "trained": {
            "epoch": 100_000_000, "weights": []}}), "trained.epoch: expected a whole number from 0 to 5,000,000"),
        Case("a pace of 1e-300", _write(f, "pace.lstmviz", project(training={**SETTINGS, "pace": 1e-300})),
             "pace: must be 0 (as fast as possible) or from 0.01"),
    ]


def largest_valid(folder: Path) -> str:
    """A valid project at the limits (a run ending at epoch 5,000,000 with a validation curve): it opens."""
    from lstmviz.model.limits import MAX_EPOCH

    v2 = project(version=2)
    return _write(Path(folder), "largest.lstmviz", {**v2, "runs": [_run(
        start_epoch=MAX_EPOCH - 9, loss=_zeros_array("float64", [MAX_EPOCH]),
        val_loss=_zeros_array("float64", [MAX_EPOCH]))]})
