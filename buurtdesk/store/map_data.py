"""What the street map reads: every household with its point (or none), street, status and
do-not-visit mark, in walking order; and the statuses alone, for recolouring after a visit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlite_utils import Database

from ..domain.address import HouseNumber, Numbering, format_house_number
from ..domain.map_layout import MapHousehold, StripStreet
from ..domain.outcomes import Status

_MAP_SQL = """
SELECT h.id, s.name, h.number, h.letter, h.addition, h.rd_x, h.rd_y, h.do_not_visit,
       coalesce(hs.outcome, 'unvisited'), s.numbering, s.id
  FROM households h
  JOIN streets s ON s.id = h.street_id
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?
 ORDER BY s.name COLLATE NOCASE, s.place, s.id, h.walk_key
"""

_STATUS_SQL = """
SELECT h.id, coalesce(hs.outcome, 'unvisited'), h.do_not_visit
  FROM households h
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?
"""

_STATUSES = {status.value: status for status in Status}


def _household(row: Sequence[Any]) -> MapHousehold:
    number, letter, addition = row[2], row[3], row[4]
    house = format_house_number(HouseNumber(number, letter, addition))
    door = f"{number}{letter}"
    has_point = row[5] is not None and row[6] is not None
    return MapHousehold(
        id=row[0],
        street=row[1],
        number=number,
        house=house,
        status=_STATUSES.get(row[8], Status.UNVISITED),
        do_not_visit=bool(row[7]),
        rd_x=float(row[5]) if has_point else None,
        rd_y=float(row[6]) if has_point else None,
        door=door,
    )


def map_households(
    db: Database, project_id: int | None
) -> tuple[list[MapHousehold], list[StripStreet]]:
    """Households with a point, and the streets of households without one (walking order).

    A street whose households only partly have coordinates shows the ones with a point on the
    map and the others in its strip, so that nobody goes missing.
    """
    with_points: list[MapHousehold] = []
    strips: dict[int, tuple[str, Numbering, list[MapHousehold]]] = {}
    for row in db.conn.execute(_MAP_SQL, [project_id or 0]):
        household = _household(row)
        if household.rd_x is not None:
            with_points.append(household)
        else:
            street_id = int(row[10])
            if street_id not in strips:
                strips[street_id] = (row[1], Numbering(row[9]), [])
            strips[street_id][2].append(household)
    streets = [StripStreet(name, numbering, tuple(hh)) for name, numbering, hh in strips.values()]
    return with_points, streets


def iter_map_statuses(db: Database, project_id: int | None) -> Iterator[tuple[int, Status, bool]]:
    """(household id, status, do-not-visit) for every household, for a recolour."""
    for household_id, outcome, do_not_visit in db.conn.execute(_STATUS_SQL, [project_id or 0]):
        yield household_id, _STATUSES.get(outcome, Status.UNVISITED), bool(do_not_visit)
