"""The weights of a ``.keras`` archive, read and written with h5py, without TensorFlow.

Keras 3 keeps a model's variables in ``model.weights.h5`` inside the archive. Each layer of
``model.layers`` has a group named after its class in snake case with a counter
(``layers/lstm``, ``layers/lstm_1``: never the layer's own name, which Keras does not treat
as reproducible). A layer's variables are the datasets ``vars/0``, ``vars/1``, ... in
``layer.weights`` order, under the object that owns them: ``cell/vars`` for a recurrent
layer, ``forward_layer/cell/vars`` then ``backward_layer/cell/vars`` for Bidirectional,
``layer/vars`` for TimeDistributed. The optimizer's state (``optimizer/vars``) is not read.

The archive is untrusted: sizes are bounded before anything is inflated, the weights file
is unpacked into a private temporary folder that is always removed, links inside the HDF5
file are refused, and every dataset must be exactly one the architecture expects, with its
shape and a floating-point type.
"""

from __future__ import annotations

import datetime
import io
import json
import math
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any, Sequence

import h5py
import numpy as np

from lstmviz.i18n import tr
from lstmviz.io.safe_zip import ArchiveError, copy_member, member, open_zip
from lstmviz.model import catalogue
from lstmviz.model.architecture import Architecture
from lstmviz.io.atomic_file import write_atomically
from lstmviz.model.catalogue import fmt_shape
from lstmviz.model.weights import split_weights, weight_specs
from lstmviz.model.inference import infer, keras_names, snake_case
from lstmviz.io.keras_config import architecture_from_archive, architecture_to_keras
from lstmviz.io.limits import MAX_ARCHIVE_BYTES, MAX_WEIGHTS_FILE_BYTES, MAX_ZIP_MEMBERS
from lstmviz.model.limits import MAX_PARAMS
from lstmviz.io.project import SourceError

CONFIG = "config.json"
METADATA = "metadata.json"
WEIGHTS = "model.weights.h5"

MAX_MEMBERS = MAX_ZIP_MEMBERS
MAX_WEIGHT_VALUES = MAX_PARAMS
MAX_H5_OBJECTS = 10_000
MAX_H5_DEPTH = 16
MAX_H5_CHUNKS = 100_000  # chunks of one dataset (each is looked at before the dataset is read)
_FLOAT_SIZES = (2, 4, 8)
# Filters whose output size lstmviz can bound before HDF5 runs them: deflate (checked by
# inflating each chunk here, at most one byte beyond its size), shuffle and fletcher32.
_DEFLATE, _SHUFFLE, _FLETCHER32 = 1, 2, 3
_CHUNK_SLACK = 1024  # a stored chunk may exceed its size by a little (a header, a checksum)

# The version written into metadata.json when Keras is not installed: the oldest Keras 3
# whose archive layout this module writes.
_LAYOUT_VERSION = "3.0.0"


