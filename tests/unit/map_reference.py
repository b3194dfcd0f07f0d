"""The street map's layout as it was before it became arrays (commit 9126970), kept as the
reference that the array layout must equal: the same markers at the same points, the same
stacks, colours, labels and roads. Objects per household; slow at city scale, and that is why it
is only here."""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from buurtdesk.domain.address import (
    HouseNumber,
    Numbering,
    Side,
    format_house_number,
    name_sort_key,
    side_of,
)
from buurtdesk.domain.map_layout import Bounds, Road, StreetLabel
from buurtdesk.domain.outcomes import Status

SAME_POINT_M = 0.5  # addresses closer than this share one marker (BAG gives one point per door)

# Strip geometry, in the same metres as the map so that zoom feels the same in both.
DOOR_SPACING = 12.0
SIDE_OFFSET = 9.0  # from the road line to a row of doors
STRIP_HEIGHT = 50.0  # from one street's road line to the next
STRIPS_GAP = 120.0  # between the coordinate map and the first strip below it


class MapHousehold(NamedTuple):
    """One household as the map needs it (a named tuple: a city has 100,000 of them)."""

    id: int
    street: str
    number: int
    house: str  # the written house number, ``12A``, ``4-2``
    status: Status = Status.UNVISITED
    do_not_visit: bool = False
    rd_x: float | None = None
    rd_y: float | None = None
    door: str = ""  # house number without addition (``1`` for 1-H, 1-1): one door in a strip

    @property
    def address(self) -> str:
        return f"{self.street} {self.house}"

    @property
    def shown_status(self) -> Status:
        return shown_status(self.status, self.do_not_visit)


@dataclass(frozen=True, slots=True)
class StripStreet:
    """A street without coordinates and its households in walking order."""

    name: str
    numbering: Numbering
    households: tuple[MapHousehold, ...]


class Marker(NamedTuple):
    """One spot on the map: a house, or a stack of addresses sharing a door."""

    x: float
    y: float
    households: tuple[MapHousehold, ...]
    side: Side | None = None  # in a strip: which side of the road; None on the coordinate map

    @property
    def size(self) -> int:
        """How many addresses the marker stands for."""
        return len(self.households)

    @property
    def stacked(self) -> bool:
        return len(self.households) > 1

    @property
    def label(self) -> str:
        """The house number written beside the marker when zoomed in."""
        first = self.households[0]
        return (first.door or first.house) if self.stacked else first.house


@dataclass(frozen=True)
class MapLayout:
    markers: tuple[Marker, ...]
    labels: tuple[StreetLabel, ...]
    roads: tuple[Road, ...]
    bounds: Bounds | None  # None when there is nothing to draw
    strips_top: float | None = None  # y of the first strip's section, None without strips
    rd_origin: tuple[float, float] = (0.0, 0.0)  # RD (x, y) of the scene's (0, 0)

    @property
    def household_count(self) -> int:
        return sum(m.size for m in self.markers)

    def status_counts(self) -> Counter[Status]:
        return Counter(h.shown_status for m in self.markers for h in m.households)


def shown_status(status: Status, do_not_visit: bool) -> Status:
    """A household marked do-not-visit is shown as such whatever its last visit said."""
    return Status.DO_NOT_VISIT if do_not_visit else status


_STATUS_ORDER = {status: rank for rank, status in enumerate(Status)}


def dominant_status(statuses: Iterable[Status]) -> Status:
    """The colour of a stacked marker seen from afar: the most common status.

    A tie goes to the status further along (takes part before interested before not visited),
    so that progress is not hidden behind grey.
    """
    counts = Counter(statuses)
    if not counts:
        return Status.UNVISITED
    return max(counts, key=lambda s: (counts[s], _progress_rank(s)))


def _progress_rank(status: Status) -> int:
    return {
        Status.TAKES_PART: 6,
        Status.INTERESTED: 5,
        Status.SPOKE: 4,
        Status.NOT_INTERESTED: 3,
        Status.NOT_HOME: 2,
        Status.DO_NOT_VISIT: 1,
        Status.UNVISITED: 0,
    }[status]


