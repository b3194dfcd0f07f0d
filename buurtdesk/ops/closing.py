"""Closing a project when it is over (storage limitation, AVG art. 5): its figures stay, every
per-household outcome, note and contact of it goes (store/closing.py)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import closing as store_closing
from ..store.privacy import checkpoint
from ..store.projects import Project, list_projects
from .base import operation

REMIND_AFTER = timedelta(days=91)  # about three months after a project ended


def what_goes(db: Database, project: Project) -> dict[str, int]:
    """The preview: how many visits, notes, marks, sign-ups and contacts closing removes."""
    if store_closing.is_closed(db, project.id):
        raise _closed(project)
    return store_closing.what_goes(db, project.id)


def _closed(project: Project) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Fout", 'het project "{title}" is al afgesloten'), title=project.title
    )


def close(db: Database, project: Project, today: date | None = None) -> dict[str, int]:
    """Close the project in one operation: the figures are kept as counts, the per-household
    data is deleted (from the file's bytes too) and the closure travels to the other laptops."""
    with operation(db, "close_project"):
        if store_closing.is_closed(db, project.id):
            raise _closed(project)
        gone = store_closing.close_project(db, project, today or date.today())
    checkpoint(db)
    return gone


def end_date(project: Project) -> date:
    if project.ended_at:
        return date.fromisoformat(project.ended_at[:10])
    return project.start_date + timedelta(weeks=project.weeks)


def due_for_closing(db: Database, today: date | None = None) -> list[Project]:
    """Projects that ended more than three months ago and still keep per-household data."""
    today = today or date.today()
    return [
        p
        for p in list_projects(db)
        if end_date(p) + REMIND_AFTER < today and not store_closing.is_closed(db, p.id)
    ]
