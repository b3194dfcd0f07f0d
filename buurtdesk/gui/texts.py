"""Words for statuses, outcomes and street sides as the interface shows them, translated.

The domain keeps its Dutch words for the command line; the GUI goes through Qt's translation
system so that the English translation replaces them too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..domain.outcomes import STATUS_COLOURS, Outcome, Status
from ..domain.team import Role


def status_text(status: Status | str) -> str:
    status = Status(status)
    words = {
        Status.UNVISITED: QCoreApplication.translate("Status", "nog niet bezocht"),
        Status.NOT_HOME: QCoreApplication.translate("Status", "niet thuis"),
        Status.SPOKE: QCoreApplication.translate("Status", "gesproken"),
        Status.INTERESTED: QCoreApplication.translate("Status", "geïnteresseerd"),
        Status.TAKES_PART: QCoreApplication.translate("Status", "doet mee"),
        Status.NOT_INTERESTED: QCoreApplication.translate("Status", "geen interesse"),
        Status.DO_NOT_VISIT: QCoreApplication.translate("Status", "niet bezoeken"),
    }
    return words[status]


def outcome_text(outcome: Outcome) -> str:
    return status_text(Status(outcome.value))


_COLOURS: dict[str, QColor] = {}


def status_colour(status: Status | str) -> QColor:
    colour = _COLOURS.get(status)
    if colour is None:  # made once per status: a view asks for it for every visible row
        colour = _COLOURS[status] = QColor(STATUS_COLOURS[Status(status)])
    return colour


def side_text(side: str) -> str:
    return {
        "odd": QCoreApplication.translate("Side", "oneven"),
        "even": QCoreApplication.translate("Side", "even"),
        "all": QCoreApplication.translate("Side", "doorlopend"),
    }.get(side, side)


# The colour of each role on the board and the timeline (None: a member without a role yet).
ROLE_COLOURS = {None: "#9e9e9e", Role.EXPERT: "#0072B2", Role.CONNECTOR: "#E69F00",
                Role.ENTREPRENEUR: "#009E73"}  # fmt: skip