class KerasFileError(SourceError):
    """A ``.keras`` archive whose weights cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class KerasArchive:
    """What a ``.keras`` file holds for lstmviz: its architecture and its weights (``get_weights()`` order)."""

    architecture: Architecture
    weights: list[np.ndarray]


# ------------------------------------------------------------------------------ layout


def layer_groups(architecture: Architecture) -> list[str]:
    """The HDF5 group of each layer: ``layers/`` + class name in snake case, counted per class."""
    counts: dict[str, int] = {}
    groups = []
    for layer in architecture.layers:
        base = snake_case(catalogue.KINDS[layer.kind].keras_class)
        n = counts.get(base, 0)
        counts[base] = n + 1
        groups.append(f"layers/{base}" if n == 0 else f"layers/{base}_{n}")
    return groups


def weight_locations(architecture: Architecture) -> list[list[str]]:
    """Per layer, the dataset path of each weight in ``model.weights.h5``, in ``get_weights()`` order."""
    out = []
    for layer, group, specs in zip(architecture.layers, layer_groups(architecture), weight_specs(architecture)):
        seen: dict[str, int] = {}
        paths = []
        for owner in layer.spec.weight_groups(layer.options, len(specs)):
            index = seen.get(owner, 0)
            seen[owner] = index + 1
            paths.append(f"{group}/{owner}/{index}")
        out.append(paths)
    return out


# ------------------------------------------------------------------------------ reading


def read_keras_archive(path: str | Path) -> KerasArchive:
    """The architecture (as :func:`lstmviz.io.keras_config.read_keras_file` reads it) and the weights.

    Raises :class:`KerasFileError` (a ``SourceError``) naming the file and what is wrong.
    """
    path = Path(path)
    try:
        with open_zip(path, MAX_ARCHIVE_BYTES, MAX_MEMBERS) as archive:
            architecture = _architecture(archive, path)
            return KerasArchive(architecture, weights_from_archive(archive, architecture, path))
    except ArchiveError as exc:
        raise _error(path, str(exc)) from None
    except FileNotFoundError:
        raise _error(path, tr("no such file")) from None
    except OSError as exc:
        raise _error(path, tr("cannot be read ({reason})").format(reason=exc.strerror or exc)) from None


def read_keras_weights(path: str | Path) -> list[np.ndarray]:
    """The weights of the ``.keras`` file at ``path``, in ``model.get_weights()`` order."""
    return read_keras_archive(path).weights


def weights_from_archive(archive: zipfile.ZipFile, architecture: Architecture, path: Path) -> list[np.ndarray]:
    """The weights in the open archive of the ``.keras`` file at ``path``, for ``architecture`` (read from its
    ``config.json``); :class:`KerasFileError` naming the file and what is wrong."""
    inference = infer(architecture)
    if not inference.ok:
        raise _error(path, tr("the model in {config} cannot be built: {reason}").format(
            config=CONFIG, reason=inference.error_text))
    info = member(archive, WEIGHTS)
    if info is None:
        raise _error(path, tr("no {weights} inside: the archive holds no weights").format(weights=WEIGHTS))
    if inference.total_params > MAX_WEIGHT_VALUES:
        raise _error(path, tr("the model has {count:,} weights; lstmviz reads at most {limit:,}").format(
            count=inference.total_params, limit=MAX_WEIGHT_VALUES))
    try:
        # h5py reads by seeking, which a zip member cannot do cheaply: unpack it into a
        # private folder that is removed whatever happens.
        with tempfile.TemporaryDirectory(prefix="lstmviz-") as folder:
            unpacked = Path(folder) / WEIGHTS
            with open(unpacked, "wb") as target:
                copy_member(archive, info, target, MAX_WEIGHTS_FILE_BYTES)
            return _read_weights(unpacked, architecture, path)
    except ArchiveError as exc:
        raise _error(path, str(exc)) from None
    except OSError as exc:
        raise _error(path, tr("cannot be read ({reason})").format(reason=exc.strerror or exc)) from None


def _error(path: Path, message: str) -> KerasFileError:
    return KerasFileError(f"{path}: {message}")


def _architecture(archive: zipfile.ZipFile, path: Path) -> Architecture:
    try:
        return architecture_from_archive(archive, str(path))
    except SourceError as exc:
        raise KerasFileError(str(exc)) from None


def _datasets(root: h5py.File, path: Path) -> dict[str, h5py.Dataset]:
    """Every dataset under ``layers/``, reached by hard links only (no soft or external links).

    Nothing else in the file is visited: the optimizer's state and the model's own (empty) vars.
    """
    found: dict[str, h5py.Dataset] = {}
    if "layers" not in root:
        return found
    pending, seen = [("layers", root, "layers")], 1
    while pending:
        name, parent, key = pending.pop()
        if not isinstance(parent.get(key, getlink=True), h5py.HardLink):
            raise _error(path, tr("{weights}: {name} is a link; lstmviz reads weights stored in the file "
                                  "itself").format(weights=WEIGHTS, name=name))
        item = parent[key]
        if isinstance(item, h5py.Group):
            if name.count("/") >= MAX_H5_DEPTH:  # Keras nests 6 deep; a hard link back to a parent never ends
                raise _error(path, tr("{weights} nests groups more than {limit} deep ({name})").format(
                    weights=WEIGHTS, limit=MAX_H5_DEPTH, name=name[:80] + "..."))
            for child in item.keys():
                seen += 1
                if seen > MAX_H5_OBJECTS:
                    raise _error(path, tr("{weights} holds more than {limit:,} objects").format(
                        weights=WEIGHTS, limit=MAX_H5_OBJECTS))
                pending.append((f"{name}/{child}", item, child))
        elif isinstance(item, h5py.Dataset):
            found[name] = item
    return found


def _layer_title(architecture: Architecture, index: int) -> str:
    name = keras_names(architecture)[index]
    return f"{name} ({catalogue.KINDS[architecture.layers[index].kind].keras_class})"


def _read_weights(unpacked: Path, architecture: Architecture, path: Path) -> list[np.ndarray]:
    try:
        root = h5py.File(unpacked, "r", locking=False)
    except OSError as exc:
        raise _error(path, tr("{weights} is not an HDF5 file ({reason})").format(weights=WEIGHTS, reason=exc)) from None
    try:
        with root:
            return _checked_values(root, architecture, path)
    except KerasFileError:
        raise
    except Exception as exc:  # h5py reports damaged files with OSError, KeyError, ValueError, RuntimeError, ...
        raise _error(path, tr("{weights} cannot be read ({reason})").format(
            weights=WEIGHTS, reason=f"{type(exc).__name__}: {exc}")) from None


def _checked_values(root: h5py.File, architecture: Architecture, path: Path) -> list[np.ndarray]:
    datasets = _datasets(root, path)
    expected: dict[str, tuple[int, Any]] = {}
    for index, (locations, specs) in enumerate(zip(weight_locations(architecture), weight_specs(architecture))):
        for location, spec in zip(locations, specs):
            expected[location] = (index, spec)
    for location, (index, spec) in expected.items():
        if location not in datasets:
            raise _error(path, tr("{weights} has no {location} (the {weight} of layer {layer})").format(
                weights=WEIGHTS, location=location, weight=spec.name, layer=_layer_title(architecture, index)))
    extra = sorted(set(datasets) - set(expected))
    if extra:
        raise _error(path, tr("{weights} holds {location}, which the model in {config} does not have").format(
            weights=WEIGHTS, location=extra[0], config=CONFIG))
    values = []
    for location, (index, spec) in expected.items():
        dataset = datasets[location]
        where = tr("{location} (the {weight} of layer {layer})").format(
            location=location, weight=spec.name, layer=_layer_title(architecture, index))
        if dataset.shape != spec.shape:
            raise _error(path, tr("{weights}: {where} has shape {shape}, expected {expected}").format(
                weights=WEIGHTS, where=where, shape=fmt_shape(dataset.shape or ()), expected=fmt_shape(spec.shape)))
        if dataset.dtype.kind != "f" or dataset.dtype.itemsize not in _FLOAT_SIZES:
            raise _error(path, tr("{weights}: {where} holds {dtype} values, expected floating-point numbers").format(
                weights=WEIGHTS, where=where, dtype=dataset.dtype))
        if dataset.is_virtual or dataset.id.get_create_plist().get_external_count():
            raise _error(path, tr("{weights}: {where} keeps its values in another file").format(
                weights=WEIGHTS, where=where))
        _check_storage(dataset, where, path)
        array = np.asarray(dataset[()])
        values.append(array.astype(np.float32) if array.dtype.itemsize < 4 else array)
    return values


def _check_storage(dataset: h5py.Dataset, where: str, path: Path) -> None:
    """Refuse a dataset whose stored data would inflate beyond its shape x item size, before HDF5 reads it.

    HDF5's deflate filter grows its buffer until a chunk's stream ends, however far beyond
    the chunk's size: one 3 KB chunk can ask for gigabytes. Each chunk's stored size is
    compared with its size, and a deflated chunk is inflated here first, stopping one byte
    past its size.
    """
    plist = dataset.id.get_create_plist()
    if plist.get_layout() != h5py.h5d.CHUNKED:
        return  # contiguous or compact: HDF5 reads exactly shape x item size
    itemsize = dataset.dtype.itemsize
    chunk_bytes = math.prod(dataset.chunks) * itemsize
    needed = math.prod(dataset.shape) * itemsize
    if chunk_bytes > max(needed, 1) + _CHUNK_SLACK * itemsize:
        raise _error(path, tr("{weights}: {where} is stored in chunks larger than the array itself").format(
            weights=WEIGHTS, where=where))
    codes = [plist.get_filter(i)[0] for i in range(plist.get_nfilters())]
    if any(code not in (_DEFLATE, _SHUFFLE, _FLETCHER32) for code in codes) or codes.count(_DEFLATE) > 1:
        raise _error(path, tr("{weights}: {where} is compressed with a filter lstmviz does not read "
                              "(it reads uncompressed, gzip and shuffle)").format(weights=WEIGHTS, where=where))
    checksum = bool(codes) and codes[-1] == _FLETCHER32
    deflated = _DEFLATE in codes
    if deflated and codes[codes.index(_DEFLATE) + 1:] not in ([], [_FLETCHER32]):
        raise _error(path, tr("{weights}: {where} applies filters after gzip, which lstmviz does not read").format(
            weights=WEIGHTS, where=where))
    chunks = dataset.id.get_num_chunks()
    if chunks > MAX_H5_CHUNKS:
        raise _error(path, tr("{weights}: {where} is stored in {count:,} chunks; lstmviz reads at most {limit:,}").format(
            weights=WEIGHTS, where=where, count=chunks, limit=MAX_H5_CHUNKS))
    for index in range(chunks):
        info = dataset.id.get_chunk_info(index)
        if info.size > chunk_bytes + _CHUNK_SLACK + (chunk_bytes >> 8):  # deflate may grow random data a little
            raise _error(path, tr("{weights}: {where} stores a chunk of {stored:,} bytes for {size:,} bytes of "
                                  "values").format(weights=WEIGHTS, where=where, stored=info.size, size=chunk_bytes))
        if not deflated or info.filter_mask & (1 << codes.index(_DEFLATE)):
            continue
        _, raw = dataset.id.read_direct_chunk(info.chunk_offset)
        if checksum and not info.filter_mask & (1 << (len(codes) - 1)):
            raw = raw[:-4]
        inflater = zlib.decompressobj()
        try:
            inflated = len(inflater.decompress(raw, chunk_bytes + 1))
        except zlib.error:
            inflated = -1
        if inflated > chunk_bytes:
            raise _error(path, tr("{weights}: {where} holds a compressed chunk that inflates to more than its "
                                  "{size:,} bytes").format(weights=WEIGHTS, where=where, size=chunk_bytes))


# ------------------------------------------------------------------------------ writing


def _named(architecture: Architecture) -> Architecture:
    """Every layer with a name, unique in the model: Keras refuses a model with two layers of one name."""
    taken: set[str] = set()
    layers = []
    for layer, name in zip(architecture.layers, keras_names(architecture)):
        base, n = name, 0
        while name in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name)
        layers.append(replace(layer, name=name))
    return replace(architecture, layers=tuple(layers))


def archive_config(architecture: Architecture) -> dict[str, Any]:
    """The ``config.json`` of the archive: keras_config's Sequential config, named and built."""
    config = architecture_to_keras(_named(architecture))
    return {**config, "registered_name": None,
            "build_config": {"input_shape": list(architecture.input.batch_shape)}, "compile_config": None}


