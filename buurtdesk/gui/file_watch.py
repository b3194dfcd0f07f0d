"""The window keeps an eye on its file: what another program wrote, and whether it is sound.

- Another program (the command line, a second window) may write to the same neighbourhood file.
  SQLite's ``PRAGMA data_version`` on the GUI's connection changes when another connection has
  committed; a timer asks every :data:`POLL_MS` and, on a change, the screens are told through
  the :class:`GuiContext` signals, as if the window had written itself.
- At start the whole file is checked on the worker (the full integrity check, which also finds an
  index that no longer matches its table). When something is wrong the window says so and offers
  a repair: a fresh file is built (``VACUUM INTO`` and ``REINDEX``), checked, and takes the
  file's place; the damaged file is kept beside it (that is the copy to fall back on; a backup of
  a damaged file is refused on purpose, it would push good backups out).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..ops.maintenance import repair as repair_file
from ..store.db import data_version
from ..store.integrity import CheckReport, check
from ..store.store_errors import StoreError
from .context import GuiContext
from .texts import error_text

POLL_MS = 1500


class FileWatch(QObject):
    """Polls ``data_version`` and runs the check at start for one window."""

    checked = Signal(object)  # the CheckReport of the check at start
    repaired = Signal(object)  # the RepairResult, or the StoreError when the repair failed

    def __init__(self, context: GuiContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.report: CheckReport | None = None
        self._version = self._read_version()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    # --- what another program wrote --------------------------------------------------------------

    def _read_version(self) -> int | None:
        if self.context.closed:
            return None
        try:
            return data_version(self.context.db)
        except sqlite3.Error:  # the file is busy or gone: try again at the next tick
            return None

    def poll(self) -> bool:
        """Tell the screens when another program has written; True when it had."""
        version = self._read_version()
        if version is None or version == self._version:
            return False
        self._version = version
        before = self.context.project
        try:
            if self._project_moved(before):
                self.context.reload_project()
        except sqlite3.Error:
            return False
        self.context.householdsChanged.emit()
        self.context.visitsChanged.emit()
        self.context.teamChanged.emit()
        self.context.planChanged.emit()
        return True

    def _project_moved(self, before: Any) -> bool:
        from ..store.projects import current_project

        return current_project(self.context.db) != before

    # --- the check at start ----------------------------------------------------------------------

    def check_in_background(self) -> Any:
        def job(db: Any, _progress: Any) -> CheckReport:
            return check(db)

        return self.context.worker.run(
            job,
            QCoreApplication.translate("FileWatch", "Bestand controleren"),
            on_finished=self._checked,
        )

    def _checked(self, report: CheckReport) -> None:
        self.report = report
        self.checked.emit(report)
        if not report.ok and not self.context.closed:
            self.offer_repair(report)

    def offer_repair(self, report: CheckReport) -> None:
        lines = "\n".join(f"• {line}" for line in report.summary(examples=2)[:5])
        box = QMessageBox(self.window)
        box.setObjectName("damagedFile")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("BuurtDesk")
        box.setText(
            QCoreApplication.translate("FileWatch", "Het buurtbestand %1 is beschadigd.").replace(
                "%1", str(self.context.db_path)
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "FileWatch",
                "Herstellen maakt een nieuw, gezond bestand met alles wat nog te lezen is. Het "
                "beschadigde bestand blijft ernaast bewaard, als reservekopie. Een gewone "
                "reservekopie van een beschadigd bestand wordt niet gemaakt: die zou de goede "
                "kopieën in de map 'backups' verdringen.",
            )
        )
        box.setDetailedText(lines)
        repair = box.addButton(
            QCoreApplication.translate("FileWatch", "Herstellen"), QMessageBox.ButtonRole.AcceptRole
        )
        repair.setObjectName("repair")
        later = box.addButton(
            QCoreApplication.translate("FileWatch", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        later.setObjectName("later")
        box.setDefaultButton(repair)
        box.exec()
        if box.clickedButton() is repair:
            self.repair()

    def repair(self) -> None:
        """Close the file, repair it, and let the window open it again (openFileRequested)."""
        path = self.context.db_path
        self.timer.stop()
        self.context.close()
        try:
            result = repair_file(path)
        except (StoreError, sqlite3.Error, OSError) as exc:
            self._tell(QMessageBox.Icon.Warning, error_text(exc))
            self.repaired.emit(exc)
        else:
            if result is not None:
                self._tell(
                    QMessageBox.Icon.Information,
                    QCoreApplication.translate(
                        "FileWatch",
                        "Het bestand is hersteld. Het beschadigde bestand is bewaard als:\n%1",
                    ).replace("%1", str(result.kept)),
                )
            self.repaired.emit(result)
        opener = getattr(self.window, "openFileRequested", None)
        if opener is not None:
            opener.emit(path)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        """A message that does not wait: this window is about to be replaced by a new one."""
        box = QMessageBox(icon, "BuurtDesk", text)
        box.setObjectName("repairResult")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
