"""Residents' ideas (table ``ideas``, migration 7): the SQL. The rules — how long an idea may be,
which themes and streets exist — are in :mod:`buurtdesk.ops.ideas`, the one writer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.plan import list_themes
from .db import new_uuid, now_iso
from .plan import plans_dir

NO_THEME = "empty"  # the empty step plan: an idea "without a theme"
WITHOUT_THEME = "zonder thema"

_SELECT = (
    "SELECT i.id, i.uuid, i.text, i.theme, i.street_id, coalesce(s.name, ''), i.created_at "
    "FROM ideas i LEFT JOIN streets s ON s.id = i.street_id"
)


@dataclass(frozen=True, slots=True)
class Idea:
    id: int
    uuid: str
    text: str
    theme: str  # a step plan's id, or "" (no theme)
    street_id: int | None
    street: str  # the street's name, or ""
    created_at: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "theme": self.theme,
            "street": self.street,
            "created_at": self.created_at,
        }


def _idea(row: Sequence[Any]) -> Idea:
    return Idea(row[0], row[1], row[2], row[3], row[4], row[5], row[6])


def insert_idea(
    db: Database,
    text: str,
    theme: str = "",
    street_id: int | None = None,
    *,
    uuid: str | None = None,
    created_at: str | None = None,
) -> int:
    """Add an idea (inside an operation); ``uuid`` and ``created_at`` to bring one back."""
    cursor = db.execute(
        "INSERT INTO ideas (uuid, text, theme, street_id, created_at) VALUES (?, ?, ?, ?, ?)",
        [uuid or new_uuid(), text, theme, street_id, created_at or now_iso()],
    )
    return int(cursor.lastrowid or 0)


def delete_idea(db: Database, idea_id: int) -> None:
    db.execute("DELETE FROM ideas WHERE id = ?", [idea_id])


def get_idea(db: Database, idea_id: int) -> Idea | None:
    row = db.execute(f"{_SELECT} WHERE i.id = ?", [idea_id]).fetchone()
    return _idea(row) if row else None


def find_by_uuid(db: Database, uuid: str) -> Idea | None:
    row = db.execute(f"{_SELECT} WHERE i.uuid = ?", [uuid]).fetchone()
    return _idea(row) if row else None


def list_ideas(db: Database) -> list[Idea]:
    """Every idea, oldest first."""
    return [_idea(r) for r in db.execute(f"{_SELECT} ORDER BY i.created_at, i.id")]


def count_by_theme(db: Database) -> dict[str, int]:
    """Ideas per theme id ("" for ideas without a theme), most first."""
    return {
        str(theme): int(count)
        for theme, count in db.execute(
            "SELECT theme, count(*) FROM ideas GROUP BY theme ORDER BY count(*) DESC, theme"
        )
    }


def count_by_street(db: Database) -> dict[str, int]:
    """Ideas per street name ("" for ideas without a street)."""
    return {
        str(name): int(count)
        for name, count in db.execute(
            "SELECT coalesce(s.name, ''), count(*) FROM ideas i "
            "LEFT JOIN streets s ON s.id = i.street_id GROUP BY s.id ORDER BY count(*) DESC"
        )
    }


def street_named(db: Database, name: str) -> tuple[int, str] | None:
    """(id, name as stored) of the street with this name (any case; the first place)."""
    row = db.execute(
        "SELECT id, name FROM streets WHERE name = ? COLLATE NOCASE ORDER BY place, id LIMIT 1",
        [name.strip()],
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def street_exists(db: Database, street_id: int) -> bool:
    return db.execute("SELECT 1 FROM streets WHERE id = ?", [street_id]).fetchone() is not None


def theme_titles() -> dict[str, str]:
    """Theme id -> the step plan's title ("" -> "zonder thema")."""
    titles = {t.id: t.title for t in list_themes(plans_dir()) if t.id != NO_THEME}
    titles[""] = WITHOUT_THEME
    return titles


def ideas_per_theme(db: Database) -> list[tuple[str, int]]:
    """(theme title, ideas) for the report: counts only, never an idea's text or street."""
    titles = theme_titles()
    return [(titles.get(theme, theme), count) for theme, count in count_by_theme(db).items()]
