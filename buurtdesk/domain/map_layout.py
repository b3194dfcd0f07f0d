"""Where each household goes on the street map: plain geometry on arrays, no Qt and no SQL.

Two pictures share one coordinate system, in metres, with x growing east and y growing *down*
(the screen's way; RD New's y grows north, so it is flipped here, once):

- households with RD New coordinates are drawn at their points; several addresses at one point
  (apartments behind one door) become one stacked marker;
- streets without coordinates are drawn as strips below the map: a road line with the odd
  numbers on one side and the even numbers on the other, each in walking order, one strip per
  street, stacked; a street numbered straight through has one row.

A city has 100,000 households, so nothing here is an object per household: the store hands over
one array per column (:class:`MapRows`) and the layout is arrays again (:class:`MapLayout`):
markers as positions, the households of marker ``m`` as the slice
``marker_start[m]:marker_start[m + 1]`` of the household arrays. Addresses are not kept; the map
asks the store for them by id when it shows a tooltip or a menu.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

from .address import HouseNumber, Numbering, Side, format_house_number, name_sort_key
from .outcomes import Status

SAME_POINT_M = 0.5  # addresses closer than this share one marker (BAG gives one point per door)

# Strip geometry, in the same metres as the map so that zoom feels the same in both.
DOOR_SPACING = 12.0
SIDE_OFFSET = 9.0  # from the road line to a row of doors
STRIP_HEIGHT = 50.0  # from one street's road line to the next
STRIPS_GAP = 120.0  # between the coordinate map and the first strip below it

Ints = npt.NDArray[np.integer[Any]]  # int64, or int32 where a city's numbers fit
Floats = npt.NDArray[np.float64]
Codes = npt.NDArray[np.int8]

# A status travels as a small integer: its position in Status (the store's SQL writes the same).
STATUSES: tuple[Status, ...] = tuple(Status)
STATUS_CODE: dict[Status, int] = {status: code for code, status in enumerate(STATUSES)}
DO_NOT_VISIT_CODE = STATUS_CODE[Status.DO_NOT_VISIT]

# Side of a marker: none on the coordinate map; in a strip odd, even or one row for all.
SIDES: tuple[Side | None, ...] = (None, Side.ODD, Side.EVEN, Side.ALL)
_ODD, _EVEN, _ALL = 1, 2, 3

_PROGRESS_RANK = {
    Status.TAKES_PART: 6,
    Status.INTERESTED: 5,
    Status.SPOKE: 4,
    Status.NOT_INTERESTED: 3,
    Status.NOT_HOME: 2,
    Status.DO_NOT_VISIT: 1,
    Status.UNVISITED: 0,
}
_RANK_OF_CODE = np.array([_PROGRESS_RANK[s] for s in STATUSES], dtype=np.int64)


@dataclass(frozen=True, eq=False)
class MapRows:
    """What the store reads for the map: one array per column, households in street and
    walking order.

    ``street`` indexes ``street_names`` and ``street_numbering``; ``x`` and ``y`` are RD New,
    NaN without a point; ``status`` is the shown status's code (do-not-visit already applied).
    ``suffixes`` holds the house letter and addition of the few rows that have one, by row.
    """

    ids: Ints
    street: Ints
    number: Ints
    x: Floats
    y: Floats
    status: Codes
    street_names: Sequence[str]
    street_numbering: Sequence[Numbering]
    suffixes: dict[int, tuple[str, str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, slots=True)
class Bounds:
    min_x: float
    min_y: float
    max_x: float
    max_y: float

    @property
    def width(self) -> float:
        return self.max_x - self.min_x

    @property
    def height(self) -> float:
        return self.max_y - self.min_y

    def union(self, other: Bounds | None) -> Bounds:
        if other is None:
            return self
        return Bounds(
            min(self.min_x, other.min_x),
            min(self.min_y, other.min_y),
            max(self.max_x, other.max_x),
            max(self.max_y, other.max_y),
        )

    def grown(self, margin: float) -> Bounds:
        return Bounds(
            self.min_x - margin, self.min_y - margin, self.max_x + margin, self.max_y + margin
        )


@dataclass(frozen=True, slots=True)
class StreetLabel:
    text: str
    x: float
    y: float
    extent: float  # metres the street spans: the label shows once that is wide enough on screen
    anchor: str  # "centre" (at a street's centroid) or "right" (ends at x, left of a strip)
    angle: float = 0.0  # degrees, clockwise on the screen: along the street, never upside down


@dataclass(frozen=True, slots=True)
class Road:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, eq=False)
class MapLayout:
    """The picture: markers as arrays, street names, roads.

    Households are grouped by marker: those of marker ``m`` are
    ``household_ids[marker_start[m]:marker_start[m + 1]]``, in first-seen (walking) order.
    """

    household_ids: Ints
    household_status: Codes  # shown status code, in the same order
    marker_start: Ints  # one more than there are markers
    marker_x: Floats
    marker_y: Floats
    marker_side: Codes  # index into SIDES
    marker_number: Ints  # the first household's house number: the label of most markers
    special_labels: dict[int, str]  # marker -> label, where it is not just the number
    labels: tuple[StreetLabel, ...]
    roads: tuple[Road, ...]
    bounds: Bounds | None  # None when there is nothing to draw
    strips_top: float | None = None  # y of the first strip's section, None without strips
    rd_origin: tuple[float, float] = (0.0, 0.0)  # RD (x, y) of the scene's (0, 0)

    @property
    def marker_count(self) -> int:
        return len(self.marker_x)

    @property
    def household_count(self) -> int:
        return len(self.household_ids)

    def size(self, marker: int) -> int:
        """How many addresses the marker stands for."""
        return int(self.marker_start[marker + 1] - self.marker_start[marker])

    def members(self, marker: int) -> Ints:
        return self.household_ids[self.marker_start[marker] : self.marker_start[marker + 1]]

    def label(self, marker: int) -> str:
        """The house number written beside the marker when zoomed in (the door for a stack)."""
        special = self.special_labels.get(marker)
        return special if special is not None else str(int(self.marker_number[marker]))

    def side(self, marker: int) -> Side | None:
        return SIDES[int(self.marker_side[marker])]

    @cached_property
    def _by_id(self) -> tuple[Ints, Ints]:
        """Sorted ids and their positions: a household found by id without a dict."""
        order = np.argsort(self.household_ids, kind="stable").astype(np.int32)
        return self.household_ids[order], order

    def position_of(self, household_id: int) -> int | None:
        """Where the household is in the household arrays; None when it is not on the map."""
        found = self.positions_of(np.array([household_id], dtype=np.int64))
        return int(found[0]) if found[0] >= 0 else None

    def positions_of(self, household_ids: Ints) -> Ints:
        """Positions of many households at once; -1 for those not on the map."""
        ids, order = self._by_id
        if not len(ids):
            return np.full(len(household_ids), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(ids, household_ids), len(ids) - 1)
        return np.where(ids[at] == household_ids, order[at], -1)

    def marker_of(self, household_id: int) -> int | None:
        position = self.position_of(household_id)
        if position is None:
            return None
        return int(np.searchsorted(self.marker_start, position, side="right")) - 1

    def status_counts(self, statuses: Codes | None = None) -> Counter[Status]:
        codes = self.household_status if statuses is None else statuses
        counts = np.bincount(codes.astype(np.int64), minlength=len(STATUSES))
        return Counter({STATUSES[c]: int(n) for c, n in enumerate(counts) if n})


def shown_status(status: Status, do_not_visit: bool) -> Status:
    """A household marked do-not-visit is shown as such whatever its last visit said."""
    return Status.DO_NOT_VISIT if do_not_visit else status


def dominant_status(statuses: Sequence[Status]) -> Status:
    """The colour of a stacked marker seen from afar: the most common status.

    A tie goes to the status further along (takes part before interested before not visited),
    so that progress is not hidden behind grey.
    """
    if not statuses:
        return Status.UNVISITED
    codes = np.array([STATUS_CODE[s] for s in statuses], dtype=np.int8)
    return STATUSES[int(marker_statuses(np.array([0, len(codes)]), codes)[0])]


def marker_statuses(marker_start: Ints, household_status: Codes) -> Codes:
    """Each marker's colour: its household's status, or a stack's :func:`dominant_status`."""
    count = len(marker_start) - 1
    if count <= 0:
        return np.zeros(0, dtype=np.int8)
    kinds = len(STATUSES)
    marker_of = np.repeat(np.arange(count, dtype=np.int64), np.diff(marker_start))
    counts = np.bincount(
        marker_of * kinds + household_status.astype(np.int64), minlength=count * kinds
    ).reshape(count, kinds)
    # the most common status; a tie to the one further along (a count outweighs every rank)
    score = counts * (int(_RANK_OF_CODE.max()) + 1) + _RANK_OF_CODE
    colours: Codes = np.argmax(score, axis=1).astype(np.int8)
    return colours


