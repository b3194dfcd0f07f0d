"""What an exchange file carries, and how it is merged in (docs/exchange.md).

:func:`collect` reads every synchronised row in its wire form — foreign keys as uuids, each field
with the stamp of its latest change — plus the tombstones and the laptops this one knows.
:func:`apply` merges such a payload in one transaction:

- a field takes the value with the later stamp (ties cannot happen: the laptop id is in the
  stamp), so every laptop ends with the same value whatever the order of the files;
- a row that is unknown here is created, unless a tombstone here is newer than its creation;
- a tombstone deletes a row created before it, and is kept, so an older file cannot bring the
  row back;
- events (visits, their undo and redo) are added when unknown, never changed;
- where two laptops changed one field without seeing each other's change (the later change does
  not name the earlier one as the value it replaced), the losing value goes to ``conflicts``.

Reading a payload twice changes nothing; a payload of this same laptop changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain.address import HouseNumber, Numbering, walk_key
from ..errors import QT_TRANSLATE_NOOP
from .closing import apply_closures
from .db import now_iso, transaction
from .privacy import apply_erasures
from .store_errors import StoreError
from .sync import not_recording, self_laptop
from .sync_spec import BY_NAME, CREATED, TABLES, Synced

FORMAT = 1
GENESIS = "0000000000000-0000-"  # + laptop: rows that existed before stamps did

# One row on the wire: key, created stamp, {field: [stamp, prev]}, values in wire_fields order.
WireRow = tuple[str, str, dict[str, list[str]], list[Any]]


@dataclass
class MergeReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # rows that could not be placed, and why
    conflicts: int = 0

    def count(self, bucket: dict[str, int], table: str) -> None:
        bucket[table] = bucket.get(table, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


# --- reading rows in wire form -------------------------------------------------------------------


def _select(spec: Synced) -> str:
    """SQL for every row of a table in wire form: key, then wire fields."""
    t = spec.table
    joins: list[str] = []
    cols: list[str] = []
    for i, column in enumerate(spec.wire_fields()):
        target = spec.refs.get(column)
        if target:
            joins.append(f"LEFT JOIN {target} r{i} ON r{i}.id = t.{column}")
            cols.append(f"r{i}.uuid")
        else:
            cols.append(f"t.{column}")
    if spec.kind == "link":
        key = " || '/' || ".join(
            f"r{i}.uuid" if spec.refs.get(c) else f"t.{c}" for i, c in enumerate(spec.key)
        )
    else:
        key = "t.uuid"
    return f"SELECT {key}, {', '.join(cols)} FROM {t} t {' '.join(joins)}"


def _stamps(db: Database, table: str) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for row, fld, stamp, prev in db.execute(
        "SELECT row, field, stamp, prev FROM sync_state WHERE tbl = ?", [table]
    ):
        found.setdefault(row, {})[fld] = [stamp, prev]
    return found


def wire_rows(db: Database, spec: Synced) -> Iterator[WireRow]:
    genesis = GENESIS + self_laptop(db)
    stamps = _stamps(db, spec.table)
    for row in db.execute(_select(spec)):
        key = row[0]
        if key is None:
            continue
        own = stamps.get(key, {})
        created = own.pop(CREATED, [genesis, ""])[0]
        if spec.kind == "event":
            created = row[1 + spec.wire_fields().index("stamp")] or created
        yield key, created, own, list(row[1:])


def collect(db: Database) -> dict[str, Any]:
    """Everything this laptop knows, as a payload for an exchange file."""
    me = self_laptop(db)
    laptops = [
        {"id": r[0], "name": r[1], "last_stamp": r[2]}
        for r in db.execute("SELECT id, name, last_stamp FROM laptops ORDER BY id")
    ]
    return {
        "format": FORMAT,
        "neighbourhood": neighbourhood_uuid(db),
        "laptop": me,
        "laptops": laptops,
        "tables": {
            spec.table: {"fields": list(spec.wire_fields()), "rows": list(wire_rows(db, spec))}
            for spec in TABLES
        },
        "tombstones": [list(r) for r in db.execute("SELECT tbl, row, stamp FROM tombstones")],
    }


def for_connector(payload: dict[str, Any], member: str) -> dict[str, Any]:
    """Only what a connector's laptop needs (privacy: minimal data on each laptop): the streets
    assigned to that member (uuid), their households with their visits, undo and redo, initiator
    marks and sign-ups, residents' ideas of those streets or of none; the project, plan,
    activities and team in full (a team member's phone and
    e-mail only exist with their consent)."""
    tables = payload["tables"]
    links = tables["street_assignments"]["rows"]
    streets = {row[0].split("/")[0] for row in links if row[0].split("/")[1] == member}
    house_street = tables["households"]["fields"].index("street_id")
    houses = {r[0] for r in tables["households"]["rows"] if r[3][house_street] in streets}
    visit_house = tables["visits"]["fields"].index("household_id")
    visits = {r[0] for r in tables["visits"]["rows"] if r[3][visit_house] in houses}
    idea_street = tables["ideas"]["fields"].index("street_id")
    printed_member = tables["printed_lists"]["fields"].index("member_id")
    printed_rows = tables["printed_lists"]["fields"].index("household_uuids")

    def own_list(row: Any) -> bool:  # printed for this connector, or for their doors
        values = row[3]
        return bool(values[printed_member] == member) or any(
            u in houses for u in json.loads(values[printed_rows])
        )

    keep: dict[str, Callable[[Any], bool]] = {
        "printed_lists": own_list,
        "streets": lambda r: r[0] in streets,
        "households": lambda r: r[0] in houses,
        "visits": lambda r: r[0] in visits,
        "visit_events": lambda r: r[3][0] in visits,
        "note_corrections": lambda r: r[3][0] in visits,
        "answers": lambda r: r[3][0] in visits,
        "initiators": lambda r: r[0].split("/")[1] in houses,
        "activity_signups": lambda r: r[0].split("/")[1] in houses,
        "street_assignments": lambda r: r[0].split("/")[0] in streets,
        "ideas": lambda r: r[3][idea_street] is None or r[3][idea_street] in streets,
    }
    narrowed = {
        name: dict(table, rows=[r for r in table["rows"] if keep[name](r)])
        if name in keep
        else table
        for name, table in tables.items()
    }
    # tombstones carry no personal data, only which rows are gone: all of them travel
    return dict(payload, tables=narrowed, scope=member)


def neighbourhood_uuid(db: Database) -> str:
    return str(db.execute("SELECT uuid FROM neighbourhood WHERE id = 1").fetchone()[0])


def join(db: Database, payload: dict[str, Any]) -> MergeReport:
    """Make this (new, empty) file a copy of the neighbourhood in a start package."""
    with transaction(db):
        filled = db.execute(
            "SELECT (SELECT count(*) FROM streets) + (SELECT count(*) FROM projects) "
            "+ (SELECT count(*) FROM members)"
        ).fetchone()[0]
        if filled:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "dit bestand bevat al een buurt; een startpakket komt alleen in een nieuw "
                    "bestand",
                )
            )
        with not_recording(db):
            db.execute("DELETE FROM neighbourhood")
        return apply(db, payload)


# --- merging -------------------------------------------------------------------------------------


class _Ids:
    """uuid -> local id, per table, filled as rows are created."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.cache: dict[str, dict[str, int]] = {}

    def of(self, table: str) -> dict[str, int]:
        if table not in self.cache:
            self.cache[table] = {
                u: i for i, u in self.db.execute(f"SELECT id, uuid FROM {table}").fetchall()
            }
        return self.cache[table]

    def resolve(self, spec: Synced, names: Iterable[str], values: Iterable[Any]) -> list[Any]:
        """Wire values -> local values; raises KeyError naming a missing reference."""
        out = []
        for name, value in zip(names, values, strict=True):
            target = spec.refs.get(name)
            if target and value is not None:
                local = self.of(target).get(value)
                if local is None:
                    raise KeyError(f"{target} {value}")
                value = local
            out.append(value)
        return out


