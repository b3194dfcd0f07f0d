"""The parts of the main window, in the order of the navigation bar.

Each page is a QWidget class constructed as ``Page(context, parent)``. The classes are imported
by plain ``import`` statements inside small loader functions: the window builds a page the first
time it is shown, so the printing page's reportlab never delays the start, and PyInstaller, which
follows every import statement in the code, puts every page in the bundle. Titles are marked for
translation here and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def _streets() -> type[QWidget]:
    from .street_page import StreetPage

    return StreetPage


def _map() -> type[QWidget]:
    from .map_page import MapPage

    return MapPage


def _team() -> type[QWidget]:
    from .team_page import TeamPage

    return TeamPage


def _plan() -> type[QWidget]:
    from .plan_page import PlanPage

    return PlanPage


def _progress() -> type[QWidget]:
    from .progress_page import ProgressPage

    return ProgressPage


def _print() -> type[QWidget]:
    from .print_page import PrintPage

    return PrintPage


def _exchange() -> type[QWidget]:
    from .exchange_page import ExchangePage

    return ExchangePage


def _ideas() -> type[QWidget]:
    from .ideas_page import IdeasPage

    return IdeasPage


def _followup() -> type[QWidget]:
    from .followup_page import FollowUpPage

    return FollowUpPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Dutch source text, context "Pages"
    load: Callable[[], type[QWidget]]


PAGES = [
    PageSpec("streets", QT_TRANSLATE_NOOP("Pages", "Straten"), _streets),
    PageSpec("map", QT_TRANSLATE_NOOP("Pages", "Kaart"), _map),
    PageSpec("team", QT_TRANSLATE_NOOP("Pages", "Team"), _team),
    PageSpec("plan", QT_TRANSLATE_NOOP("Pages", "Plan"), _plan),
    PageSpec("progress", QT_TRANSLATE_NOOP("Pages", "Voortgang"), _progress),
    PageSpec("print", QT_TRANSLATE_NOOP("Pages", "Afdrukken"), _print),
    PageSpec("exchange", QT_TRANSLATE_NOOP("Pages", "Uitwisselen"), _exchange),
    PageSpec("ideas", QT_TRANSLATE_NOOP("Pages", "Ideeën"), _ideas),
    PageSpec("followup", QT_TRANSLATE_NOOP("Pages", "Opvolgen"), _followup),
]


class BrokenPage(QWidget):
    """What the window shows where a page could not be built: the reason, not a crash."""

    def __init__(self, spec: PageSpec, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(QCoreApplication.translate("Pages", spec.title))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(message)
        text.setWordWrap(True)
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(2)
