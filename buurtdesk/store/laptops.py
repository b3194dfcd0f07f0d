"""The laptops of the team and the conflicts between them (the SQL behind ops/exchange.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.address import HouseNumber, format_address
from ..errors import QT_TRANSLATE_NOOP
from .db import now_iso, transaction
from .store_errors import StoreError
from .sync_spec import BY_NAME


@dataclass(frozen=True)
class Laptop:
    id: str
    name: str
    me: bool
    heard_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "self": self.me, "heard_at": self.heard_at}


def list_laptops(db: Database) -> list[Laptop]:
    return [
        Laptop(r[0], r[1], bool(r[2]), r[3])
        for r in db.execute(
            "SELECT id, name, is_self, heard_at FROM laptops ORDER BY is_self DESC, name, id"
        )
    ]


def laptop_name(db: Database) -> str:
    row = db.execute("SELECT name FROM laptops WHERE is_self = 1").fetchone()
    return str(row[0]) if row and row[0] else ""


def set_laptop_name(db: Database, name: str) -> None:
    with transaction(db):
        db.execute("UPDATE laptops SET name = ? WHERE is_self = 1", [name])


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    row: str
    field: str
    kept: Any
    kept_by: str
    other: Any
    other_by: str
    what: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "field": self.field,
            "what": self.what,
            "kept": self.kept,
            "kept_by": self.kept_by,
            "other": self.other,
            "other_by": self.other_by,
        }


def list_conflicts(db: Database, *, resolved: bool = False) -> list[Conflict]:
    """Open conflicts (with ``resolved``, also the ones a person has decided), oldest first."""
    names = {r[0]: r[1] for r in db.execute("SELECT id, name FROM laptops")}
    where = "" if resolved else "WHERE resolved_at IS NULL"
    return [
        Conflict(
            cid,
            table,
            row,
            field,
            json.loads(kept),
            _who(names, kept_stamp),
            json.loads(other),
            _who(names, other_stamp),
            describe_row(db, table, row),
        )
        for cid, table, row, field, kept, kept_stamp, other, other_stamp in db.execute(
            "SELECT id, tbl, row, field, kept_value, kept_stamp, other_value, other_stamp "
            f"FROM conflicts {where} ORDER BY id"
        ).fetchall()
    ]


def _who(names: dict[str, str], stamp: str) -> str:
    laptop = stamp.split("-", 2)[-1]
    return names.get(laptop) or laptop


def describe_row(db: Database, table: str, row: str) -> str:
    """What a person calls the row: an address, a name, a title."""
    if table == "households":
        found = db.execute(
            "SELECT s.name, h.number, h.letter, h.addition FROM households h "
            "JOIN streets s ON s.id = h.street_id WHERE h.uuid = ?",
            [row],
        ).fetchone()
        if found:
            return format_address(found[0], HouseNumber(found[1], found[2], found[3]))
    column = {"members": "name", "streets": "name", "neighbourhood": "name"}.get(table, "title")
    if table in ("members", "streets", "neighbourhood", "plan_tasks", "activities", "projects"):
        found = db.execute(f"SELECT {column} FROM {table} WHERE uuid = ?", [row]).fetchone()
        if found:
            return str(found[0])
    return row


def resolve_conflict(db: Database, conflict_id: int, *, take_other: bool) -> None:
    """Close a conflict; with ``take_other`` the value the merge did not keep is written as a
    new change (which then travels like any other)."""
    with transaction(db):
        row = db.execute(
            "SELECT tbl, row, field, other_value FROM conflicts "
            "WHERE id = ? AND resolved_at IS NULL",
            [conflict_id],
        ).fetchone()
        if row is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("Fout", "er is geen open conflict {conflict_id}"),
                conflict_id=conflict_id,
            )
        table, key, field, other = row
        if take_other:
            spec = BY_NAME[table]
            if spec.kind != "record" or field not in spec.fields or field in spec.refs:
                raise StoreError(
                    QT_TRANSLATE_NOOP("Fout", "dit conflict kan niet zo worden opgelost")
                )
            db.execute(f"UPDATE {table} SET {field} = ? WHERE uuid = ?", [json.loads(other), key])
        db.execute("UPDATE conflicts SET resolved_at = ? WHERE id = ?", [now_iso(), conflict_id])