def _effective(own: dict[str, list[str]], created: str, name: str) -> tuple[str, str]:
    stamp, prev = own.get(name, [created, ""])
    return (stamp, prev) if stamp > created else (created, "")


def apply(db: Database, payload: dict[str, Any]) -> MergeReport:
    """Merge a payload (see :func:`collect`) in one transaction."""
    report = MergeReport()
    with transaction(db), not_recording(db):
        ids = _Ids(db)
        tombs = {
            (t, r): s for t, r, s in db.execute("SELECT tbl, row, stamp FROM tombstones").fetchall()
        }
        incoming_tombs = {(t, r): s for t, r, s in payload.get("tombstones", [])}
        for key, stamp in incoming_tombs.items():
            if stamp > tombs.get(key, ""):
                tombs[key] = stamp
                db.execute(
                    "INSERT OR REPLACE INTO tombstones (tbl, row, stamp) VALUES (?, ?, ?)",
                    [key[0], key[1], stamp],
                )
        for spec in TABLES:
            wire = payload.get("tables", {}).get(spec.table)
            if wire is None:
                continue
            if list(wire["fields"]) != list(spec.wire_fields()):
                raise ValueError(f"velden van {spec.table} kloppen niet")
            _merge_table(db, spec, wire["rows"], tombs, ids, report)
        for spec in reversed(TABLES):
            _delete_tombstoned(db, spec, tombs, ids, report)
        # visits recorded anywhere before an erasure never come back (store/privacy.py)
        apply_erasures(db)
        apply_closures(db)  # visits of a closed project: counted, never kept per household
        _remember_laptops(db, payload)
    return report


