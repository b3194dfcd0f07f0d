"""The demo neighbourhood: what it contains, that it is believable, and that a seed repeats it."""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import (
    AddressError,
    HouseNumber,
    Numbering,
    format_address,
    format_house_number,
    format_postcode,
    normalise_postcode,
    parse_house_number,
)
from buurtdesk.domain.demo import (
    DEFAULT_HOUSEHOLDS,
    RD_CENTRE,
    Demo,
    generate,
)
from buurtdesk.domain.demo_types import DemoHousehold
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.households import list_households, list_streets
from buurtdesk.store.store_errors import StoreError
from buurtdesk.store.team import list_members, streets_of
from buurtdesk.store.visits import list_visits, suggests_door_card

TODAY = date(2026, 3, 12)  # a Thursday


@pytest.fixture(scope="module")
def demo() -> Demo:
    return generate(seed=7, today=TODAY)


@pytest.fixture(scope="module")
def households(demo: Demo) -> list[DemoHousehold]:
    return list(demo.iter_households())


# --- the neighbourhood ---------------------------------------------------------------------------


def test_default_size_and_street_count(demo: Demo, households: list[DemoHousehold]) -> None:
    assert len(households) == DEFAULT_HOUSEHOLDS == 450
    assert 8 <= len(demo.streets) <= 12
    per_street = Counter(h.street for h in households)
    assert [per_street[s.index] for s in demo.streets] == [s.households for s in demo.streets]
    assert len({s.name for s in demo.streets}) == len(demo.streets)


@pytest.mark.parametrize("seed", range(1, 9))
def test_every_seed_gives_8_to_12_streets_and_every_kind_of_address(seed: int) -> None:
    demo = generate(seed=seed, today=TODAY)
    houses = [h.record.house for h in demo.iter_households()]
    assert 8 <= len(demo.streets) <= 12
    assert [s.numbering for s in demo.streets].count(Numbering.STRAIGHT) == 1
    assert any(h.letter for h in houses)
    assert any(h.addition == "H" for h in houses)
    assert any(h.addition.isdigit() for h in houses)


@pytest.mark.parametrize("count", [1, 2, 7, 40, 100, 451, 1000, 3333])
def test_exactly_the_households_asked_for(count: int) -> None:
    demo = generate(count, seed=3, today=TODAY)
    records = [h.record for h in demo.iter_households()]
    assert len(records) == count
    keys = {(r.street, r.house) for r in records}
    assert len(keys) == count  # no address twice


def test_out_of_range_counts_are_refused() -> None:
    for bad in (0, -5, 250_001):
        with pytest.raises(ValueError, match="huishoudens"):
            generate(bad)


def test_house_letters_additions_and_apartments(households: list[DemoHousehold]) -> None:
    houses = [h.record.house for h in households]
    letters = [h for h in houses if h.letter]
    assert letters and all(h.letter in "ABC" for h in letters)
    # every split house still has its plain number (12, 12A, 12B)
    plain = {
        (h.record.street, h.record.house.number) for h in households if not h.record.house.letter
    }
    assert all((h.record.street, h.record.house.number) in plain for h in households
               if h.record.house.letter)  # fmt: skip
    assert any(h.addition == "H" for h in houses)  # written "4 H"
    assert any(format_house_number(h).count("-") == 1 for h in houses)  # written "4-2"
    # apartment buildings: several addresses at one door, at one point
    points = Counter((h.record.rd_x, h.record.rd_y) for h in households)
    buildings = [p for p, n in points.items() if n >= 5]
    assert len(buildings) >= 2
    for point in buildings:
        at_door = [h.record for h in households if (h.record.rd_x, h.record.rd_y) == point]
        assert len({(r.street, r.house.number) for r in at_door}) == 1
        assert all(r.house.addition for r in at_door)


def test_written_house_numbers_read_back(households: list[DemoHousehold]) -> None:
    for h in households:
        assert parse_house_number(format_house_number(h.record.house)) == h.record.house


def test_a_square_numbered_all_the_way_round(demo: Demo, households: list[DemoHousehold]) -> None:
    (square,) = [s for s in demo.streets if s.numbering is Numbering.STRAIGHT]
    assert square.name.endswith("plein")
    assert square.line[0] == square.line[-1]  # a closed loop
    numbers = sorted({h.record.house.number for h in households if h.street == square.index})
    assert numbers == list(range(1, len(numbers) + 1))  # 1, 2, 3, ... straight through
    # houses on all four sides: both x and y spread well beyond one street's width
    xs = [h.record.rd_x or 0.0 for h in households if h.street == square.index]
    ys = [h.record.rd_y or 0.0 for h in households if h.street == square.index]
    assert max(xs) - min(xs) > 25 and max(ys) - min(ys) > 25


