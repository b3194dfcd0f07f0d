"""Which automatic backups to keep: 7 daily, 4 weekly and 6 monthly copies (grandfather-father-
son). Pure dates in, dates out; the store deletes the rest."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def to_keep(
    days: Iterable[date], today: date, *, daily: int = 7, weekly: int = 4, monthly: int = 6
) -> set[date]:
    """The backup days to keep: the newest backup of each of the last ``daily`` days that have
    one, of each of the last ``weekly`` ISO weeks, and of each of the last ``monthly`` months.
    A backup dated after ``today`` (a clock that was wrong) is kept; it is not counted."""
    ordered = sorted(set(days), reverse=True)
    keep = {d for d in ordered if d > today}
    past = [d for d in ordered if d <= today]
    for count, bucket in (
        (daily, lambda d: d),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for day in past:  # newest first: the first of each bucket is its newest
            key = bucket(day)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(day)
    return keep
