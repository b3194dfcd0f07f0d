"""Operations on projects (ops/projects.py) on a guarded file: starting one on a theme, choosing
the current one, its settings, and initiators (an initiator taken off leaves a tombstone that
takes the mark away on the other laptop too)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.errors import Coded
from buurtdesk.ops import projects as ops
from buurtdesk.store.progress import initiator_ids
from buurtdesk.store.projects import current_project, report_min_group

from .laptops import ids, neighbourhood, project_id, second_laptop, send, state, tombstones


@pytest.fixture
def db(db_path: Path) -> Database:
    database = neighbourhood(db_path)
    yield database
    database.close()


def test_start_project_brings_the_plan_and_becomes_current(db: Database) -> None:
    started = ops.start_project(db, "aed", date(2026, 10, 5), goal_pct=40, title=" AED ")
    assert started.tasks > 0 and started.project.title == "AED"
    assert current_project(db) == started.project


@pytest.mark.parametrize(
    ("theme", "weeks", "goal"),
    [("bestaat-niet", None, 50), ("energy", 0, 50), ("energy", 105, 50), ("energy", 10, 0),
     ("energy", 10, 101)],
)  # fmt: skip
def test_a_refused_project_leaves_the_file_unchanged(
    db: Database, theme: str, weeks: int | None, goal: int
) -> None:
    before = state(db)
    with pytest.raises(Coded):
        ops.start_project(db, theme, date(2026, 10, 5), weeks=weeks, goal_pct=goal)
    assert state(db) == before


def test_use_project_by_id_theme_or_title(db: Database) -> None:
    first = project_id(db)
    ops.create_project(db, title="Buurtbus")
    assert current_project(db).title == "Buurtbus"
    assert ops.use_project(db, str(first)).id == first
    assert ops.use_project(db, "buurtbus").title == "Buurtbus"
    before = state(db)
    with pytest.raises(Coded, match="bestaat niet"):
        ops.use_project(db, "zonnepanelen")
    assert state(db) == before


def test_contact_and_min_group_both_or_neither(db: Database) -> None:
    settings = ops.set_project(db, project_id(db), contact=" 06  1234 ", min_group=12)
    assert (settings.project.contact, settings.min_group) == ("06 1234", 12)
    before = state(db)
    with pytest.raises(Coded):
        ops.set_project(db, project_id(db), contact="nieuw", min_group=2)
    with pytest.raises(Coded):
        ops.set_project(db, project_id(db), contact="met\x07bel", min_group=20)
    assert state(db) == before
    assert report_min_group(db) == 12


def test_mark_initiator_by_address(db: Database) -> None:
    marked = ops.mark_initiator(db, project_id(db), "dorpsstraat 3")
    assert marked.address == "Dorpsstraat 3" and marked.initiator
    assert initiator_ids(db, project_id(db)) == {marked.household_id}
    before = state(db)
    with pytest.raises(Coded, match="staat niet in de buurt"):
        ops.mark_initiator(db, project_id(db), "Dorpsstraat 99")
    assert state(db) == before
    ops.mark_initiator(db, project_id(db), "Dorpsstraat 3", on=False)
    assert initiator_ids(db, project_id(db)) == set()


def test_set_initiators_refuses_an_unknown_household(db: Database) -> None:
    houses = ids(db, "households")
    assert ops.set_initiators(db, project_id(db), houses[:3]) == 3
    before = state(db)
    with pytest.raises(Coded, match="huishouden 999999 bestaat niet"):
        ops.set_initiators(db, project_id(db), [houses[0], 999999])
    assert state(db) == before


@pytest.mark.parametrize("how", ["dialog", "command line"])
def test_an_initiator_taken_off_leaves_a_tombstone_that_travels(
    db: Database, tmp_path: Path, how: str
) -> None:
    project = project_id(db)
    houses = ids(db, "households")
    ops.set_initiators(db, project, houses[:2])
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    if how == "dialog":
        ops.set_initiators(db, project, houses[:1])
    else:
        ops.mark_initiator(db, project, "Dorpsstraat 2", on=False)
    house = db.execute("SELECT uuid FROM households WHERE id = ?", [houses[1]]).fetchone()[0]
    project_uuid = db.execute("SELECT uuid FROM projects").fetchone()[0]
    assert f"{project_uuid}/{house}" in tombstones(db, "initiators")
    send(db, other)
    theirs = other.execute(
        "SELECT h.uuid FROM initiators i JOIN households h ON h.id = i.household_id"
    ).fetchall()
    mine = db.execute(
        "SELECT h.uuid FROM initiators i JOIN households h ON h.id = i.household_id"
    ).fetchall()
    assert [tuple(r) for r in theirs] == [tuple(r) for r in mine] and len(mine) == 1
    other.close()
