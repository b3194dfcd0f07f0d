"""Correcting a visit's note (issue 10): the old text is gone from the file's bytes, on this
laptop and on another after an exchange, and an older exchange file or backup never brings it
back; the latest correction wins everywhere."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.errors import UserError
from buurtdesk.ops import backups, privacy, undo
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.db import open_db
from buurtdesk.store.exchange import apply, collect, for_connector, join
from buurtdesk.store.street_list import household_row

from ..gui.street_fixtures import make_neighbourhood
from ..store.test_exchange_merge import wire
from .test_privacy import _bytes

OLD = "BUURMAN-DRINKT-TE-VEEL-9152"  # planted: must be in no byte after the correction
NEW = "wil terugbellen over de warmtescan"


def _visit(db: Database, door: int, note: str = OLD, outcome: Outcome = Outcome.SPOKE) -> str:
    record_visit(db, household_id=door, outcome=outcome, visit_date=date(2026, 9, 8),
                 visitor="Anna de Vries", note=note)  # fmt: skip
    return privacy.visit_uuid(db, door, None)


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def test_a_corrected_note_is_gone_from_the_bytes_and_not_undoable(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    door = ids["h:Kerkweg 3"]
    visit = _visit(db, door)
    assert OLD.encode() in _bytes(path)
    done = privacy.correct_note(db, visit, f"  {NEW}\n")
    assert done.note == NEW
    visits = privacy.household_data(db, door)["visits"]
    assert [v["note"] for v in visits] == [NEW] and visits[0]["number"] == 1
    with pytest.raises(UserError):
        undo.undo(db)  # the history could hold the old text: it went
    db.close()
    assert OLD.encode() not in _bytes(path)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("x" * 20_000, "hoogstens 2000"),
        ("goed\x1b[31mrood", "stuurtekens"),
        ("a\x00b", "stuurtekens"),
    ],
)
def test_a_bad_correction_changes_nothing(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    visit = _visit(db, ids["h:Kerkweg 3"])
    before = _dump(db)
    with pytest.raises(UserError, match=said):
        privacy.correct_note(db, visit, text)
    with pytest.raises(UserError, match="bestaat niet"):
        privacy.correct_note(db, "geen-bezoek", NEW)
    with pytest.raises(UserError, match="bezoek 2 bestaat niet"):
        privacy.visit_uuid(db, ids["h:Kerkweg 3"], 2)
    with pytest.raises(UserError, match="geen bezoeken"):
        privacy.visit_uuid(db, ids["h:Kerkweg 1"], None)
    assert _dump(db) == before
    db.close()


def test_the_reason_a_note_gave_a_do_not_visit_door_follows(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    door = ids["h:Kerkweg 3"]
    visit = _visit(db, door, outcome=Outcome.DO_NOT_VISIT)
    row = household_row(db, None, door)
    assert row is not None and row.do_not_visit_reason == OLD
    privacy.correct_note(db, visit, "")
    row = household_row(db, None, door)
    assert row is not None and (row.do_not_visit, row.do_not_visit_reason) == (
        True,
        "wil geen bezoek",
    )
    db.close()
    assert OLD.encode() not in _bytes(path)


def test_the_file_lets_a_note_change_only_into_its_latest_correction(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_db(path)
    visit = _visit(db, ids["h:Kerkweg 3"])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visits SET note = 'anders' WHERE uuid = ?", [visit])
    privacy.correct_note(db, visit, NEW)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visits SET note = ? WHERE uuid = ?", [OLD, visit])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE visits SET outcome = 'no' WHERE uuid = ?", [visit])
    db.close()


def test_the_correction_travels_and_an_older_file_never_brings_the_text_back(
    tmp_path: Path,
) -> None:
    a_path, b_path = tmp_path / "a.buurtdesk", tmp_path / "b.buurtdesk"
    ids = make_neighbourhood(a_path)
    a = open_db(a_path)  # the store's merge is called directly here: no guard
    door = ids["h:Kerkweg 5"]
    visit = _visit(a, door, outcome=Outcome.DO_NOT_VISIT)
    b = open_db(b_path)
    join(b, wire(collect(a)))  # b has the old text
    old_file_of_b = wire(collect(b))
    privacy.correct_note(a, visit, "eerste verbetering")
    privacy.correct_note(a, visit, NEW)
    apply(a, old_file_of_b)  # written before the correction: the visit comes with its old text
    assert [v["note"] for v in privacy.household_data(a, door)["visits"]] == [NEW]
    apply(b, wire(collect(a)))  # the correction reaches b
    b_door = b.execute("SELECT household_id FROM visits WHERE uuid = ?", [visit]).fetchone()[0]
    assert [v["note"] for v in privacy.household_data(b, b_door)["visits"]] == [NEW]
    assert privacy.household_data(b, b_door)["do_not_visit_reason"] == NEW
    # only the latest correction is kept, on both laptops
    for db in (a, b):
        assert [tuple(r) for r in db.execute("SELECT note FROM note_corrections")] == [(NEW,)]
    # b corrects later than a: b's text wins on both, whatever the order of the files
    privacy.correct_note(b, visit, "tweede tekst van b")
    apply(a, wire(collect(b)))
    apply(b, wire(collect(a)))
    for db in (a, b):
        note = db.execute("SELECT note FROM visits WHERE uuid = ?", [visit]).fetchone()[0]
        assert note == "tweede tekst van b"
    for db, path in ((a, a_path), (b, b_path)):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        raw = _bytes(path)
        assert OLD.encode() not in raw and b"eerste verbetering" not in raw


def test_a_connector_package_carries_only_corrections_of_their_streets(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_db(path)
    privacy.correct_note(db, _visit(db, ids["h:Kerkweg 5"]), "op de Kerkweg")
    privacy.correct_note(db, _visit(db, ids["h:Dorpsstraat 2"]), "in de Dorpsstraat")
    payload = collect(db)
    assert len(payload["tables"]["note_corrections"]["rows"]) == 2
    anna = db.execute("SELECT uuid FROM members WHERE name = 'Anna de Vries'").fetchone()[0]
    narrowed = for_connector(payload, anna)  # Anna has the Kerkweg only
    notes = [r[3][2] for r in narrowed["tables"]["note_corrections"]["rows"]]
    assert notes == ["op de Kerkweg"]
    db.close()


def test_restoring_an_older_backup_keeps_the_correction(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    door = ids["h:Kerkweg 9"]
    visit = _visit(db, door)
    old = backups.daily_backup(db, date(2026, 9, 8))
    assert old is not None and OLD.encode() in old.read_bytes()
    privacy.correct_note(db, visit, NEW)
    backups.restore(db, old)
    assert [v["note"] for v in privacy.household_data(db, door)["visits"]] == [NEW]
    db.close()
    assert OLD.encode() not in _bytes(path)


def test_erasing_a_household_takes_its_corrections_along(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    door = ids["h:Kerkweg 3"]
    privacy.correct_note(db, _visit(db, door), NEW)
    privacy.erase(db, door)
    assert db.execute("SELECT count(*) FROM note_corrections").fetchone()[0] == 0
    db.close()
    assert NEW.encode() not in _bytes(path)
