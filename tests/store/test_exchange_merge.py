"""Merging what laptops know (store.exchange): the same neighbourhood on every laptop after a full
exchange, in any order, any number of times, no visit lost or doubled, deletions that stay
deleted, and real conflicts shown. Real SQLite files, one per laptop."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.exchange import apply, collect, join
from buurtdesk.store.households import set_note
from buurtdesk.store.projects import create_project
from buurtdesk.store.sync_spec import TABLES
from buurtdesk.store.team import add_member, remove_member
from buurtdesk.store.visits import record_visit, restore_visit, retract_visit


def wire(payload: dict[str, Any]) -> dict[str, Any]:
    """What a file carries: through JSON, as it will be written."""
    return json.loads(json.dumps(payload))


def dump(db: Database) -> dict[str, Any]:
    """The neighbourhood as a person sees it, without local ids or stamps."""
    out: dict[str, Any] = {}
    data = collect(db)
    for spec in TABLES:
        rows = data["tables"][spec.table]["rows"]
        out[spec.table] = sorted((r[0], json.dumps(r[3])) for r in rows)
    out["status"] = sorted(
        tuple(r)
        for r in db.execute(
            "SELECT h.uuid, p.uuid, s.outcome FROM household_status s "
            "JOIN households h ON h.id = s.household_id JOIN projects p ON p.id = s.project_id"
        )
    )
    out["retracted"] = sorted(
        str(r[0]) for r in db.execute("SELECT uuid FROM visits WHERE retracted_at IS NOT NULL")
    )
    out["walk"] = sorted(tuple(r) for r in db.execute("SELECT uuid, walk_key FROM households"))
    return out


def exchange(a: Database, b: Database) -> None:
    """Both ways, through files' contents."""
    apply(b, wire(collect(a)))
    apply(a, wire(collect(b)))


def _coordinator(path: Path) -> tuple[Database, int]:
    db = open_db(path)
    upsert_households(db, [AddressRecord("Dorpsstraat", HouseNumber(n), "1234AB", "Ons Dorp")
                           for n in range(1, 21)], source="test")  # fmt: skip
    project = create_project(db, theme="energy", title="Energie", start=date(2026, 9, 1))
    add_member(db, "Anouk", [Role.CONNECTOR])
    add_member(db, "Mehmet", [Role.CONNECTOR, Role.EXPERT])
    return db, project.id


def _same(a: Database, b: Database, household_id: int) -> int:
    """b's id of a's household ``household_id``."""
    (uuid,) = a.execute("SELECT uuid FROM households WHERE id = ?", [household_id]).fetchone()
    return int(b.execute("SELECT id FROM households WHERE uuid = ?", [uuid]).fetchone()[0])


def _ids(db: Database, table: str) -> dict[str, int]:
    return {u: i for i, u in db.execute(f"SELECT id, uuid FROM {table}").fetchall()}


def test_a_start_package_makes_the_same_neighbourhood(tmp_path: Path) -> None:
    a, _ = _coordinator(tmp_path / "a.buurtdesk")
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    assert dump(a) == dump(b)
    assert (
        b.execute("SELECT uuid FROM neighbourhood").fetchone()
        == a.execute("SELECT uuid FROM neighbourhood").fetchone()
    )


def test_visits_on_two_laptops_all_arrive_once_and_reading_twice_changes_nothing(
    tmp_path: Path,
) -> None:
    a, project = _coordinator(tmp_path / "a.buurtdesk")
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    pb = _ids(b, "projects")[a.execute("SELECT uuid FROM projects").fetchone()[0]]
    for n in range(1, 6):
        record_visit(a, project_id=project, household_id=n, outcome=Outcome.SPOKE,
                     visit_date=date(2026, 9, 2), visitor="Anouk")  # fmt: skip
        record_visit(b, project_id=pb, household_id=n + 5, outcome=Outcome.INTERESTED,
                     visit_date=date(2026, 9, 3), visitor="Mehmet")  # fmt: skip
    file_a = wire(collect(a))
    exchange(a, b)
    assert dump(a) == dump(b)
    assert a.execute("SELECT count(*) FROM visits").fetchone()[0] == 10
    again = apply(b, file_a)
    assert not again.changed and not again.conflicts
    assert b.execute("SELECT count(*) FROM visits").fetchone()[0] == 10
    own = apply(a, wire(collect(a)))  # a file of this laptop itself
    assert not own.changed


