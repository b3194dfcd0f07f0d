"""The demo neighbourhood's team and the visits of its door rounds so far (:mod:`.demo`)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .demo_types import DemoMember, DemoStreet, DemoVisit
from .demo_words import (
    _CONSENTING,
    _FIRST_NAMES,
    _INITIATOR_CHANCE,
    _NOTES,
    _OUTCOME_WEIGHTS,
    _SURNAMES,
    _TEAM,
    VISITED_SHARE,
)
from .outcomes import Outcome

if TYPE_CHECKING:
    from .demo import Demo, _Plan


def make_team(rng: random.Random, start: date) -> tuple[DemoMember, ...]:
    firsts = rng.sample(_FIRST_NAMES, len(_TEAM))
    surnames = rng.sample(_SURNAMES, len(_TEAM))
    members: list[DemoMember] = []
    for k, roles in enumerate(_TEAM):
        name = f"{firsts[k]} {surnames[k]}"
        if k in _CONSENTING:
            slug = f"{firsts[k]}.{surnames[k].replace(' ', '')}".lower().replace("ı", "i")
            members.append(
                DemoMember(
                    name,
                    roles,
                    phone=f"06-{rng.randint(0, 99_999_999):08d}",
                    email=f"{slug}@example.org",  # example.org: reserved, never a real inbox
                    consent_at=start - timedelta(days=rng.randint(7, 21)),
                )
            )
        else:
            members.append(DemoMember(name, roles))
    return tuple(members)


def visit_shares(rng: random.Random, plans: list[_Plan]) -> tuple[float, ...]:
    """Some streets are walked further than others; together they come to ``VISITED_SHARE``."""
    factors = [rng.uniform(0.3, 1.7) for _ in plans]
    total = sum(p.households for p in plans)
    mean = sum(f * p.households for f, p in zip(factors, plans, strict=True)) / total
    return tuple(min(0.95, VISITED_SHARE * f / mean) for f in factors)


def assign_streets(plans: list[_Plan], connectors: list[str]) -> list[str]:
    """Each street to the connector with the fewest doors so far, biggest streets first."""
    load = dict.fromkeys(connectors, 0)
    assigned = [""] * len(plans)
    for i in sorted(range(len(plans)), key=lambda i: (-plans[i].households, i)):
        who = min(connectors, key=lambda c: (load[c], connectors.index(c)))
        assigned[i] = who
        load[who] += plans[i].households
    return assigned


class VisitPlanner:
    """The door rounds of one street so far: who was visited, when, and what came of it."""

    def __init__(self, demo: Demo, street: DemoStreet, share: float):
        self.rng = random.Random(f"buurtdesk-demo/{demo.seed}/visits/{street.index}")
        # The last evening with door rounds is yesterday's: today's round (17-21 h) may still be
        # to come, and a visit later than a real check-off made today would hide it.
        self.today = demo.today - timedelta(days=1)
        self.visitor = street.connector
        first_round = demo.project.start + timedelta(days=7)  # door rounds start in week 2
        days = (self.today - first_round).days
        self.round_start = first_round + timedelta(days=self.rng.randint(0, max(0, days - 3)))
        self.share = share if days >= 0 else 0.0
        self.outcomes = [o for o, _ in _OUTCOME_WEIGHTS]
        self.weights = [w for _, w in _OUTCOME_WEIGHTS]

    def next(self) -> tuple[tuple[DemoVisit, ...], bool]:
        rng = self.rng
        visited = rng.random() < self.share
        final = rng.choices(self.outcomes, self.weights)[0] if visited else None
        initiator = rng.random() < _INITIATOR_CHANCE.get(final, 0.0)
        if final is None:
            return (), initiator
        room = (self.today - self.round_start).days
        first = self.round_start + timedelta(days=rng.randint(0, min(6, room)))
        second = first + timedelta(days=rng.randint(3, 9))
        history = [final]
        if second <= self.today:
            chance = rng.random()
            if final is Outcome.NOT_HOME and chance < 0.5:
                history = [Outcome.NOT_HOME, Outcome.NOT_HOME]
            elif final is Outcome.TAKES_PART and chance < 0.4:
                history = [Outcome.INTERESTED, Outcome.TAKES_PART]
            elif final is not Outcome.DO_NOT_VISIT and chance < 0.25:
                history = [Outcome.NOT_HOME, final]
        dates = [first] if len(history) == 1 else [first, second]
        visits = tuple(
            DemoVisit(
                visit_date=day,
                outcome=outcome,
                visitor=self.visitor,
                note=rng.choice(_NOTES[outcome]) if rng.random() < 0.15 else "",
                time=f"{rng.randint(17, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            )
            for day, outcome in zip(dates, history, strict=True)
        )
        if final is Outcome.DO_NOT_VISIT and not visits[-1].note:
            visits = (*visits[:-1], with_note(visits[-1], "wil geen bezoek"))
        return visits, initiator


def with_note(visit: DemoVisit, note: str) -> DemoVisit:
    return DemoVisit(visit.visit_date, visit.outcome, visit.visitor, note, visit.time)
