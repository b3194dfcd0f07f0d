"""Operations on visits: record one, record a returned walk list, and how both are undone.

Undoing a visit never deletes it: it adds an "undo" event (store/visits.py), which travels to the
other laptops; the household's "do not visit" mark comes back exactly as it was before the visit,
and a redo puts back exactly what the visit made of it (the command line and the window alike).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.outcomes import Outcome
from ..domain.team import Role
from ..domain.visitors import matching_names
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import questions as store_questions
from ..store import visits as store_visits
from ..store.households import set_do_not_visit
from ..store.projects import Project, create_project, current_project, find_project, get_project
from ..store.street_list import HouseholdRow, household_rows
from ..store.team import list_members
from . import undo
from .base import operation
from .questions import resolve_answers

GENERAL_PROJECT = "Buurtproject"  # the project started when a visit finds none


class DoNotVisitDoor(UserError):
    """The door asked not to be visited; the caller confirms (``force``) or gives up."""


@dataclass(frozen=True)
class VisitInput:
    household_id: int
    outcome: Outcome
    note: str = ""
    # door questions: short key -> "ja", "nee" or a choice (ops/questions.py checks them)
    answers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Recorded:
    visit_id: int
    household_id: int
    address: str
    outcome: Outcome
    visit_date: date
    visitor: str
    was_do_not_visit: bool  # the door was marked "niet aanbellen" before this visit
    door_card: bool  # not at home twice: leave a door card


@dataclass(frozen=True)
class RecordedVisits:
    project: Project
    project_created: bool
    visits: tuple[Recorded, ...]
    entry_id: int  # the undo history's entry (one for all of them)

    @property
    def before_start(self) -> bool:
        return any(v.visit_date < self.project.start_date for v in self.visits)


def resolve_visitor(db: Database, typed: str | None) -> str:
    """The team member a visit is credited to: the one named (a start of the name is enough),
    else the team's only connector. "" only when the team is empty and nobody was named."""
    members = list_members(db)
    names = [m.name for m in members]
    if typed is not None:
        typed = typed.strip()
        if not names:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    'het team is nog leeg; voeg "{name}" eerst toe: '
                    'buurtdesk team add "{name}" --role verbinder',
                ),
                name=typed,
            )
        found = matching_names(typed, names)
        if len(found) == 1:
            return found[0]
        if found:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", '"{name}" past op meer teamleden: {names}; typ meer van de naam'
                ),
                name=typed,
                names=", ".join(found),
            )
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", '"{name}" is geen teamlid; kies uit: {names}'),
            name=typed,
            names=", ".join(names),
        )
    connectors = [m.name for m in members if Role.CONNECTOR in m.roles] or names
    if len(connectors) == 1:
        return connectors[0]
    if connectors:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "wie legde het bezoek af? Het team heeft meer verbinders: {names}; geef --by NAAM",
            ),
            names=", ".join(connectors),
        )
    return ""


def _project(
    db: Database, project_id: int | None, wanted: str | None, new_title: str
) -> tuple[Project, bool]:
    if wanted:
        return find_project(db, wanted), False
    if project_id is not None:
        return get_project(db, project_id), False
    project = current_project(db)
    if project is not None:
        return project, False
    # a visit is never refused for want of a project: a general one starts today
    return create_project(db, theme="empty", title=new_title, start=date.today()), True