@dataclass(frozen=True, slots=True)
class StreetAxis:
    x: float  # centroid
    y: float
    extent: float  # length along the street (or the larger side of the bounding box)
    angle: float  # degrees on the screen, -90 < angle <= 90; 0 when the street is no line
    road: Road | None  # the street's centre line, when its houses lie along one


ELONGATED = 3.0  # a street is a line when its houses spread this many times more along it


def street_axis(points: Sequence[tuple[float, float]]) -> StreetAxis:
    """Where one street with coordinates runs (see :func:`street_axes`)."""
    xy = np.array(points, dtype=np.float64).reshape(-1, 2)
    return street_axes(xy[:, 0].copy(), xy[:, 1].copy(), np.zeros(len(xy), dtype=np.int64))[0]


def street_axes(x: Floats, y: Floats, group: Ints) -> list[StreetAxis]:
    """Where each street with coordinates runs: the main axis of its houses' points.

    ``group`` numbers the street of each point, 0 to k-1. With houses on both sides the
    centroid lies between the rows, so the axis through it is the road. A square or a crescent
    is no line: it gets no road and a level label.
    """
    if not len(group):
        return []
    k = int(group.max()) + 1
    n = np.bincount(group, minlength=k).astype(np.float64)
    cx = np.bincount(group, x, k) / n
    cy = np.bincount(group, y, k) / n
    dx = x - cx[group]
    dy = y - cy[group]
    sxx = np.bincount(group, dx * dx, k) / n
    syy = np.bincount(group, dy * dy, k) / n
    sxy = np.bincount(group, dx * dy, k) / n
    theta = 0.5 * np.arctan2(2 * sxy, sxx - syy)
    ux, uy = np.cos(theta), np.sin(theta)
    along = dx * ux[group] + dy * uy[group]
    across = -dx * uy[group] + dy * ux[group]
    by_group = np.argsort(group, kind="stable")
    starts = np.searchsorted(group[by_group], np.arange(k))
    low, high = _group_min(along, by_group, starts), _group_max(along, by_group, starts)
    spread = np.maximum(
        _group_max(across, by_group, starts) - _group_min(across, by_group, starts), 1.0
    )
    box = np.maximum(
        _group_max(x, by_group, starts) - _group_min(x, by_group, starts),
        _group_max(y, by_group, starts) - _group_min(y, by_group, starts),
    )
    line = (n >= 3) & (high - low >= ELONGATED * spread)
    axes: list[StreetAxis] = []
    for g in range(k):
        if not line[g]:
            axes.append(StreetAxis(float(cx[g]), float(cy[g]), float(box[g]), 0.0, None))
            continue
        angle = math.degrees(float(theta[g]))
        if angle > 90:
            angle -= 180
        elif angle <= -90:
            angle += 180
        gx, gy, gux, guy = float(cx[g]), float(cy[g]), float(ux[g]), float(uy[g])
        lo, hi = float(low[g]), float(high[g])
        road = Road(gx + gux * lo, gy + guy * lo, gx + gux * hi, gy + guy * hi)
        axes.append(StreetAxis(gx, gy, hi - lo, angle, road))
    return axes