def test_postcodes_follow_the_rules(demo: Demo, households: list[DemoHousehold]) -> None:
    postcodes = {h.record.postcode for h in households}
    for postcode in postcodes:
        assert normalise_postcode(postcode) == postcode
        assert postcode[0] != "0" and postcode[4:] not in ("SA", "SD", "SS")
    assert all(h.record.place == demo.place for h in households)
    # a postcode covers a stretch of one side of one street, not the whole neighbourhood
    assert len(postcodes) >= 2 * len(demo.streets)
    streets_per_postcode = defaultdict(set)
    for h in households:
        streets_per_postcode[h.record.postcode].add(h.street)
    assert all(len(s) == 1 for s in streets_per_postcode.values())


def test_city_scale_postcodes_stay_valid() -> None:
    demo = generate(20_000, seed=5, today=TODAY)
    postcodes = {h.record.postcode for h in demo.iter_households()}
    for postcode in postcodes:
        assert normalise_postcode(postcode) == postcode


def test_invalid_postcode_would_have_been_caught() -> None:
    with pytest.raises(AddressError):
        normalise_postcode("1234SS")


# --- the map -------------------------------------------------------------------------------------


def _signed_offset(line: tuple[tuple[float, float], ...], x: float, y: float) -> float:
    """Distance from the nearest segment of ``line``; positive on the left of its direction."""
    best = (math.inf, 0.0)
    for (ax, ay), (bx, by) in itertools.pairwise(line):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        px, py = ax + t * dx, ay + t * dy
        dist = math.hypot(x - px, y - py)
        if dist < best[0]:
            cross = dx * (y - ay) - dy * (x - ax)
            best = (dist, math.copysign(dist, cross))
    return best[1]


def test_coordinates_lie_in_rd_new_around_the_centre(households: list[DemoHousehold]) -> None:
    xs = [h.record.rd_x for h in households]
    ys = [h.record.rd_y for h in households]
    assert all(x is not None for x in xs) and all(y is not None for y in ys)
    cx, cy = RD_CENTRE
    assert all(abs(x - cx) < 5000 for x in xs if x is not None)
    assert all(abs(y - cy) < 5000 for y in ys if y is not None)
    # a neighbourhood, not a city: the whole area fits in about a kilometre
    assert max(xs) - min(xs) < 1500  # type: ignore[type-var,operator]
    assert max(ys) - min(ys) < 1500  # type: ignore[type-var,operator]


def test_odd_and_even_on_opposite_sides_of_the_street(
    demo: Demo, households: list[DemoHousehold]
) -> None:
    for street in demo.streets:
        mine = [h.record for h in households if h.street == street.index]
        offsets = [_signed_offset(street.line, r.rd_x or 0.0, r.rd_y or 0.0) for r in mine]
        for record, offset in zip(mine, offsets, strict=True):
            assert 6.5 <= abs(offset) <= 9.5, (record.address, offset)
            if street.numbering is Numbering.STRAIGHT:
                assert offset > 0  # all round the outside of the square
            elif record.house.number % 2:
                assert offset > 0, record.address
            else:
                assert offset < 0, record.address