def record_visits(
    db: Database,
    rows: Sequence[VisitInput],
    *,
    visit_date: date,
    visitor: str = "",
    project_id: int | None = None,
    project: str | None = None,
    new_project_title: str = GENERAL_PROJECT,
    force: bool = False,
    label: str = "",
) -> RecordedVisits:
    """Record visits at these doors (all or none), as one step of the undo history.

    A door marked "niet aanbellen" is refused with :class:`DoNotVisitDoor` unless ``force``
    (the person confirmed there was a visit); the mark stays. Without a project a general one
    starts today (``project_created``)."""
    if not rows:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "geen bezoeken om op te slaan"))
    with operation(db, "record_visits"):
        items = household_rows(db, None, [row.household_id for row in rows])
        for row in rows:
            item = items.get(row.household_id)
            if item is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("Fout", "huishouden {id} bestaat niet"), id=row.household_id
                )
            if item.do_not_visit and row.outcome is not Outcome.DO_NOT_VISIT and not force:
                raise DoNotVisitDoor(
                    QT_TRANSLATE_NOOP("Fout", "{address} staat op niet aanbellen ({reason})"),
                    address=item.address,
                    reason=item.do_not_visit_reason or "wil geen bezoek",
                )
        found, created = _project(db, project_id, project, new_project_title)
        answers = [resolve_answers(db, found.id, row.answers) for row in rows]
        recorded: list[Recorded] = []
        steps: list[dict[str, Any]] = []
        for row, given in zip(rows, answers, strict=True):
            item = items[row.household_id]
            visit_id = store_visits.record_visit(
                db,
                project_id=found.id,
                household_id=row.household_id,
                outcome=row.outcome,
                visit_date=visit_date,
                visitor=visitor,
                note=row.note,
            )
            store_questions.insert_answers(db, visit_id, given)
            after = household_rows(db, found.id, [row.household_id])[row.household_id]
            steps.append(_step(visit_id, item, after))
            recorded.append(
                Recorded(
                    visit_id=visit_id,
                    household_id=row.household_id,
                    address=item.address,
                    outcome=row.outcome,
                    visit_date=visit_date,
                    visitor=visitor.strip(),
                    was_do_not_visit=item.do_not_visit,
                    door_card=row.outcome is Outcome.NOT_HOME
                    and store_visits.suggests_door_card(db, found.id, row.household_id),
                )
            )
        if not label:
            first = recorded[0]
            label = f"{first.address}: {first.outcome.dutch}"
            if len(recorded) > 1:
                label = f"{len(recorded)} bezoeken"
        entry_id = undo.record(db, "visits", label, {"visits": steps})
    return RecordedVisits(found, created, tuple(recorded), entry_id)


def record_visit(
    db: Database,
    *,
    household_id: int,
    outcome: Outcome,
    visit_date: date,
    visitor: str = "",
    note: str = "",
    answers: Mapping[str, str] | None = None,
    project_id: int | None = None,
    project: str | None = None,
    new_project_title: str = GENERAL_PROJECT,
    force: bool = False,
    label: str = "",
) -> RecordedVisits:
    """One check-off (see :func:`record_visits`), with the answers to door questions (short
    key -> ``ja``, ``nee`` or a choice)."""
    return record_visits(
        db,
        [VisitInput(household_id, outcome, note, dict(answers or {}))],
        visit_date=visit_date,
        visitor=visitor,
        project_id=project_id,
        project=project,
        new_project_title=new_project_title,
        force=force,
        label=label,
    )


def _step(visit_id: int, before: HouseholdRow, after: HouseholdRow) -> dict[str, Any]:
    return {
        "visit_id": visit_id,
        "household_id": before.id,
        "mark_before": [before.do_not_visit, before.do_not_visit_reason],
        "mark_after": [after.do_not_visit, after.do_not_visit_reason],
    }


def _undo_visits(db: Database, payload: dict[str, Any]) -> None:
    for step in reversed(payload["visits"]):
        store_visits.retract_visit(db, int(step["visit_id"]))
        if step["mark_before"] != step["mark_after"]:
            flag, reason = step["mark_before"]
            set_do_not_visit(db, int(step["household_id"]), bool(flag), str(reason))


def _redo_visits(db: Database, payload: dict[str, Any]) -> None:
    for step in payload["visits"]:
        store_visits.restore_visit(db, int(step["visit_id"]))
        if step["mark_before"] != step["mark_after"]:
            flag, reason = step["mark_after"]
            set_do_not_visit(db, int(step["household_id"]), bool(flag), str(reason))


undo.undoable("visits", undo=_undo_visits, redo=_redo_visits)
