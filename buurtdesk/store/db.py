"""Opening the neighbourhood file: pragmas, schema version, migrations, integrity check, backup.

One SQLite file per neighbourhood is the application file. It is opened in WAL mode with
``synchronous=FULL`` (a visit that was reported saved survives a power cut) and foreign keys on.
The schema version lives in ``PRAGMA user_version``; :func:`open_db` migrates an older file
after taking a backup next to it, and refuses a file from a newer BuurtDesk.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from ..domain.address import compare_names, name_sort_key
from .migrations import LATEST_VERSION, MIGRATIONS

APPLICATION_ID = 0x42445331  # "BDS1", marks a BuurtDesk file in the SQLite header


class StoreError(Exception):
    """A problem with the database file a user can act on; the message is Dutch."""


class NewerVersionError(StoreError):
    pass


class NotABuurtDeskFile(StoreError):
    pass


def now_iso() -> str:
    """A sortable UTC timestamp with microseconds (orders visits recorded in the same second)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.row_factory = sqlite3.Row
    # Street names sort the Dutch way (É with E, without case): `ORDER BY name COLLATE dutch`,
    # or, for long lists, `ORDER BY dutch_key(name)`, a key computed once per row.
    conn.create_collation("dutch", compare_names)
    conn.create_function("dutch_key", 1, _cached_sort_key, deterministic=True)
    return conn


_cached_sort_key = lru_cache(maxsize=4096)(name_sort_key)


def open_db(path: str | Path, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (and if needed create or migrate) a neighbourhood file.

    Raises :class:`StoreError` with a Dutch message for a file that is not a BuurtDesk database,
    comes from a newer version, or is damaged.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path}: dit is een map; geef het buurtbestand zelf op")
    if not path.exists() and str(path) != ":memory:":
        if not create:
            raise StoreError(
                f"{path}: bestand bestaat niet (maak een buurt met 'demo', 'import' of "
                "'street add', of kies het goede bestand met --db)"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = _connect(path)
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotABuurtDeskFile(f"{path}: {describe_database_error(exc)}") from exc
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and version == 0):
        conn.close()
        raise NotABuurtDeskFile(f"{path}: dit is een SQLite-bestand, maar geen BuurtDesk-bestand")
    if version > LATEST_VERSION:
        conn.close()
        raise NewerVersionError(
            f"{path}: dit bestand is gemaakt met een nieuwere BuurtDesk (schema {version}, "
            f"deze versie kent tot {LATEST_VERSION}). Werk BuurtDesk bij om het te openen."
        )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    db = Database(conn)
    if version < LATEST_VERSION:
        if not migrate:
            conn.close()
            raise StoreError(f"{path}: schema {version} moet eerst worden bijgewerkt")
        if version > 0:
            backup_to(db, migration_backup_path(path, version))
        _migrate(db, version)
    return db


DAMAGED = (
    "het bestand is beschadigd. Zet de laatste goede reservekopie terug (de map 'backups' naast "
    "het bestand); 'buurtdesk check' zegt wat er mis is"
)


def describe_database_error(exc: sqlite3.DatabaseError) -> str:
    """A Dutch sentence for what SQLite says about a file, with advice where there is some."""
    text = str(exc)
    if "malformed" in text or "corrupt" in text:
        return DAMAGED
    if "not a database" in text:
        return "dit is geen BuurtDesk-bestand (geen SQLite-database)"
    if "unable to open" in text:
        return "het bestand kan niet worden geopend (bestaat de map, mag u er schrijven?)"
    if "locked" in text or "busy" in text:
        return "het bestand is in gebruik door een ander programma; probeer het zo nog eens"
    if "readonly" in text or "read-only" in text:
        return "het bestand is alleen-lezen; er kan niets worden opgeslagen"
    if "full" in text:
        return "de schijf is vol; maak ruimte vrij en probeer het opnieuw"
    return f"databasefout ({text})"


def migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix or '.sqlite'}")


def _migrate(db: Database, version: int) -> None:
    for target in range(version + 1, LATEST_VERSION + 1):
        sql = MIGRATIONS[target - 1]
        with db.atomic():
            for statement in _split_sql(sql):
                db.execute(statement)
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


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One atomic unit of work; nested calls become savepoints."""
    with db.atomic():
        yield db


# --- check and backup ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    foreign_keys: list[str]
    version: int

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys


def check(db: Database) -> CheckReport:
    """``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``."""
    try:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        fk = [
            f"{row[0]} rij {row[1]} verwijst naar ontbrekende {row[2]}"
            for row in db.execute("PRAGMA foreign_key_check").fetchall()
        ]
    except sqlite3.DatabaseError as exc:
        return CheckReport(integrity=[describe_database_error(exc)], foreign_keys=[], version=-1)
    return CheckReport(integrity=integrity, foreign_keys=fk, version=schema_version(db))


def backup_to(
    db: Database, target: str | Path, *, pages: int = 1024, overwrite: bool = False
) -> Path:
    """Copy the live database with SQLite's online backup API (never a file copy).

    A folder as target gets a dated file inside it. An existing file is replaced only with
    ``overwrite`` and only when it is a regular file that is not the database itself. A damaged
    database is refused: a backup that fails the check would push good ones out. The copy is
    written next to the target and moved into place, so a failed backup never leaves a
    half-written file where a good one is expected.
    """
    if not str(target).strip():
        raise StoreError("geef een bestandsnaam voor de reservekopie")
    source = Path(db.conn.execute("PRAGMA database_list").fetchone()[2] or "")
    target = Path(target)
    if target.is_dir():
        target = default_backup_path(source, folder=target)
    if target.exists():
        if not target.is_file():
            raise StoreError(f"{target}: dit is geen gewoon bestand; kies een andere plek")
        if source.exists() and target.samefile(source):
            raise StoreError(f"{target}: dat is het buurtbestand zelf; kies een andere plek")
        if not overwrite:
            raise StoreError(f"{target}: bestaat al; kies een andere naam (of --overwrite)")
    try:
        quick = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        quick = describe_database_error(exc)
    if quick != "ok":
        raise StoreError(f"{source}: {DAMAGED}; er is geen reservekopie gemaakt")
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            db.conn.backup(dest, pages=pages)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(
            f"{target}: de reservekopie kan hier niet worden geschreven ({reason})"
        ) from exc
    return target


def default_backup_path(db_path: Path, folder: Path | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return (folder or db_path.parent / "backups") / f"{db_path.stem}-{stamp}.buurtdesk"


# --- deletions -----------------------------------------------------------------------------------


def record_deletion(db: Database, table: str, uuid: str) -> None:
    """Remember that a row is gone, so that an exchange file can carry the deletion (DESIGN:
    deletions are recorded, not just executed). Call it in the transaction that deletes."""
    db.execute(
        "INSERT OR REPLACE INTO deletions (uuid, table_name, deleted_at) VALUES (?, ?, ?)",
        [uuid, table, now_iso()],
    )


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
