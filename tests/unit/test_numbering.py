"""Walking order follows the street: a street numbered straight through (a quay, 1, 2, 3 … along
one side) is recognised from its coordinates and walked in number order; a normal street, or one
with too few points, stays odd/even; the user's choice is never guessed over."""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber, Numbering
from buurtdesk.domain.numbering import guess_numbering, guess_numbering_of, points_per_number
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.households import (
    find_streets,
    list_households,
    set_numbering,
)

X0, Y0 = 121000.0, 487000.0  # somewhere in Amsterdam (RD New)


def _along(direction: float, t: float, side: float) -> tuple[float, float]:
    """A point ``t`` metres along a street running in ``direction`` (radians), ``side`` metres
    to its left (negative: right)."""
    ux, uy = math.cos(direction), math.sin(direction)
    return X0 + t * ux - side * uy, Y0 + t * uy + side * ux


def quay(count: int, direction: float = 0.5) -> dict[int, tuple[float, float]]:
    """1, 2, 3 … side by side along one side of the water, 6 m a house, a little jitter."""
    return {n: _along(direction, 6.0 * n, 0.7 * math.sin(n * 1.7)) for n in range(1, count + 1)}


def odd_even_street(count: int, direction: float = 1.1) -> dict[int, tuple[float, float]]:
    """Odd on the left, even on the right, 18 m apart; the sides' houses differ in width."""
    points = {}
    for n in range(1, count + 1):
        if n % 2:
            points[n] = _along(direction, 5.5 * (n // 2), 9.0 + 0.5 * math.sin(n))
        else:
            points[n] = _along(direction, 7.0 * (n // 2 - 1), -9.0 + 0.5 * math.cos(n))
    return points


def up_and_back(count: int) -> dict[int, tuple[float, float]]:
    """Straight through on both sides: 1 … n/2 up the left side, the rest back down the right."""
    half = count // 2
    points = {n: _along(0.2, 6.0 * n, 8.0) for n in range(1, half + 1)}
    points |= {n: _along(0.2, 6.0 * (count + 1 - n), -8.0) for n in range(half + 1, count + 1)}
    return points


def test_a_quay_numbered_along_one_side_is_straight() -> None:
    for direction in (0.0, 0.5, math.pi / 2, 2.4):
        guess = guess_numbering(quay(20, direction))
        assert guess.numbering is Numbering.STRAIGHT, (direction, guess.reason)


def test_a_street_numbered_up_one_side_and_back_is_straight() -> None:
    assert guess_numbering(up_and_back(24)).numbering is Numbering.STRAIGHT


def test_a_normal_street_is_odd_even() -> None:
    for count in (12, 31, 60):
        guess = guess_numbering(odd_even_street(count))
        assert guess.numbering is Numbering.ODD_EVEN, guess.reason
        assert "weerszijden" in guess.reason


def test_a_narrow_lane_with_wide_houses_is_odd_even() -> None:
    # 6 m between the fronts, 8 m a house: across is still nearer than along, so not straight
    points = {n: _along(0.0, 8.0 * ((n - 1) // 2), 3.0 if n % 2 else -3.0) for n in range(1, 21)}
    assert guess_numbering(points).numbering is Numbering.ODD_EVEN


def test_too_few_points_stay_odd_even() -> None:
    guess = guess_numbering(quay(7))
    assert guess.numbering is Numbering.ODD_EVEN
    assert "te weinig" in guess.reason
    only_odd = {n: p for n, p in quay(30).items() if n % 2}
    assert guess_numbering(only_odd).numbering is Numbering.ODD_EVEN
    assert guess_numbering({n: (X0, Y0) for n in range(1, 20)}).numbering is Numbering.ODD_EVEN


def test_apartments_at_one_door_are_one_point() -> None:
    points = points_per_number([(1, 0.0, 0.0), (1, 2.0, 4.0), (2, 5.0, 5.0)])
    assert points == {1: (1.0, 2.0), 2: (5.0, 5.0)}
    assert points_per_number([]) == {}


def _plain_guess(points: Mapping[int, tuple[float, float]]) -> tuple[str, str]:
    """The test written out in plain Python, one house at a time (how it was before the import
    of a city moved it to arrays): the arrays must decide alike."""
    odd = [n for n in points if n % 2]
    even = [n for n in points if not n % 2]
    if len(points) < 8 or len(odd) < 3 or len(even) < 3:
        return "odd_even", "few"
    cx = sum(x for x, _ in points.values()) / len(points)
    cy = sum(y for _, y in points.values()) / len(points)
    sxx = sum((x - cx) ** 2 for x, _ in points.values())
    syy = sum((y - cy) ** 2 for _, y in points.values())
    sxy = sum((x - cx) * (y - cy) for x, y in points.values())
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    ux, uy = math.cos(angle), math.sin(angle)
    if math.sqrt(max(sxx * ux * ux + 2 * sxy * ux * uy + syy * uy * uy, 0.0)) == 0.0:
        return "odd_even", "one point"

    def offset(n: int) -> float:
        x, y = points[n]
        return -(x - cx) * uy + (y - cy) * ux

    odd_off, even_off = [offset(n) for n in odd], [offset(n) for n in even]
    odd_mean, even_mean = statistics.fmean(odd_off), statistics.fmean(even_off)
    apart = abs(odd_mean - even_mean)
    spread = sum((d - odd_mean) ** 2 for d in odd_off) + sum((d - even_mean) ** 2 for d in even_off)
    if apart >= max(3.0, 0.5 * math.sqrt(spread / len(points))):
        return "odd_even", "apart"

    def distance(a: int, b: int) -> float:
        return math.hypot(points[a][0] - points[b][0], points[a][1] - points[b][1])

    across = [distance(n, n + 1) for n in points if n + 1 in points]
    along = [distance(n, n + 2) for n in points if n + 2 in points]
    if len(across) < 3 or len(along) < 3:
        return "odd_even", "no neighbours"
    if statistics.median(across) >= 0.75 * statistics.median(along):
        return "odd_even", "doubt"
    return "straight", "straight"


_REASONS = {
    "few": "te weinig huisnummers",
    "one point": "op één punt",
    "apart": "uit elkaar",
    "no neighbours": "te weinig opeenvolgende",
    "doubt": "twijfel",
    "straight": "dezelfde kant",
}


@st.composite
def streets(draw: st.DrawFn) -> list[tuple[int, float, float]]:
    """A quay, an odd/even street, an up-and-back street or scattered points; some numbers
    left out, some doors with several addresses (apartments), a little jitter."""
    kind = draw(st.sampled_from([quay, odd_even_street, up_and_back, None]))
    count = draw(st.integers(1, 40))
    if kind is None:
        coordinate = st.floats(-50.0, 50.0, allow_nan=False)
        base = {n: (X0 + draw(coordinate), Y0 + draw(coordinate)) for n in range(1, count + 1)}
    elif kind is up_and_back:
        base = up_and_back(count)
    else:
        base = kind(count, draw(st.floats(0.0, 2 * math.pi)))
    gone = draw(st.sets(st.sampled_from(sorted(base)), max_size=len(base) // 3))
    jitter = st.floats(-1.5, 1.5, allow_nan=False)
    points = []
    for n, (x, y) in base.items():
        if n in gone:
            continue
        for _ in range(draw(st.integers(1, 3))):
            points.append((n, x + draw(jitter), y + draw(jitter)))
    return draw(st.permutations(points))


@settings(max_examples=300, deadline=None)
@given(points=streets())
def test_the_arrays_decide_as_the_plain_test_does(points: list[tuple[int, float, float]]) -> None:
    per_number = points_per_number(points)
    sums: dict[int, list[float]] = {}
    for n, x, y in points:
        sums.setdefault(n, []).append(x)
        sums[n].append(y)
    for n, (x, y) in per_number.items():
        assert math.isclose(x, statistics.fmean(sums[n][0::2]), abs_tol=1e-6)
        assert math.isclose(y, statistics.fmean(sums[n][1::2]), abs_tol=1e-6)
    assert sorted(per_number) == sorted(sums)
    numbering_plain, why = _plain_guess(per_number)
    for guess in (guess_numbering_of(points), guess_numbering(per_number)):
        assert guess.numbering.value == numbering_plain, (guess.reason, why)
        assert _REASONS[why] in guess.reason


# --- at import -----------------------------------------------------------------------------------


def _records(street: str, points: dict[int, tuple[float, float]]) -> list[AddressRecord]:
    return [
        AddressRecord(street, HouseNumber(n), "", "Ons Dorp", round(x, 3), round(y, 3))
        for n, (x, y) in points.items()
    ]


def _numbers(db: Database, street: str) -> list[int]:
    return [h["number"] for h in list_households(db, street=street)]


def test_import_walks_a_straight_street_in_number_order_and_says_so(db: Database) -> None:
    records = _records("Zandhoek", quay(12)) + _records("Dorpsstraat", odd_even_street(12))
    result = upsert_households(db, records, source="import:test.csv")
    assert result.straight_streets == ["Zandhoek"]
    assert find_streets(db, "Zandhoek")[0].numbering is Numbering.STRAIGHT
    assert find_streets(db, "Dorpsstraat")[0].numbering is Numbering.ODD_EVEN
    assert _numbers(db, "Zandhoek") == list(range(1, 13))
    assert _numbers(db, "Dorpsstraat") == [1, 3, 5, 7, 9, 11, 2, 4, 6, 8, 10, 12]


def test_a_dry_run_says_so_and_changes_nothing(db: Database) -> None:
    result = upsert_households(db, _records("Zandhoek", quay(12)), dry_run=True)
    assert result.straight_streets == ["Zandhoek"]
    assert find_streets(db, "Zandhoek") == []


def test_a_street_without_points_gets_them_later_and_is_recognised(db: Database) -> None:
    upsert_households(
        db, [AddressRecord("Zandhoek", HouseNumber(n), "", "Ons Dorp") for n in range(1, 13)]
    )
    assert find_streets(db, "Zandhoek")[0].numbering is Numbering.ODD_EVEN
    result = upsert_households(db, _records("Zandhoek", quay(12)))
    assert result.straight_streets == ["Zandhoek"]
    assert _numbers(db, "Zandhoek") == list(range(1, 13))


def test_the_users_choice_is_not_guessed_over(db: Database) -> None:
    upsert_households(db, _records("Zandhoek", quay(12)))
    street = find_streets(db, "Zandhoek")[0]
    set_numbering(db, street.id, Numbering.ODD_EVEN)  # the user knows better
    again = upsert_households(db, _records("Zandhoek", quay(12)))
    assert again.straight_streets == []
    assert find_streets(db, "Zandhoek")[0].numbering is Numbering.ODD_EVEN


def test_import_from_a_file_reports_straight_streets(tmp_path: Path, db: Database) -> None:
    from buurtdesk.io.address_import import import_addresses

    lines = ["straat;huisnummer;postcode;woonplaats;x;y"]
    lines += [f"Zandhoek;{n};9999AA;Ons Dorp;{x:.2f};{y:.2f}" for n, (x, y) in quay(10).items()]
    path = tmp_path / "kade.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_addresses(db, path)
    assert report.straight_streets == ["Zandhoek"]
    assert report.as_dict()["straight_streets"] == ["Zandhoek"]


def test_a_ring_with_odd_outside_and_even_inside_is_odd_even() -> None:
    # both sides around the same centre: the two means coincide, but across is not next door
    points = {}
    for n in range(1, 33):
        angle = 2 * math.pi * ((n - 1) // 2) / 16
        radius = 40.0 if n % 2 else 24.0
        points[n] = (X0 + radius * math.cos(angle), Y0 + radius * math.sin(angle))
    assert guess_numbering(points).numbering is Numbering.ODD_EVEN
