"""Team roles in the Buurkracht method."""

from __future__ import annotations

from enum import StrEnum


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
