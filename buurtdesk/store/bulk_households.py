"""Inserting many households at once (an import of a city), with the per-row trigger work done
once, set-based, at the end.

Every household inserted one by one runs, in SQLite, the triggers of the exchange log
(:mod:`.sync`: the clock ticked through a Python function, the row's old tombstone and log
entries removed, its creation logged) and of the progress counters (migration 4: the household
counted in its street, and in every project's cell when it has a status or initiator mark).
For 100,000 new households that was most of an import's time (docs/performance.md). Here, for
a batch of at least :data:`BULK_ROWS`, the rows go in with every per-row insert trigger set
aside (:data:`_ROW_TRIGGERS`, created again from their own SQL straight after), and then the
same effects follow in a few statements over the new rows (those with an id from the first new
one on: the ids of one ``executemany`` are consecutive):

- ``progress_households`` and ``progress_counts`` get the new households' counts added (a new
  household normally has no status or initiator mark; the statement is the trigger's, grouped);
- the exchange log gets one creation entry per household with stamps from this laptop's clock,
  in a row, as the trigger would have ticked them (unless the caller paused the log itself);
  tombstones and log entries of the same uuids are removed first.

All of it inside the caller's transaction: a failure rolls the trigger's removal back too.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from ..domain.hlc import Clock, Stamp
from .sync_spec import CREATED

BULK_ROWS = 2000  # from this many new households on, the triggers' work is done set-based

_COUNTER_TRIGGER = "progress_household_insert"
# Every trigger that runs per inserted household, each done once for the batch instead: the
# counters and the log (set-based below), the guard against writes outside an operation (we are
# inside one), the contact-consent rule (the inserted columns hold no contact details). Each
# costs a trigger program per row even when its WHEN is false: 0.75 s of 2.0 s at 100,000 rows.
_ROW_TRIGGERS = (
    _COUNTER_TRIGGER,
    "sync_households_insert",
    "guard_households_insert",
    "households_contact_consent_insert",
)
_PLAIN_INDEXES = ("households_postcode", "households_walk")  # not the unique ones: they check

_INSERT = (
    "INSERT INTO households (uuid, street_id, number, letter, addition, postcode, place, "
    "rd_x, rd_y, walk_key, source, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

# The counter trigger's first statement for every household from :first on, grouped.
_COUNT_NEW = """
INSERT INTO progress_counts (project_id, street_id, do_not_visit, outcome, initiator, n)
SELECT p.id, h.street_id, h.do_not_visit, coalesce(hs.outcome, 'unvisited'),
       i.household_id IS NOT NULL, count(*)
  FROM households h CROSS JOIN projects p
  LEFT JOIN household_status hs ON hs.project_id = p.id AND hs.household_id = h.id
  LEFT JOIN initiators i ON i.project_id = p.id AND i.household_id = h.id
 WHERE h.id >= :first AND (hs.outcome IS NOT NULL OR i.household_id IS NOT NULL)
 GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT DO UPDATE SET n = n + excluded.n"""
# The trigger's other statement, with the counts per street made from the rows (a new household
# is not marked "do not visit": the column is not among those inserted).
_COUNT_STREETS = """
INSERT INTO progress_households (street_id, do_not_visit, n) VALUES (?, 0, ?)
    ON CONFLICT DO UPDATE SET n = n + excluded.n"""

# The stamp of the k-th new household (k = id - first), counting on from the clock's first tick
# (wall, counter) the way Clock._bump does: past counter 0xFFFF the next millisecond.
_LOG_NEW = f"""
INSERT INTO sync_state (tbl, row, field, stamp, prev)
SELECT 'households', uuid, '{CREATED}',
       printf('%013d-%04x-%s', :wall + (:counter + id - :first) / 65536,
              (:counter + id - :first) % 65536, :laptop), ''
  FROM households WHERE id >= :first ORDER BY uuid
