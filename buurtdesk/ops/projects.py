"""Operations on projects: starting one on a theme's step plan, choosing the current one, its
contact and the report's privacy floor, the pace, and the initiators."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ..domain.plan import Plan, find_theme
from ..domain.privacy import FLOOR_MIN_GROUP
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import plan as store_plan
from ..store import progress as store_progress
from ..store import projects as store
from ..store.activities import unknown_households
from ..store.households import find_by_address
from ..store.projects import Project
from .base import operation

MAX_WEEKS = 104


@dataclass(frozen=True)
class Started:
    project: Project
    tasks: int


@dataclass(frozen=True)
class ProjectSettings:
    project: Project
    min_group: int


@dataclass(frozen=True)
class Marked:
    household_id: int
    address: str
    initiator: bool


def check_new_project(
    theme: str, weeks: int | None, goal_pct: int, *, folder: Path | None = None
) -> Plan:
    """The rules of a new project that need no file (the command line asks them before it
    creates a missing file): a known, readable theme, 1 to 104 weeks, a goal of 1 to 100 %."""
    if not 1 <= goal_pct <= 100:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het doel is een percentage van 1 tot 100, niet {goal_pct}"),
            goal_pct=goal_pct,
        )
    if weeks is not None and not 1 <= weeks <= MAX_WEEKS:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "een project duurt 1 tot 104 weken, niet {weeks}"),
            weeks=weeks,
        )
    return find_theme(folder or store_plan.plans_dir(), theme)


def start_project(
    db: Database,
    theme: str,
    start: date,
    *,
    weeks: int | None = None,
    goal_pct: int = 50,
    message: str | None = None,
    title: str | None = None,
    folder: Path | None = None,
) -> Started:
    """Begin a project on a theme with its step plan and make it the current one (weeks default
    to the plan's length; the message to the theme's). All of it or nothing."""
    check_new_project(theme, weeks, goal_pct, folder=folder)
    title = title.strip() if title else None
    with operation(db, "start_project"):
        project = store_plan.start_project(
            db, theme, start, weeks, goal_pct, message, title=title or None, folder=folder
        )
        tasks = len(store_plan.list_tasks(db, project.id))
    return Started(project, tasks)


def create_project(db: Database, *, title: str, theme: str = "empty") -> Project:
    """A general project started today, without a step plan (so that a visit is never refused
    for want of a project); it becomes the current one."""
    with operation(db, "create_project"):
        return store.create_project(db, theme=theme, title=title, start=date.today())


def find_project(db: Database, text: str) -> Project:
    """A project by id, theme or title (case-insensitive)."""
    return store.find_project(db, text.strip())


def use_project(db: Database, text: str) -> Project:
    """Work on another project (by id, theme or title)."""
    with operation(db, "use_project"):
        return store.set_current_project(db, find_project(db, text).id)


def set_project(
    db: Database, project_id: int, *, contact: str | None = None, min_group: int | None = None
) -> ProjectSettings:
    """The team's contact for residents and the smallest group a report shows: both or
    neither (None leaves one as it is)."""
    if min_group is not None and not FLOOR_MIN_GROUP <= min_group <= 1000:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "de kleinste groep in een verslag is {floor_min_group} tot 1000 huishoudens, "
                "niet {size}",
            ),
            floor_min_group=FLOOR_MIN_GROUP,
            size=min_group,
        )
    with operation(db, "set_project"):
        project = store.get_project(db, project_id)
        if contact is not None:
            project = store.set_contact(db, project_id, contact)
        if min_group is not None:
            store.set_report_min_group(db, min_group)
        return ProjectSettings(project, store.report_min_group(db))


def set_contact(db: Database, project_id: int, contact: str) -> Project:
    return set_project(db, project_id, contact=contact).project


def mark_initiator(db: Database, project_id: int, address: str, on: bool = True) -> Marked:
    """Mark (or unmark) the household at a typed address as initiator of the project."""
    with operation(db, "mark_initiator"):
        store.get_project(db, project_id)
        found = find_by_address(db, address)
        if not found:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", 'adres "{address}" staat niet in de buurt'),
                address=address,
            )
        household = found[0]
        store_progress.set_initiator(db, project_id, int(household["id"]), on)
    return Marked(int(household["id"]), str(household["address"]), on)


def set_initiators(db: Database, project_id: int, household_ids: Iterable[int]) -> int:
    """Make the project's initiators exactly these households; returns how many there are.
    A household taken off leaves a tombstone for exchange."""
    wanted = sorted({int(h) for h in household_ids})
    with operation(db, "set_initiators"):
        store.get_project(db, project_id)
        unknown = unknown_households(db, wanted)
        if unknown:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "huishouden {household_id} bestaat niet"),
                household_id=unknown[0],
            )
        store_progress.set_initiators(db, project_id, wanted)
        return len(store_progress.initiator_ids(db, project_id))
