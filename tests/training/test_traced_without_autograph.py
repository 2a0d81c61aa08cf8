"""Every function lstmviz traces with ``tf.function`` is traced without autograph.

Autograph converts the traced Python (and, through it, Keras's layers) source to source before the
trace: on the fit engine's observation with gradients that was seconds of every run's start (a
two-epoch run 19 s -> 4 s without it, profiled). The code traced here has no tensor-dependent Python
control flow (it writes ``tf.cond`` and ``tf.while_loop`` itself), so it never needs autograph.
"""

from __future__ import annotations

import ast
from pathlib import Path

import lstmviz

PACKAGE = Path(lstmviz.__file__).parent


def _is_tf_function(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "function" and isinstance(node.value, ast.Name) \
        and node.value.id == "tf"


def traced_sites() -> list[tuple[str, int, bool]]:
    """(file, line, autograph switched off) of every ``tf.function`` call or decorator in the package."""
    sites = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _is_tf_function(node.func):
                off = any(k.arg == "autograph" and isinstance(k.value, ast.Constant) and k.value.value is False
                          for k in node.keywords)
                sites.append((str(path.relative_to(PACKAGE)), node.lineno, off))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                # a bare @tf.function decorator (a call form is found above)
                sites += [(str(path.relative_to(PACKAGE)), d.lineno, False)
                          for d in node.decorator_list if _is_tf_function(d)]
    return sites


def test_every_traced_function_is_traced_without_autograph():
    sites = traced_sites()
    assert len(sites) >= 3  # the training loop, the observation, the step gradients
    assert [(f, line) for f, line, off in sites if not off] == []