def _group_min(values: Floats, by_group: Ints, starts: Ints) -> Floats:
    """Each group's smallest value (``by_group`` sorts the values by group; every group has
    one at least, starting at ``starts``)."""
    smallest: Floats = np.minimum.reduceat(values[by_group], starts)
    return smallest


def _group_max(values: Floats, by_group: Ints, starts: Ints) -> Floats:
    largest: Floats = np.maximum.reduceat(values[by_group], starts)
    return largest


def first_seen_groups(keys: Ints) -> tuple[Ints, Ints]:
    """Number equal keys 0, 1, ... in the order each is first seen; and each group's first row."""
    _unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    order = np.argsort(first, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return rank[inverse.reshape(-1)], first[order]


def _ranges(starts: Ints, lengths: Ints) -> Ints:
    """``starts[0]:starts[0]+lengths[0]``, then the next range, ... as one array."""
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(starts - offsets, lengths) + np.arange(total, dtype=np.int64)


@dataclass
class _Part:
    """Markers of one picture (the coordinate map, or the strips), rows grouped by marker."""

    rows: Ints  # rows of MapRows, grouped by marker
    sizes: Ints
    x: Floats
    y: Floats
    side: Codes
    labels: list[StreetLabel]
    roads: list[Road]
    bounds: Bounds | None


def _empty_part() -> _Part:
    nothing = np.zeros(0, dtype=np.int64)
    return _Part(nothing, nothing, np.zeros(0), np.zeros(0), np.zeros(0, np.int8), [], [], None)


def point_part(rows: MapRows, tolerance: float = SAME_POINT_M) -> tuple[_Part, tuple[float, float]]:
    """Markers at the households' points, flipped so that north is up on the screen.

    Households within ``tolerance`` metres of one point (on a grid of that size) share a marker
    at the point of the first of them. Each street gets a label at the centroid of its markers
    (a block of flats counts once) along the street, and a centre line when its houses lie
    along one. Returns the part and the RD point that became the scene's origin (north-west).
    """
    with_point = np.flatnonzero(~np.isnan(rows.x) & ~np.isnan(rows.y))
    if not len(with_point):
        return _empty_part(), (0.0, 0.0)
    px, py = rows.x[with_point], rows.y[with_point]
    west, east = float(px.min()), float(px.max())
    south, north = float(py.min()), float(py.max())
    scale = 1.0 / tolerance
    kx = np.rint(px * scale).astype(np.int64)  # round half to even, as Python's round()
    ky = np.rint(py * scale).astype(np.int64)
    low_y = int(ky.min())
    keys = (kx - kx.min()) * (int(ky.max()) - low_y + 1) + (ky - low_y)
    marker_of, first = first_seen_groups(keys)
    grouped = np.argsort(marker_of, kind="stable")
    sizes = np.bincount(marker_of, minlength=len(first))
    mx = px[first] - west
    my = north - py[first]

    # A street is a name: two streets of one name in two places are labelled as one.
    first_rows = with_point[first]
    name_code = _name_codes(rows)
    street_of_marker, street_first = first_seen_groups(name_code[rows.street[first_rows]])
    labels: list[StreetLabel] = []
    roads: list[Road] = []
    names = rows.street_names
    for number, axis in enumerate(street_axes(mx, my, street_of_marker)):
        if axis.road is not None:
            roads.append(axis.road)
        name = names[int(rows.street[first_rows[street_first[number]]])]
        labels.append(StreetLabel(name, axis.x, axis.y, axis.extent, "centre", axis.angle))
    part = _Part(
        with_point[grouped],
        sizes,
        mx,
        my,
        np.zeros(len(first), dtype=np.int8),
        labels,
        roads,
        Bounds(0.0, 0.0, east - west, north - south),
    )
    return part, (west, north)


def _name_codes(rows: MapRows) -> Ints:
    codes: dict[str, int] = {}
    return np.array(
        [codes.setdefault(name, len(codes)) for name in rows.street_names], dtype=np.int64
    )


def strip_part(rows: MapRows, top: float = 0.0, left: float = 0.0) -> _Part:
    """Each street without coordinates a horizontal strip; streets stacked downward from ``top``
    in name order.

    A street's doors are its households in walking order, consecutive addresses with one house
    number and letter (1-H, 1-1, 1-2) being one door. Odd numbers go above the road line and
    even numbers below it, both in walking order from left to right, so that opposite houses
    roughly face each other. A street numbered straight through has one row, above its road.
    """
    strip_rows = np.flatnonzero(np.isnan(rows.x) | np.isnan(rows.y))
    if not len(strip_rows):
        return _empty_part()
    street = rows.street[strip_rows]
    number = rows.number[strip_rows]
    letter = _letter_codes(rows, strip_rows)
    new_door = np.ones(len(strip_rows), dtype=bool)
    new_door[1:] = (
        (street[1:] != street[:-1]) | (number[1:] != number[:-1]) | (letter[1:] != letter[:-1])
    )
    door_first = np.flatnonzero(new_door)
    door_size = np.diff(np.append(door_first, len(strip_rows)))
    door_street = street[door_first]
    door_number = number[door_first]
    straight = np.array(
        [numbering is Numbering.STRAIGHT for numbering in rows.street_numbering], dtype=bool
    )
    side = np.where(
        straight[door_street], _ALL, np.where(door_number % 2 == 1, _ODD, _EVEN)
    ).astype(np.int8)

    # streets in name order (ties in the order read), then each street's doors in walking order
    present = np.unique(door_street)
    names = rows.street_names
    present_names = [names[i] for i in present.tolist()]
    ordered = sorted(
        range(len(present)), key=lambda i: (name_sort_key(present_names[i]), present_names[i])
    )
    rank_of_street = np.zeros(len(names), dtype=np.int64)
    rank_of_street[present[ordered]] = np.arange(len(present))
    door_rank = rank_of_street[door_street]
    doors = np.argsort(door_rank, kind="stable")
    door_rank, side = door_rank[doors], side[doors]

    # a door's place along its side of the road
    key = door_rank * 4 + side
    by_key = np.argsort(key, kind="stable")
    sorted_key = key[by_key]
    starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
    lengths = np.diff(np.append(starts, len(key)))
    index = np.empty(len(key), dtype=np.int64)
    index[by_key] = np.arange(len(key)) - np.repeat(starts, lengths)
    per_street_side = np.zeros((len(present), 4), dtype=np.int64)
    per_street_side[sorted_key[starts] // 4, sorted_key[starts] % 4] = lengths

    # one road line per street, STRIP_HEIGHT apart (added up as the picture is drawn downward)
    road_y = np.cumsum(np.r_[top + SIDE_OFFSET, np.full(len(present) - 1, STRIP_HEIGHT)])
    y = road_y[door_rank]
    marker_y = np.where(side == _EVEN, y + SIDE_OFFSET, y - SIDE_OFFSET)
    marker_x: Floats = (left + DOOR_SPACING / 2 + index * DOOR_SPACING).astype(np.float64)
    labels: list[StreetLabel] = []
    roads: list[Road] = []
    widest = 0.0
    for rank, street_index in enumerate(present[ordered]):
        length = int(per_street_side[rank].max()) * DOOR_SPACING
        widest = max(widest, length)
        line_y = float(road_y[rank])
        roads.append(Road(left, line_y, left + length, line_y))
        labels.append(
            StreetLabel(names[street_index], left - DOOR_SPACING / 2, line_y, length, "right")
        )
    bottom = float(road_y[-1]) + STRIP_HEIGHT - STRIP_HEIGHT + 2 * SIDE_OFFSET
    return _Part(
        strip_rows[_ranges(door_first[doors], door_size[doors])],
        door_size[doors],
        marker_x,
        marker_y,
        side,
        labels,
        roads,
        Bounds(left, top, left + widest, bottom),
    )


def _letter_codes(rows: MapRows, selected: Ints) -> Ints:
    """A number per house letter (any case the same), 0 without one, for the selected rows."""
    codes = np.zeros(len(selected), dtype=np.int64)
    if not rows.suffixes:
        return codes
    at = _where_rows(selected, rows.suffixes)
    letters: dict[str, int] = {"": 0}
    for (letter, _addition), position in zip(rows.suffixes.values(), at, strict=True):
        if position >= 0 and letter:
            codes[position] = letters.setdefault(letter.upper(), len(letters))
    return codes


def _where_rows(selected: Ints, wanted: dict[int, Any]) -> list[int]:
    """For each key of ``wanted`` (a row), where it is in ``selected`` (ascending rows), or -1."""
    keys = np.fromiter(wanted, dtype=np.int64, count=len(wanted))
    if not len(selected):
        return [-1] * len(keys)
    at = np.minimum(np.searchsorted(selected, keys), len(selected) - 1)
    found: list[int] = np.where(selected[at] == keys, at, -1).tolist()
    return found


def map_layout(rows: MapRows) -> MapLayout:
    """The whole picture: the coordinate map, and below it the strips of streets without."""
    points, origin = point_part(rows)
    bounds = points.bounds
    strips_top: float | None = None
    strips = _empty_part()
    if len(points.rows) < len(rows):
        strips_top = bounds.max_y + STRIPS_GAP if bounds is not None else 0.0
        strips = strip_part(rows, top=strips_top)
        if strips.bounds is not None:
            bounds = strips.bounds.union(bounds)
    order = np.concatenate([points.rows, strips.rows]).astype(np.int64)
    sizes = np.concatenate([points.sizes, strips.sizes]).astype(np.int64)
    marker_start = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=marker_start[1:])
    first_rows = order[marker_start[:-1]]
    return MapLayout(
        household_ids=rows.ids[order],
        household_status=rows.status[order].astype(np.int8),
        marker_start=marker_start,
        marker_x=np.concatenate([points.x, strips.x]).astype(np.float64),
        marker_y=np.concatenate([points.y, strips.y]).astype(np.float64),
        marker_side=np.concatenate([points.side, strips.side]).astype(np.int8),
        marker_number=rows.number[first_rows].astype(np.int32),
        special_labels=_special_labels(rows, first_rows, sizes),
        labels=tuple(points.labels + strips.labels),
        roads=tuple(points.roads + strips.roads),
        bounds=bounds,
        strips_top=strips_top,
        rd_origin=origin,
    )


def _special_labels(rows: MapRows, first_rows: Ints, sizes: Ints) -> dict[int, str]:
    """Markers whose label is more than the number: ``12A``, ``4-2``; a stack shows its door."""
    labels: dict[int, str] = {}
    if not rows.suffixes:
        return labels
    marker_of_row = np.full(len(rows), -1, dtype=np.int64)
    marker_of_row[first_rows] = np.arange(len(first_rows))
    for row, (letter, addition) in rows.suffixes.items():
        marker = int(marker_of_row[row])
        if marker < 0:
            continue
        number = int(rows.number[row])
        if sizes[marker] > 1:
            if letter:
                labels[marker] = f"{number}{letter}"
        else:
            labels[marker] = house_text(number, letter, addition)
    return labels


def house_text(number: int, letter: str, addition: str) -> str:
    """The written house number (``12A``, ``4-2``), as the map shows it."""
    if letter or addition:
        return format_house_number(HouseNumber(number, letter, addition))
    return str(number)
