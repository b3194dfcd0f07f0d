"""The street map's geometry: stacked markers, the flip to screen coordinates, strips; and that
the array layout draws exactly what the object layout before it drew (tests/unit/map_reference.py),
on the demo neighbourhood and on generated households."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from buurtdesk.domain.address import AddressRecord, Numbering, Side, parse_house_number
from buurtdesk.domain.demo import generate
from buurtdesk.domain.map_layout import (
    DOOR_SPACING,
    STATUS_CODE,
    STATUSES,
    STRIPS_GAP,
    MapLayout,
    MapRows,
    dominant_status,
    house_text,
    map_layout,
    marker_statuses,
    shown_status,
    street_axis,
)
from buurtdesk.domain.outcomes import Outcome, Status
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.households import set_do_not_visit
from buurtdesk.store.map_data import map_addresses, map_rows, map_statuses
from buurtdesk.store.projects import create_project
from buurtdesk.store.visits import record_visit

from . import map_reference as ref


@dataclass(frozen=True)
class H:
    """A household as a test writes it; the rows are given in street and walking order."""

    id: int
    number: int
    street: str = "Dorpsstraat"
    letter: str = ""
    addition: str = ""
    x: float | None = None
    y: float | None = None
    status: Status = Status.UNVISITED
    dnv: bool = False


def rows_of(houses: list[H], straight: tuple[str, ...] = ()) -> MapRows:
    names = list(dict.fromkeys(h.street for h in houses))
    return MapRows(
        ids=np.array([h.id for h in houses], dtype=np.int64),
        street=np.array([names.index(h.street) for h in houses], dtype=np.int64),
        number=np.array([h.number for h in houses], dtype=np.int64),
        x=np.array([h.x for h in houses], dtype=np.float64),
        y=np.array([h.y for h in houses], dtype=np.float64),
        status=np.array(
            [STATUS_CODE[shown_status(h.status, h.dnv)] for h in houses], dtype=np.int8
        ),
        street_names=names,
        street_numbering=[
            Numbering.STRAIGHT if name in straight else Numbering.ODD_EVEN for name in names
        ],
        suffixes={
            row: (h.letter, h.addition) for row, h in enumerate(houses) if h.letter or h.addition
        },
    )


def markers(layout: MapLayout) -> list[tuple[list[int], str, Side | None]]:
    return [
        ([int(i) for i in layout.members(m)], layout.label(m), layout.side(m))
        for m in range(layout.marker_count)
    ]


def point(layout: MapLayout, marker: int) -> tuple[float, float]:
    return float(layout.marker_x[marker]), float(layout.marker_y[marker])


def test_addresses_at_one_point_share_a_marker() -> None:
    layout = map_layout(
        rows_of(
            [
                H(1, 1, addition="H", x=1000.0, y=2000.0),
                H(2, 1, addition="1", x=1000.2, y=2000.1),  # within half a metre: one door
                H(3, 1, addition="2", x=1000.0, y=2000.0),
                H(4, 3, x=1010.0, y=2000.0),
                H(5, 5),  # no point: not on the coordinate map, in a strip
            ]
        )
    )
    assert markers(layout)[:2] == [([1, 2, 3], "1", None), ([4], "3", None)]
    assert layout.size(0) == 3 and layout.size(1) == 1
    assert point(layout, 0) == (0.0, 2000.1 - 2000.0)  # the first address's point, north up
    assert markers(layout)[2] == ([5], "5", Side.ODD)


def test_points_share_a_marker_as_python_rounds_halves() -> None:
    # on the half-metre grid 0.25 rounds down to 0 and 0.75 up to 1 (half to even)
    layout = map_layout(
        rows_of([H(i + 1, 2 * i + 1, x=1000.0 + i * 0.25, y=2000.0) for i in range(5)])
    )
    assert [members for members, _, _ in markers(layout)] == [[1, 2], [3], [4, 5]]


def test_house_letters_and_additions_label_a_single_house() -> None:
    layout = map_layout(
        rows_of(
            [
                H(1, 12, letter="A", x=0.0, y=0.0),
                H(2, 4, addition="2", x=20.0, y=0.0),
                H(3, 4, addition="H", x=40.0, y=0.0),
                H(4, 7, letter="b", addition="1", x=60.0, y=0.0),
                H(5, 7, letter="b", addition="2", x=60.0, y=0.0),  # a stack shows its door
            ]
        )
    )
    assert [label for _, label, _ in markers(layout)] == ["12A", "4-2", "4 H", "7b"]
    assert house_text(1, "", "") == "1" and house_text(1, "A", "3") == "1A-3"


def test_north_is_up_and_the_origin_is_the_north_west_corner() -> None:
    layout = map_layout(
        rows_of(
            [
                H(1, 1, x=120_000.0, y=487_000.0),  # south-west
                H(2, 3, x=120_300.0, y=487_200.0),  # north-east
            ]
        )
    )
    assert layout.rd_origin == (120_000.0, 487_200.0)
    south_west, north_east = point(layout, 0), point(layout, 1)
    assert south_west == (0.0, 200.0)
    assert north_east == (300.0, 0.0)
    assert layout.bounds is not None
    assert (layout.bounds.width, layout.bounds.height) == (300.0, 200.0)
    assert [(label.text, label.x, label.y) for label in layout.labels] == [
        ("Dorpsstraat", 150.0, 100.0)
    ]
    assert layout.labels[0].extent == 300.0  # two houses are no line: the larger side
    assert layout.roads == ()  # two houses make no street line
    assert layout.strips_top is None


def test_nothing_to_draw() -> None:
    layout = map_layout(rows_of([]))
    assert layout.bounds is None and layout.marker_count == 0 and layout.household_count == 0
    assert layout.marker_of(1) is None


def test_strip_puts_odd_and_even_on_opposite_sides_in_walking_order() -> None:
    layout = map_layout(rows_of([H(n, n, street="Kerkpad") for n in (1, 3, 5, 2, 4)]))
    road_y = layout.roads[0].y1
    odd = [m for m in range(layout.marker_count) if layout.side(m) is Side.ODD]
    even = [m for m in range(layout.marker_count) if layout.side(m) is Side.EVEN]
    assert [layout.label(m) for m in odd] == ["1", "3", "5"]
    assert [layout.label(m) for m in even] == ["2", "4"]
    assert all(layout.marker_y[m] < road_y for m in odd)
    assert all(layout.marker_y[m] > road_y for m in even)
    assert layout.marker_x[odd[0]] == layout.marker_x[even[0]]  # 1 faces 2
    assert layout.marker_x[odd[1]] - layout.marker_x[odd[0]] == DOOR_SPACING
    assert layout.roads[0].x2 - layout.roads[0].x1 == 3 * DOOR_SPACING  # the longer side
    label = layout.labels[0]
    assert label.text == "Kerkpad" and label.anchor == "right" and label.x < layout.roads[0].x1
    assert layout.strips_top == 0.0


def test_straight_numbered_street_is_one_row() -> None:
    layout = map_layout(
        rows_of([H(n, n, street="Marktplein") for n in (1, 2, 3)], straight=("Marktplein",))
    )
    assert {layout.side(m) for m in range(3)} == {Side.ALL}
    assert len(set(layout.marker_y.tolist())) == 1
    assert layout.marker_y[0] < layout.roads[0].y1
    assert [layout.label(m) for m in range(3)] == ["1", "2", "3"]


def test_apartments_in_a_strip_are_one_door_and_letters_of_any_case_too() -> None:
    layout = map_layout(
        rows_of(
            [
                H(1, 1, street="Kade", addition="H"),
                H(2, 1, street="Kade", addition="1"),
                H(3, 1, street="Kade", addition="2"),
                H(4, 3, street="Kade"),
                H(5, 5, street="Kade", letter="a"),
                H(6, 5, street="Kade", letter="A", addition="1"),
                H(7, 5, street="Kade", letter="B"),
            ]
        )
    )
    assert markers(layout) == [
        ([1, 2, 3], "1", Side.ODD),
        ([4], "3", Side.ODD),
        ([5, 6], "5a", Side.ODD),
        ([7], "5B", Side.ODD),
    ]


def test_streets_are_stacked_by_name_and_strips_go_below_the_map() -> None:
    layout = map_layout(
        rows_of(
            [
                H(1, 1, x=0.0, y=500.0),
                H(2, 3, x=100.0, y=400.0),
                H(4, 2, street="bweg"),
                H(3, 1, street="Aweg"),
            ]
        )
    )
    assert layout.strips_top == 100.0 + STRIPS_GAP
    aweg, bweg = layout.roads
    assert bweg.y1 > aweg.y1 > 100.0
    assert layout.household_count == 4
    assert layout.bounds is not None and layout.bounds.max_y > bweg.y1
    assert layout.bounds.min_y == 0.0
    assert [label.text for label in layout.labels if label.anchor == "right"] == ["Aweg", "bweg"]


def test_status_counts_and_lookups_by_id() -> None:
    layout = map_layout(
        rows_of(
            [
                H(10, 1, x=0.0, y=0.0, status=Status.TAKES_PART),
                H(30, 3, x=10.0, y=0.0, dnv=True),
                H(20, 5, x=10.0, y=0.0, status=Status.SPOKE),
            ]
        )
    )
    assert layout.status_counts() == {
        Status.TAKES_PART: 1,
        Status.DO_NOT_VISIT: 1,
        Status.SPOKE: 1,
    }
    assert [layout.marker_of(i) for i in (10, 20, 30, 15, 99, 1)] == [0, 1, 1, None, None, None]
    assert layout.position_of(20) == 2
    assert layout.positions_of(np.array([30, 5, 10])).tolist() == [1, -1, 0]


def test_shown_status() -> None:
    assert shown_status(Status.SPOKE, False) is Status.SPOKE
    assert shown_status(Status.UNVISITED, True) is Status.DO_NOT_VISIT


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], Status.UNVISITED),
        ([Status.UNVISITED, Status.UNVISITED, Status.TAKES_PART], Status.UNVISITED),
        ([Status.UNVISITED, Status.TAKES_PART], Status.TAKES_PART),  # a tie shows progress
        ([Status.NOT_HOME, Status.INTERESTED, Status.INTERESTED], Status.INTERESTED),
        ([Status.DO_NOT_VISIT, Status.UNVISITED], Status.DO_NOT_VISIT),
    ],
)
def test_dominant_status(statuses: list[Status], expected: Status) -> None:
    assert dominant_status(statuses) is expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(list(Status)), min_size=1, max_size=6), max_size=30))
def test_marker_colours_at_once_are_each_stacks_dominant_status(
    stacks: list[list[Status]],
) -> None:
    start = np.cumsum([0] + [len(s) for s in stacks]).astype(np.int64)
    codes = np.array([STATUS_CODE[s] for stack in stacks for s in stack], dtype=np.int8)
    colours = [STATUSES[c] for c in marker_statuses(start, codes).tolist()]
    assert colours == [ref.dominant_status(stack) for stack in stacks]


def test_a_street_along_a_line_gets_its_road_and_a_label_along_it() -> None:
    # houses on both sides of a street that climbs to the north-east at 45 degrees
    odd = [(100.0 + 10 * i - 5, 100.0 + 10 * i + 5) for i in range(6)]
    even = [(100.0 + 10 * i + 5, 100.0 + 10 * i - 5) for i in range(6)]
    axis = street_axis(odd + even)
    assert axis.angle == pytest.approx(45.0)  # clockwise on screen: y grows down
    assert axis.road is not None
    assert (axis.road.x1, axis.road.y1) == (pytest.approx(100.0), pytest.approx(100.0))
    assert (axis.road.x2, axis.road.y2) == (pytest.approx(150.0), pytest.approx(150.0))
    assert axis.extent == pytest.approx(50 * 2**0.5)


def test_a_street_going_west_is_not_written_upside_down() -> None:
    axis = street_axis([(float(x), 0.0) for x in range(0, 100, 10)][::-1])
    assert axis.angle == pytest.approx(0.0)
    steep = street_axis([(0.0, float(y)) for y in range(0, 100, 10)])
    assert -90 < steep.angle <= 90


def test_a_square_is_no_line() -> None:
    square = [(0.0, 0.0), (50.0, 0.0), (50.0, 50.0), (0.0, 50.0), (25.0, 0.0), (25.0, 50.0)]
    axis = street_axis(square)
    assert axis.road is None and axis.angle == 0.0
    assert (axis.x, axis.y) == (25.0, 25.0)
    assert axis.extent == 50.0


def test_the_store_reads_each_outcome_as_its_status_code(tmp_path: Path) -> None:
    db = open_db(tmp_path / "buurt.buurtdesk")
    houses = ["1", "2", "3", "4", "5", "6", "7", "8A", "9 bis"]
    upsert_households(
        db,
        [
            AddressRecord("Kade", parse_house_number(h), "1011AB", "Amsterdam", None, None)
            for h in houses
        ],
    )
    ids = [int(r[0]) for r in db.execute("SELECT id FROM households ORDER BY number")]
    project = create_project(db, theme="energie", title="Samen", start=date(2026, 9, 1)).id
    day = date(2026, 9, 14)
    for hid, outcome in zip(ids, Outcome, strict=False):
        record_visit(db, project_id=project, household_id=hid, outcome=outcome, visit_date=day)
    set_do_not_visit(db, ids[-1], True)
    want = [Status(o.value) for o in Outcome] + [Status.UNVISITED] * 2 + [Status.DO_NOT_VISIT]
    rows = map_rows(db, project)
    by_id = dict(zip(rows.ids.tolist(), rows.status.tolist(), strict=True))
    assert [STATUSES[by_id[hid]] for hid in ids] == want
    suffixes = {int(rows.ids[row]): suffix for row, suffix in rows.suffixes.items()}
    assert suffixes == {ids[7]: ("A", ""), ids[8]: ("", "bis")}
    assert rows.number.tolist() == [1, 3, 5, 7, 9, 2, 4, 6, 8]  # walking order
    statuses = map_statuses(db, project)
    # a "niet bezoeken" visit marks the household as well
    assert statuses.households == 9
    assert sorted(statuses.do_not_visit.tolist()) == [ids[5], ids[8]]
    visited = dict(
        zip(statuses.visited_ids.tolist(), statuses.visited_status.tolist(), strict=True)
    )
    assert [STATUSES[visited[hid]] for hid in ids[:6]] == want[:6]
    assert map_addresses(db, [ids[7], ids[8], 999]) == {
        ids[7]: ("Kade", "8A"),
        ids[8]: ("Kade", "9 bis"),
    }
    nobody = map_rows(db, None)  # no project: only the do-not-visit mark shows
    assert sorted(STATUSES[c] for c in nobody.status.tolist()) == sorted(
        [Status.UNVISITED] * 7 + [Status.DO_NOT_VISIT] * 2
    )
    db.close()


# --- the same picture as the object layout before it -------------------------------------------


def assert_same_picture(new: MapLayout, old: ref.MapLayout) -> None:
    """Markers (points, households in order, side, label, colour) exactly; bounds exactly;
    street labels and roads to a nanometre (sums in another order may differ in the last bit)."""
    colours = marker_statuses(new.marker_start, new.household_status)
    got = [
        (
            point(new, m),
            [int(i) for i in new.members(m)],
            new.side(m),
            new.label(m),
            STATUSES[int(colours[m])],
        )
        for m in range(new.marker_count)
    ]
    want = [
        (
            (marker.x, marker.y),
            [h.id for h in marker.households],
            marker.side,
            marker.label,
            ref.reference_marker_status(marker),
        )
        for marker in old.markers
    ]
    assert got == want
    assert new.status_counts() == old.status_counts()
    assert (new.bounds, new.strips_top, new.rd_origin) == (
        old.bounds,
        old.strips_top,
        old.rd_origin,
    )
    assert [(a.text, a.anchor) for a in new.labels] == [(a.text, a.anchor) for a in old.labels]
    for a, b in zip(new.labels, old.labels, strict=True):
        assert (a.x, a.y, a.extent, a.angle) == pytest.approx((b.x, b.y, b.extent, b.angle))
    assert len(new.roads) == len(old.roads)
    for r, s in zip(new.roads, old.roads, strict=True):
        assert (r.x1, r.y1, r.x2, r.y2) == pytest.approx((s.x1, s.y1, s.x2, s.y2), abs=1e-9)


@pytest.mark.parametrize("strips", [False, True], ids=["coordinates", "half-strips"])
def test_the_demo_is_drawn_as_the_object_layout_drew_it(tmp_path: Path, strips: bool) -> None:
    db = open_db(tmp_path / "demo.buurtdesk")
    write_demo(db, generate(500, seed=1, today=date(2026, 9, 21)))
    if strips:  # every other street without coordinates; some households barred
        with db.conn:
            db.conn.execute(
                "UPDATE households SET rd_x = NULL, rd_y = NULL "
                "WHERE street_id IN (SELECT id FROM streets WHERE id % 2 = 0)"
            )
            db.conn.execute("UPDATE households SET do_not_visit = 1 WHERE id % 17 = 0")
    project = int(db.execute("SELECT max(id) FROM projects").fetchone()[0])
    new = map_layout(map_rows(db, project))
    old = ref.map_layout(*ref.map_households(db, project))
    db.close()
    assert new.marker_count > 300 and any(new.size(m) > 1 for m in range(new.marker_count))
    assert len(new.special_labels) > 0  # the demo has letters and additions
    assert_same_picture(new, old)


def reference_inputs(rows: MapRows) -> tuple[list[ref.MapHousehold], list[ref.StripStreet]]:
    """What the old store query made of the same rows."""
    with_points: list[ref.MapHousehold] = []
    strips: dict[int, list[ref.MapHousehold]] = {}
    for row in range(len(rows)):
        letter, addition = rows.suffixes.get(row, ("", ""))
        number = int(rows.number[row])
        x, y = float(rows.x[row]), float(rows.y[row])
        street = int(rows.street[row])
        household = ref.MapHousehold(
            int(rows.ids[row]),
            rows.street_names[street],
            number,
            house_text(number, letter, addition),
            STATUSES[int(rows.status[row])],
            False,
            None if np.isnan(x) or np.isnan(y) else x,
            None if np.isnan(x) or np.isnan(y) else y,
            f"{number}{letter}",
        )
        if household.rd_x is not None:
            with_points.append(household)
        else:
            strips.setdefault(street, []).append(household)
    streets = [
        ref.StripStreet(rows.street_names[s], rows.street_numbering[s], tuple(members))
        for s, members in strips.items()
    ]
    streets.sort(key=lambda street: (street.name.casefold(), street.name))
    return with_points, streets


_street = st.sampled_from(["Aweg", "aweg", "Beek", "Dijk", "Zand"])
# points on a 0.25 m grid near a few spots: shared points, and halves that round either way
_coordinate = st.one_of(
    st.none(),
    st.builds(lambda c, q: 121_000.0 + c * 40 + q * 0.25, st.integers(0, 1), st.integers(0, 6)),
)
_household = st.tuples(
    _street,
    st.integers(1, 12),
    st.sampled_from(["", "", "a", "A", "b"]),
    st.sampled_from(["", "", "1", "2", "H"]),
    _coordinate,
    _coordinate,
    st.sampled_from(list(Status)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_household, max_size=40), st.sets(_street))
def test_generated_households_are_drawn_as_the_object_layout_drew_them(
    households: list[tuple[str, int, str, str, float | None, float | None, Status]],
    straight: set[str],
) -> None:
    ordered = sorted(households, key=lambda h: h[0])  # the store reads them street by street
    houses = [
        H(i + 1, n, street, letter, addition, x, y + 365_000.0 if y is not None else None, status)
        for i, (street, n, letter, addition, x, y, status) in enumerate(ordered)
    ]
    rows = rows_of(houses, straight=tuple(straight))
    assert_same_picture(map_layout(rows), ref.map_layout(*reference_inputs(rows)))
