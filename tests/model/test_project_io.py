"""Project files and .keras configs: round trips, strict reading, atomic writing."""

import json
import os
import zipfile

import pytest

from lstmviz.io import atomic_file, project_io
from lstmviz.model.architecture import Architecture, InputSpec, LayerSpec
from lstmviz.model.examples import EXAMPLES
from lstmviz.io.keras_config import architecture_to_keras
from lstmviz.io.project import SourceError
from lstmviz.io.project_io import load_project, load_source, save_project


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_round_trip(tmp_path, name):
    project = project_io.from_example(name)
    path = save_project(project, tmp_path / "p.lstmviz")
    again = load_project(path)
    assert again.architecture == project.architecture
    assert again.training == project.training
    assert again.dataset == project.dataset


def test_save_is_atomic(tmp_path, monkeypatch):
    path = tmp_path / "p.lstmviz"
    save_project(project_io.from_example("one-to-one"), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(atomic_file.os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_project(project_io.from_example("many-to-many"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.lstmviz"]  # no temporary file left


def write(tmp_path, data, name="p.lstmviz"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def good():
    return project_io.project_to_dict(project_io.from_example("many-to-many"))


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format="other"), "format is 'other'"),
    (lambda d: d.update(version=3), "version 3 was written by a newer lstmviz"),
    (lambda d: d["architecture"]["layers"][0].update(kind="Conv9D"), "architecture.layers[0].kind: unknown layer kind 'Conv9D'"),
    (lambda d: d["architecture"]["layers"][1]["options"].update(units=0), "architecture.layers[1].options.units: units must be at least 1"),
    (lambda d: d["architecture"]["input"].update(shape=[0, 1]), "architecture.input.shape[0]: the number of time steps must be at least 1"),
    (lambda d: d["training"].update(epochs="many"), "training.epochs: expected int"),
])
def test_bad_projects_say_what_and_where(tmp_path, change, message):
    data = good()
    change(data)
    path = write(tmp_path, data)
    with pytest.raises(SourceError) as info:
        load_project(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_malformed_json_names_line(tmp_path):
    path = write(tmp_path, '{"format": "lstmviz",\n "version": 1,,}')
    with pytest.raises(SourceError, match=r"line 2, column 15: not valid JSON"):
        load_project(path)


def keras_zip(tmp_path, config, name="m.keras"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("config.json", json.dumps(config))
    return path


def test_keras_config_round_trip(tmp_path):
    arch = EXAMPLES["encoder-decoder"].architecture
    project = load_source(keras_zip(tmp_path, architecture_to_keras(arch)))
    assert project.architecture == arch
    assert project.keras_file is not None


def test_custom_layer_named(tmp_path):
    config = architecture_to_keras(Architecture(InputSpec((5, 1)), (LayerSpec("LSTM"),)))
    config["config"]["layers"].append({"module": "my_lib.layers", "class_name": "Attention2",
                                       "registered_name": "my_lib>Attention2", "config": {"name": "attn"}})
    with pytest.raises(SourceError, match="layer 'attn' is a custom object"):
        load_source(keras_zip(tmp_path, config))


def test_unsupported_layer_named(tmp_path):
    config = architecture_to_keras(Architecture(InputSpec((5, 1)), (LayerSpec("LSTM"),)))
    config["config"]["layers"].append({"module": "keras.layers", "class_name": "Conv2D", "config": {"name": "conv"}})
    with pytest.raises(SourceError, match="layer 'conv' is a Conv2D, which lstmviz does not support"):
        load_source(keras_zip(tmp_path, config))


def test_not_a_zip(tmp_path):
    path = write(tmp_path, "hello", name="m.keras")
    with pytest.raises(SourceError, match="not a .keras file"):
        load_source(path)


def test_missing_file_and_unknown_example(tmp_path):
    with pytest.raises(SourceError, match="no such file, and no example of that name"):
        load_source(tmp_path / "nope.lstmviz")


def test_written_files_get_the_usual_mode(tmp_path):
    old = os.umask(0o022)
    try:
        path = save_project(project_io.from_example("one-to-one"), tmp_path / "p.lstmviz")
        assert path.stat().st_mode & 0o777 == 0o666 & ~atomic_file._UMASK
        path.chmod(0o640)
        save_project(project_io.from_example("many-to-one"), path)
        assert path.stat().st_mode & 0o777 == 0o640  # an overwrite keeps the file's mode
    finally:
        os.umask(old)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["training"].update(seed=2**32), "training.seed: must be between 0 and 2,147,483,647"),
    (lambda d: d["training"].update(validation_split=0.95), "training.validation_split: must be between 0 and 0.9"),
    (lambda d: d["training"].update(epochs=0), "training.epochs: must be between 1 and 1,000,000"),
])
def test_training_settings_out_of_range(tmp_path, change, message):
    data = good()
    change(data)
    with pytest.raises(SourceError, match=message):
        load_project(write(tmp_path, data))


@pytest.mark.parametrize("config", [
    {"class_name": "Sequential", "config": [1]},
    {"class_name": "Sequential", "config": {"layers": [{"class_name": "InputLayer", "config": {"batch_shape": 5}}]}},
    {"class_name": "Functional", "config": {"layers": [{"class_name": "Dense", "name": "d",
                                                        "inbound_nodes": [{"args": [{"class_name": "__keras_tensor__",
                                                                                     "config": {}}]}]}]}},
])
def test_malformed_keras_configs_are_source_errors(tmp_path, config):
    with pytest.raises(SourceError, match="m.keras"):
        load_source(keras_zip(tmp_path, config))
