"""End to end: the real `buurtdesk` command on a real file."""

from __future__ import annotations

import json
from pathlib import Path

from buurtdesk.store.db import open_db
from buurtdesk.store.visits import list_visits


def _dump(db_path: Path) -> bytes:
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text.encode()


def test_street_add_and_list_in_walking_order(cli, db_path: Path) -> None:
    assert (
        cli(
            "street",
            "add",
            "Dorpsstraat",
            "1-6",
            "--postcode",
            "1234ab",
            "--place",
            "Ons Dorp",
            db=db_path,
        ).returncode
        == 0
    )
    out = cli("households", "--json", db=db_path)
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["address"] for r in rows] == [f"Dorpsstraat {n}" for n in (1, 3, 5, 2, 4, 6)]
    assert rows[0]["postcode"] == "1234 AB"
    assert {
        "id",
        "street",
        "number",
        "letter",
        "addition",
        "address",
        "postcode",
        "place",
        "status",
    } <= rows[0].keys()


def test_adding_the_same_street_twice_changes_nothing(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-10", db=db_path)
    before = _dump(db_path)
    again = cli("street", "add", "Zandhoek", "1-10", "--json", db=db_path)
    assert json.loads(again.stdout)["added"] == 0
    assert _dump(db_path) == before


def test_visit_is_committed_and_listed(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-10", db=db_path)
    cli("team", "add", "Anna", "--role", "verbinder", db=db_path)
    done = cli(
        "visit",
        "zandhoek 4",
        "interested",
        "--by",
        "Anna",
        "--date",
        "2026-11-20",
        "--note",
        "wil offerte",
        db=db_path,
    )
    assert done.returncode == 0, done.stderr
    db = open_db(db_path)
    (visit,) = list_visits(db)
    assert (visit.address, visit.outcome.value, visit.visitor, visit.note) == (
        "Zandhoek 4",
        "interested",
        "Anna",
        "wil offerte",
    )
    listed = json.loads(cli("visits", "--json", db=db_path).stdout)
    assert listed[0]["address"] == "Zandhoek 4"
    status = {
        r["address"]: r["status"]
        for r in json.loads(cli("households", "--json", db=db_path).stdout)
    }
    assert status["Zandhoek 4"] == "interested"
    assert status["Zandhoek 5"] == "unvisited"


def test_second_not_home_suggests_door_card(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-4", db=db_path)
    cli("visit", "Zandhoek 1", "1", db=db_path)
    second = cli("visit", "Zandhoek 1", "niet thuis", "--json", db=db_path)
    assert json.loads(second.stdout)["door_card_suggested"] is True


def test_unknown_or_ambiguous_address_is_refused(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-4", db=db_path)
    db = open_db(db_path)
    from buurtdesk.domain.address import AddressRecord, HouseNumber
    from buurtdesk.store.address_upsert import upsert_households

    upsert_households(
        db,
        [
            AddressRecord("Zandhoek", HouseNumber(2, "A")),
            AddressRecord("Zandhoek", HouseNumber(2, "B")),
        ],
    )
    upsert_households(
        db,
        [
            AddressRecord("Kade", HouseNumber(1), place="Noord"),
            AddressRecord("Kade", HouseNumber(1), place="Zuid"),
        ],
    )
    db.close()
    before = _dump(db_path)
    missing = cli("visit", "Zandhoek 99", "spoke", db=db_path)
    assert missing.returncode == 1 and "geen huishouden" in missing.stderr
    near = cli("visit", "Zandhoek 2C", "spoke", db=db_path)
    assert "Zandhoek 2A" in near.stderr and "Zandhoek 2B" in near.stderr
    twice = cli("visit", "Kade 1", "spoke", db=db_path)
    assert twice.returncode == 1 and "Noord" in twice.stderr and "Zuid" in twice.stderr
    bad = cli("visit", "Zandhoek 1", "maybe", db=db_path)
    assert bad.returncode == 1 and "onbekende uitkomst" in bad.stderr
    future = cli("visit", "Zandhoek 1", "spoke", "--date", "2999-01-01", db=db_path)
    assert future.returncode == 1
    notadate = cli("visit", "Zandhoek 1", "spoke", "--date", "gisteren", db=db_path)
    assert notadate.returncode == 1 and "geen datum" in notadate.stderr
    for result in (missing, near, twice, bad, future, notadate):
        assert "Traceback" not in result.stderr
    assert _dump(db_path) == before


def test_bad_street_ranges_leave_database_unchanged(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-4", db=db_path)
    before = _dump(db_path)
    for rng in ("59-1", "1-1000000", "abc", "0-5"):
        result = cli("street", "add", "Dorpsstraat", rng, db=db_path)
        assert result.returncode == 1, rng
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    bad_pc = cli("street", "add", "Dorpsstraat", "1-5", "--postcode", "1234SS", db=db_path)
    assert bad_pc.returncode == 1 and "1234SS" in bad_pc.stderr
    assert _dump(db_path) == before


def test_check_and_backup(cli, db_path: Path, tmp_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-4", db=db_path)
    checked = cli("check", "--json", db=db_path)
    assert json.loads(checked.stdout)["ok"] is True
    target = tmp_path / "kopie.buurtdesk"
    assert cli("backup", "--to", str(target), db=db_path).returncode == 0
    assert len(json.loads(cli("households", "--json", db=target).stdout)) == 4


def test_damaged_file_gives_message_not_traceback(cli, tmp_path: Path) -> None:
    bad = tmp_path / "kapot.buurtdesk"
    bad.write_bytes(b"not a database at all" * 100)
    result = cli("households", db=bad)
    assert result.returncode == 1
    assert "kapot.buurtdesk" in result.stderr and "Traceback" not in result.stderr
