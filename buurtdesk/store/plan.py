"""A project's step plan on the timeline: tasks per week and role, their status and who does them.

:func:`start_project` is the one way to begin a project on a theme: it creates the project and
loads the theme's plan into ``plan_tasks`` in one transaction, so a broken plan or a bad goal
leaves the file exactly as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..domain.plan import (
    Plan,
    TaskKind,
    TaskStatus,
    find_theme,
    fit_tasks,
    week_problem,
)
from ..domain.team import Role
from ..errors import QT_TRANSLATE_NOOP
from ..paths import resource
from .db import new_uuid, now_iso, transaction
from .projects import Project, create_project, get_project
from .questions import add_defaults
from .store_errors import StoreError

# The project week of ``visit_date`` for a start date bound as the first parameter. Integer
# division truncates toward zero, so the days are shifted by 1000 weeks to keep it a floor.
WEEK_SQL = "(CAST(julianday(visit_date) - julianday(?) AS INTEGER) + 7000) / 7 - 999"


def plans_dir() -> Path:
    """The folder with the theme plans; ``BUURTDESK_PLANS`` points elsewhere (own plans, tests)."""
    override = os.environ.get("BUURTDESK_PLANS", "").strip()
    return Path(override) if override else resource("plans")


@dataclass(frozen=True)
class Task:
    id: int
    uuid: str
    project_id: int
    week: int
    role: Role
    title: str
    why: str
    kind: TaskKind
    status: TaskStatus
    member_id: int | None
    member: str
    position: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "week": self.week,
            "role": self.role.value,
            "role_nl": self.role.dutch,
            "title": self.title,
            "why": self.why,
            "kind": self.kind.value,
            "status": self.status.value,
            "member": self.member or None,
        }


def start_project(
    db: Database,
    theme_id: str,
    start: date,
    weeks: int | None = None,
    goal_pct: int = 50,
    message: str | None = None,
    *,
    title: str | None = None,
    folder: Path | None = None,
    make_current: bool = True,
) -> Project:
    """Begin a project on a theme with its step plan (weeks default to the plan's length).

    Raises :class:`~buurtdesk.domain.plan.PlanError` for an unknown or broken theme and
    :class:`StoreError` for a length or goal out of range; nothing is written then.
    """
    plan = find_theme(folder or plans_dir(), theme_id)
    with transaction(db):
        project = create_project(
            db,
            theme=plan.id,
            title=title or plan.title,
            start=start,
            weeks=weeks or plan.weeks,
            goal_pct=goal_pct,
            message=plan.message if message is None else message.strip(),
            make_current=make_current,
        )
        apply_plan(db, project.id, plan)
        add_defaults(db, project.id, plan.questions)  # the theme's door questions
    return project


def apply_plan(db: Database, project_id: int, plan: Plan) -> int:
    """Add the plan's tasks to a project, fitted to its length; returns how many were added."""
    project = get_project(db, project_id)
    tasks = fit_tasks(plan, project.weeks)
    now = now_iso()
    with transaction(db):
        row = db.execute(
            "SELECT coalesce(max(position), -1) FROM plan_tasks WHERE project_id = ?", [project_id]
        ).fetchone()
        first = int(row[0]) + 1
        db.conn.executemany(
            "INSERT INTO plan_tasks (uuid, project_id, week, role, title, why, kind, status, "
            "position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)",
            [
                (new_uuid(), project_id, t.week, t.role.value, t.title, t.why, t.kind.value, i, now)
                for i, t in enumerate(tasks, start=first)
            ],
        )
    return len(tasks)


def apply_theme_plan(db: Database, project_id: int, *, folder: Path | None = None) -> int:
    """Load the step plan of the project's own theme (for a project made with
    :func:`~buurtdesk.store.projects.create_project`, e.g. by the demo); returns the task count.

    Raises :class:`~buurtdesk.domain.plan.PlanError` when the theme is unknown or its file broken.
    """
    project = get_project(db, project_id)
    plan = find_theme(folder or plans_dir(), project.theme)
    add_defaults(db, project_id, plan.questions)  # the theme's door questions, as a new project
    return apply_plan(db, project_id, plan)


_TASK_SQL = """
SELECT t.id, t.uuid, t.project_id, t.week, t.role, t.title, t.why, t.kind, t.status,
       t.member_id, coalesce(m.name, ''), t.position
  FROM plan_tasks t LEFT JOIN members m ON m.id = t.member_id
"""


def _task(row: Any) -> Task:
    return Task(
        id=row[0],
        uuid=row[1],
        project_id=row[2],
        week=row[3],
        role=Role(row[4]),
        title=row[5],
        why=row[6],
        kind=TaskKind(row[7]),
        status=TaskStatus(row[8]),
        member_id=row[9],
        member=row[10],
        position=row[11],
    )


def list_tasks(db: Database, project_id: int) -> list[Task]:
    rows = db.execute(
        _TASK_SQL + " WHERE t.project_id = ? ORDER BY t.week, t.position, t.id", [project_id]
    )
    return [_task(r) for r in rows]


def get_task(db: Database, task_id: int) -> Task:
    row = db.execute(_TASK_SQL + " WHERE t.id = ?", [task_id]).fetchone()
    if row is None:
        raise StoreError(QT_TRANSLATE_NOOP("Fout", "taak {task_id} bestaat niet"), task_id=task_id)
    return _task(row)


def _check_week(db: Database, project_id: int, week: int) -> None:
    problem = week_problem(week, get_project(db, project_id).weeks)
    if problem:
        raise StoreError(problem.template, **problem.values)


def _check_member(db: Database, member_id: int | None) -> None:
    if member_id is None:
        return
    if db.execute("SELECT 1 FROM members WHERE id = ?", [member_id]).fetchone() is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "teamlid {member_id} bestaat niet"), member_id=member_id
        )


