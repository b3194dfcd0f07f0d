"""The minimum group size of printed figures: a domain rule, tested at its boundaries."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.outcomes import Status
from buurtdesk.domain.privacy import (
    DEFAULT_MIN_GROUP,
    FLOOR_MIN_GROUP,
    OTHER_GROUP,
    min_group_size,
    report_groups,
)
from buurtdesk.domain.progress import Tally


def _tally(households: int, taking_part: int = 0) -> Tally:
    t = Tally()
    t.count(Status.TAKES_PART, False, taking_part)
    t.count(Status.UNVISITED, False, households - taking_part)
    return t


def _labels(sizes: dict[str, int], minimum: int = 10) -> list[str]:
    return [g.label for g in report_groups({k: _tally(v) for k, v in sizes.items()}, minimum)]


def test_the_minimum_is_ten_and_never_below_five() -> None:
    assert DEFAULT_MIN_GROUP == 10 and FLOOR_MIN_GROUP == 5
    assert min_group_size() == 10
    assert min_group_size(12) == 12
    assert min_group_size(5) == 5
    assert min_group_size(4) == 5 and min_group_size(1) == 5 and min_group_size(-3) == 5


def test_a_street_of_ten_is_shown_a_street_of_nine_is_not() -> None:
    assert _labels({"Akker": 10, "Beek": 30}) == ["Akker", "Beek"]
    # Beek of nine alone: not shown, and not as "overige straten" of nine either; Akker joins it
    # so that the total minus Akker does not give the nine away.
    assert _labels({"Akker": 40, "Beek": 9, "Dijk": 12}) == ["Akker", OTHER_GROUP]


def test_merged_group_of_ten_is_shown_of_nine_is_not() -> None:
    ten = report_groups({"A": _tally(30), "B": _tally(4), "C": _tally(6)}, 10)
    assert [g.label for g in ten] == ["A", OTHER_GROUP]
    assert ten[-1].tally.households == 10 and ten[-1].members == ("B", "C")
    nine = report_groups({"A": _tally(30), "B": _tally(4), "C": _tally(5)}, 10)
    assert all(g.tally.households >= 10 for g in nine)
    assert not any(g.label == OTHER_GROUP and g.tally.households == 9 for g in nine)
    # nothing else to fold in: only the total remains
    assert report_groups({"B": _tally(4), "C": _tally(5)}, 10) == []


def test_the_minimum_is_clamped_to_five() -> None:
    assert _labels({"Akker": 5, "Beek": 40}, minimum=1) == ["Akker", "Beek"]
    assert _labels({"Akker": 4, "Beek": 40}, minimum=1) == [OTHER_GROUP]  # Beek joins the 4
    assert _labels({"Akker": 1, "Beek": 40, "Cirkel": 50}, minimum=0) == ["Cirkel", OTHER_GROUP]


def test_a_street_of_one_and_of_five_never_appear() -> None:
    groups = report_groups({"Hofje": _tally(1, 1), "Vijf": _tally(5, 5), "Lang": _tally(80)}, 10)
    assert [g.label for g in groups] == [OTHER_GROUP]
    assert groups[0].tally.households == 86


@given(st.dictionaries(st.text(min_size=1, max_size=4), st.integers(0, 40)), st.integers(-5, 30))
def test_no_group_below_the_minimum_and_no_hidden_remainder_below_it(
    sizes: dict[str, int], wanted: int
) -> None:
    minimum = min_group_size(wanted)
    groups = report_groups({k: _tally(v) for k, v in sizes.items()}, wanted)
    assert all(g.tally.households >= minimum for g in groups)
    shown = sum(g.tally.households for g in groups)
    hidden = sum(sizes.values()) - shown
    # what the total minus the groups shown gives away is nothing, or a group big enough itself
    assert hidden == 0 or hidden >= minimum or not groups
    labels = [g.label for g in groups]
    assert len(labels) == len(set(labels))
