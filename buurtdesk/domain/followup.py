"""The follow-up list (issue 12, the next round): who to call back, where a door card is due and
who asked for an expert's visit, each with who should do it.

- **terugbellen**: the household's status is "interested" and it gave its phone or e-mail with
  consent to be contacted;
- **deurkaart**: not at home :data:`~buurtdesk.domain.outcomes.DOOR_CARD_AFTER_NOT_HOME` times in a
  row (the same rule as the check-off's advice);
- **deskundige langs**: the latest answer to the heat-scan question (:data:`HEAT_SCAN`) is yes.

Calling back and door cards are for the street's connector(s); an expert's visit for the team's
experts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

HEAT_SCAN = "warmtescan"  # the door question whose "ja" asks for an expert's visit


class FollowUpKind(StrEnum):
    CALL_BACK = "call_back"
    DOOR_CARD = "door_card"
    EXPERT_VISIT = "expert_visit"

    @property
    def dutch(self) -> str:
        return _DUTCH[self]


_DUTCH = {
    FollowUpKind.CALL_BACK: "terugbellen",
    FollowUpKind.DOOR_CARD: "deurkaart",
    FollowUpKind.EXPERT_VISIT: "deskundige langs",
}


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    household_id: int
    address: str
    who: tuple[str, ...]  # who should do it (names), empty: nobody yet
    detail: str = ""  # the contact's purpose, for a call back

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "kind_nl": self.kind.dutch,
            "household_id": self.household_id,
            "address": self.address,
            "who": list(self.who),
            "detail": self.detail,
        }


def who_for(
    kind: FollowUpKind, connectors: Sequence[str], experts: Sequence[str]
) -> tuple[str, ...]:
    """An expert's visit is for the experts; the rest for the street's connectors."""
    return tuple(experts if kind is FollowUpKind.EXPERT_VISIT else connectors)
