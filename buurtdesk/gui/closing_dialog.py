"""Closing a project in the window (the plan page's "Project afsluiten…"): a preview that says
what goes and what stays, then ops/closing.py, as ``project close`` does. And the reminder at
start for a project that ended more than three months ago."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import Coded
from ..ops import closing
from ..store.projects import Project
from .privacy_dialogs import confirm_destructive
from .texts import error_text

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .worker import Job


def preview_text(gone: dict[str, int]) -> str:
    return (
        QCoreApplication.translate(
            "Closing",
            "Dit gaat weg: %1 bezoeken bij %2 huishoudens (uitkomst en notitie), %3 "
            "initiatiefnemers, %4 aanmeldingen en %5 keer telefoon of e-mail van bewoners. De "
            "cijfers van het project (per straat, per week, het verslag voor de gemeente) blijven "
            "precies zoals ze nu zijn. Dit gaat mee naar de andere laptops en kan niet ongedaan "
            "worden gemaakt.",
        )
        .replace("%1", str(gone["visits"]))
        .replace("%2", str(gone["households"]))
        .replace("%3", str(gone["initiators"]))
        .replace("%4", str(gone["signups"]))
        .replace("%5", str(gone["contacts"]))
    )


def close_with_preview(parent: QWidget, window: MainWindow, project: Project) -> Job | None:
    """Show what goes, ask (default No), then close on the worker: at city scale closing takes
    a minute, and the window keeps answering meanwhile (a progress dialog; quitting asks). The
    job, or None when nothing was started."""
    context = window.context
    try:
        gone = closing.what_goes(context.db, project)
    except Coded as exc:
        QMessageBox.information(parent, "BuurtDesk", error_text(exc))
        return None
    if not confirm_destructive(
        parent,
        title=QCoreApplication.translate("Closing", "Project afsluiten"),
        text=QCoreApplication.translate("Closing", "Het project \u201c%1\u201d afsluiten?").replace(
            "%1", project.title
        ),
        informative=preview_text(gone),
        action=QCoreApplication.translate("Closing", "Afsluiten"),
    ):
        return None

    def job(db: Any, _progress: Any) -> None:
        closing.close(db, project)

    def closed(_result: object) -> None:
        context.undo_stack.clear()  # the history below the window went with the visits
        window._data_arrived()

    return window.run_job(job, QCoreApplication.translate("Closing", "Project afsluiten…"), closed)


def remind(window: MainWindow) -> list[Project]:
    """At start: say in the status bar which projects ended more than three months ago and
    still keep per-household data."""
    due = closing.due_for_closing(window.context.db)
    if due:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Closing",
                "Het project \u201c%1\u201d is al ruim drie maanden voorbij: sluit het af "
                "(Plan \u2192 Project afsluiten), dan blijven alleen de cijfers bewaard.",
            ).replace("%1", due[0].title),
            60000,
        )
    return due
