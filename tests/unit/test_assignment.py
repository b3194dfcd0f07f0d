"""The proposal of streets per connector: every street whole, to exactly one connector, the doors
as even as whole streets allow, the same proposal every time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.assignment import StreetDoors, doors_per_connector, propose_streets


def _streets(doors: list[int]) -> list[StreetDoors]:
    return [StreetDoors(i + 1, f"Straat {i + 1:02d}", d) for i, d in enumerate(doors)]


def test_a_large_street_is_not_split_and_the_small_ones_even_out() -> None:
    streets = _streets([90, 40, 25, 59])
    proposal = propose_streets(streets, [7, 8, 9])
    assert proposal == {7: [1], 8: [4], 9: [2, 3]}
    assert doors_per_connector(streets, proposal) == {7: 90, 8: 59, 9: 65}


def test_streets_walked_already_count_in() -> None:
    streets = _streets([30, 30])
    assert propose_streets(streets, [1, 2], already={1: 100}) == {1: [], 2: [1, 2]}


def test_no_connectors_no_proposal_and_no_streets_empty_lists() -> None:
    assert propose_streets(_streets([5]), []) == {}
    assert propose_streets([], [3, 4]) == {3: [], 4: []}


@given(
    st.lists(st.integers(min_value=0, max_value=400), max_size=40),
    st.integers(min_value=1, max_value=8),
)
def test_whole_streets_each_once_and_never_more_than_one_street_from_even(
    doors: list[int], connectors: int
) -> None:
    streets = _streets(doors)
    members = list(range(100, 100 + connectors))
    proposal = propose_streets(streets, members)
    given_out = sorted(s for ids in proposal.values() for s in ids)
    assert given_out == [s.street_id for s in streets]  # every street once, none split
    assert list(proposal) == members
    loads = doors_per_connector(streets, proposal).values()
    assert max(loads) - min(loads) <= max(doors, default=0)
    assert propose_streets(list(reversed(streets)), members) == proposal  # same every time