"""


def insert_households(db: Database, rows: Sequence[Sequence[Any]]) -> None:
    """Insert households (uuid, street_id, number, letter, addition, postcode, place, rd_x,
    rd_y, walk_key, source, created_at, updated_at); call inside a transaction."""
    conn = db.conn
    if len(rows) < BULK_ROWS:
        conn.executemany(_INSERT, rows)
        return
    # the log's trigger is there (a connection of a file being migrated has none yet) and the
    # caller has not paused it (an exchange file being applied brings its own stamps)
    logging = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger' AND name = "
        "'sync_households_insert') AND NOT EXISTS (SELECT 1 FROM temp.sync_paused)"
    ).fetchone()[0]
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM households").fetchone()[0])
    # Into a table smaller than the batch (a first import): the two plain indexes are built
    # again afterwards, in one sorted pass, instead of growing row by row.
    indexes = _PLAIN_INDEXES if first - 1 <= len(rows) else ()
    with _set_aside(conn, "trigger", _ROW_TRIGGERS) as triggers, _set_aside(conn, "index", indexes):
        conn.executemany(_INSERT, rows)
    last = int(conn.execute("SELECT max(id) FROM households").fetchone()[0])
    if last - first + 1 != len(rows):  # never with SQLite's rowids; checked, not assumed
        raise RuntimeError(f"new household ids {first}..{last} for {len(rows)} rows")
    if _COUNTER_TRIGGER in triggers:
        conn.execute(_COUNT_NEW, {"first": first})
        conn.executemany(_COUNT_STREETS, Counter(row[1] for row in rows).items())
    if logging:
        _log_created(db, first, len(rows))


@contextmanager
def _set_aside(conn: sqlite3.Connection, kind: str, names: Sequence[str]) -> Iterator[set[str]]:
    """Drop the named triggers or indexes of ``households`` (those that exist, in the file or in
    this connection's temp schema) and create them again afterwards from their own SQL; yields
    the names that were there. Inside the caller's transaction: DDL rolls back with it."""
    if not names:
        yield set()
        return
    marks = ", ".join("?" * len(names))
    found = [
        (schema, name, sql)
        for schema in ("main", "temp")
        for name, sql in conn.execute(
            f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = ? AND sql IS NOT NULL "
            f"AND tbl_name = 'households' AND name IN ({marks})",
            [kind, *names],
        )
    ]
    for schema, name, _sql in found:
        conn.execute(f"DROP {kind.upper()} {schema}.{name}")
    try:
        yield {name for _schema, name, _sql in found}
    finally:
        for schema, _name, sql in found:
            if schema == "temp":  # stored as CREATE TRIGGER: the temp schema is implied
                sql = sql.replace("CREATE TRIGGER", "CREATE TEMP TRIGGER", 1)
            conn.execute(sql)


def _log_created(db: Database, first: int, count: int) -> None:
    """What the exchange log's insert trigger does for each new household, for all at once."""
    conn = db.conn
    for table in ("tombstones", "sync_state"):
        # from the smaller side: the new uuids, or the table's household entries (a tombstone
        # for a re-imported household is rare; a fresh file has no entries at all)
        entries = f"SELECT count(*) FROM {table} WHERE tbl = 'households'"
        if conn.execute(entries).fetchone()[0] < count:
            where = (
                f"EXISTS (SELECT 1 FROM households h WHERE h.uuid = {table}.row AND h.id >= :first)"
            )
        else:
            where = "row IN (SELECT uuid FROM households WHERE id >= :first)"
        conn.execute(f"DELETE FROM {table} WHERE tbl = 'households' AND {where}", {"first": first})
    laptop, last = conn.execute("SELECT id, last_stamp FROM laptops WHERE is_self = 1").fetchone()
    start = Clock(laptop, Stamp.parse(last) if last else None).tick()
    conn.execute(
        _LOG_NEW,
        {"first": first, "wall": start.wall_ms, "counter": start.counter, "laptop": laptop},
    )
    end = start.counter + count - 1
    final = Stamp(start.wall_ms + end // 65536, end % 65536, laptop)
    conn.execute("UPDATE laptops SET last_stamp = ? WHERE is_self = 1", [str(final)])
