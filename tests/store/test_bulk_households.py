"""A big import inserts its households with the per-row trigger work done set-based at the end
(store/bulk_households.py); the file must end up exactly as the triggers would have left it:
the same households, the progress counters equal to a recount, the same exchange log entries
(fresh, unique stamps), old tombstones and log entries of re-imported uuids gone, the schema's
triggers and indexes back. And a failure halfway leaves the file as it was."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from buurtdesk.domain.address import fold_name
from buurtdesk.domain.hlc import Stamp
from buurtdesk.domain.identity import household_uuid, household_uuids_of
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.ops import importing
from buurtdesk.ops.base import open_neighbourhood, operation
from buurtdesk.store import bulk_households
from buurtdesk.store.bulk_households import insert_households
from buurtdesk.store.counters import mismatches
from buurtdesk.store.progress import set_initiator
from buurtdesk.store.projects import create_project
from buurtdesk.store.sync import not_recording
from buurtdesk.store.visits import record_visit

HEADER = "straat;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats;x;y\n"


def _rows(streets: list[str], doors: int) -> str:
    return "".join(
        f"{street};{n};{'A' if n % 7 == 0 else ''};{'2' if n % 11 == 0 else ''};1234AB;"
        f"Buurtdorp;{150000 + n * 4.5:.1f};{460000 + (n % 2) * 18}\n"
        for street in streets
        for n in range(1, doors + 1)
    )


def _schema(db: Database) -> list[tuple[str, str, str, str]]:
    """The file's schema and this connection's temp schema (the guard and log triggers)."""
    rows = db.execute(
        "SELECT 'main', type, name, sql FROM main.sqlite_master UNION ALL "
        "SELECT 'temp', type, name, sql FROM temp.sqlite_master ORDER BY 1, 2, 3"
    )
    return [tuple(r) for r in rows]


def _prepare(path: Path, tmp_path: Path, existing: int) -> Database:
    """A file with households (some visited, one an initiator) and a deleted household (its
    tombstone), an address the big import brings back."""
    db = open_neighbourhood(path, create=True)
    first = tmp_path / "eerst.csv"
    first.write_text(HEADER + _rows(["Kade", "Dijk"], existing // 2), encoding="utf-8")
    importing.import_addresses(db, first)
    with operation(db, "test"):
        project = create_project(db, theme="empty", title="Energie", start=date(2026, 9, 1))
        ids = [r[0] for r in db.execute("SELECT id FROM households ORDER BY id LIMIT 5")]
        for i, hid in enumerate(ids[:4]):
            record_visit(
                db,
                project_id=project.id,
                household_id=hid,
                outcome=list(Outcome)[i],
                visit_date=date(2026, 9, 2 + i),
            )
        set_initiator(db, project.id, ids[4], True)
        gone = db.execute("SELECT id, uuid FROM households ORDER BY id DESC LIMIT 1").fetchone()
        db.execute("DELETE FROM households WHERE id = ?", [gone[0]])
    return db


def _import_big(db: Database, tmp_path: Path) -> None:
    big = tmp_path / "stad.csv"
    big.write_text(HEADER + _rows(["Kade", "Dijk", "Molenweg", "Zandhoek"], 60), encoding="utf-8")
    importing.import_addresses(db, big)


def _state(db: Database) -> dict[str, object]:
    households = db.execute(
        "SELECT id, uuid, street_id, number, letter, addition, postcode, place, rd_x, rd_y, "
        "walk_key, do_not_visit FROM households ORDER BY id"
    ).fetchall()
    log = db.execute(
        "SELECT tbl, row, field, prev FROM sync_state ORDER BY tbl, row, field"
    ).fetchall()
    tombstones = db.execute("SELECT tbl, row FROM tombstones ORDER BY 1, 2").fetchall()
    return {
        "households": [tuple(r) for r in households],
        "log": [tuple(r) for r in log],
        "tombstones": [tuple(r) for r in tombstones],
    }


@pytest.mark.parametrize("existing", [20, 400])
def test_a_bulk_insert_leaves_the_file_as_the_triggers_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: int
) -> None:
    """``existing`` 20: into a small table (the plain indexes are built again afterwards);
    400: into a table larger than the batch (they stay)."""
    base = _prepare(tmp_path / "base.buurtdesk", tmp_path, existing)
    tombstone = base.execute("SELECT row FROM tombstones WHERE tbl = 'households'").fetchone()
    assert tombstone is not None
    with operation(base, "test"):  # a stale log entry of the address that comes back
        base.execute(
            "INSERT INTO sync_state (tbl, row, field, stamp, prev) "
            "VALUES ('households', ?, 'postcode', '0000000000001-0000-x', '')",
            [tombstone[0]],
        )
    base.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    base.close()
    states = []
    for bulk, name in ((10**9, "per-row"), (10, "bulk")):
        monkeypatch.setattr(bulk_households, "BULK_ROWS", bulk)
        shutil.copyfile(tmp_path / "base.buurtdesk", tmp_path / f"{name}.buurtdesk")
        db = open_neighbourhood(tmp_path / f"{name}.buurtdesk")
        schema = _schema(db)
        last_before = Stamp.parse(
            db.execute("SELECT last_stamp FROM laptops WHERE is_self = 1").fetchone()[0]
        )
        before = db.execute("SELECT count(*) FROM households").fetchone()[0]
        _import_big(db, tmp_path)
        added = db.execute("SELECT count(*) FROM households").fetchone()[0] - before
        assert added >= 120, name
        assert _schema(db) == schema, name
        assert mismatches(db) == {}, name
        stamps = [
            Stamp.parse(r[0])
            for r in db.execute("SELECT stamp FROM sync_state WHERE tbl = 'households'")
        ]
        new = [s for s in stamps if s > last_before]
        assert len(set(new)) == len(new) == added, name
        last = db.execute("SELECT last_stamp FROM laptops WHERE is_self = 1").fetchone()[0]
        assert Stamp.parse(last) == max(stamps), name
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with pytest.raises(sqlite3.IntegrityError, match="outside an operation"):
            db.execute(  # the guard against writes outside an operation is back
                "INSERT INTO households (uuid, street_id, number, walk_key, created_at, "
                "updated_at) SELECT 'u', street_id, 9999, 'k', 'x', 'x' FROM households LIMIT 1"
            )
        states.append(_state(db))
        db.close()
    per_row, bulk_state = states
    assert bulk_state == per_row


def test_a_bulk_insert_while_the_log_is_paused_logs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_households, "BULK_ROWS", 10)
    db = open_neighbourhood(tmp_path / "b.buurtdesk", create=True)
    with operation(db, "test"), not_recording(db):
        db.execute(
            "INSERT INTO streets (uuid, name, place, created_at) VALUES (?, 'Kade', '', 'x')",
            [str(uuid.uuid4())],
        )
        rows = [
            [str(uuid.uuid4()), 1, n, "", "", "", "", None, None, f"{n:05d}", "t", "x", "x"]
            for n in range(1, 31)
        ]
        insert_households(db, rows)
        assert db.execute("SELECT count(*) FROM temp.sync_paused").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sync_state").fetchone()[0] == 0
    assert mismatches(db) == {}


def test_a_bulk_insert_that_fails_halfway_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_households, "BULK_ROWS", 10)
    db = _prepare(tmp_path / "f.buurtdesk", tmp_path, 20)
    before = "\n".join(db.conn.iterdump())
    schema = _schema(db)
    street = db.execute("SELECT id FROM streets LIMIT 1").fetchone()[0]
    rows = [
        [str(uuid.uuid4()), street, n, "", "", "", "", None, None, "k", "t", "x", "x"]
        for n in range(500, 530)
    ]
    rows[-1][2] = 0  # no house number 0: the CHECK refuses the last row
    with pytest.raises(sqlite3.IntegrityError), operation(db, "test"):
        insert_households(db, rows)
    assert "\n".join(db.conn.iterdump()) == before
    assert _schema(db) == schema
    assert db.execute("SELECT count(*) FROM temp.sync_paused").fetchone()[0] == 0


@given(
    street=st.uuids().map(str),
    number=st.integers(1, 99999),
    letter=st.sampled_from(["", "a", "B", "z"]),
    addition=st.text("0123456789abcHhsé -", max_size=4),
)
def test_the_fast_household_uuid_is_uuid5_of_the_address(
    street: str, number: int, letter: str, addition: str
) -> None:
    key = f"adres\x1f{number}\x1f{letter.upper()}\x1f{fold_name(addition)}"
    expected = str(uuid.uuid5(uuid.UUID(street), key))
    derive = household_uuids_of(street)
    assert derive(number, letter, addition) == expected
    assert household_uuid(street, number, letter, addition) == expected
    # the street's function keeps each key's tail: a second address gets its own, and the
    # same door in capitals agrees (the tail is kept per spelling, folded once)
    other = f"adres\x1f{number + 1}\x1f\x1f{fold_name(addition)}"
    assert derive(number + 1, "", addition) == str(uuid.uuid5(uuid.UUID(street), other))
    assert derive(number, letter.upper(), addition.upper()) == expected


def test_a_reimport_reads_a_damaged_text_the_forgiving_way(tmp_path: Path) -> None:
    """The re-import reads the known households with SQLite's own UTF-8 decoder (fast); bytes
    that are not UTF-8 in the file (a damaged page, another program) are read again the
    forgiving way instead of failing the import."""
    db = open_neighbourhood(tmp_path / "d.buurtdesk", create=True)
    addresses = tmp_path / "a.csv"
    addresses.write_text(HEADER + _rows(["Kade"], 5), encoding="utf-8")
    importing.import_addresses(db, addresses)
    with operation(db, "test"):
        db.execute("UPDATE households SET place = CAST(x'ff41' AS TEXT) WHERE number = 3")
    report = importing.import_addresses(db, addresses)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 4)
    assert db.execute("SELECT place FROM households WHERE number = 3").fetchone()[0] == "Buurtdorp"
    db.close()
