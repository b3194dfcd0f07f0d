"""Recording every change for exchange, whoever writes it (docs/exchange.md).

Each connection gets TEMP triggers on the synchronised tables (:mod:`.sync_spec`): a row created,
a field changed, a row deleted writes its stamp into ``sync_state`` (or ``tombstones``) in the
same statement, so no writer — an operation, an import, the demo, a future merge — can forget.
The values themselves stay in their tables; an exchange file carries each row with the stamps
of its fields.

The clock's state is this laptop's ``laptops.last_stamp``, read and advanced in the same write
transaction as the change it stamps. Writers are serialised by SQLite (``BEGIN IMMEDIATE``), so
two connections or two programs on one file never issue the same stamp.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from ..domain.hlc import Clock, Stamp
from .sync_spec import CREATED, TABLES, Synced

_TICK = "UPDATE laptops SET last_stamp = bd_next(id, last_stamp) WHERE is_self = 1;"
_STAMP = "(SELECT last_stamp FROM laptops WHERE is_self = 1)"


def _next(laptop: str, last: str) -> str:
    clock = Clock(laptop, Stamp.parse(last) if last else None)
    return str(clock.tick())


def _row_key(spec: Synced, rec: str) -> str:
    """SQL for a row's key on the wire, from NEW or OLD (``rec``)."""
    if spec.kind != "link":
        return f"{rec}.uuid"
    parts = []
    for column in spec.key:
        target = spec.refs.get(column)
        parts.append(
            f"(SELECT uuid FROM {target} WHERE id = {rec}.{column})"
            if target
            else f"{rec}.{column}"
        )
    return " || '/' || ".join(parts)


def _triggers(spec: Synced) -> Iterator[str]:
    t = spec.table
    new_key, old_key = _row_key(spec, "NEW"), _row_key(spec, "OLD")
    when = "WHEN NOT EXISTS (SELECT 1 FROM temp.sync_paused)"
    if spec.kind == "event":
        # An event carries its own stamp, set by the writer from the same clock
        # (:func:`next_stamps`); a writer that left it empty gets one here.
        yield (
            f"CREATE TEMP TRIGGER IF NOT EXISTS sync_{t}_insert AFTER INSERT ON main.{t} "
            f"{when} BEGIN "
            f"UPDATE laptops SET last_stamp = bd_next(id, last_stamp) "
            f"WHERE is_self = 1 AND NEW.stamp = ''; "
            f"UPDATE {t} SET stamp = {_STAMP} WHERE id = NEW.id AND NEW.stamp = ''; "
            f"INSERT OR REPLACE INTO sync_state (tbl, row, field, stamp, prev) "
            f"VALUES ('{t}', {new_key}, '{CREATED}', "
            f"(SELECT stamp FROM {t} WHERE id = NEW.id), ''); END"
        )
        # an event is deleted only when a household's data is erased (store/privacy.py): the
        # tombstone keeps an older file from bringing it back
        yield (
            f"CREATE TEMP TRIGGER IF NOT EXISTS sync_{t}_delete AFTER DELETE ON main.{t} "
            f"{when} BEGIN {_TICK} "
            f"INSERT OR REPLACE INTO tombstones (tbl, row, stamp) VALUES ('{t}', OLD.uuid, "
            f"{_STAMP}); DELETE FROM sync_state WHERE tbl = '{t}' AND row = OLD.uuid; END"
        )
        return
    yield (
        f"CREATE TEMP TRIGGER IF NOT EXISTS sync_{t}_insert AFTER INSERT ON main.{t} "
        f"{when} AND ({new_key}) IS NOT NULL BEGIN {_TICK} "
        f"DELETE FROM tombstones WHERE tbl = '{t}' AND row = {new_key}; "
        f"DELETE FROM sync_state WHERE tbl = '{t}' AND row = {new_key}; "
        f"INSERT INTO sync_state (tbl, row, field, stamp, prev) "
        f"VALUES ('{t}', {new_key}, '{CREATED}', {_STAMP}, ''); END"
    )
    for column in spec.fields:
        prev = (
            f"coalesce((SELECT stamp FROM sync_state WHERE tbl = '{t}' AND row = {new_key} "
            f"AND field = '{column}'), (SELECT stamp FROM sync_state WHERE tbl = '{t}' "
            f"AND row = {new_key} AND field = '{CREATED}'), '')"
        )
        yield (
            f"CREATE TEMP TRIGGER IF NOT EXISTS sync_{t}_{column} AFTER UPDATE OF {column} "
            f"ON main.{t} {when} AND OLD.{column} IS NOT NEW.{column} BEGIN {_TICK} "
            f"INSERT OR REPLACE INTO sync_state (tbl, row, field, stamp, prev) "
            f"VALUES ('{t}', {new_key}, '{column}', {_STAMP}, {prev}); END"
        )
    yield (
        f"CREATE TEMP TRIGGER IF NOT EXISTS sync_{t}_delete AFTER DELETE ON main.{t} "
        f"{when} AND ({old_key}) IS NOT NULL BEGIN {_TICK} "
        f"INSERT OR REPLACE INTO tombstones (tbl, row, stamp) VALUES ('{t}', {old_key}, {_STAMP}); "
        f"DELETE FROM sync_state WHERE tbl = '{t}' AND row = {old_key}; END"
    )