def add_task(
    db: Database,
    project_id: int,
    *,
    week: int,
    role: Role,
    title: str,
    why: str = "",
    kind: TaskKind = TaskKind.TASK,
    status: TaskStatus = TaskStatus.OPEN,
    member_id: int | None = None,
) -> Task:
    title = title.strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("Fout", "een taak heeft een titel nodig"))
    _check_week(db, project_id, week)
    _check_member(db, member_id)
    with transaction(db):
        row = db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM plan_tasks WHERE project_id = ?",
            [project_id],
        ).fetchone()
        cursor = db.execute(
            "INSERT INTO plan_tasks (uuid, project_id, week, role, title, why, kind, status, "
            "member_id, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_uuid(),
                project_id,
                week,
                Role(role).value,
                title,
                why.strip(),
                TaskKind(kind).value,
                TaskStatus(status).value,
                member_id,
                int(row[0]),
                now_iso(),
            ],
        )
    return get_task(db, int(cursor.lastrowid or 0))


def update_task(
    db: Database,
    task_id: int,
    *,
    week: int,
    role: Role,
    title: str,
    why: str,
    kind: TaskKind,
    status: TaskStatus,
    member_id: int | None,
) -> Task:
    task = get_task(db, task_id)
    title = title.strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("Fout", "een taak heeft een titel nodig"))
    _check_week(db, task.project_id, week)
    _check_member(db, member_id)
    db.execute(
        "UPDATE plan_tasks SET week = ?, role = ?, title = ?, why = ?, kind = ?, status = ?, "
        "member_id = ? WHERE id = ?",
        [
            week,
            Role(role).value,
            title,
            why.strip(),
            TaskKind(kind).value,
            TaskStatus(status).value,
            member_id,
            task_id,
        ],
    )
    return get_task(db, task_id)


def move_task(db: Database, task_id: int, week: int, role: Role | None = None) -> Task:
    """Move a task to another week (and lane); refused before week 1 and after the end."""
    task = get_task(db, task_id)
    _check_week(db, task.project_id, week)
    db.execute(
        "UPDATE plan_tasks SET week = ?, role = ? WHERE id = ?",
        [week, Role(role or task.role).value, task_id],
    )
    return get_task(db, task_id)


def set_status(db: Database, task_id: int, status: TaskStatus) -> Task:
    get_task(db, task_id)
    db.execute("UPDATE plan_tasks SET status = ? WHERE id = ?", [TaskStatus(status).value, task_id])
    return get_task(db, task_id)


def assign_task(db: Database, task_id: int, member_id: int | None) -> Task:
    get_task(db, task_id)
    _check_member(db, member_id)
    db.execute("UPDATE plan_tasks SET member_id = ? WHERE id = ?", [member_id, task_id])
    return get_task(db, task_id)


def delete_task(db: Database, task_id: int) -> Task:
    """Remove a task (a tombstone for exchange, store/sync.py); returns it for undo."""
    task = get_task(db, task_id)
    with transaction(db):
        db.execute("DELETE FROM plan_tasks WHERE id = ?", [task_id])
    return task


def task_id_of(db: Database, uuid: str) -> int | None:
    """The local id of the task with this uuid; None when there is none (any more)."""
    row = db.execute("SELECT id FROM plan_tasks WHERE uuid = ?", [uuid]).fetchone()
    return int(row[0]) if row else None


def restore_task(db: Database, task: Task) -> Task:
    """Put a deleted task back as it was, with its uuid (undo of :func:`delete_task`); its old
    local id when that is still free. The recording triggers (store/sync.py) remove the
    tombstone its deletion left and stamp it as created now, so it comes back on the laptops
    that had it deleted too."""
    taken = db.execute("SELECT 1 FROM plan_tasks WHERE id = ?", [task.id]).fetchone()
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO plan_tasks (id, uuid, project_id, week, role, title, why, kind, status, "
            "member_id, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                None if taken else task.id,
                task.uuid,
                task.project_id,
                task.week,
                task.role.value,
                task.title,
                task.why,
                task.kind.value,
                task.status.value,
                task.member_id if _member_exists(db, task.member_id) else None,
                task.position,
                now_iso(),
            ],
        )
    return get_task(db, int(cursor.lastrowid or 0))


def _member_exists(db: Database, member_id: int | None) -> bool:
    """A task's member may have left the team since the task was deleted (undo then restores
    the task without them rather than failing)."""
    if member_id is None:
        return False
    return db.execute("SELECT 1 FROM members WHERE id = ?", [member_id]).fetchone() is not None


def visits_per_week(db: Database, project_id: int) -> dict[int, int]:
    """Visits (not undone) per project week: what a door round on the timeline shows."""
    project = get_project(db, project_id)
    rows = db.execute(
        f"""SELECT {WEEK_SQL} AS week, count(*)
             FROM visits
            WHERE project_id = ? AND retracted_at IS NULL
            GROUP BY week""",
        [project.start_date.isoformat(), project_id],
    )
    return {int(r[0]): int(r[1]) for r in rows}
