"""Street names sort the Dutch way in every list: accented letters with their base letter
(Églantierstraat among the E's, not after the Z), without regard to case ('van Ostadestraat'
among the V's), numbers by value (2e before 10e). A real neighbourhood file."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber, name_sort_key
from buurtdesk.domain.map_layout import map_layout
from buurtdesk.domain.progress import tally
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.households import list_households, list_streets
from buurtdesk.store.map_data import map_rows
from buurtdesk.store.printing import street_choices, walk_entries
from buurtdesk.store.progress import progress_cells
from buurtdesk.store.projects import create_project
from buurtdesk.store.street_list import (
    HouseholdFilter,
    first_streets,
    household_ids,
    household_rows,
    street_summaries,
)

DUTCH_ORDER = [
    "2e Helmersstraat",
    "10e Helmersstraat",
    "Aalsmeerweg",
    "Eendrachtstraat",
    "Églantierstraat",
    "Eikenlaan",
    "Esdoornstraat",
    "Valeriusstraat",
    "van Ostadestraat",
    "Vondelstraat",
    "Zandhoek",
]


def _neighbourhood(db: Database) -> None:
    # added in an order that is neither Dutch nor the bytes' order
    names = sorted(DUTCH_ORDER, key=lambda n: n[::-1])
    upsert_households(db, [AddressRecord(n, HouseNumber(k)) for n in names for k in (2, 1)])


def test_the_sort_key() -> None:
    assert sorted(reversed(DUTCH_ORDER), key=name_sort_key) == DUTCH_ORDER
    assert sorted(DUTCH_ORDER) != DUTCH_ORDER  # plain code-point order is not Dutch
    assert name_sort_key("Églantierstraat") != name_sort_key("Eglantierstraat")  # no ties


def test_every_street_list_is_in_dutch_order(db: Database) -> None:
    _neighbourhood(db)
    assert [s.name for s in list_streets(db)] == DUTCH_ORDER  # CLI, street lookups
    summaries = street_summaries(db, None)
    assert [s.name for s in summaries] == DUTCH_ORDER  # the window's street list
    by_id = {s.id: s.name for s in summaries}
    assert [by_id[i] for i in first_streets(db, 4)] == DUTCH_ORDER[:4]
    labels = [label for _id, label, _count in street_choices(db)]  # the print dialog
    assert [next(n for n in DUTCH_ORDER if label.startswith(n)) for label in labels] == (
        DUTCH_ORDER
    )


def _streets_in(order: list[str]) -> list[str]:
    seen: list[str] = []
    for name in order:
        if name not in seen:
            seen.append(name)
    return seen


def test_every_household_list_is_in_dutch_order(db: Database) -> None:
    _neighbourhood(db)
    households = list_households(db)  # CLI households, exports
    assert _streets_in([h["street"] for h in households]) == DUTCH_ORDER
    assert [h["number"] for h in households[:2]] == [1, 2]  # walking order within the street
    ids = household_ids(db, None, HouseholdFilter())  # the window's household table
    rows = household_rows(db, None, ids)
    assert _streets_in([rows[i].street for i in ids]) == DUTCH_ORDER
    entries = walk_entries(db, None)  # walk lists
    assert _streets_in([e.street for e in entries]) == DUTCH_ORDER
    layout = map_layout(map_rows(db, None))  # the map's streets without coordinates: strips
    strips = sorted((label for label in layout.labels if label.anchor == "right"),
                    key=lambda label: label.y)  # fmt: skip
    assert [label.text for label in strips] == DUTCH_ORDER


def test_progress_per_street_is_in_dutch_order(db: Database) -> None:
    _neighbourhood(db)
    project = create_project(db, theme="energie", title="Samen", start=date(2026, 9, 1))
    _total, streets, _connectors = tally(progress_cells(db, project.id))
    assert list(streets) == DUTCH_ORDER
