"""What a new user ran into: typos in paths, damaged files, backups over other files, streets
written in two ways, notes with line breaks, help in Dutch."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from buurtdesk.store.db import open_db


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_read_commands_do_not_create_a_missing_file(cli, tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "buurt.buurtdesk"
    for args in (["check"], ["households"], ["visits"], ["backup"]):
        result = cli(*args, db=missing)
        assert result.returncode == 1, args
        assert "bestaat niet" in result.stderr and "Traceback" not in result.stderr
    assert not missing.exists() and not missing.parent.exists()


def test_dry_run_import_on_a_new_path_creates_nothing(cli, tmp_path: Path) -> None:
    csv = tmp_path / "adressen.csv"
    csv.write_text("straat;huisnummer;postcode;woonplaats\nDorpsstraat;1;1234AB;Ons Dorp\n")
    target = tmp_path / "nieuw.buurtdesk"
    result = cli("import", str(csv), "--dry-run", "--json", db=target)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 1
    assert not target.exists()


def test_a_folder_as_database_is_named(cli, tmp_path: Path) -> None:
    result = cli("households", db=tmp_path)
    assert result.returncode == 1 and "dit is een map" in result.stderr


def test_backup_never_overwrites(cli, db_path: Path, tmp_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-4", db=db_path)
    other = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (name)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    refused = cli("backup", "--to", str(other), db=db_path)
    assert refused.returncode == 1 and "bestaat al" in refused.stderr
    assert other.read_bytes() == before
    itself = cli("backup", "--to", str(db_path), "--overwrite", db=db_path)
    assert itself.returncode == 1 and "buurtbestand zelf" in itself.stderr
    empty = cli("backup", "--to", "", db=db_path)
    assert empty.returncode == 1 and "Traceback" not in empty.stderr
    folder = tmp_path / "kopieen"
    folder.mkdir()
    into = cli("backup", "--to", str(folder), "--json", db=db_path)
    assert into.returncode == 0, into.stderr
    written = Path(json.loads(into.stdout)["backup"])
    assert written.parent == folder and open_db(written, create=False)
    replaced = cli("backup", "--to", str(written), "--overwrite", db=db_path)
    assert replaced.returncode == 0, replaced.stderr


def test_damaged_file_is_not_backed_up(cli, db_path: Path, tmp_path: Path) -> None:
    cli("demo", "--households", "300", db=db_path)
    db = open_db(db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 6 : page * 7] = b"\xff" * page  # smash one page in the middle
    db_path.write_bytes(bytes(data))
    backups = tmp_path / "backups"
    backups.mkdir()
    result = cli("backup", "--to", str(backups), db=db_path)
    assert result.returncode == 1
    assert "beschadigd" in result.stderr and "Traceback" not in result.stderr
    assert list(backups.iterdir()) == []
    checked = cli("check", "--json", db=db_path)
    assert checked.returncode == 1 and json.loads(checked.stdout)["ok"] is False


def test_streets_match_without_case_and_extend_the_one_place(
    cli, db_path: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "gemeente.csv"
    csv.write_text(
        "Straatnaam;Huisnr;Toev.;Postcode;Plaats\n"
        "Dorpsstraat;1;;1234AB;Ons Dorp\n"
        "DORPSSTRAAT;3;;1234AB;ons dorp\n"
        "\u200bDorpsstraat;5;;1234AB;Ons Dorp\n"
        "Dorpsstraat;12 a;;1234AB;Ons Dorp\n"
        "Dorpsstraat;12;A;1234AB;Ons Dorp\n",
        encoding="utf-8",
    )
    assert cli("import", str(csv), db=db_path).returncode == 0
    added = cli("street", "add", "dorpsstraat", "7-9", "--side", "oneven", db=db_path)
    assert added.returncode == 0, added.stderr
    rows = json.loads(cli("households", "--json", db=db_path).stdout)
    assert {r["street"] for r in rows} == {"Dorpsstraat"}
    assert {r["place"] for r in rows} == {"Ons Dorp"}
    assert [r["house_number"] for r in rows] == ["1", "3", "5", "7", "9", "12A"]


def test_control_characters_in_a_street_name_are_refused(
    cli, db_path: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "vies.csv"
    csv.write_text('straat,huisnummer\n"Dorps\nstraat",1\nKerkweg,2\n', encoding="utf-8")
    result = cli("import", str(csv), db=db_path)
    assert result.returncode == 1 and "vies.csv:2" in result.stderr
    escape = cli("street", "add", "\x1b[31mRood", "1-3", db=db_path)
    assert escape.returncode == 1 and "ongeldig teken" in escape.stderr


def test_visit_names_the_place_where_a_street_occurs_twice(cli, db_path: Path) -> None:
    cli("street", "add", "Kade", "1-3", "--place", "Noord", db=db_path)
    cli("street", "add", "Kade", "1-3", "--place", "Zuid", db=db_path)
    twice = cli("visit", "Kade 1", "spoke", db=db_path)
    assert twice.returncode == 1 and "Kade 1, Noord" in twice.stderr
    done = cli("visit", "Kade 1, zuid", "spoke", "--date", "20-11-2026", "--json", db=db_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["date"] == "2026-11-20"
    rows = json.loads(cli("households", "--json", "--street", "Kade", db=db_path).stdout)
    visited = [r for r in rows if r["status"] == "spoke"]
    assert [(r["address"], r["place"]) for r in visited] == [("Kade 1", "Zuid")]


def test_do_not_visit_warns_and_stays_and_notes_keep_one_line(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-3", db=db_path)
    cli("visit", "Zandhoek 1", "do_not_visit", "--note", "nee-nee sticker", db=db_path)
    warned = cli("visit", "Zandhoek 1", "not_home", "--force", db=db_path)
    assert warned.returncode == 0 and "niet aanbellen" in warned.stderr
    cli("visit", "Zandhoek 1", "takes_part", "--force", "--note", "regel 1\nregel 2\x1b[31m",
        db=db_path)  # fmt: skip
    (row,) = [
        r
        for r in json.loads(cli("households", "--json", db=db_path).stdout)
        if r["address"] == "Zandhoek 1"
    ]
    # the mark is the resident's wish: a visit does not silently lift it (undo could not
    # restore it, and a walk list would send a connector to a door that asked not to)
    assert row["status"] == "takes_part" and row["do_not_visit"] is True
    table = cli("visits", db=db_path).stdout.splitlines()
    assert len(table) == 4  # header and three visits: the line break did not split a row
    assert "\x1b" not in cli("visits", db=db_path).stdout
    assert "doet mee" in cli("households", db=db_path).stdout


def test_help_is_dutch(cli) -> None:
    out = cli("--help").stdout
    assert "gebruik:" in out and "opties" in out and "usage" not in out
    missing = cli("visit")
    assert "deze argumenten ontbreken" in missing.stderr


def test_output_into_a_closed_pipe_is_quiet(db_path: Path, cli) -> None:
    cli("demo", "--households", "400", db=db_path)
    pipeline = subprocess.run(
        f'"{sys.executable}" -m buurtdesk --db "{db_path}" households | head -1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert pipeline.stdout.startswith("id")
    assert "Broken pipe" not in pipeline.stderr and "Traceback" not in pipeline.stderr


def test_a_refused_visit_leaves_no_new_project(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-3", db=db_path)
    before = _dump(db_path)
    refused = cli("visit", "Zandhoek 1", "spoke", "--note", "x" * 2001, db=db_path)
    assert refused.returncode == 1 and "hoogstens" in refused.stderr
    assert _dump(db_path) == before


def test_an_address_twice_in_one_file_is_counted_not_hidden(
    cli, db_path: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "dubbel.csv"
    csv.write_text(
        "straat;huisnummer;postcode\nDorpsstraat;12;1234AB\nDorpsstraat;12;1234AC\n"
        "Dorpsstraat;14;1234AB\n",
        encoding="utf-8",
    )
    result = cli("import", str(csv), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "1 dubbel in het bestand" in result.stdout
    report = json.loads(cli("import", str(csv), "--json", "--dry-run", db=db_path).stdout)
    assert report["duplicates"] == 1 and report["unchanged"] == 2
