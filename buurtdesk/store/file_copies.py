"""Copies of the neighbourhood file on disk: private files, online backups, leftovers.

- :func:`create_private`: every file BuurtDesk writes holds personal data and is created
  readable by its owner only.
- :func:`backup_to`: a copy of the live database through SQLite's online backup API, written
  beside its target and moved into place, refused for a damaged file (:func:`integrity_ok`, the
  full integrity check up to its first finding, which a repaired copy must pass too);
  :func:`default_backup_path` names a dated copy in the ``backups`` folder.
- :func:`database_path` and :func:`is_database_file`: which file a connection has open, and
  whether a path is that file or one SQLite keeps beside it (:data:`SIBLINGS`: ``-wal``,
  ``-shm``, ``-journal``), so that nothing is ever written over it.
- :func:`remove_leftovers`: half-written copies (``….part``) that a killed backup or repair
  left behind.

It uses only the store's errors (``store_errors.py``), so that ``db.py`` can take a backup
before it migrates a file and remove leftovers when it opens one.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import uuid as uuid_module
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from ..errors import QT_TRANSLATE_NOOP
from .store_errors import DAMAGED, StoreError, file_error

PRIVATE = 0o600  # every file BuurtDesk writes holds personal data: readable by its owner only


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite gives its -wal and -shm the same
    mode); an existing file is an error (``FileExistsError``)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    os.close(fd)


# --- backup -------------------------------------------------------------------------------------


def integrity_ok(conn: sqlite3.Connection) -> bool:
    """Whether the full integrity check finds nothing (it stops at its first finding); a file
    SQLite cannot read is not in order."""
    try:
        return bool(conn.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok")
    except sqlite3.DatabaseError:
        return False


def database_path(db: Database) -> Path:
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or "")


def backup_to(
    db: Database, target: str | Path, *, pages: int = 1024, overwrite: bool = False
) -> Path:
    """Copy the live database with SQLite's online backup API (never a file copy).

    A folder as target gets a dated file inside it. An existing file is replaced only with
    ``overwrite`` and only when it is a regular file that is not the database itself. A damaged
    database is refused (the full integrity check, indexes included): a backup that fails the
    check would push good ones out. The copy is written next to the target (readable by its
    owner only) and moved into place, so a failed backup never leaves a half-written file where
    a good one is expected; leftovers of a killed backup are removed by the next one.
    """
    if not str(target).strip():
        raise StoreError(QT_TRANSLATE_NOOP("Fout", "geef een bestandsnaam voor de reservekopie"))
    source = database_path(db)
    target = Path(target)
    if target.is_dir():
        target = default_backup_path(source, folder=target)
    if str(source) and is_database_file(target, source):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout", "{target}: dat is het buurtbestand zelf; kies een andere plek"
            ),
            target=target,
        )
    if target.exists():
        if not target.is_file():
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Fout", "{target}: dit is geen gewoon bestand; kies een andere plek"
                ),
                target=target,
            )
        if not overwrite:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Fout", "{target}: bestaat al; kies een andere naam (of --overwrite)"
                ),
                target=target,
            )
    if not integrity_ok(db.conn):
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "{source}: {damaged}; er is geen reservekopie gemaakt"),
            source=source,
            damaged=DAMAGED,
        )
    partial = target.with_name(f"{target.name}.{uuid_module.uuid4().hex[:8]}{PART}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(target.parent)
        create_private(partial)
        dest = sqlite3.connect(str(partial))
        try:
            db.conn.backup(dest, pages=pages)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        fsync_file(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Fout", "{target}: de reservekopie kan hier niet worden geschreven ({reason})"
            ),
            exc,
            target=target,
        ) from exc
    finally:
        partial.unlink(missing_ok=True)  # also after Ctrl+C: no copy of personal data behind
    return target


def default_backup_path(db_path: Path, folder: Path | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return (folder or db_path.parent / "backups") / f"{db_path.stem}-{stamp}.buurtdesk"


SIBLINGS = ("-wal", "-shm", "-journal")


def is_database_file(target: Path, database: Path) -> bool:
    """Whether writing ``target`` would write over the neighbourhood file or one of the files
    SQLite keeps next to it (``-wal``, ``-shm``, ``-journal``)."""
    try:
        if target.exists() and database.exists() and target.samefile(database):
            return True
        resolved = target.resolve()
        base = database.resolve()
    except OSError:
        return False
    return resolved == base or any(
        resolved == base.with_name(base.name + suffix) for suffix in SIBLINGS
    )


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- leftovers of a run that was killed ----------------------------------------------------------

PART = ".part"
LEFTOVER_AGE = 10 * 60  # seconds: a file this old is no longer being written by anyone
_LEFTOVER = re.compile(r".+\.(part|repair-[0-9-]+\.part)$")
SQLITE_MAGIC = b"SQLite format 3\x00"


def remove_leftovers(folder: Path, *, age: float = LEFTOVER_AGE) -> list[Path]:
    """Remove half-written copies that a killed backup or repair left in ``folder``: only files
    named like ours (``….part``) that hold an SQLite database (or nothing) and have not been
    touched for ``age`` seconds. Returns what was removed."""
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if _LEFTOVER.fullmatch(p.name)]
    except OSError:
        return removed
    now = time.time()
    for candidate in candidates:
        try:
            if not candidate.is_file() or now - candidate.stat().st_mtime < age:
                continue
            with candidate.open("rb") as handle:
                head = handle.read(len(SQLITE_MAGIC))
            if head and head != SQLITE_MAGIC:
                continue  # not one of ours: leave it alone
            candidate.unlink()
            for suffix in SIBLINGS:
                candidate.with_name(candidate.name + suffix).unlink(missing_ok=True)
            removed.append(candidate)
        except OSError:
            continue
    return removed
