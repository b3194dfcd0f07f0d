"""Operations on a door's own marks: the household's note (not a visit's)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import households as store_households
from ..store.street_list import HouseholdRow, household_row
from ..store.visits import MAX_NOTE, clean_note
from . import undo
from .base import operation


def _text(text: str) -> str:
    text = clean_note(text)
    if len(text) > MAX_NOTE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "een notitie is hoogstens {max_note} tekens ({n_note} gegeven)"
            ),
            max_note=MAX_NOTE,
            n_note=len(text),
        )
    return text


def _household(db: Database, household_id: int) -> HouseholdRow:
    row = household_row(db, None, household_id)
    if row is None:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "huishouden {id} bestaat niet"), id=household_id)
    return row


def set_note(db: Database, household_id: int, text: str, *, label: str = "") -> int | None:
    """Set a household's note; returns the undo entry, or None when nothing changed."""
    text = _text(text)
    with operation(db, "set_note"):
        row = _household(db, household_id)
        if row.note == text:
            return None
        store_households.set_note(db, household_id, text)
        return undo.record(
            db,
            "note",
            label or f"{row.address}: notitie",
            {"household_id": household_id, "before": row.note, "after": text},
        )


def _undo_note(db: Database, payload: dict[str, Any]) -> None:
    store_households.set_note(db, int(payload["household_id"]), str(payload["before"]))


def _redo_note(db: Database, payload: dict[str, Any]) -> None:
    store_households.set_note(db, int(payload["household_id"]), str(payload["after"]))


undo.undoable("note", undo=_undo_note, redo=_redo_note)


def set_do_not_visit(
    db: Database, household_id: int, flag: bool, reason: str = "", *, label: str = ""
) -> int | None:
    """Mark (or unmark) a door "niet aanbellen" without a visit (a resident phoned the
    coordinator); returns the undo entry, or None when nothing changed."""
    reason = _text(reason) if flag else ""
    with operation(db, "set_do_not_visit"):
        row = _household(db, household_id)
        before = [row.do_not_visit, row.do_not_visit_reason]
        reason = reason or ("wil geen bezoek" if flag else "")
        after = [flag, reason]
        if before == after:
            return None
        store_households.set_do_not_visit(db, household_id, flag, reason)
        return undo.record(
            db,
            "mark",
            label or f"{row.address}: niet aanbellen",
            {"household_id": household_id, "before": before, "after": after},
        )


def _set_mark(db: Database, household_id: int, mark: list[Any]) -> None:
    store_households.set_do_not_visit(db, household_id, bool(mark[0]), str(mark[1]))


undo.undoable(
    "mark",
    undo=lambda db, p: _set_mark(db, int(p["household_id"]), p["before"]),
    redo=lambda db, p: _set_mark(db, int(p["household_id"]), p["after"]),
)
