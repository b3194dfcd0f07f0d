"""Erasing a household's data on request (AVG art. 17): gone from the file's bytes, from the
figures, from the other laptops after an exchange, and never brought back by an older file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.errors import UserError
from buurtdesk.ops import privacy, undo
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.doors import set_note
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.db import open_db
from buurtdesk.store.exchange import apply, collect, join
from buurtdesk.store.street_list import household_row

from ..gui.street_fixtures import make_neighbourhood
from ..store.test_exchange_merge import wire

SECRET = "ZWARTE-KAT-4711"  # planted: must be in no byte of the file after erasure
NOTE = "SLEUTEL-ONDER-DE-MAT-0815"


def _bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(str(path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _planted(db: Database, household: int) -> None:
    record_visit(
        db,
        household_id=household,
        outcome=Outcome.INTERESTED,
        visit_date=date(2026, 9, 8),
        visitor="Anna de Vries",
        note=SECRET,
    )
    set_note(db, household, NOTE)


def _figures(db: Database) -> tuple[int, int]:
    visits = db.execute("SELECT coalesce(sum(visits), 0) FROM progress_days").fetchone()[0]
    statuses = db.execute("SELECT count(*) FROM household_status").fetchone()[0]
    return int(visits), int(statuses)


def test_an_erased_household_is_gone_from_the_bytes_and_the_figures(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    door = ids["h:Kerkweg 3"]
    before = _figures(db)
    _planted(db, door)
    assert SECRET.encode() in _bytes(path) and NOTE.encode() in _bytes(path)
    assert _figures(db) == (before[0] + 1, before[1] + 1)
    gone = privacy.erase(db, door)
    assert (gone.visits, gone.had_note) == (1, True)
    assert _figures(db) == before  # the project's figures lose its visits
    row = household_row(db, None, door)
    assert row is not None and (row.do_not_visit, row.do_not_visit_reason) == (True, "op verzoek")
    data = privacy.household_data(db, door)
    assert data["visits"] == [] and data["note"] == "" and data["erased_on"]
    with pytest.raises(UserError):
        undo.undo(db)  # the history could hold the note: it went too
    db.close()
    raw = _bytes(path)
    assert SECRET.encode() not in raw and NOTE.encode() not in raw


def test_erasing_twice_is_harmless_and_an_unknown_household_changes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    privacy.erase(db, ids["h:Kerkweg 3"], may_visit_again=True)
    again = privacy.erase(db, ids["h:Kerkweg 3"], may_visit_again=True)
    assert again.visits == 0
    row = household_row(db, None, ids["h:Kerkweg 3"])
    assert row is not None and not row.do_not_visit
    dump = "\n".join(db.conn.iterdump())
    with pytest.raises(UserError, match="bestaat niet"):
        privacy.erase(db, 999_999)
    assert "\n".join(db.conn.iterdump()) == dump
    db.close()


def test_the_erasure_travels_and_an_older_file_never_brings_the_data_back(
    tmp_path: Path,
) -> None:
    a_path, b_path = tmp_path / "a.buurtdesk", tmp_path / "b.buurtdesk"
    ids = make_neighbourhood(a_path)
    a = open_db(a_path)  # the store's merge is called directly here: no guard
    door = ids["h:Kerkweg 5"]
    _planted(a, door)
    b = open_db(b_path)
    join(b, wire(collect(a)))  # b has the visit and the note
    b_uuid = a.execute("SELECT uuid FROM households WHERE id = ?", [door]).fetchone()[0]
    b_door = b.execute("SELECT id FROM households WHERE uuid = ?", [b_uuid]).fetchone()[0]
    # b records another visit there before it hears of the erasure
    record_visit(b, household_id=b_door, outcome=Outcome.NOT_HOME, visit_date=date(2026, 9, 9),
                 visitor="Bram Jansen", note=SECRET + "-B")  # fmt: skip
    old_file_of_b = wire(collect(b))
    privacy.erase(a, door)
    apply(a, old_file_of_b)  # a file of b written before the erasure
    assert privacy.household_data(a, door)["visits"] == []
    apply(b, wire(collect(a)))  # the erasure reaches b
    assert privacy.household_data(b, b_door)["visits"] == []
    assert privacy.household_data(b, b_door)["note"] == ""
    for db, path in ((a, a_path), (b, b_path)):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        assert SECRET.encode() not in _bytes(path) and NOTE.encode() not in _bytes(path)


def test_the_file_itself_refuses_a_contact_without_consent(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_db(path)  # whoever writes, even past the operations
    with pytest.raises(sqlite3.IntegrityError, match="consent"):
        db.execute(
            "UPDATE households SET contact_phone = '0612345678' WHERE id = ?", [ids["h:Kerkweg 1"]]
        )
    with pytest.raises(sqlite3.IntegrityError, match="consent"):
        db.execute(
            "UPDATE households SET contact_email = 'a@b.nl', contact_consent_at = '2026-09-01' "
            "WHERE id = ?",
            [ids["h:Kerkweg 1"]],
        )  # a date but no purpose
    db.close()
