"""Backups in the window: the automatic backup of the day, taken on the worker once the file has
been checked at open, and "Reservekopie terugzetten…" (a list of the backups with date and size;
the current file is kept as a backup first). Both call ops/backups.py, as the command line does.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import Coded
from ..ops import backups as backup_ops
from ..store.backups import Backup
from ..store.integrity import CheckReport
from .texts import error_text

if TYPE_CHECKING:
    from .main_window import MainWindow


def install(window: MainWindow) -> None:
    """Take the day's backup once the background check at open found the file sound."""

    def checked(report: CheckReport) -> None:
        if not report.ok or window.context.closed:
            return
        window.context.worker.run(
            lambda db, _progress: backup_ops.daily_backup(db),
            QCoreApplication.translate("Backups", "Reservekopie van vandaag maken"),
            on_finished=lambda path: _said(window, path),
            on_failed=lambda exc: window.statusBar().showMessage(error_text(exc), 15000),
        )

    window.file_watch.checked.connect(checked)


def _said(window: MainWindow, path: Any) -> None:
    # said only when the status bar is free: an import's report must not be pushed aside
    if path is not None and not window.context.closed and not window.statusBar().currentMessage():
        window.statusBar().showMessage(
            QCoreApplication.translate("Backups", "Reservekopie van vandaag gemaakt: %1").replace(
                "%1", str(path.name)
            ),
            8000,
        )


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} kB"


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreDialog(QDialog):
    """The backups of this file, newest first; "Terugzetten" puts the chosen one back."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.restored = False
        self.setWindowTitle(QCoreApplication.translate("Backups", "Reservekopie terugzetten"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Backups",
                "Kies een reservekopie. Wat sindsdien op deze laptop is veranderd gaat verloren; "
                "het bestand zoals het nu is wordt eerst zelf als reservekopie bewaard, en wat al "
                "naar andere laptops ging komt met hun volgende uitwisselbestand terug. Gewiste "
                "gegevens blijven gewist.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Backups", "Gemaakt"),
                QCoreApplication.translate("Backups", "Grootte"),
                QCoreApplication.translate("Backups", "Soort"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            QCoreApplication.translate("Backups", "Er zijn nog geen reservekopieën.")
        )
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            QCoreApplication.translate("Backups", "Terugzetten…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backups: list[Backup] = []
        self.fill()
        self.resize(560, 380)

    def fill(self) -> None:
        self.backups = backup_ops.backups(self.window_.context.db)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            kind = (
                QCoreApplication.translate("Backups", "automatisch")
                if backup.auto
                else QCoreApplication.translate("Backups", "met de hand")
            )
            for column, text in enumerate(
                (backup.taken.strftime("%d-%m-%Y %H:%M"), _size(backup.size), kind)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.backups)
        self.restore_button.setEnabled(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _restore(self) -> None:
        backup = self.chosen()
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Backups", "Reservekopie terugzetten"),
            QCoreApplication.translate("Backups", "De reservekopie van %1 terugzetten?").replace(
                "%1", backup.taken.strftime("%d-%m-%Y %H:%M")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self.window_.context
        try:
            done = backup_ops.restore(context.db, backup.path)
        except (Coded, sqlite3.Error) as exc:
            QMessageBox.warning(self, "BuurtDesk", error_text(exc))
            return
        context.undo_stack.clear()
        self.restored = True
        self.window_._data_arrived()
        self.window_.statusBar().showMessage(
            QCoreApplication.translate(
                "Backups", "Reservekopie teruggezet; het bestand zoals het was staat in %1"
            ).replace("%1", done.safety.name),
            30000,
        )
        self.accept()