def trigger_sql() -> list[str]:
    return [sql for spec in TABLES for sql in _triggers(spec)]


OUTSIDE_OPERATION = "buurtdesk: write outside an operation"


def guard_sql() -> list[str]:
    """Triggers that refuse any write to a synchronised table unless an operation is running on
    this connection (:func:`operation_scope`): the command line and the window open guarded
    connections, so a write that bypasses ``ops/`` fails at once, in every test that makes it."""
    when = "WHEN NOT EXISTS (SELECT 1 FROM temp.op_running)"
    raise_ = f"BEGIN SELECT RAISE(ABORT, '{OUTSIDE_OPERATION}'); END"
    return [
        f"CREATE TEMP TRIGGER IF NOT EXISTS guard_{spec.table}_{verb.lower()} "
        f"BEFORE {verb} ON main.{spec.table} {when} {raise_}"
        for spec in TABLES
        for verb in ("INSERT", "UPDATE", "DELETE")
    ]


def install(conn: sqlite3.Connection, *, guarded: bool = False) -> None:
    """Give a connection the clock function and the recording triggers (and, ``guarded``, the
    triggers that admit writes only inside an operation). A file without the exchange tables yet
    (being migrated) gets them on its next open."""
    conn.create_function("bd_next", 2, _next)
    # a row here pauses the recording on this connection (not_recording)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_paused (since TEXT)")
    # a row per running operation (operations may call operations)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS op_running (name TEXT NOT NULL)")
    has = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
    ).fetchone()[0]
    if has:
        for sql in trigger_sql():
            conn.execute(sql)
    if guarded:
        for sql in guard_sql():
            conn.execute(sql)


def is_guarded(db: Database) -> bool:
    row = db.execute(
        "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'guard_%'"
    ).fetchone()
    return bool(row[0])


@contextmanager
def operation_scope(db: Database, name: str) -> Iterator[None]:
    """Mark this connection as running operation ``name`` (call inside its transaction; the mark
    is rolled back with it)."""
    cursor = db.execute("INSERT INTO temp.op_running (name) VALUES (?)", [name])
    rowid = cursor.lastrowid
    try:
        yield
    finally:
        db.execute("DELETE FROM temp.op_running WHERE rowid = ?", [rowid])


@contextmanager
def not_recording(db: Database) -> Iterator[None]:
    """Writes that carry their own stamps (an exchange file being applied)."""
    db.execute("INSERT INTO temp.sync_paused (since) VALUES (datetime('now'))")
    try:
        yield
    finally:
        db.execute("DELETE FROM temp.sync_paused")


def self_laptop(db: Database) -> str:
    return str(db.execute("SELECT id FROM laptops WHERE is_self = 1").fetchone()[0])


def next_stamps(db: Database, count: int = 1) -> list[str]:
    """``count`` fresh stamps of this laptop's clock, in order (call inside a transaction)."""
    laptop, last = db.execute("SELECT id, last_stamp FROM laptops WHERE is_self = 1").fetchone()
    clock = Clock(laptop, Stamp.parse(last) if last else None)
    stamps = [str(clock.tick()) for _ in range(count)]
    if stamps:
        db.execute("UPDATE laptops SET last_stamp = ? WHERE is_self = 1", [stamps[-1]])
    return stamps
