"""The neighbourhood itself: its name and place (one row; it travels to the team's laptops)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class Neighbourhood:
    name: str
    place: str


def get_neighbourhood(db: Database) -> Neighbourhood:
    row = db.execute("SELECT name, place FROM neighbourhood WHERE id = 1").fetchone()
    return Neighbourhood(str(row[0]), str(row[1])) if row is not None else Neighbourhood("", "")


def set_neighbourhood(db: Database, name: str, place: str) -> Neighbourhood:
    db.execute("UPDATE neighbourhood SET name = ?, place = ? WHERE id = 1", [name, place])
    return get_neighbourhood(db)
