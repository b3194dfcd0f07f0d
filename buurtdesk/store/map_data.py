"""What the street map reads: every household with its point (or none), street, status and
do-not-visit mark, in walking order; and the statuses alone, for recolouring after a visit."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..domain.address import HouseNumber, Numbering, format_house_number, name_sort_key
from ..domain.map_layout import MapHousehold, StripStreet
from ..domain.outcomes import Status

# In street id and walking order, which the index households_walk gives without sorting; the
# strips are put in name order afterwards (a few thousand streets, not 100,000 households).
_MAP_SQL = """
SELECT h.id, s.name, h.number, h.letter, h.addition, h.rd_x, h.rd_y, h.do_not_visit,
       hs.outcome, s.numbering, h.street_id
  FROM households h
  JOIN streets s ON s.id = h.street_id
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?
 ORDER BY h.street_id, h.walk_key
"""

_STATUSES = {status.value: status for status in Status}


def map_households(
    db: Database, project_id: int | None
) -> tuple[list[MapHousehold], list[StripStreet]]:
    """Households with a point, and the streets of households without one (walking order).

    A street whose households only partly have coordinates shows the ones with a point on the
    map and the others in its strip, so that nobody goes missing.
    """
    with_points: list[MapHousehold] = []
    strips: dict[int, tuple[str, Numbering, list[MapHousehold]]] = {}
    unvisited = Status.UNVISITED
    for (
        hid,
        street,
        number,
        letter,
        addition,
        x,
        y,
        dnv,
        outcome,
        numbering,
        street_id,
    ) in db.conn.execute(_MAP_SQL, [project_id or 0]):
        if letter or addition:
            house = format_house_number(HouseNumber(number, letter, addition))
            door = f"{number}{letter}"
        else:
            house = door = str(number)
        status = _STATUSES.get(outcome, unvisited) if outcome else unvisited
        if x is not None and y is not None:
            with_points.append(
                MapHousehold(hid, street, number, house, status, bool(dnv), x, y, door)
            )
            continue
        household = MapHousehold(hid, street, number, house, status, bool(dnv), None, None, door)
        if street_id not in strips:
            strips[street_id] = (street, Numbering(numbering), [])
        strips[street_id][2].append(household)
    streets = [StripStreet(name, numbering, tuple(hh)) for name, numbering, hh in strips.values()]
    streets.sort(key=lambda street: name_sort_key(street.name))  # the Dutch street order
    return with_points, streets


@dataclass(frozen=True)
class MapStatuses:
    """The statuses of a project, for a recolour: only what differs from "not visited"."""

    visited: dict[int, Status]  # household id -> status of its latest visit
    do_not_visit: set[int]  # households marked do-not-visit
    households: int  # how many households there are in all

    def shown(self, household_id: int) -> Status:
        if household_id in self.do_not_visit:
            return Status.DO_NOT_VISIT
        return self.visited.get(household_id, Status.UNVISITED)


def map_statuses(db: Database, project_id: int | None) -> MapStatuses:
    visited = {
        hid: _STATUSES.get(outcome, Status.UNVISITED)
        for hid, outcome in db.conn.execute(
            "SELECT household_id, outcome FROM household_status WHERE project_id = ?",
            [project_id or 0],
        )
    }
    do_not_visit = {
        row[0] for row in db.conn.execute("SELECT id FROM households WHERE do_not_visit = 1")
    }
    count = int(db.conn.execute("SELECT count(*) FROM households").fetchone()[0])
    return MapStatuses(visited, do_not_visit, count)
