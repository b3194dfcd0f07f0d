"""What the operation tests share: a guarded neighbourhood file with streets, a project with the
energy theme's step plan and a team; the file's state as text; exchanging between two laptops."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.team import Role
from buurtdesk.ops import projects as project_ops
from buurtdesk.ops import team as team_ops
from buurtdesk.ops.base import open_neighbourhood, operation
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.exchange import apply, collect, join


def state(db: Database) -> str:
    """The whole file as SQL: equal before and after means nothing was written."""
    return "\n".join(db.conn.iterdump())


def neighbourhood(path: Path) -> Database:
    """Two streets of 10 households, a project on the energy theme, Anouk and Mehmet."""
    db = open_neighbourhood(path, create=True)
    with operation(db, "test set-up"):
        upsert_households(
            db,
            [AddressRecord(s, HouseNumber(n), "1234AB", "Ons Dorp")
             for s in ("Dorpsstraat", "Kerkweg") for n in range(1, 11)],
            source="test",
        )  # fmt: skip
    project_ops.start_project(db, "energy", date(2026, 9, 1))
    team_ops.add_member(db, "Anouk", [Role.CONNECTOR])
    team_ops.add_member(db, "Mehmet", [Role.CONNECTOR, Role.EXPERT])
    return db


def ids(db: Database, table: str) -> list[int]:
    return [int(r[0]) for r in db.execute(f"SELECT id FROM {table} ORDER BY id")]


def member_id(db: Database, name: str) -> int:
    return int(db.execute("SELECT id FROM members WHERE name = ?", [name]).fetchone()[0])


def project_id(db: Database) -> int:
    return int(db.execute("SELECT id FROM projects").fetchone()[0])


def tombstones(db: Database, table: str) -> set[str]:
    return {str(r[0]) for r in db.execute("SELECT row FROM tombstones WHERE tbl = ?", [table])}


def wire(payload: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(payload))


def send(source: Database, target: Database) -> None:
    """``target`` reads an exchange file of ``source`` (its contents, as written)."""
    with operation(target, "read exchange file"):
        apply(target, wire(collect(source)))


def second_laptop(source: Database, path: Path) -> Database:
    """A new laptop made from a start package of ``source``."""
    other = open_neighbourhood(path, create=True)
    with operation(other, "join"):
        join(other, wire(collect(source)))
    return other
