"""Team roles in the Buurkracht method."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    EXPERT = "expert"  # deskundige: the starter motor
    CONNECTOR = "connector"  # verbinder: goes door to door with a clear message
    ENTREPRENEUR = "entrepreneur"  # ondernemer: takes decisions, keeps the project moving

    @property
    def dutch(self) -> str:
        return ROLE_DUTCH[self]

    @classmethod
    def parse(cls, text: str) -> Role:
        wanted = text.strip().lower()
        for role in cls:
            if wanted in (role.value, ROLE_DUTCH[role].lower()):
                return role
        names = ", ".join(f"{r.value} ({ROLE_DUTCH[r]})" for r in cls)
        raise ValueError(f'onbekende rol "{text}"; kies uit: {names}')


ROLE_DUTCH: dict[Role, str] = {
    Role.EXPERT: "deskundige",
    Role.CONNECTOR: "verbinder",
    Role.ENTREPRENEUR: "ondernemer",
}


MIN_TEAM = 3  # the method: at least three people, preferably five
DEFAULT_DOORS_PER_WEEK = 40  # doors one connector can visit in a week; a setting


class GapKind(StrEnum):
    TOO_FEW = "too_few"
    MISSING_ROLE = "missing_role"
    TOO_MANY_DOORS = "too_many_doors"
    NO_WEEKS_LEFT = "no_weeks_left"
    UNASSIGNED_DOORS = "unassigned_doors"


@dataclass(frozen=True)
class TeamGap:
    """Something the team lacks, as data; :attr:`dutch` says it in plain words."""

    kind: GapKind
    role: Role | None = None
    member: str = ""
    count: int = 0  # members, or doors
    capacity: int = 0  # doors the connector can do in the weeks left

    @property
    def dutch(self) -> str:
        if self.kind is GapKind.TOO_FEW:
            return (
                f"Het team heeft {self.count} {'lid' if self.count == 1 else 'leden'}; "
                f"zoek er minstens {MIN_TEAM - self.count} bij (minstens {MIN_TEAM}, liefst 5)."
            )
        if self.kind is GapKind.MISSING_ROLE and self.role is not None:
            return f"Niemand is {self.role.dutch}: {ROLE_NEEDED[self.role]}"
        if self.kind is GapKind.NO_WEEKS_LEFT:
            return f"Er zijn nog {self.count} deuren te bezoeken, maar het project is voorbij."
        if self.kind is GapKind.UNASSIGNED_DOORS:
            return (
                f"{self.count} deuren liggen in straten zonder verbinder; "
                "wijs die straten aan een verbinder toe."
            )
        return (
            f"{self.member} heeft nog {self.count} deuren, maar haalt er in de resterende weken "
            f"{self.capacity}; verdeel de straten of zoek een extra verbinder."
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "role": self.role.value if self.role else None,
            "member": self.member,
            "count": self.count,
            "capacity": self.capacity,
            "message": self.dutch,
        }


ROLE_NEEDED: dict[Role, str] = {
    Role.EXPERT: "zonder deskundige mist het team de startmotor en de inhoud.",
    Role.CONNECTOR: "zonder verbinder gaat niemand langs de deur.",
    Role.ENTREPRENEUR: "zonder ondernemer neemt niemand beslissingen en verliest het project "
    "vaart.",
}


def team_gaps(
    roles_per_member: Sequence[Iterable[Role]],
    doors_left: Mapping[str, int],
    *,
    weeks_left: int,
    doors_per_week: int = DEFAULT_DOORS_PER_WEEK,
    unassigned: int = 0,
) -> list[TeamGap]:
    """What the team lacks: too few members, a role nobody has, too many doors for a connector,
    doors in streets nobody has.

    ``doors_left`` maps each connector's name to the doors still to visit in their assigned
    streets; ``unassigned`` counts the doors left in streets no connector has.
    """
    gaps: list[TeamGap] = []
    if len(roles_per_member) < MIN_TEAM:
        gaps.append(TeamGap(GapKind.TOO_FEW, count=len(roles_per_member)))
    present = {Role(r) for roles in roles_per_member for r in roles}
    gaps.extend(TeamGap(GapKind.MISSING_ROLE, role=r) for r in Role if r not in present)
    capacity = max(0, weeks_left) * max(0, doors_per_week)
    if weeks_left <= 0:
        total = sum(doors_left.values()) + max(0, unassigned)
        if total > 0:
            gaps.append(TeamGap(GapKind.NO_WEEKS_LEFT, count=total))
        return gaps
    if unassigned > 0:
        gaps.append(TeamGap(GapKind.UNASSIGNED_DOORS, count=unassigned))
    for name, doors in sorted(doors_left.items(), key=lambda kv: kv[0].casefold()):
        if doors > capacity:
            gaps.append(
                TeamGap(GapKind.TOO_MANY_DOORS, member=name, count=doors, capacity=capacity)
            )
    return gaps
