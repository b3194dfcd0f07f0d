"""The Dutch address rules: parsing, writing, walking order, postcodes, street ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.address import (
    AddressError,
    HouseNumber,
    Numbering,
    Side,
    format_house_number,
    format_postcode,
    house_number_from_parts,
    normalise_postcode,
    parse_house_number,
    parse_postcode_range,
    parse_street_range,
    postcode_in_range,
    side_of,
    street_range,
    walk_key,
    walking_key,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", HouseNumber(12)),
        ("12A", HouseNumber(12, "A")),
        ("12a", HouseNumber(12, "A")),
        ("12-A", HouseNumber(12, "A")),
        ("12a-2", HouseNumber(12, "A", "2")),
        ("4-2", HouseNumber(4, "", "2")),
        ("4 H", HouseNumber(4, "", "H")),
        ("4hs", HouseNumber(4, "", "hs")),
        ("4 hs", HouseNumber(4, "", "hs")),
        ("1-5A3", HouseNumber(1, "", "5A3")),
        ("12 bis", HouseNumber(12, "", "bis")),
        ("  7  ", HouseNumber(7)),
        ("99999", HouseNumber(99999)),
    ],
)
def test_parse_house_number(text: str, expected: HouseNumber) -> None:
    assert parse_house_number(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("0", "bestaat niet"),
        ("-3", "negatief"),
        ("12345678", "te groot"),
        ("100000", "te groot"),
        ("abc", "geen nummer"),
        ("", "ontbreekt"),
        ("12 abcde", "toevoeging"),
        ("12!", "geen nummer"),
    ],
)
def test_parse_rejects(text: str, fragment: str) -> None:
    with pytest.raises(AddressError, match=fragment):
        parse_house_number(text)


@pytest.mark.parametrize(
    ("house", "written"),
    [
        (HouseNumber(12, "A"), "12A"),
        (HouseNumber(4, "", "2"), "4-2"),
        (HouseNumber(4, "", "H"), "4 H"),
        (HouseNumber(1, "", "5A3"), "1-5A3"),
        (HouseNumber(12, "A", "2"), "12A-2"),
    ],
)
def test_format_nen5825(house: HouseNumber, written: str) -> None:
    assert format_house_number(house) == written


def test_parts_from_columns() -> None:
    assert house_number_from_parts("12", "a", "") == HouseNumber(12, "A")
    assert house_number_from_parts("12.0", "", "2") == HouseNumber(12, "", "2")
    assert house_number_from_parts(12, None, "-H") == HouseNumber(12, "", "H")
    assert house_number_from_parts("12a", "", "") == HouseNumber(12, "A")
    with pytest.raises(AddressError):
        house_number_from_parts("0", "", "")
    with pytest.raises(AddressError):
        house_number_from_parts("12", "", "toolong")


letters = st.sampled_from(["", *"ABCDEFGHXYZ"])
additions = st.one_of(
    st.just(""),
    st.from_regex(r"[0-9][0-9A-Z]{0,3}", fullmatch=True),
    st.from_regex(r"[A-Za-z]{1,4}", fullmatch=True),
)
houses = st.builds(HouseNumber, st.integers(1, 99999), letters, additions)


@given(houses)
def test_parse_format_round_trip(house: HouseNumber) -> None:
    assert parse_house_number(format_house_number(house)) == house


@given(
    st.lists(
        houses,
        min_size=2,
        max_size=30,
        unique_by=lambda h: (h.number, h.letter.upper(), h.addition.upper()),
    )
)
def test_walking_order_is_total_and_odd_first(hs: list[HouseNumber]) -> None:
    ordered = sorted(hs, key=walking_key)
    keys = [walking_key(h) for h in ordered]
    assert len(set(keys)) == len(keys)  # total: no two addresses share a key
    sides = [side_of(h.number) for h in ordered]
    assert sides == sorted(sides, key=lambda s: s is Side.EVEN)  # odd before even
    # the string key used by the database index sorts exactly the same way
    assert sorted(hs, key=walk_key) == ordered


def test_walking_order_example() -> None:
    written = ["14", "12-2", "12B", "12", "12-1", "12A", "13", "1", "2"]
    ordered = sorted((parse_house_number(w) for w in written), key=walking_key)
    assert [format_house_number(h) for h in ordered] == [
        "1",
        "13",
        "2",
        "12",
        "12A",
        "12B",
        "12-1",
        "12-2",
        "14",
    ]


def test_straight_street_has_one_side() -> None:
    hs = [HouseNumber(n) for n in (4, 1, 3, 2)]
    ordered = sorted(hs, key=lambda h: walking_key(h, Numbering.STRAIGHT))
    assert [h.number for h in ordered] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("raw", "stored"), [("1234ab", "1234AB"), ("1234 AB", "1234AB"), (" 9999 zz ", "9999ZZ")]
)
def test_postcode_normalise(raw: str, stored: str) -> None:
    assert normalise_postcode(raw) == stored
    assert format_postcode(stored) == f"{stored[:4]} {stored[4:]}"


@pytest.mark.parametrize(
    "raw", ["0123AB", "1234SS", "1234SA", "1234sd", "123AB", "12345AB", "ABCD12", "", "1234 A"]
)
def test_postcode_rejects(raw: str) -> None:
    with pytest.raises(AddressError):
        normalise_postcode(raw)


def test_postcode_range() -> None:
    low, high = parse_postcode_range("1000-1099")
    assert postcode_in_range("1011AB", low, high)
    assert not postcode_in_range("1100AA", low, high)
    assert not postcode_in_range("", low, high)
    with pytest.raises(AddressError):
        parse_postcode_range("1099-1000")


def test_street_range() -> None:
    assert street_range(1, 9, Side.ODD) == [1, 3, 5, 7, 9]
    assert street_range(2, 6, "even") == [2, 4, 6]
    assert parse_street_range("1-59") == (1, 59)
    with pytest.raises(AddressError, match="achteruit"):
        street_range(*parse_street_range("59-1"))
    with pytest.raises(AddressError, match="te groot"):
        street_range(*parse_street_range("1-1000000"))
    with pytest.raises(AddressError, match="hoogstens"):
        street_range(1, 5000)
    with pytest.raises(AddressError):
        parse_street_range("a-b")
