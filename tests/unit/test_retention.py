"""Automatic backups: 7 daily, 4 weekly, 6 monthly copies."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.retention import to_keep

TODAY = date(2026, 11, 30)


def test_a_year_of_daily_backups_keeps_at_most_seventeen() -> None:
    days = [TODAY - timedelta(days=n) for n in range(365)]
    kept = to_keep(days, TODAY)
    assert {TODAY - timedelta(days=n) for n in range(7)} <= kept  # the last week, every day
    assert len(kept) <= 7 + 4 + 6
    assert min(kept) >= date(2026, 6, 1)  # six months back, not more
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 6


def test_few_backups_are_all_kept_and_a_future_date_is_not_counted() -> None:
    days = [date(2026, 1, 5), date(2026, 3, 9), TODAY, TODAY + timedelta(days=400)]
    assert to_keep(days, TODAY) == set(days)


@given(st.sets(st.dates(date(2024, 1, 1), date(2026, 11, 30)), max_size=200))
def test_the_newest_is_always_kept_and_never_more_than_the_limits(days: set[date]) -> None:
    kept = to_keep(days, TODAY)
    assert kept <= days
    assert len(kept) <= 17
    if days:
        assert max(days) in kept
