"""Helpers shared by the command modules: opening the file, printing JSON and tables."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..errors import UserError
from ..ops.base import open_neighbourhood
from ..store.projects import Project, current_project, find_project


def open_store(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the neighbourhood file. Only commands that add data create a missing file: a typo in
    ``--db`` must say "bestaat niet", not show an empty neighbourhood."""
    return open_neighbourhood(args.db, create=create)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    # one line per row: a note with a line break or an escape sequence must not break the table
    rows = [[_one_line("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    out = sys.stdout
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in rows:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _one_line(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ("⏎" if ch == "\n" else " ") for ch in text)


def parse_date(text: str, what: str = "datum") -> date:
    """``2026-11-28`` or the Dutch ``28-11-2026`` (also with slashes or dots)."""
    cleaned = text.strip()
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        pass
    parts = cleaned.replace("/", "-").replace(".", "-").split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
        try:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
        except ValueError:
            pass
    raise UserError(f'{what} "{text}" is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)')


def project_for(db: Database, wanted: str | None) -> Project:
    """The project named on the command line, else the current one."""
    if wanted:
        return find_project(db, wanted)
    project = current_project(db)
    if project is None:
        raise UserError("er is nog geen project; begin er een met: buurtdesk project new")
    return project
