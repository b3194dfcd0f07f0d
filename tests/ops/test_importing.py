"""ops.importing: a whole address file in one operation, on a guarded file; the dry run runs
the same operation and writes nothing; a bad file, or a cancel, leaves the file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.io.address_import import ImportCancelled, ImportRefused, store_addresses
from buurtdesk.ops import importing
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.store.households import household_count
from buurtdesk.store.sync import OUTSIDE_OPERATION

CSV = (
    "straat;huisnummer;postcode;woonplaats;x;y\n"
    "Molenweg;1;1234AB;Buurtdorp;155000;463000\n"
    "Molenweg;2;1234AB;Buurtdorp;155000;463010\n"
    "Molenweg;3;1234AB;Buurtdorp;155010;463000\n"
)


@pytest.fixture
def gdb(db_path: Path) -> Database:
    database = open_neighbourhood(db_path, create=True)
    yield database
    database.close()


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def _csv(tmp_path: Path, text: str = CSV) -> Path:
    path = tmp_path / "adressen.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_import_is_one_operation_recorded_for_exchange(gdb: Database, tmp_path: Path) -> None:
    report = importing.import_addresses(gdb, _csv(tmp_path))
    assert (report.added, report.streets_added, report.dry_run) == (3, 1, False)
    assert household_count(gdb) == 3
    stamped = gdb.execute(
        "SELECT count(*) FROM sync_state WHERE tbl = 'households' AND field = '*'"
    ).fetchone()[0]
    assert stamped == 3
    again = importing.import_addresses(gdb, _csv(tmp_path))
    assert (again.added, again.unchanged) == (0, 3)


def test_the_store_alone_cannot_write_on_a_guarded_file(gdb: Database, tmp_path: Path) -> None:
    before = _dump(gdb)
    result = importing.read(_csv(tmp_path))
    with pytest.raises(Exception, match=OUTSIDE_OPERATION):
        store_addresses(gdb, result)
    assert _dump(gdb) == before


def test_a_dry_run_writes_nothing(gdb: Database, tmp_path: Path) -> None:
    importing.import_addresses(
        gdb, _csv(tmp_path, CSV.splitlines()[0] + "\nMolenweg;1;;Buurtdorp;;\n")
    )
    before = _dump(gdb)
    report = importing.import_addresses(gdb, _csv(tmp_path), dry_run=True)
    assert report.dry_run and (report.added, report.updated) == (2, 1)
    assert _dump(gdb) == before


def test_a_dry_run_against_an_empty_neighbourhood_in_memory(tmp_path: Path) -> None:
    memory = open_neighbourhood(":memory:")
    report = importing.store_read(memory, importing.read(_csv(tmp_path)), dry_run=True)
    assert report.added == 3 and household_count(memory) == 0
    memory.close()


def test_a_bad_file_or_a_cancel_changes_nothing(gdb: Database, tmp_path: Path) -> None:
    importing.import_addresses(gdb, _csv(tmp_path))
    before = _dump(gdb)
    with pytest.raises(ImportRefused):
        importing.import_addresses(gdb, _csv(tmp_path, CSV + "Molenweg;x;1234AB;Buurtdorp;;\n"))
    with pytest.raises(ImportCancelled):
        importing.import_addresses(
            gdb, _csv(tmp_path, CSV.replace("Molenweg", "Kerkweg")), progress=lambda d, t: False
        )
    assert _dump(gdb) == before
