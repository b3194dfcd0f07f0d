"""Printed walk lists: what was on the paper, so re-entry can follow it exactly.

Every walk list that is exported (the command line's ``export walklist`` and the window's print
both call :func:`record_printed_list`) is kept with its code, the connector it was printed for (or
its streets), the household ids in row order and when it was printed. Re-entry looks a typed code
up with :func:`find_list`: the printed lists first, then (for lists printed before BuurtDesk kept
them) the lists the current selections would print today.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.walklist import list_code
from .db import new_uuid, now_iso, transaction
from .printing import walk_entries
from .team import find_member


@dataclass(frozen=True)
class PrintedList:
    code: str  # the four characters of list_code
    ident: str  # as printed, LL-1128-293A; for a recomputed list just the code
    connector: str  # the connector it was printed for; "" when printed for streets
    streets: str  # the streets on it, for people
    household_ids: tuple[int, ...]  # in row order: row N is household_ids[N - 1]
    printed_at: str  # "" for a list recomputed from today's selection

    @property
    def for_connector(self) -> bool:
        return bool(self.connector)


def record_printed_list(
    db: Database,
    *,
    ident: str,
    household_ids: Sequence[int],
    project_id: int | None,
    connector: str = "",
    streets: str = "",
) -> None:
    """Remember a walk list that was just written (its rows in order and whom it is for)."""
    member = find_member(db, connector) if connector else None
    with transaction(db):
        uuids = _uuids(db, household_ids)
        db.execute(
            "INSERT INTO printed_lists (uuid, code, ident, project_id, member_id, connector, "
            "streets, household_ids, household_uuids, printed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_uuid(),
                list_code(household_ids),
                ident,
                project_id,
                member.id if member else None,
                member.name if member else connector,
                streets,
                json.dumps(list(household_ids)),
                json.dumps([uuids.get(int(i), "") for i in household_ids]),
                now_iso(),
            ],
        )


def _uuids(db: Database, household_ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    ids = [int(i) for i in household_ids]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            (int(r[0]), str(r[1]))
            for r in db.execute(f"SELECT id, uuid FROM households WHERE id IN ({marks})", chunk)
        )
    return found


def _ids(db: Database, uuids: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    wanted = [u for u in uuids if u]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            (str(r[1]), int(r[0]))
            for r in db.execute(f"SELECT id, uuid FROM households WHERE uuid IN ({marks})", chunk)
        )
    return found


def printed_lists(db: Database, code: str) -> list[PrintedList]:
    """The printed lists with this code, newest first. Rows are read by household uuid, so a list
    printed on another laptop (it came in an exchange file) reads the same here; a household this
    laptop does not have (erased, or outside a connector's streets) is row id 0."""
    rows = db.execute(
        "SELECT p.code, p.ident, coalesce(m.name, p.connector), p.streets, p.household_uuids, "
        "p.printed_at FROM printed_lists p LEFT JOIN members m ON m.id = p.member_id "
        "WHERE p.code = ? ORDER BY p.printed_at DESC, p.id DESC",
        [code.upper()],
    ).fetchall()
    found = []
    for row in rows:
        uuids = [str(u) for u in json.loads(row[4])]
        local = _ids(db, uuids)
        ids = tuple(local.get(u, 0) for u in uuids)
        found.append(PrintedList(row[0], row[1], row[2], row[3], ids, row[5]))
    return found


def _walk_ids(db: Database, street_ids: Sequence[int] | None) -> list[int]:
    """Household ids in the walk list's order: that of the printed list itself
    (:func:`buurtdesk.store.printing.walk_entries`), never a copy of it."""
    return [e.household_id for e in walk_entries(db, None, street_ids)]


def recomputed_list(db: Database, code: str) -> PrintedList | None:
    """A list printed before lists were kept: the connector's, one street's or all streets'
    list as it would print today, when its code is this one."""
    code = code.upper()
    connectors = db.execute(
        "SELECT m.name, group_concat(a.street_id) FROM members m "
        "JOIN street_assignments a ON a.member_id = m.id GROUP BY m.id ORDER BY m.name"
    ).fetchall()
    for name, joined in connectors:
        ids = _walk_ids(db, [int(s) for s in str(joined).split(",")])
        if ids and list_code(ids) == code:
            return PrintedList(code, code, name, "", tuple(ids), "")
    for street_id, street in db.execute("SELECT id, name FROM streets ORDER BY id").fetchall():
        ids = _walk_ids(db, [street_id])
        if ids and list_code(ids) == code:
            return PrintedList(code, code, "", street, tuple(ids), "")
    ids = _walk_ids(db, None)
    if ids and list_code(ids) == code:
        return PrintedList(code, code, "", "alle straten", tuple(ids), "")
    return None


def find_list(db: Database, code: str) -> PrintedList | None:
    """The walk list with this code: the newest printed one, else one recomputed from today's
    selections; None when no list has this code."""
    found = printed_lists(db, code)
    return found[0] if found else recomputed_list(db, code)


def existing_households(db: Database, household_ids: Sequence[int]) -> set[int]:
    """Which of these households still exist (a household may have been erased since)."""
    found: set[int] = set()
    ids = list(household_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            r[0] for r in db.execute(f"SELECT id FROM households WHERE id IN ({marks})", chunk)
        )
    return found