def _merge_table(
    db: Database,
    spec: Synced,
    rows: list[WireRow],
    tombs: dict[tuple[str, str], str],
    ids: _Ids,
    report: MergeReport,
) -> None:
    names = spec.wire_fields()
    local = {r[0]: r for r in wire_rows(db, spec)}
    new_rows: list[tuple[str, list[Any]]] = []  # created in one go after the loop
    new_state: list[tuple[str, str, str, str, str]] = []
    for key, created, own, values in rows:
        mine = local.get(key)
        if mine is None:
            if tombs.get((spec.table, key), "") >= created:
                continue  # deleted here after it was made
            try:
                row = ids.resolve(spec, names, values)
            except KeyError as missing:
                report.skipped.append(f"{spec.table} {key}: {missing.args[0]} ontbreekt")
                continue
            new_rows.append((key, row))
            new_state.append((spec.table, key, CREATED, created, ""))
            new_state.extend(
                (spec.table, key, name, stamp, prev)
                for name, (stamp, prev) in own.items()
                if stamp > created
            )
            report.count(report.created, spec.table)
            continue
        if spec.kind == "event":
            continue
        _, my_created, my_own, my_values = mine
        changed: dict[str, Any] = {}
        for i, name in enumerate(names):
            if spec.kind == "link" and name in spec.key:
                continue
            theirs, their_prev = _effective(own, created, name)
            ours, our_prev = _effective(my_own, my_created, name)
            if values[i] == my_values[i]:
                if theirs > ours:  # same value, later stamp: keep stamps equal everywhere
                    _set_state(db, spec.table, key, name, theirs, their_prev)
                continue
            if theirs > ours:
                changed[name] = values[i]
                _set_state(db, spec.table, key, name, theirs, their_prev)
                if their_prev != ours and ours != my_created:
                    _conflict(db, spec.table, key, name, values[i], theirs, my_values[i], ours)
                    report.conflicts += 1
            elif our_prev != theirs and theirs != created:
                _conflict(db, spec.table, key, name, my_values[i], ours, values[i], theirs)
                report.conflicts += 1
        if changed:
            try:
                row = ids.resolve(spec, list(changed), list(changed.values()))
            except KeyError as missing:
                report.skipped.append(f"{spec.table} {key}: {missing.args[0]} ontbreekt")
                continue
            _update(db, spec, key, dict(zip(changed, row, strict=True)), ids)
            report.count(report.updated, spec.table)
    if new_rows:
        _insert_many(db, spec, new_rows, ids)
        db.conn.executemany(
            "INSERT OR REPLACE INTO sync_state (tbl, row, field, stamp, prev) "
            "VALUES (?, ?, ?, ?, ?)",
            new_state,
        )


def _where(spec: Synced, key: str, ids: _Ids) -> tuple[str, list[Any]]:
    if spec.kind != "link":
        return "uuid = ?", [key]
    parts = key.split("/")
    values = ids.resolve(spec, spec.key, parts)
    return " AND ".join(f"{c} = ?" for c in spec.key), values


def _insert_many(db: Database, spec: Synced, rows: list[tuple[str, list[Any]]], ids: _Ids) -> None:
    """Create rows that are new here, in one statement per table (a city's start package holds
    hundreds of thousands); households get their walking order from their street."""
    names = list(spec.wire_fields())
    columns = names if spec.kind == "link" else ["uuid", *names]
    values = [row if spec.kind == "link" else [key, *row] for key, row in rows]
    if spec.table == "households":
        numbering = {
            sid: Numbering(n) for sid, n in db.execute("SELECT id, numbering FROM streets")
        }
        street, number, letter, addition = (
            names.index(c) for c in ("street_id", "number", "letter", "addition")
        )
        now = now_iso()
        columns = [*columns, "walk_key", "updated_at"]
        values = [
            [
                *value,
                walk_key(
                    HouseNumber(int(row[number]), str(row[letter]), str(row[addition])),
                    numbering[row[street]],
                ),
                now,
            ]
            for value, (_key, row) in zip(values, rows, strict=True)
        ]
    placeholders = ", ".join("?" for _ in columns)
    db.conn.executemany(
        f"INSERT INTO {spec.table} ({', '.join(columns)}) VALUES ({placeholders})", values
    )
    ids.cache.pop(spec.table, None)  # read again when next needed


