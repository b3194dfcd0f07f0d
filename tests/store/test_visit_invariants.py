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
from buurtdesk.store.db import StoreError
from buurtdesk.store.households import list_households, upsert_households
from buurtdesk.store.plan import add_task, delete_task, restore_task
from buurtdesk.store.projects import create_project
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