def _keras_version() -> str:
    try:
        return metadata.version("keras")  # read from the installed package's metadata; Keras is not imported
    except metadata.PackageNotFoundError:
        return _LAYOUT_VERSION


def _h5_bytes(architecture: Architecture, per_layer: list[list[np.ndarray]]) -> bytes:
    buffer = io.BytesIO()
    names = keras_names(_named(architecture))
    with h5py.File(buffer, "w") as root:
        root.create_group("vars").attrs["name"] = architecture.name
        for layer, group, name, arrays, locations in zip(
                architecture.layers, layer_groups(architecture), names, per_layer, weight_locations(architecture)):
            # Every group Keras itself writes, with the name attribute it sets (load ignores both).
            root.create_group(f"{group}/vars").attrs["name"] = name
            for path, label in layer.spec.named_groups(layer.options):
                root.create_group(f"{group}/{path}").attrs["name"] = label
            for location, array in zip(locations, arrays):
                root.create_dataset(location, data=np.asarray(array, dtype=np.float32))
    return buffer.getvalue()


def _archive_bytes(architecture: Architecture, weights: Sequence[Any]) -> bytes:
    """The bytes of a ``.keras`` archive holding the architecture and these weights."""
    per_layer = split_weights(architecture, weights)
    saved = datetime.datetime.now().strftime("%Y-%m-%d@%H:%M:%S")
    buffer = io.BytesIO()
    # Members stored uncompressed and in this order, as Keras writes them.
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(METADATA, json.dumps({"keras_version": _keras_version(), "date_saved": saved}))
        archive.writestr(CONFIG, json.dumps(archive_config(architecture)))
        archive.writestr(WEIGHTS, _h5_bytes(architecture, per_layer))
    return buffer.getvalue()


def write_keras_file(path: str | Path, architecture: Architecture, weights: Sequence[Any]) -> Path:
    """Write a ``.keras`` archive that ``keras.saving.load_model(path, safe_mode=True)`` loads.

    ``weights`` are in ``model.get_weights()`` order; a wrong count or shape is a ValueError
    naming the layer. The file is replaced in one step, never left half-written.
    """
    return write_atomically(path, _archive_bytes(architecture, weights))
