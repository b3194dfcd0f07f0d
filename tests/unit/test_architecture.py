"""The layering rules of DESIGN.md, enforced: only gui/ imports Qt; SQL stays in store/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "buurtdesk"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA)\s", re.I | re.M)


def _modules(exclude: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if exclude not in p.relative_to(PACKAGE).parts]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_only_gui_imports_qt() -> None:
    leaks = [
        str(p.relative_to(PACKAGE))
        for p in _modules("gui")
        if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in _imports(p))
    ]
    assert leaks == []


def test_domain_imports_neither_store_nor_io() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from ..store" not in text and "from ..io" not in text, path
        assert "sqlite" not in text.lower() or path.name == "__init__.py", path


def test_sql_lives_in_store() -> None:
    offenders = []
    for path in _modules("store"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL.search(node.value)
                and "FROM" in node.value.upper()
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
