"""The street list's queries: ids in walking order, filters through indexes, counts."""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome, Status
from buurtdesk.domain.team import Role
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.projects import create_project
from buurtdesk.store.street_list import (
    HouseholdFilter,
    household_ids,
    household_rows,
    street_summaries,
    street_summary,
)
from buurtdesk.store.team import add_member, assign_streets
from buurtdesk.store.visits import record_visit


def _setup(db: Database) -> tuple[int, dict[str, int]]:
    records = [AddressRecord("zandweg", HouseNumber(n), "1234AB", "Dorp") for n in (4, 1, 2, 3)]
    records += [AddressRecord("Akkerlaan", HouseNumber(n, "", a), "1235CD", "Dorp")
                for n, a in ((5, ""), (5, "1"), (5, "H"), (7, ""))]  # fmt: skip
    upsert_households(db, records)
    project = create_project(db, theme="energie", title="t", start=date(2026, 9, 1))
    ids = {
        f"{r[1]} {r[2]}{r[3]}": r[0]
        for r in db.execute(
            "SELECT h.id, s.name, h.number, h.addition FROM households h "
            "JOIN streets s ON s.id = h.street_id"
        )
    }
    for key, outcome in (("zandweg 1", Outcome.INTERESTED), ("Akkerlaan 7", Outcome.TAKES_PART)):
        record_visit(db, project_id=project.id, household_id=ids[key], outcome=outcome,
                     visit_date=date(2026, 9, 2))  # fmt: skip
    return project.id, ids


def _names(db: Database, project: int, ids: list[int]) -> list[str]:
    rows = household_rows(db, project, ids)
    return [rows[i].address for i in ids]


def test_walking_order_streets_by_name_without_case(db: Database) -> None:
    project, _ = _setup(db)
    got = _names(db, project, household_ids(db, project, HouseholdFilter()))
    assert got == ["Akkerlaan 5", "Akkerlaan 5 H", "Akkerlaan 5-1", "Akkerlaan 7",
                   "zandweg 1", "zandweg 3", "zandweg 2", "zandweg 4"]  # fmt: skip


def test_status_filters_agree_between_index_and_scan(db: Database) -> None:
    project, ids = _setup(db)
    visited = household_ids(db, project, HouseholdFilter(statuses=("interested", "takes_part")))
    assert _names(db, project, visited) == ["Akkerlaan 7", "zandweg 1"]
    unvisited = household_ids(db, project, HouseholdFilter(statuses=("unvisited",)))
    assert len(unvisited) == 6 and ids["zandweg 1"] not in unvisited
    mixed = household_ids(db, project, HouseholdFilter(statuses=("unvisited", "interested")))
    assert len(mixed) == 7
    by_status = household_ids(db, project, HouseholdFilter(sort="status"))
    assert _names(db, project, by_status)[-2:] == ["zandweg 1", "Akkerlaan 7"]


def test_search_by_street_number_postcode(db: Database) -> None:
    project, _ = _setup(db)

    def find(text: str) -> list[str]:
        return _names(db, project, household_ids(db, project, HouseholdFilter(search=text)))

    assert find("akker 5") == ["Akkerlaan 5", "Akkerlaan 5 H", "Akkerlaan 5-1"]
    assert find("5-1") == ["Akkerlaan 5-1"]
    assert find("1234 ab") == ["zandweg 1", "zandweg 3", "zandweg 2", "zandweg 4"]
    assert find("nergensweg") == []


def test_connector_filter_and_counts(db: Database) -> None:
    project, ids = _setup(db)
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    streets = {s.name: s for s in street_summaries(db, project)}
    assign_streets(db, anna.id, [streets["zandweg"].id])
    got = household_ids(db, project, HouseholdFilter(member_id=anna.id))
    assert len(got) == 4 and ids["zandweg 1"] in got
    akker = streets["Akkerlaan"]
    assert (akker.households, akker.visited, akker.taking_part) == (4, 1, 1)
    zand = street_summary(db, project, streets["zandweg"].id)
    assert zand is not None and zand.connectors == ("Anna",) and zand.visited == 1
    quick = {s.name: s for s in street_summaries(db, project, progress=False)}
    assert quick["Akkerlaan"].households == 4 and quick["Akkerlaan"].visited == 0
    rows = household_rows(db, project, [ids["Akkerlaan 5"]])
    assert rows[ids["Akkerlaan 5"]].door_size == 3
    assert rows[ids["Akkerlaan 5"]].status is Status.UNVISITED


def test_filter_walk_list_agrees_with_household_ids(db: Database) -> None:
    from buurtdesk.store.street_list import filter_walk_list

    project, _ = _setup(db)
    walk = household_ids(db, project, HouseholdFilter())
    for statuses in ((), ("interested",), ("unvisited",), ("unvisited", "takes_part")):
        for sort in ("walk", "status"):
            expected = household_ids(db, project, HouseholdFilter(statuses=statuses, sort=sort))
            assert filter_walk_list(db, project, walk, statuses, sort) == expected
