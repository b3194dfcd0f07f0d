"""Operations on the step plan: tasks, and the activities with the neighbours and their sign-ups.

Moving a task to another week or lane, changing its status and removing it are undoable (kinds
``task_move``, ``task_status``, ``task_remove``). Their history names the task by its uuid, not
its local id, so a task removed and brought back is still the same task to every other step, and
to the other laptops: bringing it back creates it anew with its own uuid, and the recording
triggers (store/sync.py) drop the tombstone here and stamp it later than the tombstone there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.plan import TaskKind, TaskStatus, week_problem
from ..domain.team import Role
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import activities as store_activities
from ..store import plan as store
from ..store.activities import Activity, ActivityKind
from ..store.plan import Task
from ..store.projects import get_project
from . import undo
from .base import operation

KIND_MOVE = "task_move"
KIND_STATUS = "task_status"
KIND_REMOVE = "task_remove"


@dataclass(frozen=True)
class TaskChanged:
    task: Task
    entry_id: int | None  # None: nothing changed, nothing to undo


@dataclass(frozen=True)
class TaskRemoved:
    task: Task
    entry_id: int


def _by_uuid(db: Database, uuid: str) -> Task:
    task_id = store.task_id_of(db, uuid)
    if task_id is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "deze taak bestaat niet meer (verwijderd op een andere laptop)"
            )
        )
    return store.get_task(db, task_id)


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
    with operation(db, "add_task"):
        get_project(db, project_id)
        return store.add_task(
            db, project_id, week=week, role=role, title=title, why=why, kind=kind,
            status=status, member_id=member_id,
        )  # fmt: skip


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
    with operation(db, "update_task"):
        return store.update_task(
            db, task_id, week=week, role=role, title=title, why=why, kind=kind, status=status,
            member_id=member_id,
        )  # fmt: skip


def check_week(db: Database, task_id: int, week: int) -> None:
    """Refuse a week before week 1 or after the project's end (the plan page asks this before
    a drop, to say it next to the card)."""
    task = store.get_task(db, task_id)
    problem = week_problem(week, get_project(db, task.project_id).weeks)
    if problem:
        raise UserError(problem.template, **problem.values)


def move_task(db: Database, task_id: int, week: int, role: Role | None = None) -> TaskChanged:
    """Move a task to another week (and lane), undoably; refused before week 1 and after the
    end of the project."""
    with operation(db, "move_task"):
        task = store.get_task(db, task_id)
        check_week(db, task_id, week)
        role = Role(role or task.role)
        if (week, role) == (task.week, task.role):
            return TaskChanged(task, None)
        moved = store.move_task(db, task_id, week, role)
        entry = undo.record(
            db,
            KIND_MOVE,
            f"taak „{task.title}” naar week {week}",
            {
                "task": task.uuid,
                "before": [task.week, task.role.value],
                "after": [week, role.value],
            },
        )
    return TaskChanged(moved, entry)


def _move_step(which: str) -> undo.Step:
    def step(db: Database, payload: dict[str, Any]) -> None:
        task = _by_uuid(db, str(payload["task"]))
        week, role = payload[which]
        store.move_task(db, task.id, int(week), Role(role))

    return step


def set_task_status(db: Database, task_id: int, status: TaskStatus) -> TaskChanged:
    """Open, busy or done (undoable)."""
    status = TaskStatus(status)
    with operation(db, "set_task_status"):
        task = store.get_task(db, task_id)
        if status is task.status:
            return TaskChanged(task, None)
        changed = store.set_status(db, task_id, status)
        entry = undo.record(
            db,
            KIND_STATUS,
            f"status van „{task.title}”",
            {"task": task.uuid, "before": task.status.value, "after": status.value},
        )
    return TaskChanged(changed, entry)


def _status_step(which: str) -> undo.Step:
    def step(db: Database, payload: dict[str, Any]) -> None:
        task = _by_uuid(db, str(payload["task"]))
        store.set_status(db, task.id, TaskStatus(payload[which]))

    return step


def assign_task(db: Database, task_id: int, member_id: int | None) -> Task:
    """Who does the task (None: nobody yet)."""
    with operation(db, "assign_task"):
        return store.assign_task(db, task_id, member_id)


def remove_task(db: Database, task_id: int) -> TaskRemoved:
    """Remove a task (a tombstone for exchange); undo brings it back as it was."""
    with operation(db, "remove_task"):
        task = store.delete_task(db, task_id)
        entry = undo.record(db, KIND_REMOVE, f"taak „{task.title}” verwijderd", _task_dict(task))
    return TaskRemoved(task, entry)


def _task_dict(task: Task) -> dict[str, Any]:
    return {
        "task": task.uuid,
        "id": task.id,
        "project_id": task.project_id,
        "week": task.week,
        "role": task.role.value,
        "title": task.title,
        "why": task.why,
        "kind": task.kind.value,
        "status": task.status.value,
        "member_id": task.member_id,
        "position": task.position,
    }


def _bring_back(db: Database, payload: dict[str, Any]) -> None:
    if store.task_id_of(db, str(payload["task"])) is not None:
        return  # already back (brought back by an exchange)
    get_project(db, int(payload["project_id"]))  # a project removed meanwhile: said plainly
    store.restore_task(
        db,
        Task(
            id=int(payload["id"]),
            uuid=str(payload["task"]),
            project_id=int(payload["project_id"]),
            week=int(payload["week"]),
            role=Role(payload["role"]),
            title=str(payload["title"]),
            why=str(payload["why"]),
            kind=TaskKind(payload["kind"]),
            status=TaskStatus(payload["status"]),
            member_id=None if payload["member_id"] is None else int(payload["member_id"]),
            member="",
            position=int(payload["position"]),
        ),
    )


def _remove_again(db: Database, payload: dict[str, Any]) -> None:
    task_id = store.task_id_of(db, str(payload["task"]))
    if task_id is not None:
        store.delete_task(db, task_id)


# --- activities and sign-ups ---------------------------------------------------------------------


def save_activity(
    db: Database,
    project_id: int,
    activity_id: int | None,
    *,
    title: str,
    day: date,
    kind: ActivityKind = ActivityKind.MEETING,
    time: str = "",
    place: str = "",
    description: str = "",
    signups: Iterable[tuple[int, bool]] | None = None,
) -> Activity:
    """Add (``activity_id`` None) or change an activity, and with ``signups`` make its sign-ups
    exactly these (household id, attended), all in one transaction."""
    with operation(db, "save_activity"):
        if activity_id is None:
            saved = store_activities.add_activity(
                db, project_id, title=title, day=day, kind=kind, time=time, place=place,
                description=description,
            )  # fmt: skip
        else:
            saved = store_activities.update_activity(
                db, activity_id, title=title, day=day, kind=kind, time=time, place=place,
                description=description,
            )  # fmt: skip
        if signups is not None:
            set_signups(db, saved.id, signups)
        return store_activities.get_activity(db, saved.id)


def set_signups(db: Database, activity_id: int, wanted: Iterable[tuple[int, bool]]) -> Activity:
    """Make an activity's sign-ups exactly ``(household_id, attended)``; a household taken off
    leaves a tombstone for exchange."""
    rows = [(int(h), bool(a)) for h, a in wanted]
    with operation(db, "set_signups"):
        store_activities.get_activity(db, activity_id)
        unknown = store_activities.unknown_households(db, [h for h, _ in rows])
        if unknown:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "huishouden {household_id} bestaat niet"),
                household_id=unknown[0],
            )
        store_activities.set_signups(db, activity_id, rows)
        return store_activities.get_activity(db, activity_id)


def remove_activity(db: Database, activity_id: int) -> Activity:
    """Remove an activity and its sign-ups (tombstones for exchange)."""
    with operation(db, "remove_activity"):
        activity = store_activities.get_activity(db, activity_id)
        store_activities.delete_activity(db, activity_id)
    return activity


undo.undoable(KIND_MOVE, undo=_move_step("before"), redo=_move_step("after"))
undo.undoable(KIND_STATUS, undo=_status_step("before"), redo=_status_step("after"))
undo.undoable(KIND_REMOVE, undo=_bring_back, redo=_remove_again)