def test_the_later_visit_gives_the_status_on_both(tmp_path: Path) -> None:
    a, project = _coordinator(tmp_path / "a.buurtdesk")
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    pb = _ids(b, "projects")[a.execute("SELECT uuid FROM projects").fetchone()[0]]
    record_visit(a, project_id=project, household_id=1, outcome=Outcome.NOT_HOME,
                 visit_date=date(2026, 9, 2))  # fmt: skip
    apply(b, wire(collect(a)))  # b has seen a's visit; its own visit is later
    record_visit(b, project_id=pb, household_id=1, outcome=Outcome.TAKES_PART,
                 visit_date=date(2026, 9, 2))  # fmt: skip
    exchange(a, b)
    assert dump(a) == dump(b)
    status = a.execute("SELECT outcome FROM household_status WHERE household_id = 1")
    assert status.fetchone()[0] == "takes_part"


def test_undo_and_redo_travel_in_their_order(tmp_path: Path) -> None:
    a, project = _coordinator(tmp_path / "a.buurtdesk")
    vid = record_visit(a, project_id=project, household_id=3, outcome=Outcome.SPOKE,
                       visit_date=date(2026, 9, 2))  # fmt: skip
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    retract_visit(a, vid)
    exchange(a, b)
    assert dump(a) == dump(b)
    assert b.execute("SELECT count(*) FROM household_status").fetchone()[0] == 0
    vb = _ids(b, "visits")[a.execute("SELECT uuid FROM visits").fetchone()[0]]
    restore_visit(b, vb)  # redo on the other laptop, later
    old_a = wire(collect(a))
    exchange(a, b)
    apply(b, old_a)  # an old file with only the undo does not undo the redo
    assert dump(a) == dump(b)
    assert a.execute("SELECT retracted_at FROM visits").fetchone()[0] is None


def test_a_deletion_is_not_undone_by_an_older_file(tmp_path: Path) -> None:
    a, _ = _coordinator(tmp_path / "a.buurtdesk")
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    old_b = wire(collect(b))
    anouk = a.execute("SELECT id FROM members WHERE name = 'Anouk'").fetchone()[0]
    remove_member(a, anouk)
    apply(a, old_b)  # the file written before the removal
    assert a.execute("SELECT count(*) FROM members").fetchone()[0] == 1
    exchange(a, b)
    assert [tuple(r) for r in b.execute("SELECT name FROM members")] == [("Mehmet",)]
    assert dump(a) == dump(b)


def test_two_changes_of_one_note_are_a_conflict_with_both_values(tmp_path: Path) -> None:
    a, _ = _coordinator(tmp_path / "a.buurtdesk")
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    # the same household on both (local ids differ: b numbered them in the package's order)
    set_note(a, 4, "hond in de tuin")
    # b's edit is the later one. (In the same millisecond the laptop ids decide, and when the
    # winner's file arrives first the winner itself never lists the conflict: a known gap, see
    # the closing note of this session; conflicts do not travel yet.)
    time.sleep(0.003)
    set_note(b, _same(a, b, 4), "bel aan bij de achterdeur")
    exchange(a, b)
    assert dump(a) == dump(b)
    for db in (a, b):
        rows = db.execute("SELECT field, kept_value, other_value FROM conflicts").fetchall()
        assert len(rows) == 1 and rows[0][0] == "note"
        values = {json.loads(rows[0][1]), json.loads(rows[0][2])}
        assert values == {"hond in de tuin", "bel aan bij de achterdeur"}
    # a later edit that saw the other value is no conflict
    set_note(a, 4, "hond in de tuin; achterdeur")
    exchange(a, b)
    assert b.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 1


def test_two_laptops_that_import_the_same_addresses_agree(tmp_path: Path) -> None:
    a, _ = _coordinator(tmp_path / "a.buurtdesk")
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    more = [AddressRecord("Kerkpad", HouseNumber(n, "A" if n == 2 else ""), "1234AC", "Ons Dorp")
            for n in range(1, 8)]  # fmt: skip
    upsert_households(a, more, source="a")
    upsert_households(b, more, source="b")
    exchange(a, b)
    assert a.execute("SELECT count(*) FROM households").fetchone()[0] == 27
    assert dump(a) == dump(b)


def test_the_later_change_wins_on_every_laptop(tmp_path: Path) -> None:
    a, _ = _coordinator(tmp_path / "a.buurtdesk")
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    set_note(a, 2, "eerst")
    exchange(a, b)
    set_note(b, _same(a, b, 2), "daarna")  # b saw "eerst": a later edit, no conflict
    exchange(a, b)
    for db in (a, b):
        assert db.execute("SELECT note FROM households WHERE id = 2").fetchone()[0] == "daarna"
        assert db.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0
    apply(a, wire(collect(a)))  # and stays so
    assert a.execute("SELECT note FROM households WHERE id = 2").fetchone()[0] == "daarna"
