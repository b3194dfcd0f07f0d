"""The layering rules of DESIGN.md, enforced: only gui/ imports Qt; SQL stays in store/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "buurtdesk"
# SQL as we write it: upper-case keywords at the start of a line (prose says "Update the list").
SQL = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)\s|ALTER\s+TABLE\s|DROP\s+(TABLE|INDEX)\s|PRAGMA\s)",
    re.M | re.S,
)


def _modules(exclude: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if exclude not in p.relative_to(PACKAGE).parts]


def _imports(path: Path) -> set[str]:
    """Every module a file imports, relative imports resolved (``..store`` -> buurtdesk.store)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(("buurtdesk", *path.relative_to(PACKAGE).parent.parts))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)
    return names


def test_only_gui_imports_qt() -> None:
    leaks = [
        str(p.relative_to(PACKAGE))
        for p in _modules("gui")
        if any(n.split(".")[0] in {"PySide6", "shiboken6"} for n in _imports(p))
    ]
    assert leaks == []


def test_domain_imports_neither_store_nor_io_nor_sqlite() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = {
            name
            for name in _imports(path)
            if name.startswith(("buurtdesk.store", "buurtdesk.io", "buurtdesk.gui", "sqlite"))
        }
        assert bad == set(), path


def test_sql_lives_in_store() -> None:
    offenders = []
    for path in _modules("store"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and SQL.search(node.value)
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_the_command_line_and_the_window_open_the_file_guarded() -> None:
    """Every connection of cli/ and gui/ takes writes to the synchronised tables only inside an
    operation (ops/base.py): the e2e and window tests then prove that no write of theirs passes
    the operations layer (a guarded connection refuses it; tests/ops/test_visits.py shows the
    guard itself)."""
    opening = re.compile(r"\bopen_db\(([^)]*)\)")
    unguarded = []
    for folder in ("cli", "gui"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for match in opening.finditer(path.read_text(encoding="utf-8")):
                if "guarded=True" not in match.group(1):
                    unguarded.append(f"{path.relative_to(PACKAGE)}: open_db({match.group(1)})")
    assert unguarded == []
    common = (PACKAGE / "cli" / "common.py").read_text(encoding="utf-8")
    assert "open_neighbourhood(" in common


def test_every_synchronised_table_has_a_dutch_word() -> None:
    """`exchange join` and `read` on the command line and the window's exchange report name what
    came in per table (a new table once crashed the command line, and showed its English name
    in the window)."""
    from buurtdesk.cli.exchange import DUTCH
    from buurtdesk.domain.exchange_words import TABLE_WORDS
    from buurtdesk.store.sync_spec import TABLES

    assert {t.table for t in TABLES} <= set(TABLE_WORDS)
    assert {t.table for t in TABLES} <= set(DUTCH)
