"""Visit outcomes and household status.

A visit has one outcome; a household's status in a project is the outcome of its latest visit
that was not undone, or ``UNVISITED``. The keys 1-6 are the check-off keys of the main window and
the boxes on the printed walk list follow the same order.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from itertools import islice


class Outcome(StrEnum):
    NOT_HOME = "not_home"
    SPOKE = "spoke"
    INTERESTED = "interested"
    TAKES_PART = "takes_part"
    NOT_INTERESTED = "not_interested"
    DO_NOT_VISIT = "do_not_visit"

    @property
    def key(self) -> int:
        """The check-off key (1-6)."""
        return list(Outcome).index(self) + 1

    @property
    def dutch(self) -> str:
        return DUTCH[self]

    @classmethod
    def parse(cls, text: str) -> Outcome:
        """Accept the code, the key number, or the Dutch or English words (any case)."""
        wanted = text.strip().lower().replace("-", " ").replace("_", " ")
        for outcome in cls:
            names = {
                outcome.value.replace("_", " "),
                str(outcome.key),
                DUTCH[outcome].lower(),
                *ALIASES.get(outcome, ()),
            }
            if wanted in names:
                return outcome
        choices = ", ".join(f"{o.key} {o.value} ({DUTCH[o]})" for o in cls)
        raise ValueError(f'onbekende uitkomst "{text}"; kies uit: {choices}')


class Status(StrEnum):
    """Outcome of the latest visit, or no visit yet."""

    UNVISITED = "unvisited"
    NOT_HOME = "not_home"
    SPOKE = "spoke"
    INTERESTED = "interested"
    TAKES_PART = "takes_part"
    NOT_INTERESTED = "not_interested"
    DO_NOT_VISIT = "do_not_visit"

    @property
    def dutch(self) -> str:
        return "nog niet bezocht" if self is Status.UNVISITED else DUTCH[Outcome(self.value)]


DUTCH: dict[Outcome, str] = {
    Outcome.NOT_HOME: "niet thuis",
    Outcome.SPOKE: "gesproken",
    Outcome.INTERESTED: "geïnteresseerd",
    Outcome.TAKES_PART: "doet mee",
    Outcome.NOT_INTERESTED: "geen interesse",
    Outcome.DO_NOT_VISIT: "niet bezoeken",
}

ALIASES: dict[Outcome, tuple[str, ...]] = {
    Outcome.NOT_HOME: ("niet thuis", "nt", "nothome"),
    Outcome.INTERESTED: ("geinteresseerd", "interesse"),
    Outcome.TAKES_PART: ("doet mee", "deelname", "takes part", "ja"),
    Outcome.NOT_INTERESTED: ("geen interesse", "nee"),
    Outcome.DO_NOT_VISIT: ("niet bezoeken", "nee nee", "niet aanbellen"),
}

# Colours for status, shared by the street list, the map and the legend (hex, colour-blind safe
# Okabe-Ito palette, with grey for "not visited yet").
STATUS_COLOURS: dict[Status, str] = {
    Status.UNVISITED: "#BBBBBB",
    Status.NOT_HOME: "#F0E442",
    Status.SPOKE: "#56B4E9",
    Status.INTERESTED: "#E69F00",
    Status.TAKES_PART: "#009E73",
    Status.NOT_INTERESTED: "#CC79A7",
    Status.DO_NOT_VISIT: "#555555",
}

# Two "not home" visits in a row suggest leaving a door card: the one rule behind the window's
# hint after a check-off and the door cards printed "for who was not home twice".
DOOR_CARD_AFTER_NOT_HOME = 2


def door_card_due(latest_first: Iterable[str]) -> bool:
    """True when the latest visits that count (newest first; outcomes or their codes) are
    "not home" :data:`DOOR_CARD_AFTER_NOT_HOME` times in a row."""
    recent = list(islice(latest_first, DOOR_CARD_AFTER_NOT_HOME))
    return len(recent) == DOOR_CARD_AFTER_NOT_HOME and all(
        Outcome(o) is Outcome.NOT_HOME for o in recent
    )
