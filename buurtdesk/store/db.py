"""Opening the neighbourhood file: pragmas, schema version, migrations, integrity check, backup.

One SQLite file per neighbourhood is the application file. It is opened in WAL mode with
``synchronous=FULL`` (a visit that was reported saved survives a power cut) and foreign keys on.
The schema version lives in ``PRAGMA user_version``; :func:`open_db` migrates an older file
after taking a backup next to it, and refuses a file from a newer BuurtDesk.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import uuid as uuid_module
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from itertools import count
from pathlib import Path

from sqlite_utils import Database

from ..domain.address import compare_names, name_sort_key
from ..errors import QT_TRANSLATE_NOOP, Coded
from . import sync
from .migrations import LATEST_VERSION, MIGRATIONS

APPLICATION_ID = 0x42445331  # "BDS1", marks a BuurtDesk file in the SQLite header


class StoreError(Coded):
    """A problem with the database file a user can act on: a Dutch template and its values
    (``errors.Coded``)."""


class NewerVersionError(StoreError):
    pass


class NotABuurtDeskFile(StoreError):
    pass


def now_iso() -> str:
    """A sortable UTC timestamp with microseconds (orders visits recorded in the same second)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def decode_text(data: bytes) -> str:
    """TEXT from the file as str; bytes that are not UTF-8 (another program, a damaged page)
    become U+FFFD instead of a UnicodeDecodeError in whatever reads them."""
    return data.decode("utf-8", errors="replace")


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    conn.row_factory = sqlite3.Row
    # Street names sort the Dutch way (É with E, without case): `ORDER BY name COLLATE dutch`,
    # or, for long lists, `ORDER BY dutch_key(name)`, a key computed once per row.
    conn.create_collation("dutch", compare_names)
    conn.create_function("dutch_key", 1, _cached_sort_key, deterministic=True)
    conn.text_factory = decode_text
    return conn


_cached_sort_key = lru_cache(maxsize=4096)(name_sort_key)

PRIVATE = 0o600  # every file BuurtDesk writes holds personal data: readable by its owner only


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite gives its -wal and -shm the same
    mode); an existing file is an error (``FileExistsError``)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
    os.close(fd)


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
        conn = _connect(partial)
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
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout", "{path}: het bestand kan hier niet worden gemaakt ({reason})"
            ),
            path=path,
            reason=reason,
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
        for suffix in SIBLINGS:
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def _open_checked(path: Path, *, fresh: bool, migrate: bool, guarded: bool) -> Database:
    try:
        conn = _connect(path)
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


DAMAGED = QT_TRANSLATE_NOOP(
    "Fout",
    "het bestand is beschadigd. 'buurtdesk check' zegt wat er mis is, 'buurtdesk repair' "
    "herstelt het (de beschadigde versie blijft bewaard); of zet de laatste goede reservekopie "
    "terug (de map 'backups' naast het bestand)",
)


def database_error(exc: sqlite3.DatabaseError) -> StoreError:
    """What SQLite says about a file as an error a user can act on, with advice where there is
    some (a template, so that the window can translate it)."""
    text = str(exc)
    if "malformed" in text or "corrupt" in text:
        return StoreError(DAMAGED)
    for keys, template in _DATABASE_ERRORS:
        if any(key in text for key in keys):
            return StoreError(template)
    return StoreError(QT_TRANSLATE_NOOP("Fout", "databasefout ({reason})"), reason=text)


_DATABASE_ERRORS = (
    (
        ("not a database",),
        QT_TRANSLATE_NOOP("Fout", "dit is geen BuurtDesk-bestand (geen SQLite-database)"),
    ),
    (
        ("unable to open",),
        QT_TRANSLATE_NOOP(
            "Fout", "het bestand kan niet worden geopend (bestaat de map, mag u er schrijven?)"
        ),
    ),
    (
        ("locked", "busy"),
        QT_TRANSLATE_NOOP(
            "Fout", "het bestand is in gebruik door een ander programma; probeer het zo nog eens"
        ),
    ),
    (
        ("readonly", "read-only"),
        QT_TRANSLATE_NOOP("Fout", "het bestand is alleen-lezen; er kan niets worden opgeslagen"),
    ),
    (
        ("full",),
        QT_TRANSLATE_NOOP("Fout", "de schijf is vol; maak ruimte vrij en probeer het opnieuw"),
    ),
)


def describe_database_error(exc: sqlite3.DatabaseError) -> str:
    """A Dutch sentence for what SQLite says about a file, with advice where there is some."""
    return str(database_error(exc))


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


# --- check, backup and repair -------------------------------------------------------------------

CHECK_LIMIT = 100_000  # integrity_check stops after this many findings (SQLite's default is 100)


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]
    foreign_keys: list[str]
    version: int

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys

    def summary(self, examples: int = 3) -> list[str]:
        """What is wrong in a few lines: per kind of finding its count and a few examples."""
        lines: list[str] = []
        findings = [line for line in self.integrity if line != "ok"]
        for title, items in (("integriteit", findings), ("verwijzingen", self.foreign_keys)):
            kinds: dict[str, list[str]] = {}
            for item in items:
                kinds.setdefault(_kind(item), []).append(item)
            for kind, found in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
                numbers = [",".join(re.findall(r"\d+", f)) for f in found[:examples]]
                if all(numbers) and len(found) > 1:  # 'row # missing': the rows say enough
                    shown = ", ".join(numbers)
                else:
                    shown = "; ".join(_one_line(f) for f in found[:examples])
                more = f" … en nog {len(found) - examples}" if len(found) > examples else ""
                lines.append(f"{title}: {len(found)}× {kind} (bijv. {shown}{more})")
        return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _kind(finding: str) -> str:
    """A finding without its row and page numbers: 'row 7 missing from index x' and 'row 9
    missing from index x' are one kind."""
    return _one_line(re.sub(r"\d+", "#", finding))


def check(db: Database) -> CheckReport:
    """The full ``PRAGMA integrity_check`` (indexes against their tables too, which
    ``quick_check`` skips) and ``PRAGMA foreign_key_check``."""
    try:
        integrity = [
            str(row[0]) for row in db.execute(f"PRAGMA integrity_check({CHECK_LIMIT})").fetchall()
        ]
        fk = [
            f"{row[0]} rij {row[1]} verwijst naar ontbrekende {row[2]}"
            for row in db.execute("PRAGMA foreign_key_check").fetchall()
        ]
        version = schema_version(db)
    except sqlite3.DatabaseError as exc:
        return CheckReport(integrity=[describe_database_error(exc)], foreign_keys=[], version=-1)
    return CheckReport(integrity=integrity, foreign_keys=fk, version=version)


def _integrity_ok(conn: sqlite3.Connection) -> bool:
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
    if not _integrity_ok(db.conn):
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
        _fsync(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout", "{target}: de reservekopie kan hier niet worden geschreven ({reason})"
            ),
            target=target,
            reason=reason,
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


def _fsync(path: Path) -> None:
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
