"""Visits: append-only records of a connector at a door.

A visit is never overwritten or deleted. Undo marks the visit retracted (``retracted_at``) and the
row stays; redo clears the mark. The household's status per project follows from its latest
visit that is not retracted, kept in ``household_status`` by triggers (see migration 1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain import outcomes
from ..domain.address import HouseNumber, format_address
from ..domain.outcomes import Outcome, door_card_due
from ..errors import QT_TRANSLATE_NOOP
from .db import new_uuid, now_iso, transaction
from .store_errors import StoreError
from .sync import next_stamps
from .team import find_member


@dataclass(frozen=True)
class Visit:
    id: int
    uuid: str
    project_id: int
    household_id: int
    address: str
    visitor: str
    visit_date: date
    outcome: Outcome
    note: str
    created_at: str
    retracted: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "project_id": self.project_id,
            "household_id": self.household_id,
            "address": self.address,
            "by": self.visitor,
            "date": self.visit_date.isoformat(),
            "outcome": self.outcome.value,
            "outcome_nl": self.outcome.dutch,
            "note": self.note,
            "recorded_at": self.created_at,
            "retracted": self.retracted,
        }


MAX_NOTE = 2000


def clean_note(text: str) -> str:
    """Keep what a person typed, line breaks and tabs included; drop control characters (an
    escape sequence, a NUL) that would corrupt a terminal, a table or a PDF."""
    if not text.isprintable():
        text = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
    return text.strip()


def record_visit(
    db: Database,
    *,
    project_id: int,
    household_id: int,
    outcome: Outcome,
    visit_date: date,
    visitor: str = "",
    note: str = "",
) -> int:
    """Append a visit and commit it; returns its id.

    ``visitor`` is a team member's name when it matches one (the visit is linked to the member),
    otherwise kept as typed.
    """
    if visit_date > date.today():
        # The latest visit gives the status: a typo like 2062 would hide every real visit.
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "datum {date} ligt in de toekomst"),
            date=visit_date.isoformat(),
        )
    note = clean_note(note)
    if len(note) > MAX_NOTE:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout", "een notitie is hoogstens {max_note} tekens ({n_note} gegeven)"
            ),
            max_note=MAX_NOTE,
            n_note=len(note),
        )
    visitor = clean_note(visitor)
    member = find_member(db, visitor) if visitor.strip() else None
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO visits (uuid, project_id, household_id, member_id, visitor, visit_date, "
            "outcome, note, created_at, stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_uuid(),
                project_id,
                household_id,
                member.id if member else None,
                member.name if member else visitor.strip(),
                visit_date.isoformat(),
                Outcome(outcome).value,
                note,
                now_iso(),
                next_stamps(db)[0],
            ],
        )
        if outcome is Outcome.DO_NOT_VISIT:
            db.execute(
                "UPDATE households SET do_not_visit = 1, do_not_visit_reason = "
                "CASE WHEN do_not_visit_reason = '' THEN ? ELSE do_not_visit_reason END, "
                "updated_at = ? WHERE id = ?",
                [note or "wil geen bezoek", now_iso(), household_id],
            )
    return int(cursor.lastrowid or 0)


def retract_visit(db: Database, visit_id: int) -> None:
    """Undo: the visit no longer counts, but stays in the history."""
    _visit_event(db, visit_id, "undo")


def restore_visit(db: Database, visit_id: int) -> None:
    """Redo of an undone visit."""
    _visit_event(db, visit_id, "redo")


def _visit_event(db: Database, visit_id: int, kind: str) -> None:
    """Undo and redo are events with their own stamp (migration 3), so that every laptop puts
    them in the same order; ``retracted_at`` follows the latest by trigger. Undoing an undone
    visit, or redoing a live one, adds nothing."""
    with transaction(db):
        row = db.execute(
            "SELECT uuid, retracted_at IS NOT NULL FROM visits WHERE id = ?", [visit_id]
        ).fetchone()
        if row is None or bool(row[1]) == (kind == "undo"):
            return
        db.execute(
            "INSERT INTO visit_events (uuid, visit_uuid, kind, stamp) VALUES (?, ?, ?, ?)",
            [new_uuid(), row[0], kind, next_stamps(db)[0]],
        )


_VISIT_SQL = """
SELECT v.id, v.uuid, v.project_id, v.household_id, s.name, h.number, h.letter, h.addition,
       v.visitor, v.visit_date, v.outcome, v.note, v.created_at, v.retracted_at
  FROM visits v
  JOIN households h ON h.id = v.household_id
  JOIN streets s ON s.id = h.street_id
"""


def _visit(row: Any) -> Visit:
    return Visit(
        id=row[0],
        uuid=row[1],
        project_id=row[2],
        household_id=row[3],
        address=format_address(row[4], HouseNumber(row[5], row[6], row[7])),
        visitor=row[8],
        visit_date=date.fromisoformat(row[9]),
        outcome=Outcome(row[10]),
        note=row[11],
        created_at=row[12],
        retracted=row[13] is not None,
    )


def list_visits(
    db: Database,
    *,
    project_id: int | None = None,
    street: str | None = None,
    household_id: int | None = None,
    include_retracted: bool = False,
) -> list[Visit]:
    """Visits, newest first within a household; ordered by date and time of recording."""
    where: list[str] = []
    params: list[Any] = []
    if project_id is not None:
        where.append("v.project_id = ?")
        params.append(project_id)
    if street is not None:
        where.append("s.name = ? COLLATE NOCASE")
        params.append(street.strip())
    if household_id is not None:
        where.append("v.household_id = ?")
        params.append(household_id)
    if not include_retracted:
        where.append("v.retracted_at IS NULL")
    sql = _VISIT_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY v.visit_date, v.created_at, v.id"
    return [_visit(r) for r in db.execute(sql, params)]


def suggests_door_card(db: Database, project_id: int, household_id: int) -> bool:
    """The door-card rule of the domain (:func:`door_card_due`) on this household's latest
    visits that count."""
    rows = db.execute(
        "SELECT outcome FROM visits WHERE project_id = ? AND household_id = ? "
        "AND retracted_at IS NULL ORDER BY visit_date DESC, stamp DESC, created_at DESC, uuid DESC "
        "LIMIT ?",
        [project_id, household_id, outcomes.DOOR_CARD_AFTER_NOT_HOME],
    ).fetchall()
    return door_card_due(r[0] for r in rows)


def visit_count(db: Database, project_id: int | None = None) -> int:
    if project_id is None:
        return int(db.execute("SELECT count(*) FROM visits").fetchone()[0])
    return int(
        db.execute("SELECT count(*) FROM visits WHERE project_id = ?", [project_id]).fetchone()[0]
    )


def require_household(db: Database, household_id: int) -> None:
    if db.execute("SELECT 1 FROM households WHERE id = ?", [household_id]).fetchone() is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "huishouden {household_id} bestaat niet"),
            household_id=household_id,
        )
