"""The demo neighbourhood's public values (:mod:`.demo` makes them): its project, team members,
streets, visits and households."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .address import AddressRecord, Numbering
from .outcomes import Outcome
from .team import Role


@dataclass(frozen=True, slots=True)
class DemoProject:
    theme: str
    title: str
    start: date
    weeks: int
    goal_pct: int
    message: str
    contact: str

    def current_week(self, today: date) -> int:
        return (today - self.start).days // 7 + 1


@dataclass(frozen=True, slots=True)
class DemoMember:
    name: str
    roles: tuple[Role, ...]
    phone: str = ""
    email: str = ""
    consent_at: date | None = None


@dataclass(frozen=True, slots=True)
class DemoStreet:
    index: int
    name: str
    numbering: Numbering
    style: str  # row, semi, court or square
    households: int
    connector: str  # the team member who walks it
    line: tuple[tuple[float, float], ...]  # centre line in RD New; closed for a square


@dataclass(frozen=True, slots=True)
class DemoVisit:
    visit_date: date
    outcome: Outcome
    visitor: str
    note: str
    time: str  # HH:MM:SS on the evening it was checked off


@dataclass(frozen=True, slots=True)
class DemoHousehold:
    street: int  # index into Demo.streets
    record: AddressRecord
    visits: tuple[DemoVisit, ...]  # oldest first
    initiator: bool

    @property
    def do_not_visit(self) -> bool:
        return any(v.outcome is Outcome.DO_NOT_VISIT for v in self.visits)
