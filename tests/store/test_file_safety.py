"""No file is ever lost: files that are not a sound neighbourhood are refused and left as they
were, writers queue instead of failing, nothing half-written stays behind, every file is private."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from buurtdesk.store.db import data_version, open_db, transaction
from buurtdesk.store.file_copies import backup_to, remove_leftovers
from buurtdesk.store.households import list_households
from buurtdesk.store.integrity import check
from buurtdesk.store.repair import repair_file
from buurtdesk.store.store_errors import NotABuurtDeskFile, StoreError

from .damage import neighbourhood, swap_index_roots

POSIX = os.name == "posix"


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- refused and left as they were ---------------------------------------------------------------


def test_an_empty_file_is_not_a_new_neighbourhood(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.buurtdesk"
    empty.write_bytes(b"")
    with pytest.raises(NotABuurtDeskFile, match="leeg"):
        open_db(empty)
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leeg.buurtdesk"]


@pytest.mark.parametrize("version", [0, 1, 5])
def test_another_programs_sqlite_file_is_refused_whatever_its_version(
    tmp_path: Path, version: int
) -> None:
    other = tmp_path / "contacten.sqlite"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.execute("INSERT INTO contacts VALUES ('Els')")
    raw.execute(f"PRAGMA user_version = {version}")
    raw.commit()
    raw.close()
    before = _hash(other)
    with pytest.raises(NotABuurtDeskFile, match="geen BuurtDesk-bestand"):
        open_db(other)
    assert _hash(other) == before  # not switched to WAL (that rewrites the header)
    assert not Path(f"{other}-wal").exists()
    raw = sqlite3.connect(other)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    raw.close()


def test_a_failed_start_leaves_no_empty_file(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.buurtdesk"
    with pytest.raises(StoreError):
        open_db(target, migrate=False)
    assert not target.exists()


def test_text_that_is_not_utf8_never_raises(db_path: Path) -> None:
    neighbourhood(db_path, 3)
    db = open_db(db_path)
    db.execute("UPDATE households SET note = CAST(x'ff41' AS TEXT) WHERE id = 1")
    assert check(db).ok
    notes = [r[0] for r in db.execute("SELECT note FROM households ORDER BY id")]
    assert notes[0] == "\ufffdA"
    assert len(list_households(db)) == 3
    db.close()


# --- damage that quick_check misses --------------------------------------------------------------


def test_a_damaged_index_is_found_summarised_and_never_backed_up(
    db_path: Path, tmp_path: Path
) -> None:
    neighbourhood(db_path)
    swap_index_roots(db_path)
    db = open_db(db_path)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # the damage it misses
    report = check(db)
    assert not report.ok
    lines = report.summary()
    assert 1 <= len(lines) <= 6, lines
    assert any("30×" in line and "households_postcode" in line for line in lines)
    with pytest.raises(StoreError, match="beschadigd"):
        backup_to(db, tmp_path / "kopie.buurtdesk")
    assert not (tmp_path / "kopie.buurtdesk").exists()
    db.close()


def test_repair_rebuilds_the_file_and_keeps_the_damaged_one(db_path: Path) -> None:
    neighbourhood(db_path)
    swap_index_roots(db_path)
    damaged = _hash(db_path)
    result = repair_file(db_path)
    assert result is not None and result.report.ok
    assert _hash(result.kept) == damaged
    db = open_db(db_path)
    assert check(db).ok and len(list_households(db)) == 30
    db.close()
    assert repair_file(db_path) is None  # in order: nothing to do
    if POSIX:
        assert _mode(db_path) == 0o600


# --- two programs at once ------------------------------------------------------------------------

WRITER = """
import sys
from datetime import date
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.store.db import open_db, transaction
from buurtdesk.store.projects import current_project
from buurtdesk.store.visits import record_visit

db = open_db(sys.argv[1], create=False)
print("ready", flush=True)
sys.stdin.readline()
for i in range(200):
    # what 'buurtdesk visit' does: read (the project, the household), then write
    with transaction(db):
        project = current_project(db)
        household = db.execute("SELECT id FROM households ORDER BY id LIMIT 1").fetchone()[0]
        record_visit(db, project_id=project.id, household_id=household,
                     outcome=Outcome.NOT_HOME, visit_date=date.today(), note=sys.argv[2])
