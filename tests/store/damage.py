"""Damage a neighbourhood file the way a disk or another program can, for the tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db


def neighbourhood(path: Path, households: int = 30) -> Path:
    db = open_db(path)
    upsert_households(
        db,
        [
            AddressRecord("Zandhoek", HouseNumber(n), postcode=f"1234{chr(65 + n % 26)}B")
            for n in range(1, households + 1)
        ],
    )
    db.close()
    return path


def swap_index_roots(path: Path, first: str = "households_postcode", second: str = "") -> None:
    """Let two indexes point at each other's pages: each index no longer matches its table.
    ``quick_check`` does not look at index contents; ``integrity_check`` does."""
    second = second or "streets_by_name"
    raw = sqlite3.connect(path)
    try:
        roots = dict(
            raw.execute(
                "SELECT name, rootpage FROM sqlite_master WHERE name IN (?, ?)", [first, second]
            ).fetchall()
        )
        raw.execute("PRAGMA writable_schema = ON")
        raw.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [roots[second], first])
        raw.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [roots[first], second])
        raw.commit()
    finally:
        raw.close()
