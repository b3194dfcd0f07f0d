"""Who a typed name means: one team member, or the candidates to choose from."""

from __future__ import annotations

import pytest

from buurtdesk.domain.visitors import matching_names

TEAM = ["Anna de Vries", "Ann", "Anouk", "Mehmet Yilmaz", "Bram  Jansen"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("meh", ["Mehmet Yilmaz"]),  # a start of the name
        ("MEHMET yilmaz", ["Mehmet Yilmaz"]),  # any case
        ("ann", ["Ann"]),  # the exact name wins over longer names that start alike
        ("an", ["Anna de Vries", "Ann", "Anouk"]),  # ambiguous: the candidates
        ("bram jansen", ["Bram  Jansen"]),  # spaces as typed do not matter
        ("Piet", []),
        ("   ", []),
    ],
)
def test_matching_names(typed: str, found: list[str]) -> None:
    assert matching_names(typed, TEAM) == found
