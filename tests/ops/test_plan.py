"""Operations on the step plan (ops/plan.py) on a guarded file: tasks (add, change, move, status,
remove and bring back: undoable, also after reopening), activities and sign-ups; a removed task
brought back is back on the other laptop after an exchange, and a sign-up taken off is gone
there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.plan import TaskKind, TaskStatus
from buurtdesk.domain.team import Role
from buurtdesk.errors import Coded
from buurtdesk.ops import plan as ops
from buurtdesk.ops import undo
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.store.activities import ActivityKind, signups
from buurtdesk.store.plan import get_task, list_tasks

from .laptops import ids, neighbourhood, project_id, second_laptop, send, state, tombstones


@pytest.fixture
def db(db_path: Path) -> Database:
    database = neighbourhood(db_path)
    yield database
    database.close()


def _tasks(db: Database) -> list[tuple[str, int, str, str, str]]:
    return sorted(
        (t.uuid, t.week, t.role.value, t.status.value, t.title)
        for t in list_tasks(db, project_id(db))
    )


def test_add_and_update_a_task(db: Database) -> None:
    task = ops.add_task(db, project_id(db), week=3, role=Role.CONNECTOR, title="  Flyers  ")
    assert (task.title, task.week, task.status) == ("Flyers", 3, TaskStatus.OPEN)
    changed = ops.update_task(
        db, task.id, week=4, role=Role.EXPERT, title="Flyers drukken", why="",
        kind=TaskKind.MILESTONE, status=TaskStatus.BUSY, member_id=None,
    )  # fmt: skip
    assert (changed.week, changed.role, changed.kind) == (4, Role.EXPERT, TaskKind.MILESTONE)


@pytest.mark.parametrize(
    "fields",
    [
        {"week": 1, "title": " "},  # no title
        {"week": 0, "title": "Te vroeg"},
        {"week": 99, "title": "Na afloop"},
        {"week": 2, "title": "Niemand", "member_id": 999},
    ],
)
def test_a_refused_task_leaves_the_file_unchanged(db: Database, fields: dict) -> None:
    before = state(db)
    with pytest.raises(Coded):
        ops.add_task(db, project_id(db), role=Role.EXPERT, **fields)
    assert state(db) == before


def test_move_undo_redo_survive_reopening(db: Database, db_path: Path) -> None:
    task = list_tasks(db, project_id(db))[0]
    before = _tasks(db)
    moved = ops.move_task(db, task.id, task.week + 1, Role.CONNECTOR)
    assert (moved.task.week, moved.task.role) == (task.week + 1, Role.CONNECTOR)
    after = _tasks(db)
    db.close()
    db = open_neighbourhood(db_path)
    undo.undo(db, moved.entry_id)
    assert _tasks(db) == before
    undo.redo(db, moved.entry_id)
    assert _tasks(db) == after
    db.close()


def test_a_move_out_of_the_project_is_refused(db: Database) -> None:
    task = list_tasks(db, project_id(db))[0]
    before = state(db)
    for week in (0, 11):
        with pytest.raises(Coded):
            ops.move_task(db, task.id, week)
    assert state(db) == before
    assert ops.move_task(db, task.id, task.week).entry_id is None  # no move, no step


def test_status_undo_and_redo(db: Database) -> None:
    task = list_tasks(db, project_id(db))[0]
    done = ops.set_task_status(db, task.id, TaskStatus.DONE)
    assert done.task.status is TaskStatus.DONE
    undo.undo(db)
    assert get_task(db, task.id).status is TaskStatus.OPEN
    undo.redo(db)
    assert get_task(db, task.id).status is TaskStatus.DONE
    assert ops.set_task_status(db, task.id, TaskStatus.DONE).entry_id is None


def test_remove_and_bring_back_exactly(db: Database, db_path: Path) -> None:
    task = list_tasks(db, project_id(db))[2]
    ops.assign_task(db, task.id, ids(db, "members")[0])
    before = _tasks(db)
    kept = get_task(db, task.id)
    removed = ops.remove_task(db, task.id)
    assert task.uuid in tombstones(db, "plan_tasks")
    db.close()
    db = open_neighbourhood(db_path)
    undo.undo(db, removed.entry_id)
    assert get_task(db, task.id) == kept  # the same id, member, position, everything
    assert _tasks(db) == before
    assert task.uuid not in tombstones(db, "plan_tasks")  # the triggers took it away
    undo.redo(db, removed.entry_id)
    assert task.uuid not in {t[0] for t in _tasks(db)}
    db.close()


def test_a_step_on_a_task_removed_later_is_undone_after_bringing_it_back(db: Database) -> None:
    """The history names the task by uuid: moving, removing, then undoing both works."""
    task = list_tasks(db, project_id(db))[0]
    before = _tasks(db)
    ops.move_task(db, task.id, task.week + 2)
    ops.remove_task(db, task.id)
    undo.undo(db)
    undo.undo(db)
    assert _tasks(db) == before


def test_a_removed_task_brought_back_is_back_on_the_other_laptop(
    db: Database, tmp_path: Path
) -> None:
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    task = list_tasks(db, project_id(db))[1]
    removed = ops.remove_task(db, task.id)
    send(db, other)
    assert task.uuid not in {t[0] for t in _tasks(other)}
    undo.undo(db, removed.entry_id)
    send(db, other)
    send(other, db)  # the other laptop's tombstone does not take it away again
    assert _tasks(other) == _tasks(db)
    assert task.uuid in {t[0] for t in _tasks(other)}
    other.close()


def test_activity_with_signups_in_one_operation(db: Database) -> None:
    houses = ids(db, "households")
    activity = ops.save_activity(
        db, project_id(db), None, title="Buurtavond", day=date(2026, 9, 10), time="19.30",
        signups=[(houses[0], False), (houses[1], True)],
    )  # fmt: skip
    assert (activity.time, activity.signed_up, activity.attended) == ("19:30", 2, 1)
    before = state(db)
    with pytest.raises(Coded):
        ops.save_activity(
            db, project_id(db), activity.id, title="Buurtavond", day=date(2026, 9, 10),
            kind=ActivityKind.WORKSHOP, signups=[(houses[0], True), (999999, False)],
        )  # fmt: skip
    with pytest.raises(Coded):
        ops.save_activity(db, project_id(db), activity.id, title="", day=date(2026, 9, 10))
    assert state(db) == before


def test_a_signup_taken_off_leaves_a_tombstone_that_travels(db: Database, tmp_path: Path) -> None:
    houses = ids(db, "households")
    activity = ops.save_activity(
        db, project_id(db), None, title="Aftrap", day=date(2026, 9, 3),
        signups=[(houses[0], True), (houses[1], False)],
    )  # fmt: skip
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    ops.set_signups(db, activity.id, [(houses[0], True)])
    house = db.execute("SELECT uuid FROM households WHERE id = ?", [houses[1]]).fetchone()[0]
    assert f"{activity.uuid}/{house}" in tombstones(db, "activity_signups")
    send(db, other)
    theirs = other.execute("SELECT id FROM activities WHERE uuid = ?", [activity.uuid]).fetchone()
    assert [s.address for s in signups(other, theirs[0])] == [
        s.address for s in signups(db, activity.id)
    ]
    assert len(signups(other, theirs[0])) == 1
    other.close()


def test_remove_activity_travels(db: Database, tmp_path: Path) -> None:
    activity = ops.save_activity(db, project_id(db), None, title="Inkoop", day=date(2026, 9, 20))
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    ops.remove_activity(db, activity.id)
    assert activity.uuid in tombstones(db, "activities")
    send(db, other)
    assert other.execute("SELECT count(*) FROM activities").fetchone()[0] == 0
    other.close()
