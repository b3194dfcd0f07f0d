"""What the street map reads: every household's point (or none), street, house number and shown
status in walking order, as arrays (:class:`~buurtdesk.domain.map_layout.MapRows`); the statuses
alone, for recolouring after a visit; and the addresses of a few households, for a tooltip or a
menu.

A city has 100,000 households: one query, numbers only, straight into numpy arrays; the status
is a small integer computed by SQLite (its position in ``Status``, do-not-visit applied). Only
the few house letters and additions become strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from ..domain.address import Numbering
from ..domain.map_layout import DO_NOT_VISIT_CODE, STATUSES, Codes, Ints, MapRows, house_text


def _status_sql(outcome: str) -> str:
    """SQL for the status code of an outcome column; 0 (not visited) for none or unknown."""
    cases = " ".join(
        f"WHEN '{status.value}' THEN {code}" for code, status in enumerate(STATUSES) if code
    )
    return f"CASE {outcome} {cases} ELSE 0 END"


# In street id and walking order, which the index households_walk gives without sorting. Each
# value costs a Python object on the way to numpy, so street, house number and do-not-visit mark
# travel packed in one integer (a house number is below 2**20: BAG's highest is 99999).
_NUMBER_BITS = 20
_MAP_SQL = f"""
SELECT id, ((street_id << {_NUMBER_BITS}) | number) << 1 | (do_not_visit <> 0), rd_x, rd_y
  FROM households
 ORDER BY street_id, walk_key
"""
_COLUMNS = np.dtype([("id", np.int64), ("packed", np.int64), ("x", np.float64), ("y", np.float64)])

_SUFFIX_SQL = "SELECT id, letter, addition FROM households WHERE letter <> '' OR addition <> ''"


def map_rows(db: Database, project_id: int | None) -> MapRows:
    """Every household for the map, in street and walking order (see :class:`MapRows`)."""
    conn = db.conn
    streets = conn.execute("SELECT id, name, numbering FROM streets ORDER BY id").fetchall()
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: numpy reads them as records
    # NULL coordinates arrive as None, which a float column takes as NaN
    table = np.fromiter(cursor.execute(_MAP_SQL), dtype=_COLUMNS)
    statuses = map_statuses(db, project_id)
    suffix_rows = conn.execute(_SUFFIX_SQL).fetchall()

    ids = table["id"].copy()
    packed = table["packed"]
    street_ids = np.array([row[0] for row in streets], dtype=np.int64)
    street = np.searchsorted(street_ids, packed >> (_NUMBER_BITS + 1)).astype(np.int64)
    number = (packed >> 1) & ((1 << _NUMBER_BITS) - 1)
    by_id = np.argsort(ids, kind="stable")
    sorted_ids = ids[by_id]
    status = np.zeros(len(ids), dtype=np.int8)
    at = _rows_of(sorted_ids, by_id, statuses.visited_ids)
    status[at[at >= 0]] = statuses.visited_status[at >= 0]
    status[(packed & 1).astype(bool)] = DO_NOT_VISIT_CODE
    suffixes: dict[int, tuple[str, str]] = {}
    if suffix_rows:
        wanted = np.array([row[0] for row in suffix_rows], dtype=np.int64)
        rows = _rows_of(sorted_ids, by_id, wanted).tolist()
        for (_hid, letter, addition), row in zip(suffix_rows, rows, strict=True):
            if row >= 0:
                suffixes[row] = (letter or "", addition or "")
    return MapRows(
        ids=ids,
        street=street,
        number=number,
        x=table["x"].copy(),
        y=table["y"].copy(),
        status=status,
        street_names=[row[1] for row in streets],
        street_numbering=[Numbering(row[2]) for row in streets],
        suffixes=suffixes,
    )


def _rows_of(sorted_ids: Ints, by_id: Ints, wanted: Ints) -> Ints:
    """Rows of the wanted ids (``by_id`` sorts the rows by id); -1 where an id is missing."""
    if not len(sorted_ids):
        return np.full(len(wanted), -1, dtype=np.int64)
    at = np.minimum(np.searchsorted(sorted_ids, wanted), len(sorted_ids) - 1)
    return np.where(sorted_ids[at] == wanted, by_id[at], -1)


@dataclass(frozen=True, eq=False)
class MapStatuses:
    """The statuses of a project, for a recolour: only what differs from "not visited"."""

    visited_ids: Ints  # households with a status in the project ...
    visited_status: Codes  # ... and its code
    do_not_visit: Ints  # households marked do-not-visit
    households: int  # how many households there are in all


def map_statuses(db: Database, project_id: int | None) -> MapStatuses:
    conn = db.conn.cursor()
    conn.row_factory = None
    visited = conn.execute(
        f"SELECT household_id, {_status_sql('outcome')} FROM household_status WHERE project_id = ?",
        [project_id or 0],
    ).fetchall()
    barred = conn.execute("SELECT id FROM households WHERE do_not_visit = 1").fetchall()
    count = int(conn.execute("SELECT count(*) FROM households").fetchone()[0])
    pairs = np.array(visited, dtype=np.int64).reshape(-1, 2)
    return MapStatuses(
        visited_ids=pairs[:, 0].copy(),
        visited_status=pairs[:, 1].astype(np.int8),
        do_not_visit=np.array([row[0] for row in barred], dtype=np.int64),
        households=count,
    )


def map_addresses(db: Database, household_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """Street and written house number (``12A``, ``4-2``) of a few households, by id."""
    found: dict[int, tuple[str, str]] = {}
    wanted = [int(hid) for hid in household_ids]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for hid, street, number, letter, addition in db.conn.execute(
            "SELECT h.id, s.name, h.number, h.letter, h.addition FROM households h "
            f"JOIN streets s ON s.id = h.street_id WHERE h.id IN ({marks})",
            chunk,
        ):
            found[hid] = (street, house_text(number, letter or "", addition or ""))
    return found
