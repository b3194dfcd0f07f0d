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


# In street id and walking order, which the index households_walk gives without sorting.
_MAP_SQL = f"""
SELECT h.id, h.street_id, h.number, h.rd_x, h.rd_y,
       CASE WHEN h.do_not_visit THEN {DO_NOT_VISIT_CODE} ELSE {_status_sql("hs.outcome")} END
  FROM households h
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?
 ORDER BY h.street_id, h.walk_key
"""

_SUFFIX_SQL = "SELECT id, letter, addition FROM households WHERE letter <> '' OR addition <> ''"

_COLUMNS = np.dtype(
    [
        ("id", np.int64),
        ("street", np.int64),
        ("number", np.int64),
        ("x", np.float64),
        ("y", np.float64),
        ("status", np.int8),
    ]
)


def map_rows(db: Database, project_id: int | None) -> MapRows:
    """Every household for the map, in street and walking order (see :class:`MapRows`)."""
    conn = db.conn
    streets = conn.execute("SELECT id, name, numbering FROM streets ORDER BY id").fetchall()
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: numpy reads them as records
    rows = cursor.execute(_MAP_SQL, [project_id or 0]).fetchall()
    suffix_rows = conn.execute(_SUFFIX_SQL).fetchall()
    # NULL coordinates arrive as None, which a float column takes as NaN
    table = np.array(rows, dtype=_COLUMNS) if rows else np.zeros(0, dtype=_COLUMNS)
    street_ids = np.array([row[0] for row in streets], dtype=np.int64)
    street = np.searchsorted(street_ids, table["street"]).astype(np.int64)
    ids = table["id"].copy()
    suffixes: dict[int, tuple[str, str]] = {}
    if suffix_rows:
        order = np.argsort(ids, kind="stable")
        wanted = np.array([row[0] for row in suffix_rows], dtype=np.int64)
        at = np.minimum(np.searchsorted(ids[order], wanted), len(ids) - 1)
        for (hid, letter, addition), position in zip(suffix_rows, at.tolist(), strict=True):
            row = int(order[position])
            if ids[row] == hid:
                suffixes[row] = (letter or "", addition or "")
    return MapRows(
        ids=ids,
        street=street,
        number=table["number"].copy(),
        x=table["x"].copy(),
        y=table["y"].copy(),
        status=table["status"].copy(),
        street_names=[row[1] for row in streets],
        street_numbering=[Numbering(row[2]) for row in streets],
        suffixes=suffixes,
    )


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
        f"SELECT household_id, {_status_sql('outcome')} FROM household_status "
        "WHERE project_id = ?",
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