def group_by_point(
    households: Iterable[MapHousehold], tolerance: float = SAME_POINT_M
) -> list[tuple[float, float, tuple[MapHousehold, ...]]]:
    """Households that share a point (within ``tolerance`` metres), in first-seen order.

    Households without coordinates are left out. The point of a group is its first household's.
    """
    groups: dict[tuple[int, int], list[MapHousehold]] = {}
    points: dict[tuple[int, int], tuple[float, float]] = {}
    scale = 1.0 / tolerance
    for household in households:
        x, y = household.rd_x, household.rd_y
        if x is None or y is None:
            continue
        key = (round(x * scale), round(y * scale))
        members = groups.get(key)
        if members is None:
            groups[key] = [household]
            points[key] = (x, y)
        else:
            members.append(household)
    return [(*points[key], tuple(members)) for key, members in groups.items()]


def rd_bounds(households: Iterable[MapHousehold]) -> Bounds | None:
    """Bounds of the RD coordinates (north up, not flipped); None without any coordinates."""
    points = [(h.rd_x, h.rd_y) for h in households if h.rd_x is not None and h.rd_y is not None]
    if not points:
        return None
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return Bounds(min(xs), min(ys), max(xs), max(ys))


def point_layout(
    households: Sequence[MapHousehold],
) -> tuple[list[Marker], list[StreetLabel], list[Road], Bounds | None, tuple[float, float]]:
    """Markers at the households' points, flipped so that north is up on the screen.

    Returns the markers, a label per street at the centroid of its points (along the street),
    a centre line for each street whose houses lie along one, the bounds in scene metres and
    the RD point that became the scene's origin (the north-west corner).
    """
    rd = rd_bounds(households)
    if rd is None:
        return [], [], [], None, (0.0, 0.0)
    west, north = rd.min_x, rd.max_y

    markers = [Marker(x - west, north - y, members) for x, y, members in group_by_point(households)]
    per_street: dict[str, list[tuple[float, float]]] = {}
    for marker in markers:
        point = (marker.x, marker.y)
        name = marker.households[0].street  # a block of flats counts once, not per address
        street = per_street.get(name)
        if street is None:
            per_street[name] = [point]
        else:
            street.append(point)
    labels: list[StreetLabel] = []
    roads: list[Road] = []
    for name, points in per_street.items():
        axis = street_axis(points)
        if axis.road is not None:
            roads.append(axis.road)
        labels.append(StreetLabel(name, axis.x, axis.y, axis.extent, "centre", axis.angle))
    return markers, labels, roads, Bounds(0.0, 0.0, rd.width, rd.height), (west, north)


@dataclass(frozen=True, slots=True)
class StreetAxis:
    x: float  # centroid
    y: float
    extent: float  # length along the street (or the larger side of the bounding box)
    angle: float  # degrees on the screen, -90 < angle <= 90; 0 when the street is no line
    road: Road | None  # the street's centre line, when its houses lie along one


ELONGATED = 3.0  # a street is a line when its houses spread this many times more along it


def street_axis(points: Sequence[tuple[float, float]]) -> StreetAxis:
    """Where a street with coordinates runs: the main axis of its houses' points.

    With houses on both sides the centroid lies between the rows, so the axis through it is the
    road. A square or a crescent is no line: it gets no road and a level label.
    """
    n = len(points)
    cx = sum(p[0] for p in points) / n
    cy = sum(p[1] for p in points) / n
    sxx = sum((p[0] - cx) ** 2 for p in points) / n
    syy = sum((p[1] - cy) ** 2 for p in points) / n
    sxy = sum((p[0] - cx) * (p[1] - cy) for p in points) / n
    theta = 0.5 * math.atan2(2 * sxy, sxx - syy)
    ux, uy = math.cos(theta), math.sin(theta)
    along = [(p[0] - cx) * ux + (p[1] - cy) * uy for p in points]
    across = [-(p[0] - cx) * uy + (p[1] - cy) * ux for p in points]
    low, high = min(along), max(along)
    spread = max(max(across) - min(across), 1.0)
    if n < 3 or high - low < ELONGATED * spread:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        return StreetAxis(cx, cy, max(max(xs) - min(xs), max(ys) - min(ys)), 0.0, None)
    angle = math.degrees(theta)
    if angle > 90:
        angle -= 180
    elif angle <= -90:
        angle += 180
    road = Road(cx + ux * low, cy + uy * low, cx + ux * high, cy + uy * high)
    return StreetAxis(cx, cy, high - low, angle, road)


