"""The plan, activities and progress in a real database file."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.plan import PlanError, TaskKind, TaskStatus
from buurtdesk.domain.team import Role
from buurtdesk.store.activities import (
    ActivityKind,
    add_activity,
    list_activities,
    search_households,
    set_signups,
    signups,
)
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import set_setting
from buurtdesk.store.households import set_do_not_visit
from buurtdesk.store.plan import (
    add_task,
    delete_task,
    list_tasks,
    move_task,
    restore_task,
    start_project,
    update_task,
    visits_per_week,
)
from buurtdesk.store.progress import (
    doors_left,
    doors_left_per_connector,
    doors_per_week,
    project_progress,
    set_initiator,
)
from buurtdesk.store.store_errors import StoreError
from buurtdesk.store.team import add_member, assign_streets, move_role, remove_member
from buurtdesk.store.visits import record_visit, retract_visit

START = date(2026, 11, 2)


def _rows(db: Database, table: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.execute(f"SELECT * FROM {table}")]


def _households(db: Database, streets: dict[str, int]) -> None:
    upsert_households(
        db,
        [
            AddressRecord(name, HouseNumber(n), "1234AB", "Ons Dorp")
            for name, count in streets.items()
            for n in range(1, count + 1)
        ],
    )


def test_start_project_is_all_or_nothing(db: Database) -> None:
    with pytest.raises(StoreError, match="niet 150"):
        start_project(db, "energy", START, goal_pct=150)
    with pytest.raises(PlanError, match="onbekend thema"):
        start_project(db, "koken", START)
    assert _rows(db, "projects") == [] and _rows(db, "plan_tasks") == []
    project = start_project(db, "gas-free", START)
    tasks = list_tasks(db, project.id)
    assert len(tasks) == 22 and tasks[0].week == 1 and tasks[-1].week == 10
    assert all(t.status is TaskStatus.OPEN for t in tasks)
    assert project.message.startswith("Wij zijn buren")


def test_moving_a_task_before_week_1_or_past_the_end_is_refused(db: Database) -> None:
    project = start_project(db, "energy", START)
    task = list_tasks(db, project.id)[0]
    before = _rows(db, "plan_tasks")
    with pytest.raises(StoreError, match="week 0 ligt vóór het begin"):
        move_task(db, task.id, 0)
    with pytest.raises(StoreError, match="week 11 ligt na het einde"):
        move_task(db, task.id, 11)
    assert _rows(db, "plan_tasks") == before
    moved = move_task(db, task.id, 4, Role.EXPERT)
    assert (moved.week, moved.role) == (4, Role.EXPERT)


def test_add_edit_assign_delete_and_restore_a_task(db: Database) -> None:
    project = start_project(db, "empty", START)
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    with pytest.raises(StoreError, match="titel"):
        add_task(db, project.id, week=2, role=Role.EXPERT, title="  ")
    task = add_task(db, project.id, week=2, role=Role.EXPERT, title="Folder maken")
    task = update_task(
        db,
        task.id,
        week=3,
        role=Role.CONNECTOR,
        title="Folder rondbrengen",
        why="Iedereen weet ervan",
        kind=TaskKind.DOOR_ROUND,
        status=TaskStatus.BUSY,
        member_id=anna.id,
    )
    assert (task.week, task.member, task.status) == (3, "Anna", TaskStatus.BUSY)
    removed = delete_task(db, task.id)
    assert list_tasks(db, project.id) == []
    assert restore_task(db, removed) == task
    remove_member(db, anna.id)
    assert list_tasks(db, project.id)[0].member_id is None


def test_visits_per_week_for_door_rounds(db: Database) -> None:
    _households(db, {"Kerkweg": 10})
    project = start_project(db, "energy", START)
    for n, day in enumerate([START, START + timedelta(days=6), START + timedelta(days=7)], 1):
        record_visit(
            db, project_id=project.id, household_id=n, outcome=Outcome.SPOKE, visit_date=day
        )
    record_visit(
        db,
        project_id=project.id,
        household_id=5,
        outcome=Outcome.SPOKE,
        visit_date=START - timedelta(days=1),
    )
    assert visits_per_week(db, project.id) == {0: 1, 1: 2, 2: 1}


def test_activities_with_signups_and_attendance(db: Database) -> None:
    _households(db, {"Kerkweg": 12, "Kerkstraat": 3})
    project = start_project(db, "energy", START)
    with pytest.raises(StoreError, match="geen tijd"):
        add_activity(db, project.id, title="Avond", day=START, time="25:00")
    activity = add_activity(
        db,
        project.id,
        title="Buurtavond",
        day=START + timedelta(days=28),
        time="19.30",
        place="Buurthuis",
        kind=ActivityKind.MEETING,
    )
    assert activity.time == "19:30"
    found = search_households(db, "kerkweg 1")
    assert [a for _, a in found] == ["Kerkweg 1"]
    assert len(search_households(db, "Kerk")) == 15
    ids = [hid for hid, _ in search_households(db, "Kerkweg")][:4]
    set_signups(db, activity.id, [(h, i % 2 == 0) for i, h in enumerate(ids)])
    set_signups(db, activity.id, [(h, True) for h in ids[:3]])
    assert [s.attended for s in signups(db, activity.id)] == [True, True, True]
    listed = list_activities(db, project.id)[0]
    assert (listed.signed_up, listed.attended) == (3, 3)


def test_progress_matches_a_count_by_hand(db: Database) -> None:
    rng = random.Random(4)
    start = date(2025, 6, 2)  # a Monday far enough back that visits up to 80 days on are past
    _households(db, {"Kerkweg": 40, "Molenlaan": 25, "Zandhoek": 15})
    project = start_project(db, "energy", start)
    add_member(db, "Anna", [Role.CONNECTOR])
    add_member(db, "Bram", [Role.CONNECTOR])
    for _ in range(150):
        hid = rng.randint(1, 80)
        outcome = rng.choice(list(Outcome))
        who = rng.choice(["Anna", "Bram", "Kees"])
        day = start + timedelta(days=rng.randint(-3, 80))
        vid = record_visit(
            db,
            project_id=project.id,
            household_id=hid,
            outcome=outcome,
            visit_date=day,
            visitor=who,
        )
        if rng.random() < 0.1:
            retract_visit(db, vid)
    for hid in (1, 2, 3, 70):
        set_initiator(db, project.id, hid, True)
    result = project_progress(db, project, start + timedelta(days=20))
    status = {
        r[0]: r[1]
        for r in db.execute(
            "SELECT household_id, outcome FROM household_status WHERE project_id = ?",
            [project.id],
        )
    }
    assert result.total.households == 80
    assert result.total.visited == len(status)
    assert result.total.takes_part == sum(o == "takes_part" for o in status.values())
    participants = {h for h, o in status.items() if o == "takes_part"} | {1, 2, 3, 70}
    assert result.total.participants == len(participants)
    assert sum(s.households for s in result.streets.values()) == 80
    assert sum(c.visited for c in result.connectors.values()) == len(status)
    assert set(result.connectors) == {""}  # no streets assigned: all of them are nobody's
    assert result.by_week[-1].participants_total == len(participants)
    assert result.weeks_left == 8


def test_doors_left_per_connector_and_pace_setting(db: Database) -> None:
    _households(db, {"Kerkweg": 40, "Molenlaan": 20, "Zandhoek": 10})
    project = start_project(db, "energy", START)
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    bram = add_member(db, "Bram", [Role.CONNECTOR, Role.EXPERT])
    add_member(db, "Cor", [Role.EXPERT])
    streets = {r[1]: r[0] for r in db.execute("SELECT id, name FROM streets")}
    assign_streets(db, anna.id, [streets["Kerkweg"]])
    assign_streets(db, bram.id, [streets["Molenlaan"]])
    record_visit(db, project_id=project.id, household_id=1, outcome=Outcome.SPOKE, visit_date=START)
    set_do_not_visit(db, 2, True, "nee-nee sticker")  # Kerkweg: kept, but not a door to walk to
    # Zandhoek has nobody: its 10 doors are not Anna's or Bram's, they are a gap of their own.
    assert doors_left(db, project.id) == ({"Anna": 38, "Bram": 20}, 10)
    assert doors_left_per_connector(db, project.id) == {"Anna": 38, "Bram": 20}
    progress = project_progress(db, project, START)
    assert progress.doors_left == 68 == progress.total.households - progress.total.visited - 1
    assert {k: v.doors_left for k, v in progress.connectors.items()} == {
        "Anna": 38,
        "Bram": 20,
        "": 10,
    }
    assign_streets(db, bram.id, [streets["Kerkweg"]])  # shared: 38 doors split 19 / 19
    assert doors_left(db, project.id) == ({"Anna": 19, "Bram": 39}, 10)
    move_role(db, bram.id, Role.CONNECTOR, None)  # no longer a connector: his streets are nobody's
    assert doors_left(db, project.id) == ({"Anna": 38}, 30)
    set_setting(db, "doors_per_connector_week", "5")
    assert doors_per_week(db) == 5
    set_setting(db, "doors_per_connector_week", "veel")
    assert doors_per_week(db) == 40


def test_apply_theme_plan_for_a_project_made_elsewhere(db: Database) -> None:
    from buurtdesk.store.plan import apply_theme_plan
    from buurtdesk.store.projects import create_project

    project = create_project(db, theme="mobility", title="Buurtbus", start=START, weeks=8)
    assert apply_theme_plan(db, project.id) == 22
    assert max(t.week for t in list_tasks(db, project.id)) == 8
    odd = create_project(db, theme="koken", title="Koken", start=START)
    with pytest.raises(PlanError, match="onbekend thema"):
        apply_theme_plan(db, odd.id)
    assert list_tasks(db, odd.id) == []
