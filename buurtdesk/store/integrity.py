"""Checking a neighbourhood file: the full integrity and foreign-key check and its report.

:func:`check` runs SQLite's full ``PRAGMA integrity_check`` (indexes against their tables too)
and ``PRAGMA foreign_key_check``; :class:`CheckReport` holds what they found and sums it up in a
few Dutch lines per kind of finding (``buurtdesk check``, the window's check at start). Repairing
what it finds is ``store/repair.py``; the quick check a copy must pass before it is taken or
swapped in is :func:`~buurtdesk.store.file_copies.integrity_ok`.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from .db import schema_version
from .store_errors import describe_database_error

CHECK_LIMIT = 100_000  # integrity_check stops after this many findings (SQLite's default is 100)


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    foreign_keys: list[str]
    version: int

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys

    def summary(self, examples: int = 3) -> list[str]:
        """What is wrong in a few lines: per kind of finding its count and a few examples."""
        lines: list[str] = []
        findings = [line for line in self.integrity if line != "ok"]
        for title, items in (("integriteit", findings), ("verwijzingen", self.foreign_keys)):
            kinds: dict[str, list[str]] = {}
            for item in items:
                kinds.setdefault(_kind(item), []).append(item)
            for kind, found in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
                numbers = [",".join(re.findall(r"\d+", f)) for f in found[:examples]]
                if all(numbers) and len(found) > 1:  # 'row # missing': the rows say enough
                    shown = ", ".join(numbers)
                else:
                    shown = "; ".join(_one_line(f) for f in found[:examples])
                more = f" … en nog {len(found) - examples}" if len(found) > examples else ""
                lines.append(f"{title}: {len(found)}× {kind} (bijv. {shown}{more})")
        return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _kind(finding: str) -> str:
    """A finding without its row and page numbers: 'row 7 missing from index x' and 'row 9
    missing from index x' are one kind."""
    return _one_line(re.sub(r"\d+", "#", finding))


def check(db: Database) -> CheckReport:
    """The full ``PRAGMA integrity_check`` (indexes against their tables too, which
    ``quick_check`` skips) and ``PRAGMA foreign_key_check``."""
    try:
        integrity = [
            str(row[0]) for row in db.execute(f"PRAGMA integrity_check({CHECK_LIMIT})").fetchall()
        ]
        fk = [
            f"{row[0]} rij {row[1]} verwijst naar ontbrekende {row[2]}"
            for row in db.execute("PRAGMA foreign_key_check").fetchall()
        ]
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        return CheckReport(integrity=[describe_database_error(exc)], foreign_keys=[], version=-1)
    return CheckReport(integrity=integrity, foreign_keys=fk, version=version)
