"""The street map's geometry: stacked markers, the flip to screen coordinates, strips."""

from __future__ import annotations

import pytest

from buurtdesk.domain.address import Numbering, Side
from buurtdesk.domain.map_layout import (
    DOOR_SPACING,
    STRIPS_GAP,
    MapHousehold,
    StripStreet,
    dominant_status,
    doors_in_walking_order,
    group_by_point,
    map_layout,
    point_layout,
    rd_bounds,
    shown_status,
    street_axis,
    strip_layout,
)
from buurtdesk.domain.outcomes import Status


def house(
    hid: int,
    number: int,
    *,
    street: str = "Dorpsstraat",
    addition: str = "",
    x: float | None = None,
    y: float | None = None,
    status: Status = Status.UNVISITED,
    dnv: bool = False,
) -> MapHousehold:
    written = f"{number}-{addition}" if addition.isdigit() else f"{number} {addition}".strip()
    return MapHousehold(hid, street, number, written, status, dnv, x, y, door=str(number))


def test_addresses_at_one_point_share_a_marker() -> None:
    households = [
        house(1, 1, addition="H", x=1000.0, y=2000.0),
        house(2, 1, addition="1", x=1000.2, y=2000.1),  # within half a metre: the same door
        house(3, 1, addition="2", x=1000.0, y=2000.0),
        house(4, 3, x=1010.0, y=2000.0),
        house(5, 5),  # no point: not on the coordinate map
    ]
    groups = group_by_point(households)
    assert [[h.id for h in members] for _, _, members in groups] == [[1, 2, 3], [4]]
    markers, _, _, _, _ = point_layout(households)
    stacked = markers[0]
    assert stacked.stacked and stacked.size == 3
    assert stacked.label == "1"
    assert not markers[1].stacked and markers[1].label == "3"


def test_north_is_up_and_the_origin_is_the_north_west_corner() -> None:
    households = [
        house(1, 1, x=120_000.0, y=487_000.0),  # south-west
        house(2, 3, x=120_300.0, y=487_200.0),  # north-east
    ]
    markers, labels, roads, bounds, origin = point_layout(households)
    assert origin == (120_000.0, 487_200.0)
    south_west, north_east = markers
    assert (south_west.x, south_west.y) == (0.0, 200.0)
    assert (north_east.x, north_east.y) == (300.0, 0.0)
    assert north_east.y < south_west.y  # north is higher on the screen
    assert bounds is not None and (bounds.width, bounds.height) == (300.0, 200.0)
    assert [(label.text, label.x, label.y) for label in labels] == [("Dorpsstraat", 150.0, 100.0)]
    assert labels[0].extent == 300.0  # two houses are no line: the larger side of the box
    assert roads == []  # two houses make no street line


def test_bounds_of_nothing() -> None:
    assert rd_bounds([house(1, 1)]) is None
    assert point_layout([]) == ([], [], [], None, (0.0, 0.0))
    assert map_layout([], []).bounds is None


def test_strip_puts_odd_and_even_on_opposite_sides_in_walking_order() -> None:
    street = StripStreet(
        "Kerkpad", Numbering.ODD_EVEN, tuple(house(n, n, street="Kerkpad") for n in (1, 3, 5, 2, 4))
    )
    markers, labels, roads, bounds = strip_layout([street])
    road_y = roads[0].y1
    odd = [m for m in markers if m.side is Side.ODD]
    even = [m for m in markers if m.side is Side.EVEN]
    assert [m.label for m in odd] == ["1", "3", "5"]
    assert [m.label for m in even] == ["2", "4"]
    assert all(m.y < road_y for m in odd) and all(m.y > road_y for m in even)
    assert [m.x for m in odd] == sorted(m.x for m in odd)
    assert odd[0].x == even[0].x  # 1 faces 2
    assert odd[1].x - odd[0].x == DOOR_SPACING
    assert roads[0].x2 - roads[0].x1 == 3 * DOOR_SPACING  # the longer side
    assert labels[0].text == "Kerkpad" and labels[0].anchor == "right"
    assert labels[0].x < roads[0].x1
    assert bounds is not None and bounds.min_y <= odd[0].y and bounds.max_y >= even[0].y


def test_straight_numbered_street_is_one_row() -> None:
    street = StripStreet(
        "Marktplein", Numbering.STRAIGHT, tuple(house(n, n, street="Marktplein") for n in (1, 2, 3))
    )
    markers, _, roads, _ = strip_layout([street])
    assert {m.side for m in markers} == {Side.ALL}
    assert len({m.y for m in markers}) == 1 and markers[0].y < roads[0].y1
    assert [m.label for m in markers] == ["1", "2", "3"]


def test_apartments_in_a_strip_are_one_door() -> None:
    households = (
        house(1, 1, street="Kade", addition="H"),
        house(2, 1, street="Kade", addition="1"),
        house(3, 1, street="Kade", addition="2"),
        house(4, 3, street="Kade"),
    )
    street = StripStreet("Kade", Numbering.ODD_EVEN, households)
    doors = doors_in_walking_order(street)
    assert [(side, [h.id for h in members]) for side, members in doors] == [
        (Side.ODD, [1, 2, 3]),
        (Side.ODD, [4]),
    ]
    markers, _, _, _ = strip_layout([street])
    assert markers[0].size == 3 and markers[0].label == "1"


def test_streets_are_stacked_and_strips_go_below_the_map() -> None:
    with_points = [house(1, 1, x=0.0, y=500.0), house(2, 3, x=100.0, y=400.0)]
    strips = [
        StripStreet("Aweg", Numbering.ODD_EVEN, (house(3, 1, street="Aweg"),)),
        StripStreet("Bweg", Numbering.ODD_EVEN, (house(4, 2, street="Bweg"),)),
        StripStreet("Leeg", Numbering.ODD_EVEN, ()),
    ]
    layout = map_layout(with_points, strips)
    assert layout.strips_top == 100.0 + STRIPS_GAP
    aweg, bweg = layout.roads
    assert bweg.y1 > aweg.y1 > 100.0
    assert layout.household_count == 4
    assert layout.bounds is not None and layout.bounds.max_y > bweg.y1
    assert layout.bounds.min_y == 0.0
    assert [label.text for label in layout.labels if label.anchor == "right"] == ["Aweg", "Bweg"]


def test_only_strips_start_at_the_top() -> None:
    layout = map_layout([], [StripStreet("Aweg", Numbering.ODD_EVEN, (house(3, 1),))])
    assert layout.strips_top == 0.0
    assert layout.bounds is not None and layout.bounds.min_y == 0.0


def test_status_counts_use_do_not_visit() -> None:
    layout = map_layout(
        [
            house(1, 1, x=0.0, y=0.0, status=Status.TAKES_PART),
            house(2, 3, x=10.0, y=0.0, dnv=True),
        ],
        [],
    )
    assert layout.status_counts() == {Status.TAKES_PART: 1, Status.DO_NOT_VISIT: 1}


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
    ],
)
def test_dominant_status(statuses: list[Status], expected: Status) -> None:
    assert dominant_status(statuses) is expected


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
