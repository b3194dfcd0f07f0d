"""The follow-up list (``followup``, the page Opvolgen, the printable) and ticking one done.

A tick is only for a follow-up that is on the list (a household that was called back but is no
longer "interested" has nothing to tick); it is undoable, and it travels to the other laptops.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.followup import KIND_DUTCH, FollowUp, FollowUpKind
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import followup as store
from ..store.projects import current_project
from . import undo
from .base import operation

KIND_TICK = "followup_done"


@dataclass(frozen=True)
class Ticked:
    follow_up: FollowUp
    entry_id: int  # the undo history's entry


def _project_id(db: Database) -> int:
    project = current_project(db)
    if project is None:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "er is nog geen project"))
    return project.id


def follow_ups(db: Database) -> list[FollowUp]:
    """The current project's follow-ups (reads only)."""
    return store.follow_ups(db, _project_id(db))


def tick(
    db: Database,
    household_id: int,
    kind: FollowUpKind,
    *,
    done: bool = True,
    today: date | None = None,
) -> Ticked:
    """Tick a follow-up done (today), or take the tick away (``done=False``)."""
    with operation(db, "followup_done"):
        project_id = _project_id(db)
        item = next(
            (
                f
                for f in store.follow_ups(db, project_id)
                if f.household_id == household_id and f.kind is kind
            ),
            None,
        )
        if item is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "dit huishouden staat niet op de opvolglijst ({kind})"),
                kind=KIND_DUTCH[kind],
            )
        before = item.done_on
        after = (today or date.today()).isoformat() if done else None
        store.set_done(db, project_id, household_id, kind, after)
        entry = undo.record(
            db,
            KIND_TICK,
            f"{KIND_DUTCH[kind]} {item.address} {'gedaan' if done else 'niet gedaan'}",
            {
                "project_id": project_id,
                "household_id": household_id,
                "kind": kind.value,
                "before": before,
                "after": after,
            },
        )
    return Ticked(item, entry)


def _step(which: str) -> undo.Step:
    def step(db: Database, payload: dict[str, Any]) -> None:
        store.set_done(
            db,
            int(payload["project_id"]),
            int(payload["household_id"]),
            FollowUpKind(payload["kind"]),
            payload[which],
        )

    return step


undo.undoable(KIND_TICK, undo=_step("before"), redo=_step("after"))
