"""Undo and redo, below the window: each is an operation (one transaction), so the command line
offers them as well as the window (``buurtdesk undo``, ``buurtdesk redo``).

An undoable operation records, in its own transaction, an entry of the undo history
(store/undo_log.py): its ``kind`` and what undoing and redoing need. The module that owns the
operation registers how to undo and redo a kind (:func:`undoable`). Undoing a visit never
deletes it: it adds an "undo" event that travels to the other laptops like any change.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import undo_log
from ..store.undo_log import Entry
from .base import operation

_REGISTERING = ("assignment", "doors", "followup", "households", "ideas", "plan", "team", "visits")
Step = Callable[[Database, dict[str, Any]], None]
_KINDS: dict[str, tuple[Step, Step]] = {}


def undoable(kind: str, *, undo: Step, redo: Step) -> None:
    """Register how entries of ``kind`` are undone and redone (at import of the owning module)."""
    _KINDS[kind] = (undo, redo)


def record(db: Database, kind: str, label: str, payload: dict[str, Any]) -> int:
    """Inside an operation: make it undoable. Returns the entry's id."""
    if kind not in _KINDS:
        raise ValueError(f"no undo registered for {kind!r}")
    return undo_log.push(db, kind, label, payload)


def _steps(kind: str) -> tuple[Step, Step]:
    # every module that registers kinds, so that a fresh command line knows them all
    for module in _REGISTERING:
        importlib.import_module(f"{__package__}.{module}")
    return _KINDS[kind]


def undo(db: Database, entry_id: int | None = None) -> Entry:
    """Undo the last step still done (or the given one); refused when there is none."""
    with operation(db, "undo"):
        entry = undo_log.get(db, entry_id) if entry_id else undo_log.last_done(db)
        if entry is None or entry.undone:
            raise UserError(QT_TRANSLATE_NOOP("Fout", "er is niets om ongedaan te maken"))
        _steps(entry.kind)[0](db, entry.payload)
        undo_log.set_undone(db, entry.id, True)
    return entry


def redo(db: Database, entry_id: int | None = None) -> Entry:
    """Redo the step undone last (or the given one); refused when there is none."""
    with operation(db, "redo"):
        entry = undo_log.get(db, entry_id) if entry_id else undo_log.first_undone(db)
        if entry is None or not entry.undone:
            raise UserError(QT_TRANSLATE_NOOP("Fout", "er is niets om opnieuw te doen"))
        _steps(entry.kind)[1](db, entry.payload)
        undo_log.set_undone(db, entry.id, False)
    return entry


def history(db: Database, limit: int = 20) -> list[Entry]:
    return undo_log.history(db, limit)
