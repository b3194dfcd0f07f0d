"""Row numbering, sections and apartment doors of a walk list (domain, no PDF)."""

from __future__ import annotations

from buurtdesk.domain.address import HouseNumber, Numbering, Side, walking_key
from buurtdesk.domain.walklist import (
    WalkEntry,
    household_for_row,
    list_id,
    number_rows,
    sections,
    tally,
)


def _entries() -> list[WalkEntry]:
    houses = [HouseNumber(n) for n in (1, 3, 2)] + [
        HouseNumber(4),
        HouseNumber(4, "", "1"),
        HouseNumber(4, "", "2"),
        HouseNumber(6),
    ]
    houses.sort(key=walking_key)
    return [
        WalkEntry(i, "Dorpsstraat", "", h, Numbering.ODD_EVEN, do_not_visit=h.number == 3)
        for i, h in enumerate(houses, start=10)
    ]


def test_rows_are_numbered_in_walking_order_with_do_not_visit_included() -> None:
    rows = number_rows(_entries())
    assert [(r.number, r.entry.house_number) for r in rows] == [
        (1, "1"),
        (2, "3"),
        (3, "2"),
        (4, "4"),
        (5, "4-1"),
        (6, "4-2"),
        (7, "6"),
    ]
    ids = [r.entry.household_id for r in rows]
    assert household_for_row(ids, 2) == rows[1].entry.household_id  # the do-not-visit row
    assert household_for_row(ids, 0) is None and household_for_row(ids, 8) is None


def test_apartments_are_grouped_under_their_door() -> None:
    rows = number_rows(_entries())
    door = [r for r in rows if r.door_label]
    assert [r.entry.house_number for r in door] == ["4", "4-1", "4-2"]
    assert [r.first_at_door for r in door] == [True, False, False]
    assert {r.door_size for r in door} == {3}


def test_sections_follow_street_and_side() -> None:
    result = sections(number_rows(_entries()))
    assert [(s.street, s.side) for s in result] == [
        ("Dorpsstraat", Side.ODD),
        ("Dorpsstraat", Side.EVEN),
    ]
    assert result[0].title == "Dorpsstraat — oneven kant"
    assert result[1].range_text == "nrs. 2-6"


def test_tally_and_list_id() -> None:
    rows = number_rows(_entries())
    counts = tally(rows)
    assert (counts.addresses, counts.doors, counts.do_not_visit, counts.streets) == (7, 5, 1, 1)
    from datetime import date

    assert list_id([1, 2], date(2026, 11, 28)).startswith("LL-1128-")
    assert list_id([1, 2], date(2026, 11, 28)) != list_id([2, 1], date(2026, 11, 28))
