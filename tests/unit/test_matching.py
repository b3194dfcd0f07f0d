"""One door written two ways is one household: a lone letter read as house letter by one source
and as addition by another (4H and 4 H) matches instead of doubling; a file that has both keeps
both. Real files, a real neighbourhood file. All data is fictional."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber, other_reading
from buurtdesk.io.address_import import import_addresses
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.households import find_by_address, list_households

_spec = importlib.util.spec_from_file_location(
    "import_fixture_build", Path(__file__).parents[1] / "fixtures" / "import" / "build.py"
)
assert _spec is not None and _spec.loader is not None
build: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

BAG = ["openbareruimte", "huisnummer", "huisletter", "huisnummertoevoeging", "postcode",
       "woonplaats"]  # fmt: skip
BAG_ROWS = [
    ["Ruïnekade", "1", "", "", "9999AA", "Ons Dorp"],
    ["Ruïnekade", "4", "", "H", "9999AA", "Ons Dorp"],  # the addition H: 4 H
    ["Ruïnekade", "4", "", "1", "9999AA", "Ons Dorp"],
    ["Ruïnekade", "6", "A", "", "9999AA", "Ons Dorp"],  # the house letter A: 6A
    ["Ruïnekade", "8", "", "O", "9999AA", "Ons Dorp"],
    ["Ruïnekade", "10", "B", "", "9999AA", "Ons Dorp"],
]
MUNICIPAL = ["Straatnaam", "Huisnr", "Toev.", "Postcode", "Plaats"]
# The same doors as the municipality writes them: one combined "Toev." column, a lone letter in
# it read as the house letter (4H, 8O), and 6 A written with a space (read as addition).
MUNICIPAL_ROWS = [
    ["Ruïnekade", "1", "", "9999 AA", "Ons Dorp"],
    ["Ruïnekade", "4", "H", "9999 AA", "Ons Dorp"],
    ["Ruïnekade", "4", "1", "9999 AA", "Ons Dorp"],
    ["Ruïnekade", "6 a", "", "9999 AA", "Ons Dorp"],
    ["Ruïnekade", "8", "O", "9999 AA", "Ons Dorp"],
    ["Ruïnekade", "10", "b", "9999 AA", "Ons Dorp"],
]


def _addresses(db: Database) -> list[str]:
    return [h["address"] for h in list_households(db)]


def test_other_reading_of_a_lone_letter() -> None:
    assert other_reading(HouseNumber(4, "H")) == HouseNumber(4, "", "H")
    assert other_reading(HouseNumber(4, "", "h")) == HouseNumber(4, "H", "")
    assert other_reading(HouseNumber(4)) is None
    assert other_reading(HouseNumber(4, "", "1")) is None
    assert other_reading(HouseNumber(4, "", "hs")) is None
    assert other_reading(HouseNumber(4, "A", "2")) is None


def test_municipal_file_after_bag_adds_no_household_and_says_so(tmp_path: Path, db: Database):
    bag = build.write_csv(tmp_path / "bag.csv", BAG, BAG_ROWS)
    first = import_addresses(db, bag)
    assert first.added == 6
    before = _addresses(db)
    assert before == [
        "Ruïnekade 1",
        "Ruïnekade 4 H",
        "Ruïnekade 4-1",
        "Ruïnekade 6A",
        "Ruïnekade 8 O",
        "Ruïnekade 10B",
    ]
    gemeente = build.write_csv(
        tmp_path / "gemeente.csv", MUNICIPAL, MUNICIPAL_ROWS, encoding="cp1252"
    )
    report = import_addresses(db, gemeente)
    assert report.description == "CSV, Windows-1252, puntkomma"
    assert report.added == 0
    assert _addresses(db) == before  # no 4H next to 4 H, no 8O next to 8 O
    assert report.other_reading == 2  # 4H = 4 H and 8O = 8 O (6 a is 6A the loose way)
    assert report.other_reading_examples == ["Ruïnekade 4H = 4 H", "Ruïnekade 8O = 8 O"]
    assert report.as_dict()["other_reading"] == 2
    again = import_addresses(db, gemeente)
    assert (again.added, again.other_reading) == (0, 2)
    assert _addresses(db) == before


def test_bag_file_after_municipal_adds_no_household(tmp_path: Path, db: Database):
    gemeente = build.write_csv(
        tmp_path / "gemeente.csv", MUNICIPAL, MUNICIPAL_ROWS, encoding="cp1252"
    )
    import_addresses(db, gemeente)
    before = _addresses(db)
    assert "Ruïnekade 4H" in before
    report = import_addresses(db, build.write_csv(tmp_path / "bag.csv", BAG, BAG_ROWS))
    assert report.added == 0
    assert report.other_reading == 2
    assert _addresses(db) == before


def test_a_file_with_both_readings_keeps_both(tmp_path: Path, db: Database):
    rows = [
        ["Ruïnekade", "4", "A", "", "9999AA", "Ons Dorp"],
        ["Ruïnekade", "4", "", "A", "9999AA", "Ons Dorp"],
    ]
    report = import_addresses(db, build.write_csv(tmp_path / "both.csv", BAG, rows))
    assert report.added == 2
    assert report.other_reading == 0
    assert _addresses(db) == ["Ruïnekade 4A", "Ruïnekade 4 A"]
    # and a later file with only one of them matches that one exactly
    one = import_addresses(db, build.write_csv(tmp_path / "one.csv", BAG, rows[1:]))
    assert (one.added, one.unchanged, one.other_reading) == (0, 1, 0)


def test_both_readings_in_a_later_file_keep_both(tmp_path: Path, db: Database):
    import_addresses(db, build.write_csv(tmp_path / "a.csv", BAG, [BAG_ROWS[1]]))  # 4 H
    rows = [["Ruïnekade", "4", "H", "", "9999AA", "Ons Dorp"], BAG_ROWS[1]]  # 4H and 4 H
    report = import_addresses(db, build.write_csv(tmp_path / "b.csv", BAG, rows))
    assert (report.added, report.unchanged, report.other_reading) == (1, 1, 0)
    assert _addresses(db) == ["Ruïnekade 4H", "Ruïnekade 4 H"]


def test_the_other_reading_gets_the_new_coordinates(db: Database):
    upsert_households(db, [AddressRecord("Ruïnekade", HouseNumber(4, "", "H"), "", "Ons Dorp")])
    result = upsert_households(
        db, [AddressRecord("Ruïnekade", HouseNumber(4, "H"), "9999AA", "Ons Dorp", 121000, 487000)]
    )
    assert (result.added, result.updated, result.other_reading) == (0, 1, 1)
    (household,) = list_households(db)
    assert household["address"] == "Ruïnekade 4 H"
    assert (household["postcode"], household["rd_x"]) == ("9999 AA", 121000)


def test_a_typed_address_finds_the_door_either_way(db: Database):
    upsert_households(
        db,
        [
            AddressRecord("Ruïnekade", HouseNumber(4, "", "H")),
            AddressRecord("Ruïnekade", HouseNumber(6, "A")),
        ],
    )
    assert [h["address"] for h in find_by_address(db, "Ruïnekade 4H")] == ["Ruïnekade 4 H"]
    assert [h["address"] for h in find_by_address(db, "ruïnekade 4 h")] == ["Ruïnekade 4 H"]
    assert [h["address"] for h in find_by_address(db, "Ruïnekade 6 a")] == ["Ruïnekade 6A"]
    assert [h["address"] for h in find_by_address(db, "Ruïnekade 6A")] == ["Ruïnekade 6A"]