def _update(db: Database, spec: Synced, key: str, changed: dict[str, Any], ids: _Ids) -> None:
    where, args = _where(spec, key, ids)
    sets = ", ".join(f"{c} = ?" for c in changed)
    db.execute(f"UPDATE {spec.table} SET {sets} WHERE {where}", [*changed.values(), *args])
    if spec.table == "streets" and "numbering" in changed:
        _rekey_street(db, ids.of("streets")[key], changed["numbering"])
    if spec.table == "households" and {"number", "letter", "addition", "street_id"} & set(changed):
        row = db.execute(
            "SELECT street_id, number, letter, addition FROM households WHERE uuid = ?", [key]
        ).fetchone()
        fields = dict(zip(("street_id", "number", "letter", "addition"), row, strict=True))
        db.execute(
            "UPDATE households SET walk_key = ? WHERE uuid = ?", [_walk_key(db, fields), key]
        )


def _walk_key(db: Database, row: dict[str, Any]) -> str:
    numbering = db.execute(
        "SELECT numbering FROM streets WHERE id = ?", [row["street_id"]]
    ).fetchone()[0]
    house = HouseNumber(int(row["number"]), str(row["letter"]), str(row["addition"]))
    return walk_key(house, Numbering(numbering))


def _rekey_street(db: Database, street_id: int, numbering: str) -> None:
    rows = db.execute(
        "SELECT id, number, letter, addition FROM households WHERE street_id = ?", [street_id]
    ).fetchall()
    db.conn.executemany(
        "UPDATE households SET walk_key = ? WHERE id = ?",
        [(walk_key(HouseNumber(r[1], r[2], r[3]), Numbering(numbering)), r[0]) for r in rows],
    )


def _delete_tombstoned(
    db: Database, spec: Synced, tombs: dict[tuple[str, str], str], ids: _Ids, report: MergeReport
) -> None:
    doomed = {row: stamp for (table, row), stamp in tombs.items() if table == spec.table}
    if not doomed:
        return
    for key, _created, _own, _values in list(wire_rows(db, spec)):
        stamp = doomed.get(key)
        if stamp is None or stamp <= _created:
            continue
        where, args = _where(spec, key, ids)
        try:
            with transaction(db):  # a savepoint: a row that others still need stays
                db.execute(f"DELETE FROM {spec.table} WHERE {where}", args)
        except Exception as exc:  # sqlite3.IntegrityError: still referenced here
            report.skipped.append(f"{spec.table} {key}: niet verwijderd ({exc})")
            continue
        db.execute("DELETE FROM sync_state WHERE tbl = ? AND row = ?", [spec.table, key])
        if spec.kind != "link":
            ids.of(spec.table).pop(key, None)
        report.count(report.deleted, spec.table)


def _set_state(db: Database, table: str, key: str, name: str, stamp: str, prev: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO sync_state (tbl, row, field, stamp, prev) VALUES (?, ?, ?, ?, ?)",
        [table, key, name, stamp, prev],
    )


def _conflict(
    db: Database,
    table: str,
    key: str,
    name: str,
    kept: Any,
    kept_stamp: str,
    other: Any,
    other_stamp: str,
) -> None:
    db.execute(
        "INSERT OR IGNORE INTO conflicts (tbl, row, field, kept_value, kept_stamp, other_value, "
        "other_stamp, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            table,
            key,
            name,
            json.dumps(kept),
            kept_stamp,
            json.dumps(other),
            other_stamp,
            now_iso(),
        ],
    )


def _remember_laptops(db: Database, payload: dict[str, Any]) -> None:
    me = self_laptop(db)
    for laptop in payload.get("laptops", []):
        if laptop["id"] == me:
            continue
        db.execute(
            "INSERT INTO laptops (id, name, last_stamp) VALUES (?, ?, ?) ON CONFLICT (id) DO "
            "UPDATE SET name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END, "
            "last_stamp = max(last_stamp, excluded.last_stamp)",
            [laptop["id"], laptop.get("name", ""), laptop.get("last_stamp", "")],
        )
    sender = payload.get("laptop")
    if sender and sender != me:
        db.execute("UPDATE laptops SET heard_at = ? WHERE id = ?", [now_iso(), sender])
    # our clock moves past everything we have read (a change made after reading is later)
    newest = max((str(r[0]) for r in db.execute("SELECT last_stamp FROM laptops")), default="")
    if newest:
        db.execute(
            "UPDATE laptops SET last_stamp = bd_next(id, ?) WHERE is_self = 1 AND last_stamp < ?",
            [newest, newest],
        )


__all__ = ["BY_NAME", "FORMAT", "MergeReport", "apply", "collect", "wire_rows"]
