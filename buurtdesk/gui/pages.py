"""The parts of the main window, in the order of the navigation bar.

Each page is a QWidget class constructed as ``Page(context, parent)``, found by its dotted path so
that a part that is not built yet shows an honest placeholder instead of breaking the window.
Titles are marked for translation here and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # Dutch source text, context "Pages"
    target: str  # "module:Class"
    coming: str  # what the placeholder says while the page is not built


PAGES = [
    PageSpec(
        "streets", QT_TRANSLATE_NOOP("Pages", "Straten"), "buurtdesk.gui.street_page:StreetPage", ""
    ),
    PageSpec(
        "map",
        QT_TRANSLATE_NOOP("Pages", "Kaart"),
        "buurtdesk.gui.map_page:MapPage",
        QT_TRANSLATE_NOOP("Pages", "Hier komt de kaart van de buurt."),
    ),
    PageSpec(
        "team",
        QT_TRANSLATE_NOOP("Pages", "Team"),
        "buurtdesk.gui.team_page:TeamPage",
        QT_TRANSLATE_NOOP("Pages", "Hier komen het team en de rollen."),
    ),
    PageSpec(
        "plan",
        QT_TRANSLATE_NOOP("Pages", "Plan"),
        "buurtdesk.gui.plan_page:PlanPage",
        QT_TRANSLATE_NOOP("Pages", "Hier komt het stappenplan, week voor week."),
    ),
    PageSpec(
        "progress",
        QT_TRANSLATE_NOOP("Pages", "Voortgang"),
        "buurtdesk.gui.progress_page:ProgressPage",
        QT_TRANSLATE_NOOP("Pages", "Hier komt de voortgang naar het doel."),
    ),
    PageSpec(
        "print",
        QT_TRANSLATE_NOOP("Pages", "Afdrukken"),
        "buurtdesk.gui.print_page:PrintPage",
        QT_TRANSLATE_NOOP("Pages", "Hier komen looplijsten, deurkaarten en brieven."),
    ),
]
