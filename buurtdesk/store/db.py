"""Opening the neighbourhood file: pragmas, schema version, migrations, transactions, settings.

One SQLite file per neighbourhood is the application file. It is opened in WAL mode with
``synchronous=FULL`` (a visit that was reported saved survives a power cut) and foreign keys on.
The schema version lives in ``PRAGMA user_version``; :func:`open_db` migrates an older file
after taking a backup next to it, and refuses a file from a newer BuurtDesk. Here too:
:func:`transaction` (every write), :func:`read_snapshot`, :func:`data_version`, the settings
table, and the small helpers every store module uses (:func:`now_iso`, :func:`new_uuid`,
:func:`neighbourhood_uuid`).

Elsewhere: the store's errors in ``store_errors.py``; backups, private files and leftovers of a
killed copy in ``file_copies.py``; the integrity check and its report in ``integrity.py``;
repair in ``repair.py``.
"""

from __future__ import annotations

import os
import sqlite3
import uuid as uuid_module
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from itertools import count
from pathlib import Path

from sqlite_utils import Database

from ..domain.address import compare_names, name_sort_key
from ..errors import QT_TRANSLATE_NOOP
from . import sync
from .file_copies import PART, SIBLINGS, backup_to, create_private, remove_leftovers
from .migrations import LATEST_VERSION, MIGRATIONS
from .store_errors import (
    NewerVersionError,
    NotABuurtDeskFile,
    StoreError,
    database_error,
    file_error,
)

APPLICATION_ID = 0x42445331  # "BDS1", marks a BuurtDesk file in the SQLite header


def now_iso() -> str:
    """A sortable UTC timestamp with microseconds (orders visits recorded in the same second)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def decode_text(data: bytes) -> str:
    """TEXT from the file as str; bytes that are not UTF-8 (another program, a damaged page)
    become U+FFFD instead of a UnicodeDecodeError in whatever reads them."""
    return data.decode("utf-8", errors="replace")


def connect_file(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.row_factory = sqlite3.Row
    # Street names sort the Dutch way (É with E, without case): `ORDER BY name COLLATE dutch`,
    # or, for long lists, `ORDER BY dutch_key(name)`, a key computed once per row.
    conn.create_collation("dutch", compare_names)
    conn.create_function("dutch_key", 1, _cached_sort_key, deterministic=True)
    conn.text_factory = decode_text
    return conn


_cached_sort_key = lru_cache(maxsize=4096)(name_sort_key)


def open_db(
    path: str | Path, *, create: bool = True, migrate: bool = True, guarded: bool = False
) -> Database:
    """Open (and if needed create or migrate) a neighbourhood file.

    Only a path that does not exist becomes a new neighbourhood (see :func:`_create_new`).
    Raises :class:`StoreError` with a Dutch message for a file that is not a BuurtDesk database
    (an empty file, another program's SQLite file), comes from a newer version, or is damaged;
    such a file is left exactly as it was (it is checked before anything, such as the switch to
    WAL, writes).

    ``guarded``: the synchronised tables take writes only inside an operation (``ops/``); the
    command line and the window open their files so.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "{path}: dit is een map; geef het buurtbestand zelf op"),
            path=path,
        )
    memory = str(path) == ":memory:"
    if not memory and not path.exists():
        if not create:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "{path}: bestand bestaat niet (maak een buurt met 'demo', 'import' of "
                    "'street add', of kies het goede bestand met --db)",
                ),
                path=path,
            )
        _create_new(path, migrate=migrate)
    elif not memory and path.is_file() and path.stat().st_size == 0:
        raise NotABuurtDeskFile(
            QT_TRANSLATE_NOOP(
                "Fout",
                "{path}: het bestand is leeg (0 bytes); dit is geen buurtbestand. Kies het goede "
                "bestand, of een naam die nog niet bestaat voor een nieuwe buurt",
            ),
            path=path,
        )
    db = _open_checked(path, fresh=memory, migrate=migrate, guarded=guarded)
    if not memory:
        remove_leftovers(path.parent)
        remove_leftovers(path.parent / "backups")
    return db