db.close()
"""


def test_two_programs_writing_at_once_lose_nothing(db_path: Path, tmp_path: Path) -> None:
    from buurtdesk.store.projects import create_project

    neighbourhood(db_path, 5)
    db = open_db(db_path)
    create_project(db, theme="empty", title="Buurtproject", start=date(2026, 1, 5))
    db.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(db_path), name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("een", "twee")
    ]
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    for proc in procs:  # both start writing at the same moment
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = [proc.communicate(timeout=300) for proc in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    db = open_db(db_path)
    counts = dict(db.execute("SELECT note, count(*) FROM visits GROUP BY note").fetchall())
    db.close()
    assert counts == {"een": 200, "twee": 200}


def test_nested_transactions_are_savepoints(db: object) -> None:
    from sqlite_utils import Database

    assert isinstance(db, Database)
    with transaction(db):
        db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        with pytest.raises(RuntimeError), transaction(db):
            db.execute("INSERT INTO settings (key, value) VALUES ('b', '2')")
            raise RuntimeError
    keys = [r[0] for r in db.execute("SELECT key FROM settings WHERE key IN ('a', 'b')")]
    assert keys == ["a"]
    assert not db.conn.in_transaction


def test_data_version_sees_another_connection_write(db_path: Path) -> None:
    db = open_db(db_path)
    other = open_db(db_path)
    before = data_version(db)
    with transaction(other):
        other.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    assert data_version(db) != before
    db.close()
    other.close()


# --- private files, no leftovers -----------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_every_file_is_readable_by_its_owner_only(db_path: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask: files would be world-readable
    try:
        db = open_db(db_path)
        db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
        assert _mode(db_path) == 0o600
        assert _mode(Path(f"{db_path}-wal")) == 0o600
        assert _mode(Path(f"{db_path}-shm")) == 0o600
        backup = backup_to(db, tmp_path / "backups")
        assert _mode(backup) == 0o600
        db.close()
    finally:
        os.umask(old)


def _old(path: Path, seconds: float = 3600) -> Path:
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_leftovers_of_a_killed_backup_are_removed_and_nothing_else(
    db_path: Path, tmp_path: Path
) -> None:
    neighbourhood(db_path, 3)
    backups = tmp_path / "backups"
    backups.mkdir()
    killed = backups / "buurt-20261130.buurtdesk.1a2b3c4d.part"
    raw = sqlite3.connect(killed)
    raw.execute("CREATE TABLE households (note TEXT)")
    raw.commit()
    raw.close()
    _old(killed)
    legacy = tmp_path / "kopie.buurtdesk.part"  # what the old code left: an empty start
    legacy.write_bytes(b"")
    _old(legacy)
    busy = backups / "buurt-nu.buurtdesk.9f9f9f9f.part"  # being written right now
    busy.write_bytes(b"")
    foreign = tmp_path / "download.iso.part"  # another program's: not an SQLite file
    foreign.write_bytes(b"not ours")
    _old(foreign)
    open_db(db_path).close()
    assert not killed.exists() and not legacy.exists()
    assert busy.exists() and foreign.exists()
    assert remove_leftovers(backups, age=0) == [busy]


def test_two_programs_creating_one_new_file_at_once(tmp_path: Path) -> None:
    target = tmp_path / "nieuw.buurtdesk"
    script = tmp_path / "open.py"
    script.write_text(
        "import sys\nfrom buurtdesk.store.db import open_db\n"
        "from buurtdesk.store.integrity import check\n"
        "sys.stdin.readline()\ndb = open_db(sys.argv[1])\nassert check(db).ok\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), str(target)],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err


def test_no_writer_starts_a_deferred_transaction() -> None:
    """sqlite-utils' atomic() starts with a plain BEGIN/SAVEPOINT: a transaction that reads
    first cannot wait for another program's write lock. Writers use store.db.transaction()."""
    package = Path(__file__).resolve().parents[2] / "buurtdesk"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if ".atomic(" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
