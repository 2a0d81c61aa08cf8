"""The environment the app starts in: another Keras backend asked for, a display that cannot be reached."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from lstmviz import app

ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str], **env: str | None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    for key, value in env.items():
        if value is None:
            environment.pop(key, None)
        else:
            environment[key] = value
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=environment, timeout=300)


def test_another_keras_backend_is_replaced_by_tensorflow_and_said_so():
    code = ("from lstmviz.cli import main\nmain(['examples'])\nimport keras\nprint(keras.backend.backend())")
    result = run(["-c", code], KERAS_BACKEND="jax")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("tensorflow")
    assert "KERAS_BACKEND='jax' is ignored: lstmviz trains with TensorFlow" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("value, note", [("tensorflow", None), ("TensorFlow", None), (None, None),
                                          ("garbage\n", "KERAS_BACKEND='garbage\\n' is ignored")])
def test_the_backend_note(monkeypatch, value, note):
    if value is None:
        monkeypatch.delenv("KERAS_BACKEND", raising=False)
    else:
        monkeypatch.setenv("KERAS_BACKEND", value)
    said = app.use_tensorflow_backend()
    assert (said is None) if note is None else note in said
    assert os.environ["KERAS_BACKEND"] == "tensorflow"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland sockets")
@pytest.mark.parametrize("env, says", [
    ({"DISPLAY": ":97", "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}, "DISPLAY=:97"),
    ({"DISPLAY": "nonexistent.invalid:0", "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": "xcb"}, "DISPLAY=nonexistent"),
    ({"DISPLAY": None, "WAYLAND_DISPLAY": "wayland-97", "QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": "/tmp"},
     "WAYLAND_DISPLAY=wayland-97"),
])
def test_an_unreachable_display_is_one_line_not_an_abort(env, says):
    result = run(["-m", "lstmviz"], **env)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("lstmviz: error: cannot open the display (") and says in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland sockets")
def test_a_display_that_listens_passes_the_check(tmp_path, monkeypatch):
    listening = tmp_path / "x-socket"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(listening))
        server.listen(4)
        monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.setenv("DISPLAY", f"{listening}:0")
        assert app.display_problem() is None
        monkeypatch.setenv("QT_QPA_PLATFORM", "wayland;xcb")  # Wayland missing, X11 there: Qt falls back
        monkeypatch.setenv("WAYLAND_DISPLAY", str(tmp_path / "no-compositor"))
        assert app.display_problem() is None
        monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
        assert "no-compositor" in app.display_problem()
        monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
        assert app.display_problem() is None
