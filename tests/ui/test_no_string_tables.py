"""The UI has no hand-made Russian strings: its Russian comes from the Qt translation (.ts/.qm)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "procedit" / "ui"
CYRILLIC = re.compile("[\u0400-\u04ff]")
# Not UI wording: a language's own name in a language chooser, and the process code prefix
# of a Russian *project* (the document's language, not the interface's).
ALLOWED = {"Русский", "П-"}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def test_ui_code_holds_no_russian_strings():
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
                and CYRILLIC.search(node.value)
                and node.value not in ALLOWED
            ):
                found.append(f"{path.relative_to(UI)}:{node.lineno}: {node.value!r}")
    assert not found, "translate these with self.tr()/QCoreApplication.translate instead:\n" + "\n".join(
        found
    )