def _create_new(path: Path, *, migrate: bool) -> None:
    """A new neighbourhood appears whole: the file is built and migrated next to its name
    (readable by its owner only) and then linked into place, so that nobody, not even a second
    program starting at the same moment, ever sees it empty or half made. When another program
    was first, its file is used."""
    if not migrate:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "{path}: schema 0 moet eerst worden bijgewerkt"), path=path
        )
    partial = path.with_name(f"{path.name}.{uuid_module.uuid4().hex[:8]}{PART}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private(partial)
        conn = connect_file(partial)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            _migrate(Database(conn), 0)
        finally:
            conn.close()
        try:
            os.link(partial, path)  # fails when the name exists: never over another file
        except FileExistsError:
            pass  # another program made it just now: it is checked like any existing file
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(partial, path)
    except (OSError, sqlite3.Error) as exc:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "Fout", "{path}: het bestand kan hier niet worden gemaakt ({reason})"
            ),
            exc,
            path=path,
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
        for suffix in SIBLINGS:
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def _open_checked(path: Path, *, fresh: bool, migrate: bool, guarded: bool) -> Database:
    try:
        conn = connect_file(path)
    except sqlite3.DatabaseError as exc:
        raise NotABuurtDeskFile(
            QT_TRANSLATE_NOOP("Fout", "{path}: {exc}"), path=path, exc=database_error(exc)
        ) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotABuurtDeskFile(
            QT_TRANSLATE_NOOP("Fout", "{path}: {exc}"), path=path, exc=database_error(exc)
        ) from exc
    empty = app_id == 0 and version == 0 and tables == 0  # a database nobody has written to
    if app_id != APPLICATION_ID and not (fresh or empty):
        conn.close()
        raise NotABuurtDeskFile(
            QT_TRANSLATE_NOOP(
                "Fout", "{path}: dit is een SQLite-bestand, maar geen BuurtDesk-bestand"
            ),
            path=path,
        )
    if version > LATEST_VERSION:
        conn.close()
        raise NewerVersionError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "{path}: dit bestand is gemaakt met een nieuwere BuurtDesk (schema {version}, "
                "deze versie kent tot {latest_version}). Werk BuurtDesk bij om het te openen.",
            ),
            path=path,
            version=version,
            latest_version=LATEST_VERSION,
        )
    if version < LATEST_VERSION and not migrate:
        conn.close()
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "{path}: schema {version} moet eerst worden bijgewerkt"),
            path=path,
            version=version,
        )
    try:
        # only now that it is ours may anything write: WAL changes the file's header
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # what is deleted is overwritten, not only unlinked: an erased note is gone from the
        # file's bytes (AVG art. 17; store/privacy.py checkpoints the WAL after an erasure)
        conn.execute("PRAGMA secure_delete = ON")
        db = Database(conn)
        if version < LATEST_VERSION:
            if version > 0:
                backup_to(db, migration_backup_path(path, version))
            _migrate(db, version)
        sync.install(conn, guarded=guarded)
    except BaseException:
        conn.close()
        raise
    return db


def migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix or '.sqlite'}")


def _migrate(db: Database, version: int) -> None:
    for target in range(version + 1, LATEST_VERSION + 1):
        step = MIGRATIONS[target - 1]
        with transaction(db):
            if schema_version(db) >= target:
                continue  # another program opened the same new file and migrated it first
            for statement in _split_sql(step.sql):
                db.execute(statement)
            if step.after is not None:
                step.after(db)
            db.execute(f"PRAGMA user_version = {target}")
            if target == 1:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _split_sql(script: str) -> Iterator[str]:
    """Split a migration into statements (``executescript`` would commit our transaction)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer
            buffer = ""
    if buffer.strip():
        yield buffer


def schema_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


_savepoints = count(1)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One atomic unit of work; nested calls become savepoints.

    The outermost one starts as a write (``BEGIN IMMEDIATE``): it waits its turn (the busy
    timeout) while another program writes, instead of failing on a read lock it cannot upgrade.
    Every writer goes through here (sqlite-utils' ``atomic()`` starts a deferred transaction).
    """
    conn = db.conn
    if conn.in_transaction:
        name = f"bd_sp{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextmanager
def read_snapshot(db: Database) -> Iterator[Database]:
    """Several reads that see one state of the file (a deferred transaction that only reads:
    it never waits for, nor holds up, a writer). Inside a transaction it adds nothing."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN")
    try:
        yield db
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def end_open_transaction(db: Database) -> bool:
    """Roll back a transaction that someone left open (a job that stopped halfway); an open
    transaction would hold the file's write lock and make every other program wait. True when
    there was one."""
    try:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
            return True
    except sqlite3.Error:
        pass
    return False


def data_version(db: Database) -> int:
    """A number that changes when another connection (another program) has committed."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def neighbourhood_uuid(db: Database) -> str:
    """The id every laptop of this neighbourhood shares (migration 3 makes one for every file)."""
    return str(db.execute("SELECT uuid FROM neighbourhood WHERE id = 1").fetchone()[0])


# --- settings ------------------------------------------------------------------------------------


def get_setting(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
