"""Walking order follows the street: a street numbered straight through (a quay, 1, 2, 3 … along
one side) is recognised from its coordinates and walked in number order; a normal street, or one
with too few points, stays odd/even; the user's choice is never guessed over."""

from __future__ import annotations

import math
from pathlib import Path

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber, Numbering
from buurtdesk.domain.numbering import guess_numbering, points_per_number
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
