"""Outside ``lstmviz/model/kinds/`` nothing compares a layer kind's name: code asks the registry or the kind.

Read from every module's syntax tree: a comparison (``==``, ``!=``, ``in``, ``not in``) or a ``match``
case with a kind's name, or with a Keras class named after a kind (``"LSTMCell"``), as a literal; or an
``isinstance`` check against a class named after a kind (``keras.layers.LSTMCell``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import lstmviz
from lstmviz.model.catalogue import KINDS

PACKAGE = Path(lstmviz.__file__).parent
NAMES = set(KINDS) | {f"{name}Cell" for name in KINDS}


def _literals(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return set().union(*(_literals(e) for e in node.elts)) if node.elts else set()
    return set()


def _class_names(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Attribute):
        return {node.attr}
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Tuple):
        return set().union(*(_class_names(e) for e in node.elts)) if node.elts else set()
    return set()


def comparisons() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "model" / "kinds") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                operands = [node.left, *node.comparators]
            elif isinstance(node, ast.match_case):
                operands = [p.value for p in ast.walk(node.pattern) if isinstance(p, ast.MatchValue)]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "isinstance" \
                    and len(node.args) == 2:
                operands = []
                if _class_names(node.args[1]) & NAMES:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            else:
                continue
            if any(_literals(o) & NAMES for o in operands):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno if hasattr(node, 'lineno') else '?'}")
    return found


def test_no_kind_name_is_compared_outside_the_kinds():
    assert len(KINDS) >= 13  # the registry this test reads is the real one
    assert comparisons() == []
