"""The promises the store keeps whoever writes: visits are append-only, the status follows undo
and redo, no visit in the future, and an undone deletion survives a member who left."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.households import list_households
from buurtdesk.store.plan import add_task, delete_task, restore_task
from buurtdesk.store.projects import create_project
from buurtdesk.store.store_errors import StoreError
from buurtdesk.store.team import add_member, remove_member
from buurtdesk.store.visits import record_visit, restore_visit, retract_visit


@pytest.fixture
def project_id(db: Database) -> int:
    upsert_households(db, [AddressRecord("Zandhoek", HouseNumber(n)) for n in (1, 2)])
    return create_project(db, theme="energy", title="Test", start=date(2026, 9, 1)).id


def _status(db: Database, project_id: int) -> dict[str, str]:
    return {h["address"]: h["status"] for h in list_households(db, project_id=project_id)}


def test_visits_cannot_be_changed_or_deleted(db: Database, project_id: int) -> None:
    vid = record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.SPOKE,
                       visit_date=date(2026, 9, 2))  # fmt: skip
    for sql in (
        "UPDATE visits SET outcome = 'takes_part' WHERE id = ?",
        "UPDATE visits SET note = 'anders' WHERE id = ?",
        "DELETE FROM visits WHERE id = ?",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(sql, [vid])
    assert [tuple(r) for r in db.execute("SELECT outcome, note FROM visits")] == [("spoke", "")]


def test_status_follows_undo_and_redo(db: Database, project_id: int) -> None:
    record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.NOT_HOME,
                 visit_date=date(2026, 9, 2))  # fmt: skip
    later = record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.TAKES_PART,
                         visit_date=date(2026, 9, 9))  # fmt: skip
    assert _status(db, project_id)["Zandhoek 1"] == "takes_part"
    retract_visit(db, later)
    assert _status(db, project_id)["Zandhoek 1"] == "not_home"
    restore_visit(db, later)
    assert _status(db, project_id)["Zandhoek 1"] == "takes_part"
    # an earlier date recorded afterwards does not become the status
    record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.NOT_INTERESTED,
                 visit_date=date(2026, 9, 5))  # fmt: skip
    assert _status(db, project_id)["Zandhoek 1"] == "takes_part"
    assert db.execute("SELECT count(*) FROM visits").fetchone()[0] == 3


def test_no_visit_in_the_future(db: Database, project_id: int) -> None:
    with pytest.raises(StoreError, match="toekomst"):
        record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.SPOKE,
                     visit_date=date.today() + timedelta(days=1))  # fmt: skip
    assert db.execute("SELECT count(*) FROM visits").fetchone()[0] == 0


def test_undo_of_a_deleted_task_survives_its_member_leaving(db: Database, project_id: int) -> None:
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    task = add_task(db, project_id, week=2, role=Role.CONNECTOR, title="Looplijsten printen",
                    member_id=anna.id)  # fmt: skip
    deleted = delete_task(db, task.id)
    remove_member(db, anna.id)
    restored = restore_task(db, deleted)
    assert (restored.title, restored.member_id) == ("Looplijsten printen", None)


# A different value for every column of a visit (schema 2 guards them all but retracted_at).
_OTHER_VALUE = {
    "id": 999,
    "uuid": "00000000-0000-0000-0000-000000000000",
    "project_id": None,  # filled in below: another project
    "household_id": 2,
    "member_id": None,  # filled in below: another member
    "visitor": "Bert",
    "visit_date": "2026-09-03",
    "outcome": "takes_part",
    "note": "anders",
    "created_at": "2026-09-03T12:00:00",
    "stamp": "0000000000001-0000-0123456789abcdef",  # schema 3: set once, when recorded
}


def test_every_column_of_a_visit_is_append_only(db: Database, project_id: int) -> None:
    """Issue: a visit's visitor and member could be changed afterwards (50 visits re-credited
    without a trace). Every column but retracted_at is now guarded, a new column too."""
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    bert = add_member(db, "Bert", [Role.CONNECTOR])
    other = create_project(db, theme="energy", title="Ander", start=date(2026, 9, 1)).id
    vid = record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.SPOKE,
                       visit_date=date(2026, 9, 2), visitor="anna")  # fmt: skip
    before = tuple(db.execute("SELECT * FROM visits").fetchone())
    values = dict(_OTHER_VALUE, project_id=other, member_id=bert.id)
    columns = [r[1] for r in db.execute("PRAGMA table_info(visits)")]
    assert set(columns) - {"retracted_at"} == set(values), "a new column needs guarding too"
    for column in columns:
        if column == "retracted_at":
            continue
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(f"UPDATE visits SET {column} = ? WHERE id = ?", [values[column], vid])
    # a member of the visit cannot be taken away while that member exists either
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visits SET member_id = NULL WHERE id = ?", [vid])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visits SET visitor = 'anna' WHERE id = ?", [vid])  # not even case
    assert tuple(db.execute("SELECT * FROM visits").fetchone()) == before
    assert anna.name == "Anna"


def test_removing_a_member_keeps_their_visits_and_name(db: Database, project_id: int) -> None:
    """The foreign key's ON DELETE SET NULL still works under the stricter trigger: member_id
    may go to NULL once the member is gone, and the name stays on the visit."""
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.SPOKE,
                 visit_date=date(2026, 9, 2), visitor="Anna")  # fmt: skip
    remove_member(db, anna.id)
    assert [tuple(r) for r in db.execute("SELECT member_id, visitor FROM visits")] == [
        (None, "Anna")
    ]


def test_an_empty_visitor_may_only_get_its_own_members_name(db: Database, project_id: int) -> None:
    """A visit stored by an older version with member_id but no name: removing the member
    writes the member's name in (store.team.remove_member); any other name is refused."""
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    db.execute("DROP TRIGGER visits_append_only")  # an old row as version 1 could leave it
    vid = record_visit(db, project_id=project_id, household_id=1, outcome=Outcome.SPOKE,
                       visit_date=date(2026, 9, 2), visitor="Anna")  # fmt: skip
    db.execute("UPDATE visits SET visitor = '' WHERE id = ?", [vid])
    from buurtdesk.store.migrations import m002_trust

    trigger = m002_trust.SQL[m002_trust.SQL.index("CREATE TRIGGER visits_append_only") :]
    db.execute(trigger)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visits SET visitor = 'Bert' WHERE id = ?", [vid])
    remove_member(db, anna.id)
    assert [tuple(r) for r in db.execute("SELECT member_id, visitor FROM visits")] == [
        (None, "Anna")
    ]