def doors_in_walking_order(street: StripStreet) -> list[tuple[Side, tuple[MapHousehold, ...]]]:
    """The street's doors, each with its households: apartments sharing a door go together.

    The households arrive in walking order, so a door's addresses are consecutive.
    """
    doors: list[tuple[Side, tuple[MapHousehold, ...]]] = []
    current: list[MapHousehold] = []
    current_key: tuple[int, str] | None = None
    for household in street.households:
        key = (household.number, (household.door or household.house).upper())
        if key != current_key and current:
            doors.append((side_of(current[0].number, street.numbering), tuple(current)))
            current = []
        current_key = key
        current.append(household)
    if current:
        doors.append((side_of(current[0].number, street.numbering), tuple(current)))
    return doors


def strip_layout(
    streets: Sequence[StripStreet], top: float = 0.0, left: float = 0.0
) -> tuple[list[Marker], list[StreetLabel], list[Road], Bounds | None]:
    """Each street a horizontal strip; streets stacked downward from ``top``.

    Odd numbers go above the road line and even numbers below it, both in walking order from
    left to right, so that opposite houses roughly face each other. A street numbered straight
    through has one row, above its road line.
    """
    markers: list[Marker] = []
    labels: list[StreetLabel] = []
    roads: list[Road] = []
    y = top + SIDE_OFFSET
    widest = 0.0
    for street in streets:
        if not street.households:
            continue
        position = {Side.ODD: 0, Side.EVEN: 0, Side.ALL: 0}
        for side, members in doors_in_walking_order(street):
            index = position[side]
            position[side] += 1
            door_y = y + SIDE_OFFSET if side is Side.EVEN else y - SIDE_OFFSET
            x = left + DOOR_SPACING / 2 + index * DOOR_SPACING
            markers.append(Marker(x, door_y, members, side))
        length = max(position.values()) * DOOR_SPACING
        widest = max(widest, length)
        roads.append(Road(left, y, left + length, y))
        labels.append(StreetLabel(street.name, left - DOOR_SPACING / 2, y, length, "right"))
        y += STRIP_HEIGHT
    if not roads:
        return [], [], [], None
    bottom = y - STRIP_HEIGHT + 2 * SIDE_OFFSET
    return markers, labels, roads, Bounds(left, top, left + widest, bottom)


def map_layout(
    with_points: Sequence[MapHousehold], without_points: Sequence[StripStreet]
) -> MapLayout:
    """The whole picture: the coordinate map, and below it the strips of streets without."""
    markers, labels, roads, bounds, origin = point_layout(with_points)
    strips_top: float | None = None
    if any(street.households for street in without_points):
        strips_top = bounds.max_y + STRIPS_GAP if bounds is not None else 0.0
        strip_markers, strip_labels, strip_roads, strip_bounds = strip_layout(
            without_points, top=strips_top
        )
        markers += strip_markers
        labels += strip_labels
        roads += strip_roads
        if strip_bounds is not None:
            bounds = strip_bounds.union(bounds)
    return MapLayout(tuple(markers), tuple(labels), tuple(roads), bounds, strips_top, origin)


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
    streets.sort(key=lambda street: (name_sort_key(street.name), street.name))
    return with_points, streets


def reference_marker_status(marker: Marker) -> Status:
    """The colour the old MarkerIndex gave a marker."""
    statuses = [shown_status(h.status, h.do_not_visit) for h in marker.households]
    return statuses[0] if not marker.stacked else dominant_status(statuses)
