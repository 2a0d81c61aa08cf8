"""Large files are read in a separate process, so the window's interpreter is never held.

Reading runs on a worker thread already, but Python's JSON parser (and the regular
expression that checks a file's shape first) are single C calls that keep the
interpreter for their whole length: 0.1 s for a 30 MB project, several tenths for the
largest trained one, and the window cannot paint meanwhile. A file of
:data:`ISOLATE_BYTES` or more is therefore read by :func:`lstmviz.io.project_io.load_source`
in a child process (started on first need, kept for later files); the project comes
back pickled, which is one copy of its large strings and arrays. Errors come back the
same way: the child uses the window's language catalogue, so its messages read as
in-process ones do. The child ends when the window's process does, however that ends
(a crash, a kill): it watches its parent and exits once it is gone.
"""

from __future__ import annotations

import multiprocessing
import os
import stat
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from lstmviz import i18n
from lstmviz.io.project import Project, SourceError
from lstmviz.io.project_io import load_source
from lstmviz.model.limits import elide

ISOLATE_BYTES = 4 << 20  # below this, parsing in the thread holds the interpreter under ~15 ms

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_catalogue: str | None = None


_child_translator = None  # in the reader process: the catalogue's translator, alive as long as the process


PARENT_CHECK_SECONDS = 0.25


def _watch_parent(parent: int) -> None:
    """In the reader process: exit as soon as the process that started it is gone (it was re-parented)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def _start_child(catalogue: str | None, parent: int | None = None) -> None:
    """The child's start: die with the window's process, and route ``tr`` through its catalogue, if it has one."""
    global _child_translator
    if parent is not None:
        if os.getppid() != parent:  # the window died while this process started
            os._exit(0)
        threading.Thread(target=_watch_parent, args=(parent,), name="lstmviz-parent-watch", daemon=True).start()
    if catalogue is None:
        return
    from PySide6.QtCore import QTranslator  # QtCore only: the child never makes widgets

    translator = QTranslator()
    if translator.load(catalogue):
        _child_translator = translator
        i18n.install(lambda context, text: translator.translate(context, text) or text, catalogue)


def _reader() -> ProcessPoolExecutor:
    global _pool, _pool_catalogue
    with _lock:
        if _pool is not None and _pool_catalogue != i18n.catalogue():
            _pool.shutdown(wait=False, cancel_futures=True)  # it speaks the language the app spoke before
            _pool = None
        if _pool is None:
            # spawn, not fork: the window's process has Qt's threads, which a fork would copy half-way
            _pool_catalogue = i18n.catalogue()
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_child, initargs=(_pool_catalogue, os.getpid()))
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def _large_regular_file(source: str) -> bool:
    try:
        info = os.stat(source)
    except (OSError, ValueError):
        return False  # an example name, or a path load_source will explain
    return stat.S_ISREG(info.st_mode) and info.st_size >= ISOLATE_BYTES


def load_source_isolated(source: str) -> Project:
    """:func:`load_source`, in the reader process when ``source`` is a large file; same results, same errors."""
    if not _large_regular_file(source):
        return load_source(source)
    pool = _reader()
    try:
        return pool.submit(load_source, source).result()
    except BrokenProcessPool:
        _discard(pool)  # the next file gets a new reader
        raise SourceError(i18n.tr("{path}: the process reading it stopped unexpectedly (out of memory?); "
                                  "nothing was opened").format(path=elide(source, 200))) from None


def shutdown() -> None:
    """End the reader process, if one was started (at exit; a later file starts a new one)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
