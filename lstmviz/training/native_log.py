"""Keep TensorFlow's native start-up lines off the terminal, and nothing else.

Loading TensorFlow's libraries writes straight to file descriptor 2 from C++ (absl's
"WARNING: All log messages before absl::InitializeLog() is called...", the oneDNN and
cudart notices, "failed call to cuInit", the CPU-instructions notice), before
``TF_CPP_MIN_LOG_LEVEL`` is read. :func:`quiet_native_logs` sends descriptor 2 through
a pipe for that moment; a thread drops those lines and passes every other byte on, so
whatever the rest of the process (the window's own warnings) writes meanwhile still
arrives, a few milliseconds late.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

LOG_LEVEL = "3"  # TF_CPP_MIN_LOG_LEVEL once absl is set up: only fatal errors
NOISE = re.compile(
    rb"^(WARNING: All log messages before absl::InitializeLog\(\) is called"
    rb"|[IWEF]\d{4} [\d:. ]+\s+\d+ [\w.]+:\d+\] "  # absl: I0000 00:00:1795828244.717784 1915 port.cc:153]
    rb"|To enable the following instructions: .* rebuild TensorFlow)"
)


def set_log_level() -> None:
    """Before TensorFlow is imported: its C++ logging then keeps quiet below fatal errors."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", LOG_LEVEL)


def _pump(source: int, target: int) -> None:
    pending = b""
    while True:
        try:
            chunk = os.read(source, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            break
        pending += chunk
        *lines, pending = pending.split(b"\n")
        kept = b"".join(line + b"\n" for line in lines if not NOISE.match(line))
        if kept:
            _write(target, kept)
    if pending and not NOISE.match(pending):
        _write(target, pending)
    os.close(source)


def _write(fd: int, data: bytes) -> None:
    try:
        while data:
            data = data[os.write(fd, data):]
    except OSError:
        pass


@contextmanager
def quiet_native_logs() -> Iterator[None]:
    """Within the block, lines TensorFlow's C++ code writes to descriptor 2 are dropped; the rest pass."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
        read_end, write_end = os.pipe()
    except (OSError, ValueError):
        yield
        return
    os.dup2(write_end, 2)
    os.close(write_end)
    pump = threading.Thread(target=_pump, args=(read_end, saved), name="lstmviz-native-log", daemon=True)
    pump.start()
    try:
        yield
    finally:
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        os.dup2(saved, 2)  # closes the pipe's last write end: the pump reads to the end and stops
        pump.join(2.0)
        if not pump.is_alive():
            os.close(saved)
