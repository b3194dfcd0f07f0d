"""Projects: a theme run in the neighbourhood over a number of weeks toward a participation goal.

The current project is the one named in the setting ``current_project``, else the newest project
that has not ended. Visits and participation belong to a project; households are shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.privacy import FLOOR_MIN_GROUP, min_group_size
from ..errors import QT_TRANSLATE_NOOP
from .db import get_setting, new_uuid, now_iso, set_setting, transaction
from .store_errors import StoreError

MIN_GROUP_SETTING = "report_min_group"


@dataclass(frozen=True)
class Project:
    id: int
    uuid: str
    theme: str
    title: str
    start_date: date
    weeks: int
    goal_pct: int
    message: str
    contact: str
    ended_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "theme": self.theme,
            "title": self.title,
            "start": self.start_date.isoformat(),
            "weeks": self.weeks,
            "goal_pct": self.goal_pct,
            "message": self.message,
            "contact": self.contact,
            "ended": self.ended_at,
        }


_COLUMNS = "id, uuid, theme, title, start_date, weeks, goal_pct, message, contact, ended_at"


def _project(row: Any) -> Project:
    return Project(
        id=row[0],
        uuid=row[1],
        theme=row[2],
        title=row[3],
        start_date=date.fromisoformat(row[4]),
        weeks=row[5],
        goal_pct=row[6],
        message=row[7],
        contact=row[8],
        ended_at=row[9],
    )


def create_project(
    db: Database,
    *,
    theme: str,
    title: str,
    start: date,
    weeks: int = 10,
    goal_pct: int = 50,
    message: str = "",
    contact: str = "",
    make_current: bool = True,
) -> Project:
    if not 1 <= weeks <= 104:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "een project duurt 1 tot 104 weken, niet {weeks}"),
            weeks=weeks,
        )
    if not 1 <= goal_pct <= 100:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "het doel is een percentage van 1 tot 100, niet {goal_pct}"),
            goal_pct=goal_pct,
        )
    with transaction(db):  # the project and "current project" land together or not at all
        cursor = db.execute(
            "INSERT INTO projects (uuid, theme, title, start_date, weeks, goal_pct, message, "
            "contact, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_uuid(),
                theme,
                title,
                start.isoformat(),
                weeks,
                goal_pct,
                message,
                contact,
                now_iso(),
            ],
        )
        project_id = int(cursor.lastrowid or 0)
        if make_current:
            set_setting(db, "current_project", str(project_id))
    return get_project(db, project_id)


def get_project(db: Database, project_id: int) -> Project:
    row = db.execute(f"SELECT {_COLUMNS} FROM projects WHERE id = ?", [project_id]).fetchone()
    if row is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "project {project_id} bestaat niet"), project_id=project_id
        )
    return _project(row)


def list_projects(db: Database) -> list[Project]:
    return [_project(r) for r in db.execute(f"SELECT {_COLUMNS} FROM projects ORDER BY id")]


def current_project(db: Database) -> Project | None:
    """The project the user works on; None when the neighbourhood has none yet."""
    wanted = get_setting(db, "current_project")
    if wanted.isdigit():
        row = db.execute(f"SELECT {_COLUMNS} FROM projects WHERE id = ?", [int(wanted)]).fetchone()
        if row is not None:
            return _project(row)
    row = db.execute(
        f"SELECT {_COLUMNS} FROM projects ORDER BY ended_at IS NOT NULL, id DESC LIMIT 1"
    ).fetchone()
    return _project(row) if row else None


def find_project(db: Database, text: str) -> Project:
    """A project by id, theme or title (case-insensitive)."""
    for project in list_projects(db):
        if text == str(project.id) or text.casefold() in (
            project.theme.casefold(),
            project.title.casefold(),
        ):
            return project
    raise StoreError(QT_TRANSLATE_NOOP("Fout", 'project "{text}" bestaat niet'), text=text)


def set_current_project(db: Database, project_id: int) -> Project:
    """Make a project the one the user works on (several may run side by side)."""
    project = get_project(db, project_id)
    set_setting(db, "current_project", str(project.id))
    return project


def set_contact(db: Database, project_id: int, contact: str) -> Project:
    """How residents reach the team (a phone number, an e-mail address, a name): printed on the
    letters and door cards."""
    get_project(db, project_id)
    contact = " ".join(contact.split())
    if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in contact):
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "het contact bevat een stuurteken; typ alleen gewone tekst")
        )
    if len(contact) > 200:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "het contact is te lang: houd het bij 200 tekens")
        )
    with transaction(db):
        db.execute("UPDATE projects SET contact = ? WHERE id = ?", [contact, project_id])
    return get_project(db, project_id)


def report_min_group(db: Database) -> int:
    """The smallest group of households a report shows (setting; default and floor in
    :mod:`buurtdesk.domain.privacy`)."""
    value = get_setting(db, MIN_GROUP_SETTING)
    return min_group_size(int(value) if value.isdigit() else None)


def set_report_min_group(db: Database, size: int) -> int:
    if not FLOOR_MIN_GROUP <= size <= 1000:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "de kleinste groep in een verslag is {floor_min_group} tot 1000 huishoudens, "
                "niet {size}",
            ),
            floor_min_group=FLOOR_MIN_GROUP,
            size=size,
        )
    set_setting(db, MIN_GROUP_SETTING, str(size))
    return report_min_group(db)
