"""The follow-up list after a door round (issue 12): who to call back, where a door card is due,
who asked for an expert visit — each with who should do it and whether it was done.

The rules, once:

- **call back**: the household's status in the project is "interested" and a resident gave
  consent to be contacted (a dated consent with a phone number or e-mail): only then may the team
  call, and only then are the contact details shown (here and nowhere on a walk list);
- **door card**: not at home :data:`~buurtdesk.domain.outcomes.DOOR_CARD_AFTER_NOT_HOME` times in
  a row (the rule the door cards and the check-off hint use);
- **expert visit**: the latest answer to the heat-scan question (:data:`HEAT_SCAN`) is "ja";
  it is for the team's experts, the rest for the street's connectors.

A household that asked not to be visited is on no list.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..errors import QT_TRANSLATE_NOOP

HEAT_SCAN = "warmtescan"  # the door question whose "ja" asks for an expert's visit


class FollowUpKind(StrEnum):
    CALL_BACK = "call_back"
    DOOR_CARD = "door_card"
    EXPERT_VISIT = "expert_visit"


# Dutch on the command line and paper; the window translates them in the context "FollowUp"
KIND_DUTCH: dict[FollowUpKind, str] = {
    FollowUpKind.CALL_BACK: QT_TRANSLATE_NOOP("FollowUp", "terugbellen"),
    FollowUpKind.DOOR_CARD: QT_TRANSLATE_NOOP("FollowUp", "deurkaart"),
    FollowUpKind.EXPERT_VISIT: QT_TRANSLATE_NOOP("FollowUp", "bezoek deskundige"),
}


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    household_id: int
    address: str
    street: str
    who: tuple[str, ...]  # the street's connectors; for an expert visit the team's experts
    contact: str  # phone and e-mail, only for a call back with consent
    reason: str  # what it came from, e.g. "geïnteresseerd op 12-11" or the question
    done_on: str | None  # ISO date, or None when still to do

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "household_id": self.household_id,
            "address": self.address,
            "street": self.street,
            "who": list(self.who),
            "contact": self.contact,
            "reason": self.reason,
            "done_on": self.done_on,
        }


def parse_kind(text: str) -> FollowUpKind:
    """``call_back``, ``terugbellen``, ``door_card``, ``deurkaart``, ``expert_visit``…"""
    wanted = text.strip().casefold().replace("-", "_")
    for kind in FollowUpKind:
        if wanted in (kind.value, KIND_DUTCH[kind].casefold()):
            return kind
    raise ValueError(text)


def contact_line(phone: str, email: str) -> str:
    return " · ".join(part for part in (phone.strip(), email.strip()) if part)
