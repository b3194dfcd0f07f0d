"""One door-card rule: the window's hint after a check-off (store.visits.suggests_door_card) and
the door cards printed for "who was not home twice" (store.printing.not_home_twice) both follow
the domain's door_card_due and its one constant."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlite_utils import Database

from buurtdesk.domain import outcomes
from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome, door_card_due
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.printing import not_home_twice
from buurtdesk.store.projects import create_project
from buurtdesk.store.visits import record_visit, retract_visit, suggests_door_card

NH, SPOKE = Outcome.NOT_HOME, Outcome.SPOKE


def _both_sides(db: Database, history: list[Outcome], *, undo_last: bool = False) -> set[bool]:
    upsert_households(db, [AddressRecord("Zandhoek", HouseNumber(1))])
    project = create_project(db, theme="energy", title="T", start=date(2026, 9, 1)).id
    last = 0
    for day, outcome in enumerate(history):
        last = record_visit(db, project_id=project, household_id=1, outcome=outcome,
                            visit_date=date(2026, 9, 2) + timedelta(days=day))  # fmt: skip
    if undo_last:
        retract_visit(db, last)
    hint = suggests_door_card(db, project, 1)
    cards = [e.household_id for e in not_home_twice(db, project)] == [1]
    return {hint, cards}


@pytest.mark.parametrize(
    ("history", "due"),
    [
        ([NH], False),  # once not home: no card yet
        ([NH, NH], True),  # exactly two: a card
        ([SPOKE, NH, NH], True),
        ([NH, NH, NH], True),
        ([NH, SPOKE], False),
        ([NH, NH, SPOKE], False),  # spoken since
        ([], False),
    ],
)
def test_door_card_after_two_not_home_on_both_sides(
    db: Database, history: list[Outcome], due: bool
) -> None:
    assert door_card_due(reversed(history)) is due
    assert _both_sides(db, history) == {due}


def test_an_undone_not_home_does_not_count(db: Database) -> None:
    assert _both_sides(db, [NH, NH], undo_last=True) == {False}


def test_both_sides_follow_the_one_constant(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the rule written twice (the printed cards once counted to 2 in their own SQL), a
    change of the constant would leave one side behind."""
    monkeypatch.setattr(outcomes, "DOOR_CARD_AFTER_NOT_HOME", 3)
    assert _both_sides(db, [NH, NH]) == {False}


def test_both_sides_follow_the_one_constant_at_three(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outcomes, "DOOR_CARD_AFTER_NOT_HOME", 3)
    assert _both_sides(db, [NH, NH, NH]) == {True}
