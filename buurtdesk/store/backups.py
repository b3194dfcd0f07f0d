"""Automatic backups and putting one back.

The window takes a backup on the first open of each day (``backups/NAME-auto-YYYY-MM-DD``
next to the file, SQLite's backup API, the full integrity check first: :func:`daily_backup`) and
keeps 7 daily, 4 weekly and 6 monthly copies (domain/retention.py); backups a person made by hand
are never deleted.

:func:`restore` puts a backup back. The backup is checked first (a BuurtDesk file of this
neighbourhood, sound, not from a newer version); the current file is kept as a backup before it
is replaced; a backup of an older schema is migrated on a private copy first. Afterwards the
laptop's clock continues from where it was (never from the backup's: a stamp given out twice
would lose changes on the other laptops), and every erasure of the current file's register holds
again (store/privacy.py), also those made after the backup was taken.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlite_utils import Database

from ..domain.retention import to_keep
from ..errors import QT_TRANSLATE_NOOP
from . import sync
from .db import APPLICATION_ID, neighbourhood_uuid, open_db
from .file_copies import PART, backup_to, create_private, database_path, default_backup_path
from .migrations import LATEST_VERSION
from .privacy import correction_register, reapply_erasures, restore_corrections
from .store_errors import StoreError

AUTO = "auto"
NOT_A_BACKUP = QT_TRANSLATE_NOOP("Fout", "{path}: geen reservekopie van BuurtDesk")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # the file's time
    size: int
    auto: bool


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def auto_backup_path(db_path: Path, day: date) -> Path:
    return backup_folder(db_path) / f"{db_path.stem}-{AUTO}-{day.isoformat()}.buurtdesk"


def _auto_day(db_path: Path, path: Path) -> date | None:
    prefix = f"{db_path.stem}-{AUTO}-"
    if not (path.name.startswith(prefix) and path.suffix == ".buurtdesk"):
        return None
    try:
        return date.fromisoformat(path.stem[len(prefix) :])
    except ValueError:
        return None


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of this file in its backups folder, newest first."""
    folder = backup_folder(db_path)
    found = []
    for path in folder.glob(f"{db_path.stem}-*.buurtdesk") if folder.is_dir() else ():
        try:
            info = path.stat()
        except OSError:
            continue
        if path.is_file():
            auto = _auto_day(db_path, path) is not None
            found.append(Backup(path, datetime.fromtimestamp(info.st_mtime), info.st_size, auto))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def daily_backup(db: Database, today: date) -> Path | None:
    """Today's automatic backup, unless there is one; old automatic ones are pruned."""
    db_path = database_path(db)
    target = auto_backup_path(db_path, today)
    if target.exists():
        return None
    backup_to(db, target)
    prune(db_path, today)
    return target


def prune(db_path: Path, today: date) -> list[Path]:
    autos = {
        day: b.path
        for b in list_backups(db_path)
        if (day := _auto_day(db_path, b.path)) is not None
    }
    keep = to_keep(autos, today)
    gone = []
    for day, path in autos.items():
        if day not in keep:
            path.unlink(missing_ok=True)
            gone.append(path)
    return gone


def _refuse(template: str, path: Path) -> StoreError:
    return StoreError(template, path=path)


def check_backup(path: Path, neighbourhood: str) -> None:
    """Refuse what is not a sound backup of this neighbourhood (read-only; nothing is written)."""
    if not path.is_file():
        raise _refuse(QT_TRANSLATE_NOOP("Fout", "{path}: dit bestand bestaat niet"), path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _refuse(NOT_A_BACKUP, path) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise _refuse(
                QT_TRANSLATE_NOOP("Fout", "{path}: geen reservekopie van BuurtDesk"), path
            )
        if version > LATEST_VERSION:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Fout", "{path}: gemaakt met een nieuwere BuurtDesk; werk BuurtDesk eerst bij"
                ),
                path,
            )
        if conn.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
            raise _refuse(
                QT_TRANSLATE_NOOP("Fout", "{path}: deze reservekopie is beschadigd"), path
            )
        row = conn.execute("SELECT uuid FROM neighbourhood WHERE id = 1").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _refuse(NOT_A_BACKUP, path) from exc
    finally:
        conn.close()
    if row is None or row[0] != neighbourhood:
        raise _refuse(
            QT_TRANSLATE_NOOP("Fout", "{path}: dit is een reservekopie van een andere buurt"), path
        )


@dataclass(frozen=True)
class Restored:
    backup: Path
    safety: Path  # the file as it was, kept as a backup first
    erasures: int  # erasures that hold again


@dataclass(frozen=True)
class Before:
    """What the file knew before the backup was put back, and must still know after."""

    safety: Path
    register: list[tuple[object, ...]]
    laptop: str
    last_stamp: str
    corrections: list[tuple[object, ...]] = field(default_factory=list)  # of visits' notes


def put_back(db: Database, backup: Path) -> Before:
    """Put ``backup`` back into the open file ``db`` (see the module); call :func:`keep` after,
    inside an operation."""
    db_path = database_path(db)
    check_backup(backup, neighbourhood_uuid(db))
    safety = backup_to(db, default_backup_path(db_path))
    register = db.execute(
        "SELECT uuid, household_uuid, erased_on, may_visit_again, stamp FROM erasures"
    ).fetchall()
    clock = db.execute("SELECT id, last_stamp FROM laptops WHERE is_self = 1").fetchone()
    corrections = correction_register(db)
    copy = db_path.parent / f".{db_path.name}.{uuid_module.uuid4().hex[:8]}.restore{PART}"
    try:
        create_private(copy)
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(str(copy))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        open_db(copy).close()  # an older schema is brought up to date here, on the copy
        migrated = sqlite3.connect(str(copy))
        try:
            migrated.backup(db.conn)  # replaces the open file's contents in one go
        finally:
            migrated.close()
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
    sync.install(db.conn, guarded=sync.is_guarded(db))
    return Before(safety, [tuple(r) for r in register], str(clock[0]), str(clock[1]), corrections)


def keep(db: Database, before: Before) -> int:
    """After :func:`put_back` (inside a transaction): the clock continues, the register of
    erasures is whole again and every erasure holds. Returns how many erasures."""
    db.execute(
        "UPDATE laptops SET last_stamp = max(last_stamp, ?) WHERE id = ?",
        [before.last_stamp, before.laptop],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO erasures (uuid, household_uuid, erased_on, may_visit_again, "
        "stamp) VALUES (?, ?, ?, ?, ?)",
        before.register,
    )
    restore_corrections(db, before.corrections)  # reapply_erasures makes them hold
    return reapply_erasures(db)
