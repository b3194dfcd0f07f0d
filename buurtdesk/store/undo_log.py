"""The undo history of this laptop (migration 5); ops/undo.py gives it its meaning."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from .db import now_iso

KEEP = 200  # the oldest entries beyond this are forgotten


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    label: str
    payload: dict[str, Any]
    undone: bool


def _entry(row: Any) -> Entry:
    return Entry(int(row[0]), str(row[1]), str(row[2]), json.loads(row[3]), bool(row[4]))


_COLUMNS = "id, kind, label, payload, undone"


def push(db: Database, kind: str, label: str, payload: dict[str, Any]) -> int:
    """Record a new undoable step (inside the operation's transaction). What was undone can no
    longer be redone after it, as in every editor."""
    db.execute("DELETE FROM undo_log WHERE undone = 1")
    cursor = db.execute(
        "INSERT INTO undo_log (kind, label, payload, created_at) VALUES (?, ?, ?, ?)",
        [kind, label, json.dumps(payload, ensure_ascii=False), now_iso()],
    )
    db.execute(
        "DELETE FROM undo_log WHERE id <= (SELECT id FROM undo_log ORDER BY id DESC "
        "LIMIT 1 OFFSET ?)",
        [KEEP],
    )
    return int(cursor.lastrowid or 0)


def get(db: Database, entry_id: int) -> Entry | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM undo_log WHERE id = ?", [entry_id]).fetchone()
    return _entry(row) if row else None


def last_done(db: Database) -> Entry | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM undo_log WHERE undone = 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return _entry(row) if row else None


def first_undone(db: Database) -> Entry | None:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM undo_log WHERE undone = 1 ORDER BY id LIMIT 1"
    ).fetchone()
    return _entry(row) if row else None


def set_undone(db: Database, entry_id: int, undone: bool) -> None:
    db.execute("UPDATE undo_log SET undone = ? WHERE id = ?", [int(undone), entry_id])


def history(db: Database, limit: int = 20) -> list[Entry]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM undo_log ORDER BY id DESC LIMIT ?", [limit]
    ).fetchall()
    return [_entry(row) for row in rows]
