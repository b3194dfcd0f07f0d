"""Recording visits through the operations layer, and undoing and redoing them below the window:
the rules are in one place, every step is one transaction, the undo history lives in the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.errors import UserError
from buurtdesk.ops import undo
from buurtdesk.ops.base import open_neighbourhood, operation
from buurtdesk.ops.doors import set_do_not_visit, set_note
from buurtdesk.ops.visits import DoNotVisitDoor, VisitInput, record_visit, record_visits
from buurtdesk.store import households as store_households
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.projects import list_projects
from buurtdesk.store.street_list import household_row
from buurtdesk.store.visits import Visit, list_visits

from ..gui.street_fixtures import make_neighbourhood

DAY = date(2026, 9, 8)


@pytest.fixture
def ids(db_path: Path) -> dict[str, int]:
    return make_neighbourhood(db_path)


@pytest.fixture
def guarded(db_path: Path, ids: dict[str, int]) -> Iterator[Database]:
    db = open_neighbourhood(db_path)
    yield db
    db.close()


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def _visit(db: Database, visit_id: int) -> Visit:
    return next(v for v in list_visits(db, include_retracted=True) if v.id == visit_id)


def _mark(db: Database, household_id: int) -> tuple[bool, str]:
    row = household_row(db, None, household_id)
    assert row is not None
    return row.do_not_visit, row.do_not_visit_reason


def test_a_guarded_file_takes_writes_only_inside_an_operation(
    guarded: Database, ids: dict[str, int], db_path: Path
) -> None:
    before = _dump(guarded)
    with pytest.raises(sqlite3.IntegrityError, match="write outside an operation"):
        store_households.set_note(guarded, ids["h:Kerkweg 1"], "langs de store")
    assert _dump(guarded) == before
    with operation(guarded, "test"):
        store_households.set_note(guarded, ids["h:Kerkweg 1"], "binnen een operatie")
    plain = open_db(db_path)  # the store's own tests and tools open it unguarded
    store_households.set_note(plain, ids["h:Kerkweg 1"], "zonder bewaking")
    plain.close()


def test_a_do_not_visit_door_is_refused_unless_confirmed_and_keeps_its_mark(
    guarded: Database, ids: dict[str, int]
) -> None:
    door = ids["h:Kerkweg 3"]
    set_do_not_visit(guarded, door, True, "bordje nee-nee")
    before = _dump(guarded)
    with pytest.raises(DoNotVisitDoor, match="niet aanbellen"):
        record_visit(guarded, household_id=door, outcome=Outcome.SPOKE, visit_date=DAY)
    assert _dump(guarded) == before
    done = record_visit(
        guarded, household_id=door, outcome=Outcome.SPOKE, visit_date=DAY, force=True
    )
    assert done.visits[0].was_do_not_visit
    assert _mark(guarded, door) == (True, "bordje nee-nee")


@pytest.mark.parametrize(
    ("marked", "after_visit"),
    [
        ((False, ""), (True, "hond blaft")),  # the visit's note becomes the reason
        ((True, "bordje nee-nee"), (True, "bordje nee-nee")),  # the earlier reason stays
    ],
)
def test_undo_and_redo_of_a_do_not_visit_visit_give_back_the_mark_exactly(
    guarded: Database,
    ids: dict[str, int],
    db_path: Path,
    marked: tuple[bool, str],
    after_visit: tuple[bool, str],
) -> None:
    door = ids["h:Kerkweg 5"]
    if marked[0]:
        set_do_not_visit(guarded, door, *marked)
    done = record_visit(
        guarded,
        household_id=door,
        outcome=Outcome.DO_NOT_VISIT,
        visit_date=DAY,
        note="hond blaft",
        force=True,
    )
    assert _mark(guarded, door) == after_visit
    undo.undo(guarded)
    assert _mark(guarded, door) == marked
    visit_id = done.visits[0].visit_id
    assert _visit(guarded, visit_id).retracted  # kept in the history, never deleted
    # the history is in the file: another program (the command line) redoes it
    other = open_neighbourhood(db_path)
    undo.redo(other)
    other.close()
    assert _mark(guarded, door) == after_visit
    assert not _visit(guarded, visit_id).retracted


def test_a_returned_list_is_recorded_whole_or_not_at_all(
    guarded: Database, ids: dict[str, int]
) -> None:
    set_do_not_visit(guarded, ids["h:Kerkweg 9"], True)
    before = _dump(guarded)
    rows = [
        VisitInput(ids["h:Kerkweg 7"], Outcome.INTERESTED),
        VisitInput(ids["h:Kerkweg 9"], Outcome.SPOKE),
    ]
    with pytest.raises(DoNotVisitDoor):
        record_visits(guarded, rows, visit_date=DAY, visitor="Anna de Vries")
    assert _dump(guarded) == before  # not even the first row
    done = record_visits(guarded, rows, visit_date=DAY, visitor="Anna de Vries", force=True)
    assert len(done.visits) == 2
    undo.undo(guarded)  # one step for the whole list
    live = [
        v
        for v in list_visits(guarded)
        if v.household_id in (ids["h:Kerkweg 7"], ids["h:Kerkweg 9"])
    ]
    assert live == []


def test_a_visit_without_a_project_starts_one(tmp_path: Path) -> None:
    db = open_neighbourhood(tmp_path / "leeg.buurtdesk", create=True)
    with operation(db, "setting up the test"):
        upsert_households(
            db, [AddressRecord("Kerkweg", HouseNumber(1), "1234AB", "Buurtdorp")], source="test"
        )
    household = db.execute("SELECT id FROM households").fetchone()[0]
    done = record_visit(
        db,
        household_id=household,
        outcome=Outcome.NOT_HOME,
        visit_date=DAY,
        new_project_title="Mijn buurt",
    )
    assert done.project_created and [p.title for p in list_projects(db)] == ["Mijn buurt"]
    again = record_visit(db, household_id=household, outcome=Outcome.NOT_HOME, visit_date=DAY)
    assert not again.project_created and again.visits[0].door_card  # twice not at home
    db.close()


def test_undo_and_redo_say_when_there_is_nothing_and_a_new_step_ends_redo(
    guarded: Database, ids: dict[str, int]
) -> None:
    with pytest.raises(UserError, match="niets om ongedaan te maken"):
        undo.undo(guarded)
    with pytest.raises(UserError, match="niets om opnieuw te doen"):
        undo.redo(guarded)
    set_note(guarded, ids["h:Kerkweg 1"], "hond")
    assert set_note(guarded, ids["h:Kerkweg 1"], "hond") is None  # no change, no step
    undo.undo(guarded)
    set_note(guarded, ids["h:Kerkweg 1"], "kat")
    with pytest.raises(UserError, match="niets om opnieuw te doen"):
        undo.redo(guarded)
    undo.undo(guarded)
    assert household_row(guarded, None, ids["h:Kerkweg 1"]).note == ""  # type: ignore[union-attr]


def test_a_note_that_is_too_long_changes_nothing(guarded: Database, ids: dict[str, int]) -> None:
    before = _dump(guarded)
    with pytest.raises(UserError, match="hoogstens"):
        set_note(guarded, ids["h:Kerkweg 1"], "x" * 20_000)
    with pytest.raises(UserError, match="bestaat niet"):
        set_note(guarded, 999_999, "hond")
    assert _dump(guarded) == before