def test_neighbours_are_a_house_width_apart(demo: Demo, households: list[DemoHousehold]) -> None:
    gaps: list[float] = []
    for street in demo.streets:
        if street.numbering is Numbering.STRAIGHT:
            continue
        doors = sorted(
            {
                (h.record.house.number, h.record.rd_x, h.record.rd_y)
                for h in households
                if h.street == street.index and not h.record.house.letter
            }
        )
        for (n1, x1, y1), (n2, x2, y2) in itertools.pairwise(doors):
            if n2 == n1 + 2:
                gaps.append(math.hypot((x2 or 0) - (x1 or 0), (y2 or 0) - (y1 or 0)))
    median = sorted(gaps)[len(gaps) // 2]
    assert 5.5 <= median <= 11.0
    assert min(gaps) >= 3.0


def test_streets_do_not_overlap(demo: Demo, households: list[DemoHousehold]) -> None:
    """No house sits closer to another street's centre line than to its own."""
    for h in households[::7]:
        own = abs(
            _signed_offset(demo.streets[h.street].line, h.record.rd_x or 0, h.record.rd_y or 0)
        )
        for street in demo.streets:
            if street.index != h.street:
                other = abs(_signed_offset(street.line, h.record.rd_x or 0, h.record.rd_y or 0))
                assert other > own, (h.record.address, street.name)


# --- same seed, same neighbourhood ---------------------------------------------------------------


def _fingerprint(demo: Demo) -> list[tuple[object, ...]]:
    return [
        (h.record.address, h.record.postcode, h.record.place, h.record.rd_x, h.record.rd_y,
         h.visits, h.initiator)
        for h in demo.iter_households()
    ]  # fmt: skip


def test_same_seed_same_neighbourhood() -> None:
    one, two = generate(seed=42, today=TODAY), generate(seed=42, today=TODAY)
    assert _fingerprint(one) == _fingerprint(two)
    assert one.members == two.members and one.streets == two.streets
    assert one.project == two.project


def test_other_seed_other_neighbourhood() -> None:
    assert _fingerprint(generate(seed=1, today=TODAY)) != _fingerprint(
        generate(seed=2, today=TODAY)
    )


def test_addresses_do_not_depend_on_the_day() -> None:
    """Only the visits move with today; the streets and houses stay put."""
    one = generate(seed=9, today=TODAY)
    two = generate(seed=9, today=TODAY + timedelta(days=40))
    assert [h.record for h in one.iter_households()] == [h.record for h in two.iter_households()]


def test_city_scale_has_unique_street_names() -> None:
    demo = generate(100_000, seed=1, today=TODAY)
    names = [s.name for s in demo.streets]
    assert len(names) == len(set(names)) > 1000
    assert sum(s.households for s in demo.streets) == 100_000
    assert sum(1 for s in demo.streets if s.numbering is Numbering.STRAIGHT) >= 10


# --- project, team and visits --------------------------------------------------------------------


def test_project_is_in_its_fifth_week(demo: Demo) -> None:
    project = demo.project
    assert project.theme == "energy"
    assert project.weeks == 10 and project.goal_pct == 50
    assert project.start.weekday() == 0
    assert project.current_week(TODAY) == 5
    assert project.message and project.contact


def test_team_of_seven_with_every_role(demo: Demo) -> None:
    members = demo.members
    assert len(members) == 7
    assert len({m.name for m in members}) == 7
    for role in Role:
        assert any(role in m.roles for m in members)
    assert any(len(m.roles) > 1 for m in members)
    for member in members:
        if member.phone or member.email:
            assert member.consent_at is not None and member.consent_at < demo.project.start
            assert member.email.endswith("@example.org")
    assert any(m.consent_at is None for m in members)
    connectors = {m.name for m in members if Role.CONNECTOR in m.roles}
    assert {s.connector for s in demo.streets} <= connectors
    assert len({s.connector for s in demo.streets}) >= 3


def test_visits_look_like_five_weeks_of_door_rounds(
    demo: Demo, households: list[DemoHousehold]
) -> None:
    n = len(households)
    visited = [h for h in households if h.visits]
    assert 0.25 <= len(visited) / n <= 0.45
    final = Counter(h.visits[-1].outcome for h in visited)
    assert set(final) == set(Outcome)
    assert 0.08 <= final[Outcome.TAKES_PART] / n <= 0.17
    assert 1 <= final[Outcome.DO_NOT_VISIT] <= 0.05 * n
    twice_not_home = [
        h for h in visited if [v.outcome for v in h.visits[-2:]] == [Outcome.NOT_HOME] * 2
    ]
    assert len(twice_not_home) >= 3
    first_round = demo.project.start + timedelta(days=7)
    for h in visited:
        days = [v.visit_date for v in h.visits]
        assert days == sorted(days) and first_round <= days[0] and days[-1] <= TODAY
        assert all(v.visitor == demo.streets[h.street].connector for v in h.visits)
    initiators = sum(h.initiator for h in households)
    assert 0.05 * n <= initiators <= 0.15 * n


# --- into the store ------------------------------------------------------------------------------


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def test_written_into_an_empty_file(
    db: Database, demo: Demo, households: list[DemoHousehold]
) -> None:
    summary = write_demo(db, demo)
    assert summary.households == 450 == len(list_households(db))
    assert summary.streets == len(list_streets(db)) == len(demo.streets)
    numbering = {s.name: s.numbering for s in list_streets(db)}
    assert Numbering.STRAIGHT in numbering.values()
    rows = list_households(db, project_id=summary.project_id)
    status = Counter(r["status"] for r in rows)
    expected = Counter(h.visits[-1].outcome.value if h.visits else "unvisited" for h in households)
    assert status == expected
    assert sum(r["do_not_visit"] for r in rows) == expected["do_not_visit"]
    assert all("rd_x" in r and "rd_y" in r for r in rows)
    visits = list_visits(db, project_id=summary.project_id)
    assert len(visits) == summary.visits == sum(len(h.visits) for h in households)
    assert all(v.visitor for v in visits)
    members = list_members(db)
    assert len(members) == 7
    for member in members:
        if Role.CONNECTOR in member.roles:
            assert streets_of(db, member.id)
    n_init = db.execute("SELECT count(*) FROM initiators").fetchone()[0]
    assert n_init == summary.initiators == sum(h.initiator for h in households)
    hid = next(
        i + 1
        for i, h in enumerate(households)
        if [v.outcome for v in h.visits] == [Outcome.NOT_HOME, Outcome.NOT_HOME]
    )
    assert suggests_door_card(db, summary.project_id, hid)
    name = db.execute("SELECT name, place FROM neighbourhood").fetchone()
    assert tuple(name) == (demo.name, demo.place)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_refuses_a_file_that_holds_data(db_path: Path, demo: Demo) -> None:
    db = open_db(db_path)
    write_demo(db, generate(30, seed=1, today=TODAY))
    before = _dump(db)
    with pytest.raises(StoreError, match="bevat al gegevens"):
        write_demo(db, demo)
    assert _dump(db) == before
    db.close()


def test_progress_is_reported(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    write_demo(db, generate(12_000, seed=2, today=TODAY), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (12_000, 12_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_listing_writes_addresses_as_the_address_rules_do(db: Database, demo: Demo) -> None:
    """household_dict formats without building a HouseNumber (speed); it must agree."""
    write_demo(db, demo)
    extra = [
        (9001, "", "bis"),
        (9002, "b", ""),
        (9003, "", "5A3"),
        (9004, "C", "2"),
        (9005, "", ""),
    ]
    for number, letter, addition in extra:
        db.execute(
            "INSERT INTO households (uuid, street_id, number, letter, addition, postcode, "
            "walk_key, created_at, updated_at) VALUES (?, 1, ?, ?, ?, '', 'z', 'x', 'x')",
            [f"extra-{number}", number, letter, addition],
        )
    rows = list_households(db)
    assert len(rows) == 450 + len(extra)
    for row in rows:
        house = HouseNumber(row["number"], row["letter"], row["addition"])
        assert row["house_number"] == format_house_number(house)
        assert row["address"] == format_address(row["street"], house)
        assert row["postcode"] == format_postcode(row["postcode"].replace(" ", ""))


def test_no_demo_visit_lies_today_or_later(demo: Demo, households: list[DemoHousehold]) -> None:
    """Today's evening round may be still to come: a demo visit dated today at 19:40 would sort
    after a real check-off made this afternoon and hide it."""
    days = [v.visit_date for h in households for v in h.visits]
    assert days and max(days) < TODAY
    assert max(days) == TODAY - timedelta(days=1)  # the rounds go on until yesterday


def test_a_real_check_off_today_is_the_status_after_the_demo(db: Database) -> None:
    from datetime import UTC, datetime

    from buurtdesk.domain.outcomes import Outcome
    from buurtdesk.store.visits import record_visit

    summary = write_demo(db, generate(60, seed=3))  # today's date, as the command does
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    latest, last_day = db.execute("SELECT max(created_at), max(visit_date) FROM visits").fetchone()
    assert latest <= now and last_day < date.today().isoformat()
    (hid,) = db.execute("SELECT household_id FROM household_status LIMIT 1").fetchone()
    record_visit(db, project_id=summary.project_id, household_id=hid, outcome=Outcome.SPOKE,
                 visit_date=date.today())  # fmt: skip
    (status,) = db.execute(
        "SELECT outcome FROM household_status WHERE household_id = ?", [hid]
    ).fetchone()
    assert status == "spoke"
