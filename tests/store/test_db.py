"""The application file: pragmas, schema version, migrations, refusal of newer files, backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db, schema_version
from buurtdesk.store.file_copies import backup_to
from buurtdesk.store.households import list_households
from buurtdesk.store.integrity import check
from buurtdesk.store.migrations import LATEST_VERSION
from buurtdesk.store.store_errors import NewerVersionError, NotABuurtDeskFile, StoreError

SCHEMA_FIXTURES = Path(__file__).parent.parent / "fixtures" / "schema"


def test_new_file_has_pragmas_and_latest_schema(db_path: Path) -> None:
    db = open_db(db_path)
    assert schema_version(db) == LATEST_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert check(db).ok


def test_newer_file_is_refused_unchanged(db_path: Path) -> None:
    open_db(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerVersionError, match="nieuwere BuurtDesk"):
        open_db(db_path)
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with pytest.raises(NotABuurtDeskFile):
        open_db(other)


def test_garbage_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.buurtdesk"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000)
    with pytest.raises(StoreError):
        open_db(junk)


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="bestaat niet"):
        open_db(tmp_path / "nope.buurtdesk", create=False)


@pytest.mark.parametrize(
    "fixture", sorted(SCHEMA_FIXTURES.glob("v*.buurtdesk")), ids=lambda p: p.name
)
def test_every_released_schema_opens_and_migrates(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    copy.write_bytes(fixture.read_bytes())
    db = open_db(copy)
    assert schema_version(db) == LATEST_VERSION
    assert check(db).ok
    assert list_households(db), "the fixture's households survive the migration"


def test_schema_fixture_exists_for_latest_version() -> None:
    assert (SCHEMA_FIXTURES / f"v{LATEST_VERSION}.buurtdesk").exists(), (
        "run scripts/make_schema_fixture.py after adding a migration"
    )


def test_backup_is_a_consistent_copy(db_path: Path, tmp_path: Path) -> None:
    db = open_db(db_path)
    upsert_households(db, [AddressRecord("Zandhoek", HouseNumber(n)) for n in range(1, 21)])
    target = backup_to(db, tmp_path / "backups" / "copy.sqlite")
    copy = open_db(target)
    assert len(list_households(copy)) == 20
    assert not list(tmp_path.glob("backups/*.part"))
