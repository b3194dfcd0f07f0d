"""Participation arithmetic: how far a project is from its goal.

Pure functions over counts that the store gets from a few ``GROUP BY`` queries. The store hands
over, per street, the number of households of each *kind* (status, initiator mark, "do not
visit" mark: :class:`StreetCounts`), with the connectors the street is assigned to; a closed
project keeps them as *cells* (:class:`Cell`, one per street, connectors and kind). The totals,
the street table and the connector table are all sums of the same counts, so they add up by
construction; which kinds a figure counts is decided here alone (:meth:`Tally.count`, from
:func:`takes_part` and :func:`is_door_left`).

The Buurkracht method expects 10-20 % of the households to be initiators (they signed up on their
own or came to the kick-off) and aims at 50 % taking part. :func:`takes_part` is the one
definition of "doet mee" that every screen, printable and JSON output counts with: initiators
count as taking part, each household once, also when an initiator was visited and said "doet mee"
at the door. The views show the initiators apart ("doet mee (incl. 22 initiatiefnemers)"), so the
team sees how much of the goal the door rounds still have to bring.

Per connector the figures count the connector's *assigned* doors: the households in the streets
assigned to them. A street shared by several connectors is their joint group ("Anna + Bram"), and
households in streets nobody has form the group :data:`UNASSIGNED`, so that the groups add up to
all households.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date, timedelta
from functools import lru_cache
from itertools import product
from typing import Any, NamedTuple

from .address import name_sort_key
from .outcomes import Status

UNASSIGNED = ""  # the connector group of households in streets no connector is assigned to
JOINT = " + "  # between the names of a street's connectors when several share it

# What "takes_part" counts, said once in the JSON outputs.
TAKES_PART_COUNTS = (
    "initiatiefnemers plus huishoudens die bij hun laatste bezoek 'doet mee' zeiden, elk één keer"
)


def takes_part(status: Status, initiator: bool) -> bool:
    """Whether a household counts as taking part ("doet mee"): it is an initiator of the project,
    or its latest visit says it takes part. The one definition behind every figure."""
    return initiator or status is Status.TAKES_PART


def is_door_left(status: Status, do_not_visit: bool) -> bool:
    """Whether a household is a door still to visit: not visited yet in the project and not
    marked "do not visit". The one definition behind "doors left" on every screen."""
    return status is Status.UNVISITED and not do_not_visit


def connector_group(connectors: Iterable[str]) -> str:
    """The connector group of a street: its connector, the connectors of a shared street joined
    ("Anna + Bram", in name order), or :data:`UNASSIGNED`."""
    names = sorted({c.strip() for c in connectors if c.strip()}, key=str.casefold)
    return JOINT.join(names) if names else UNASSIGNED


@dataclass(frozen=True)
class Cell:
    """``count`` households in ``street`` with this status; ``connectors`` are the team members
    the street is assigned to (none: an unassigned street)."""

    street: str
    connectors: tuple[str, ...]
    status: Status
    initiator: bool
    count: int
    do_not_visit: bool = False  # the households asked not to be visited (kept, not walked to)

    @property
    def connector(self) -> str:
        return connector_group(self.connectors)


@dataclass
class Tally:
    households: int = 0
    visited: int = 0
    interested: int = 0
    takes_part: int = 0  # status "takes part" after a door visit, initiators included
    initiators: int = 0
    participants: int = 0  # "doet mee" by :func:`takes_part`: each household once
    doors_left: int = 0  # by :func:`is_door_left`

    def add(self, cell: Cell) -> None:
        self.count(cell.status, cell.initiator, cell.count, do_not_visit=cell.do_not_visit)

    def count(
        self, status: Status, initiator: bool, count: int, *, do_not_visit: bool = False
    ) -> None:
        """Add ``count`` households with this status and initiator mark."""
        self.households += count
        if is_door_left(status, do_not_visit):
            self.doors_left += count
        if status is not Status.UNVISITED:
            self.visited += count
        if status is Status.INTERESTED:
            self.interested += count
        if status is Status.TAKES_PART:
            self.takes_part += count
        if initiator:
            self.initiators += count
        if takes_part(status, initiator):
            self.participants += count

    def merge(self, other: Tally) -> None:
        for name in (
            "households",
            "visited",
            "interested",
            "takes_part",
            "initiators",
            "participants",
            "doors_left",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        return {
            "households": self.households,
            "visited": self.visited,
            "visited_pct": pct(self.visited, self.households),
            "interested": self.interested,
            "interested_pct": pct(self.interested, self.households),
            "takes_part": self.participants,
            "takes_part_pct": pct(self.participants, self.households),
            "initiators": self.initiators,
            "initiators_pct": pct(self.initiators, self.households),
        }


@dataclass(frozen=True)
class WeekRow:
    week: int
    start: date
    iso_week: int
    visits: int  # visits recorded in the week (undone ones not counted)
    visited: int  # households visited for the first time in the week
    takes_part: int  # households whose "takes part" visit was in the week
    visited_total: int  # cumulative, as a number of households
    participants_total: int  # initiators plus cumulative door-round participants

    def as_dict(self) -> dict[str, Any]:
        return {
            "week": self.week,
            "start": self.start.isoformat(),
            "iso_week": self.iso_week,
            "visits": self.visits,
            "new_visited": self.visited,
            "new_takes_part": self.takes_part,
            "visited_total": self.visited_total,
            "takes_part_total": self.participants_total,
        }


@dataclass(frozen=True)
class Progress:
    goal_pct: int
    start: date
    weeks: int
    today: date
    total: Tally
    streets: dict[str, Tally]
    connectors: dict[str, Tally]
    by_week: list[WeekRow] = field(default_factory=list)

    @property
    def goal(self) -> int:
        return goal_households(self.total.households, self.goal_pct)

    @property
    def from_doors(self) -> int:
        """Participants the door rounds brought (taking part, not initiators)."""
        return self.total.participants - self.total.initiators

    @property
    def still_needed(self) -> int:
        return max(0, self.goal - self.total.participants)

    @property
    def doors_share_of_goal(self) -> int:
        """How much of the goal the door rounds have to bring once initiators are counted."""
        return max(0, self.goal - self.total.initiators)

    @property
    def weeks_left(self) -> int:
        return weeks_left(self.start, self.weeks, self.today)

    @property
    def current_week(self) -> int:
        return current_week(self.start, self.weeks, self.today)

    @property
    def pace_needed(self) -> float | None:
        return pace_needed(self.still_needed, self.weeks_left)

    @property
    def doors_left(self) -> int:
        return self.total.doors_left

    @property
    def doors_pace(self) -> float | None:
        return pace_needed(self.doors_left, self.weeks_left)

    def as_dict(self) -> dict[str, Any]:
        pace = self.pace_needed
        doors = self.doors_pace
        return {
            "goal_pct": self.goal_pct,
            "goal_households": self.goal,
            **self.total.as_dict(),
            "takes_part_counts": TAKES_PART_COUNTS,
            "from_door_rounds": self.from_doors,
            "door_rounds_share_of_goal": self.doors_share_of_goal,
            "still_needed": self.still_needed,
            "goal_reached": self.still_needed == 0,
            "start": self.start.isoformat(),
            "weeks": self.weeks,
            "current_week": self.current_week,
            "weeks_left": self.weeks_left,
            "pace_needed_per_week": None if pace is None else round(pace, 1),
            "doors_left": self.doors_left,
            "doors_per_week_needed": None if doors is None else round(doors, 1),
            "streets": [{"street": k, **v.as_dict()} for k, v in self.streets.items()],
            "connectors": [
                {
                    "connector": k or "niet toegewezen",
                    "assigned": bool(k),
                    "doors_left": v.doors_left,
                    **v.as_dict(),
                }
                for k, v in self.connectors.items()
            ],
            "by_week": [w.as_dict() for w in self.by_week],
        }


# --- the arithmetic ------------------------------------------------------------------------------


def pct(part: int, whole: int) -> float:
    """``part`` as a percentage of ``whole``, one decimal, always within 0-100."""
    if whole <= 0 or part <= 0:
        return 0.0
    return round(min(100.0, 100.0 * part / whole), 1)


def goal_households(households: int, goal_pct: int) -> int:
    """Households needed for the goal, rounded up (50 % of 451 is 226, not 225.5)."""
    if households <= 0 or goal_pct <= 0:
        return 0
    return math.ceil(households * min(goal_pct, 100) / 100)


def current_week(start: date, weeks: int, today: date) -> int:
    """The project week of ``today``: 0 before the start, ``weeks + 1`` after the end."""
    if today < start:
        return 0
    return min((today - start).days // 7 + 1, weeks + 1)


def weeks_left(start: date, weeks: int, today: date) -> int:
    """Whole weeks left including the current one: ``weeks`` before the start, 0 after the end."""
    return max(0, min(weeks, weeks - current_week(start, weeks, today) + 1))


def pace_needed(remaining: int, weeks: int) -> float | None:
    """How many per week are needed to do ``remaining`` in ``weeks`` weeks.

    0 when nothing remains (the goal is met), ``None`` when something remains but no weeks are
    left: no pace is enough then, and the view says so instead of dividing by zero.
    """
    if remaining <= 0:
        return 0.0
    if weeks <= 0:
        return None
    return remaining / weeks


# --- a street's households per kind: what the store reads, what the tallies are made of ---------

Kind = tuple[Status, bool, bool]  # a household's status, initiator mark and "do not visit" mark
KINDS: tuple[Kind, ...] = tuple(product(Status, (False, True), (False, True)))
_KIND: dict[Kind, int] = {k: i for i, k in enumerate(KINDS)}


def kind(status: Status, initiator: bool, do_not_visit: bool) -> int:
    """The position of this kind of household in :data:`KINDS`, where a street's counts are kept
    (:class:`StreetCounts`): four places per status, in the order of :class:`Status`."""
    return _KIND[status, bool(initiator), bool(do_not_visit)]


class StreetCounts(NamedTuple):
    """A street's households, counted per kind (``counts[kind(...)]``), with the connectors the
    street is assigned to. What the store reads for each street; the tallies are sums of these."""

    street: str
    connectors: tuple[str, ...]
    counts: list[int]


def _kinds_per_field() -> dict[str, tuple[int, ...]]:
    """Per field of :class:`Tally`, the kinds of household it counts, found by counting one
    household of each kind with :meth:`Tally.count`: the rules stay in one place."""
    fields = [f.name for f in dataclass_fields(Tally)]
    out: dict[str, list[int]] = {name: [] for name in fields}
    for i, (status, initiator, do_not_visit) in enumerate(KINDS):
        one = Tally()
        one.count(status, initiator, 1, do_not_visit=do_not_visit)
        for name in fields:
            if getattr(one, name):
                out[name].append(i)
    return {name: tuple(kinds) for name, kinds in out.items()}


_FIELD_KINDS = _kinds_per_field()
# per field, in the order of Tally's fields: the field's counts taken out of a street's counts
_PICKERS = [
    operator.itemgetter(*kinds)
    if len(kinds) > 1
    else operator.itemgetter(slice(kinds[0], kinds[0] + 1))
    for kinds in _FIELD_KINDS.values()
]


def tally_of(counts: Sequence[int]) -> Tally:
    """The tally of households counted per kind (the counts of :class:`StreetCounts`)."""
    return Tally(*[sum(pick(counts)) for pick in _PICKERS])


def street_counts(cells: Iterable[Cell]) -> list[StreetCounts]:
    """The cells of each street and set of connectors as one :class:`StreetCounts`."""
    out: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for cell in cells:
        if cell.count <= 0:
            continue
        counts = out.get((cell.street, cell.connectors))
        if counts is None:
            counts = out[cell.street, cell.connectors] = [0] * len(KINDS)
        counts[kind(cell.status, cell.initiator, cell.do_not_visit)] += cell.count
    return [StreetCounts(street, connectors, c) for (street, connectors), c in out.items()]


def _add(into: dict[str, list[int]], key: str, counts: list[int]) -> None:
    have = into.get(key)  # lists are never changed in place: sums are new lists
    into[key] = counts if have is None else list(map(operator.add, have, counts))


# the same few hundred street names are sorted after every check-off
_street_key = lru_cache(maxsize=8192)(name_sort_key)


def tally_streets(
    streets: Iterable[StreetCounts],
) -> tuple[Tally, dict[str, Tally], dict[str, Tally]]:
    """The totals, per street and per connector group, all from the same counts per kind.

    A connector's group holds the households of the streets assigned to them, visited or not;
    unassigned streets make the group :data:`UNASSIGNED` (listed last). Streets of the same name
    are one street; a street without households is left out.
    """
    # The counts per kind are added up per street, per group and in total, and each of those
    # sums becomes a Tally once: a few hundred streets, not a Tally per counted row.
    by_street: dict[str, list[int]] = {}
    by_group: dict[str, list[int]] = {}
    group_of: dict[tuple[str, ...], str] = {}
    for street, connectors, counts in streets:
        if not any(counts):
            continue
        group = group_of.get(connectors)
        if group is None:
            group = group_of[connectors] = connector_group(connectors)
        _add(by_street, street, counts)
        _add(by_group, group, counts)
    total = [0] * len(KINDS)
    for counts in by_group.values():
        total = list(map(operator.add, total, counts))
    ordered_streets = {
        name: tally_of(by_street[name]) for name in sorted(by_street, key=_street_key)
    }
    ordered_connectors = {
        group: tally_of(by_group[group])
        for group in sorted(by_group, key=lambda g: (g == UNASSIGNED, g.casefold(), g))
    }
    return tally_of(total), ordered_streets, ordered_connectors


def tally(cells: Iterable[Cell]) -> tuple[Tally, dict[str, Tally], dict[str, Tally]]:
    """:func:`tally_streets` of cells."""
    return tally_streets(street_counts(cells))


def share_doors(doors: Mapping[tuple[str, ...], int]) -> tuple[dict[str, int], int]:
    """Doors per connector and the doors nobody has, from doors per group of connectors (the
    connectors a street is assigned to; an empty group: nobody).

    Every door is counted once: a shared street's doors are split evenly, what does not divide
    goes one by one to the first connectors in name order. So the connectors' doors plus the
    unassigned doors are exactly all doors.
    """
    per: dict[str, int] = {}
    unassigned = 0
    for group, count in doors.items():
        names = sorted({n for n in group if n}, key=str.casefold)
        for name in names:
            per.setdefault(name, 0)
        if count <= 0:
            continue
        if not names:
            unassigned += count
            continue
        share, rest = divmod(count, len(names))
        for i, name in enumerate(names):
            per[name] += share + (1 if i < rest else 0)
    return dict(sorted(per.items(), key=lambda kv: kv[0].casefold())), unassigned


def _fold(counts: Mapping[int, int], weeks: int) -> list[int]:
    """Per-week counts for weeks 1..weeks; anything before the start counts in week 1, anything
    after the end in the last week, so no visit falls off the chart."""
    folded = [0] * weeks
    for week, count in counts.items():
        folded[max(1, min(week, weeks)) - 1] += count
    return folded


def by_week(
    start: date,
    weeks: int,
    *,
    visits: Mapping[int, int],
    first_visits: Mapping[int, int],
    takes_part: Mapping[int, int],
    initiators: int,
) -> list[WeekRow]:
    """Week-by-week rows from counts keyed by project week (as the store groups them).

    ``takes_part`` counts door-round participants (not initiators) by the week of their deciding
    visit; the running total starts from the initiators, who were there before the first door.
    """
    v = _fold(visits, weeks)
    f = _fold(first_visits, weeks)
    t = _fold(takes_part, weeks)
    rows: list[WeekRow] = []
    visited_total = 0
    participants_total = initiators
    for i in range(weeks):
        visited_total += f[i]
        participants_total += t[i]
        first_day = start + timedelta(days=7 * i)
        rows.append(
            WeekRow(
                week=i + 1,
                start=first_day,
                iso_week=first_day.isocalendar().week,
                visits=v[i],
                visited=f[i],
                takes_part=t[i],
                visited_total=visited_total,
                participants_total=participants_total,
            )
        )
    return rows


def progress(
    cells: Iterable[Cell],
    *,
    goal_pct: int,
    start: date,
    weeks: int,
    today: date,
    weekly: list[WeekRow] | None = None,
) -> Progress:
    """:func:`progress_of_streets` of cells."""
    return progress_of_streets(
        street_counts(cells), goal_pct=goal_pct, start=start, weeks=weeks, today=today,
        weekly=weekly,
    )  # fmt: skip


def progress_of_streets(
    streets: Iterable[StreetCounts],
    *,
    goal_pct: int,
    start: date,
    weeks: int,
    today: date,
    weekly: list[WeekRow] | None = None,
) -> Progress:
    total, by_street, connectors = tally_streets(streets)
    return Progress(
        goal_pct=goal_pct,
        start=start,
        weeks=weeks,
        today=today,
        total=total,
        streets=by_street,
        connectors=connectors,
        by_week=weekly or [],
    )
