"""Progress arithmetic: property tests on the pure functions of domain/progress.py."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.address import name_sort_key
from buurtdesk.domain.outcomes import Status
from buurtdesk.domain.progress import (
    KINDS,
    UNASSIGNED,
    Cell,
    Tally,
    by_week,
    current_week,
    goal_households,
    is_door_left,
    kind,
    pace_needed,
    pct,
    progress,
    share_doors,
    street_counts,
    takes_part,
    tally_of,
    tally_streets,
    weeks_left,
)

START = date(2026, 11, 2)

cells = st.lists(
    st.builds(
        Cell,
        street=st.sampled_from(["Dorpsstraat", "Kerkweg", "Molenlaan", "Zandhoek"]),
        connectors=st.sampled_from([(), ("Anna",), ("Bram",), ("Cor",), ("Bram", "Anna")]),
        status=st.sampled_from(list(Status)),
        initiator=st.booleans(),
        count=st.integers(0, 500),
    ),
    max_size=30,
)


@given(st.integers(-5, 10**6), st.integers(-5, 10**6))
def test_pct_is_within_0_and_100(part: int, whole: int) -> None:
    assert 0.0 <= pct(part, whole) <= 100.0


@given(
    cells, st.integers(1, 100), st.dates(START - timedelta(days=30), START + timedelta(days=120))
)
def test_totals_add_up_per_street_and_per_connector(
    data: list[Cell], goal: int, today: date
) -> None:
    result = progress(data, goal_pct=goal, start=START, weeks=10, today=today)
    total = result.total
    for field in (
        "households",
        "visited",
        "interested",
        "takes_part",
        "initiators",
        "participants",
    ):
        assert sum(getattr(s, field) for s in result.streets.values()) == getattr(total, field)
    # Connector groups (their assigned streets, the unassigned ones apart) hold every household
    # exactly once.
    for field in ("households", "visited", "interested", "takes_part", "participants"):
        assert sum(getattr(c, field) for c in result.connectors.values()) == getattr(total, field)
    assert sum(c.doors_left for c in result.connectors.values()) == result.doors_left
    assert total.visited <= total.households
    assert total.participants <= total.households
    assert total.initiators <= total.participants
    assert result.from_doors + total.initiators == total.participants
    for figure, value in result.as_dict().items():
        if figure.endswith("_pct") and figure != "goal_pct":
            assert 0.0 <= value <= 100.0, figure
    for row in (*result.streets.values(), *result.connectors.values()):
        assert all(0.0 <= v <= 100.0 for k, v in row.as_dict().items() if k.endswith("_pct"))
    assert 0 <= result.still_needed <= result.goal <= total.households
    assert (result.still_needed == 0) == (total.participants >= result.goal)


@given(st.integers(0, 10**6), st.integers(1, 100))
def test_goal_is_rounded_up_and_never_above_all(households: int, goal: int) -> None:
    needed = goal_households(households, goal)
    assert needed <= households
    assert needed * 100 >= households * goal
    assert (needed - 1) * 100 < households * goal or households == 0


def test_goal_examples() -> None:
    assert goal_households(451, 50) == 226
    assert goal_households(0, 50) == 0
    assert goal_households(1, 1) == 1


@given(st.integers(-100, 10**5), st.integers(0, 104))
def test_pace_at_the_edges(remaining: int, weeks: int) -> None:
    pace = pace_needed(remaining, weeks)
    if remaining <= 0:
        assert pace == 0.0  # goal already met: nothing more to do
    elif weeks == 0:
        assert pace is None  # no weeks left: no pace is enough
    else:
        assert pace is not None and pace * weeks >= remaining - 1e-9 and pace > 0


def test_no_households_means_nothing_to_do() -> None:
    result = progress([], goal_pct=50, start=START, weeks=10, today=START)
    assert result.goal == 0 and result.still_needed == 0 and result.pace_needed == 0.0
    assert result.as_dict()["visited_pct"] == 0.0


def test_goal_already_met_needs_no_pace_even_after_the_end() -> None:
    data = [
        Cell("Kerkweg", ("Anna",), Status.TAKES_PART, False, 6),
        Cell("Kerkweg", ("Anna",), Status.UNVISITED, False, 4),
    ]
    result = progress(data, goal_pct=50, start=START, weeks=10, today=START + timedelta(days=200))
    assert result.weeks_left == 0 and result.pace_needed == 0.0


def test_goal_missed_after_the_end_has_no_pace() -> None:
    data = [Cell("Kerkweg", ("Anna",), Status.UNVISITED, False, 10)]
    result = progress(data, goal_pct=50, start=START, weeks=10, today=START + timedelta(days=70))
    assert result.weeks_left == 0 and result.pace_needed is None


@given(st.integers(1, 104), st.integers(-30, 800))
def test_weeks_left_and_current_week(weeks: int, offset: int) -> None:
    today = START + timedelta(days=offset)
    left = weeks_left(START, weeks, today)
    week = current_week(START, weeks, today)
    assert 0 <= left <= weeks
    assert 0 <= week <= weeks + 1
    if offset < 0:
        assert left == weeks and week == 0
    elif offset < 7 * weeks:
        assert week == offset // 7 + 1 and left == weeks - week + 1
    else:
        assert left == 0


def test_initiators_apart_from_the_door_rounds() -> None:
    data = [
        Cell("Kerkweg", (), Status.UNVISITED, True, 10),  # initiators, never visited
        Cell("Kerkweg", ("Anna",), Status.TAKES_PART, True, 5),  # initiator, also visited
        Cell("Kerkweg", ("Anna",), Status.TAKES_PART, False, 15),
        Cell("Kerkweg", ("Anna",), Status.UNVISITED, False, 70),
    ]
    result = progress(data, goal_pct=50, start=START, weeks=10, today=START)
    assert result.goal == 50
    assert result.total.initiators == 15
    assert result.total.participants == 30
    assert result.from_doors == 15
    assert result.doors_share_of_goal == 35  # the doors have to bring the goal minus initiators
    assert result.still_needed == 20
    assert result.pace_needed == 2.0


@given(
    st.integers(1, 30),
    st.dictionaries(st.integers(-5, 40), st.integers(0, 1000)),
    st.dictionaries(st.integers(-5, 40), st.integers(0, 1000)),
    st.integers(0, 100),
)
def test_weekly_rows_fold_and_accumulate(
    weeks: int, first: dict[int, int], takes: dict[int, int], initiators: int
) -> None:
    rows = by_week(
        START, weeks, visits=first, first_visits=first, takes_part=takes, initiators=initiators
    )
    assert [r.week for r in rows] == list(range(1, weeks + 1))
    assert rows[-1].visited_total == sum(first.values())  # nothing falls off the chart
    assert rows[-1].participants_total == initiators + sum(takes.values())
    assert all(a.visited_total <= b.visited_total for a, b in itertools.pairwise(rows))
    assert rows[0].start == START and rows[-1].start == START + timedelta(weeks=weeks - 1)


def test_team_gaps_in_plain_words() -> None:
    from buurtdesk.domain.team import GapKind, Role, team_gaps

    full = [[Role.EXPERT], [Role.CONNECTOR], [Role.ENTREPRENEUR, Role.CONNECTOR]]
    assert team_gaps(full, {"Anna": 80}, weeks_left=2, doors_per_week=40) == []
    gaps = team_gaps(full, {"Anna": 81, "Bram": 10}, weeks_left=2, doors_per_week=40)
    assert [(g.kind, g.member, g.count, g.capacity) for g in gaps] == [
        (GapKind.TOO_MANY_DOORS, "Anna", 81, 80)
    ]
    assert "Anna heeft nog 81 deuren" in gaps[0].dutch
    small = team_gaps([[Role.CONNECTOR]], {}, weeks_left=5)
    assert [g.kind for g in small] == [GapKind.TOO_FEW, GapKind.MISSING_ROLE, GapKind.MISSING_ROLE]
    assert "zoek er minstens 2 bij" in small[0].dutch
    over = team_gaps(full, {"Anna": 3}, weeks_left=0)
    assert [g.kind for g in over] == [GapKind.NO_WEEKS_LEFT]


def test_one_definition_of_taking_part() -> None:
    assert takes_part(Status.TAKES_PART, False)
    assert takes_part(Status.UNVISITED, True)  # an initiator nobody visited yet
    assert takes_part(Status.NOT_INTERESTED, True)  # an initiator stays one
    assert takes_part(Status.TAKES_PART, True)
    assert not any(takes_part(s, False) for s in Status if s is not Status.TAKES_PART)


def test_an_initiator_who_said_yes_at_the_door_counts_once() -> None:
    t = Tally()
    t.count(Status.TAKES_PART, True, 3)  # initiators, also visited: "doet mee"
    t.count(Status.UNVISITED, True, 2)
    t.count(Status.TAKES_PART, False, 4)
    t.count(Status.SPOKE, False, 11)
    assert (t.households, t.participants, t.initiators, t.visited) == (20, 9, 5, 18)


def test_connectors_count_their_assigned_doors_not_only_the_visited_ones() -> None:
    data = [
        Cell("Kerkweg", ("Anna",), Status.TAKES_PART, False, 18),
        Cell("Kerkweg", ("Anna",), Status.UNVISITED, False, 294),  # Anna has 312 doors
        Cell("Molenlaan", ("Bram", "Anna"), Status.SPOKE, False, 3),
        Cell("Molenlaan", ("Bram", "Anna"), Status.UNVISITED, False, 7),
        Cell("Zandhoek", (), Status.UNVISITED, False, 9),
    ]
    result = progress(data, goal_pct=50, start=START, weeks=10, today=START)
    anna = result.connectors["Anna"]
    assert (anna.households, anna.visited, anna.participants) == (312, 18, 18)
    assert result.as_dict()["connectors"][0]["takes_part_pct"] == 5.8  # not 100 %
    assert list(result.connectors) == ["Anna", "Anna + Bram", UNASSIGNED]
    assert result.connectors["Anna + Bram"].households == 10
    rows = result.as_dict()["connectors"]
    assert rows[-1]["connector"] == "niet toegewezen" and rows[-1]["doors_left"] == 9
    assert sum(r["households"] for r in rows) == result.total.households == 331
    assert sum(r["doors_left"] for r in rows) == result.doors_left


@given(
    st.dictionaries(
        st.lists(st.sampled_from(["Anna", "Bram", "Cor", "Dirk"]), max_size=3, unique=True).map(
            tuple
        ),
        st.integers(0, 1000),
    )
)
def test_shared_doors_add_up_to_all_doors(doors: dict[tuple[str, ...], int]) -> None:
    per, unassigned = share_doors(doors)
    assert sum(per.values()) + unassigned == sum(doors.values())
    assert unassigned == doors.get((), 0)
    for group, count in doors.items():
        for name in group:
            assert name in per
        if len(group) == 1:
            assert per[group[0]] >= count


def test_shared_street_split_evenly() -> None:
    per, unassigned = share_doors({("Bram", "Anna"): 7, ("Cor",): 2, (): 5})
    assert per == {"Anna": 4, "Bram": 3, "Cor": 2} and unassigned == 5


def test_doors_in_no_ones_street_are_a_gap_of_their_own() -> None:
    from buurtdesk.domain.team import GapKind, Role, team_gaps

    full = [[Role.EXPERT], [Role.CONNECTOR], [Role.ENTREPRENEUR]]
    gaps = team_gaps(full, {"Anna": 10}, weeks_left=2, unassigned=12)
    assert [(g.kind, g.count) for g in gaps] == [(GapKind.UNASSIGNED_DOORS, 12)]
    assert "12 deuren liggen in straten zonder verbinder" in gaps[0].dutch
    over = team_gaps(full, {"Anna": 3}, weeks_left=0, unassigned=4)
    assert [(g.kind, g.count) for g in over] == [(GapKind.NO_WEEKS_LEFT, 7)]


def test_doors_left_skip_the_households_that_asked_not_to_be_visited() -> None:
    assert is_door_left(Status.UNVISITED, False)
    assert not is_door_left(Status.UNVISITED, True)  # a nee-nee sticker: kept, not walked to
    assert not any(is_door_left(s, False) for s in Status if s is not Status.UNVISITED)
    data = [
        Cell("Kerkweg", ("Anna",), Status.UNVISITED, False, 30),
        Cell("Kerkweg", ("Anna",), Status.UNVISITED, False, 2, do_not_visit=True),
        Cell("Kerkweg", ("Anna",), Status.NOT_HOME, False, 8),
    ]
    result = progress(data, goal_pct=50, start=START, weeks=10, today=START)
    assert result.doors_left == 30 == result.connectors["Anna"].doors_left
    assert result.as_dict()["doors_per_week_needed"] == 3.0


def _count_every_cell(data: list[Cell]) -> tuple[Tally, dict[str, Tally], dict[str, Tally]]:
    """The tallies as they were computed before the counts per kind: each cell counted with
    Tally.count into its street, its connector group and the total."""
    total, streets, groups = Tally(), {}, {}
    for cell in data:
        if cell.count <= 0:
            continue
        for tally_ in (total, streets.setdefault(cell.street, Tally()),
                       groups.setdefault(cell.connector, Tally())):  # fmt: skip
            tally_.count(cell.status, cell.initiator, cell.count, do_not_visit=cell.do_not_visit)
    return total, streets, groups


mixed_cells = st.lists(
    st.builds(
        Cell,
        street=st.sampled_from(["Dorpsstraat", "Kerkweg", "Église", "2e Molenlaan", "10e Laan"]),
        connectors=st.sampled_from([(), ("Anna",), ("anna",), ("Bram", "Anna"), ("Anna", "Bram")]),
        status=st.sampled_from(list(Status)),
        initiator=st.booleans(),
        count=st.integers(-3, 500),
        do_not_visit=st.booleans(),
    ),
    max_size=40,
)


@given(mixed_cells)
def test_the_counts_per_kind_give_the_figures_of_counting_every_cell(data: list[Cell]) -> None:
    """tally_streets adds up counts per kind and makes a Tally of each sum: every field, every
    street and connector group, and the order of both lists, as counting cell by cell gives."""
    total, streets, groups = tally_streets(street_counts(data))
    want_total, want_streets, want_groups = _count_every_cell(data)
    assert total == want_total
    assert streets == want_streets
    assert groups == want_groups
    assert list(streets) == sorted(want_streets, key=name_sort_key)
    unassigned_last = sorted(want_groups, key=lambda g: (g == UNASSIGNED, g.casefold(), g))
    assert list(groups) == unassigned_last


def test_each_kind_counts_in_the_fields_tally_count_says() -> None:
    """A street with one household of one kind is the Tally of that one household."""
    for status, initiator, skip in KINDS:
        counts = [0] * len(KINDS)
        counts[kind(status, initiator, skip)] = 1
        one = Tally()
        one.count(status, initiator, 1, do_not_visit=skip)
        assert tally_of(counts) == one, (status, initiator, skip)
    assert len(set(KINDS)) == len(KINDS) == len(Status) * 4
