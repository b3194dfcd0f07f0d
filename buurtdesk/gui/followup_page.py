"""The page Opvolgen: after a door round, who to call back, where a door card is due, who asked
for an expert visit — each with who should do it and a tick when it is done (through
:mod:`buurtdesk.ops.followup`, undoable with Ctrl+Z), and the list on paper."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.followup import KIND_DUTCH, FollowUp
from ..errors import Coded
from ..io.pdf.common import check_target
from ..io.pdf.exports import export_followup
from ..ops import followup as ops
from .commands import OperationCommand
from .context import GuiContext
from .print_dialog import choose_target
from .style import set_tone
from .texts import error_text

HEADERS = (
    QT_TRANSLATE_NOOP("FollowUp", "Gedaan"),
    QT_TRANSLATE_NOOP("FollowUp", "Soort"),
    QT_TRANSLATE_NOOP("FollowUp", "Adres"),
    QT_TRANSLATE_NOOP("FollowUp", "Wie"),
    QT_TRANSLATE_NOOP("FollowUp", "Waarom"),
    QT_TRANSLATE_NOOP("FollowUp", "Contact"),
)


def _day(iso: str | None) -> str:
    """``2026-12-01`` -> ``1-12-2026`` (the way dates are written everywhere in the window)."""
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{int(day)}-{int(month)}-{year}"


def _text(source: str) -> str:
    return QCoreApplication.translate("FollowUp", source)


DONE, KIND, ADDRESS, WHO, REASON, CONTACT = range(6)
Index = QModelIndex | QPersistentModelIndex


class FollowUpModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[FollowUp] = []

    def load(self, items: list[FollowUp]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _text(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == DONE else flags

    def data(self, index: Index, role: int = 0) -> Any:
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if item.done_on else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DONE: _day(item.done_on),
            KIND: _text(KIND_DUTCH[item.kind]),
            ADDRESS: item.address,
            WHO: ", ".join(item.who) or "—",
            REASON: item.reason,
            CONTACT: item.contact,
        }[column]


class FollowUpPage(QWidget):
    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Opvolgen"))
        heading.setProperty("heading", "page")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Na een deurronde: wie u terugbelt (geïnteresseerd, met toestemming voor "
                "contact), waar een deurkaart hoort (twee keer niet thuis) en wie een bezoek van "
                "een deskundige vroeg. Vink af wat gedaan is; Ctrl+Z maakt het ongedaan."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = FollowUpModel(self)
        self.table = QTableView()
        self.table.setObjectName("followup-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (DONE, KIND, ADDRESS, WHO, CONTACT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._clicked)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.only_open = QCheckBox(self.tr("Alleen wat nog te doen is"))
        self.only_open.toggled.connect(self.refresh)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Afdrukken…"))
        self.print_button.clicked.connect(self.print_list)
        bottom.addWidget(self.only_open)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.print_button)
        layout.addLayout(bottom)
        for signal in (
            context.visitsChanged,
            context.householdsChanged,
            context.teamChanged,
            context.projectChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    @Slot()  # Qt drops the connection when the widget is gone
    def refresh(self) -> None:
        if self.context.project is None:
            self.model.load([])
            self._say(self.tr("Begin eerst een project."), error=False)
            self.print_button.setEnabled(False)
            return
        items = ops.follow_ups(self.context.db)
        if self.only_open.isChecked():
            items = [i for i in items if i.done_on is None]
        self.model.load(items)
        self.print_button.setEnabled(True)
        open_count = sum(1 for i in items if i.done_on is None)
        self._say(
            self.tr("%1 nog te doen").replace("%1", str(open_count))
            if items
            else self.tr("Er is nu niets op te volgen."),
            error=False,
        )

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == DONE:
            self.tick(index.row())

    def tick(self, row: int) -> None:
        """Tick the follow-up in ``row`` done, or take its tick away."""
        item = self.model.items[row]
        try:
            done = ops.tick(
                self.context.db, item.household_id, item.kind, done=item.done_on is None
            )
        except (Coded, sqlite3.Error) as exc:
            self._say(error_text(exc), error=True)
            return
        text = self.tr("%1 %2 afgevinkt") if item.done_on is None else self.tr("%1 %2 weer open")
        label = text.replace("%1", _text(KIND_DUTCH[item.kind])).replace("%2", item.address)
        self.context.undo_stack.push(
            OperationCommand(self.context, label, done.entry_id, self.refresh, self._failed)
        )
        self.refresh()
        self._say(label, error=False)

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)

    def print_list(self, target: str | None = None) -> None:
        project = self.context.project
        if project is None:
            return
        chosen = Path(target) if target else choose_target(self, None, name="opvolglijst.pdf")
        if chosen is None:
            return
        try:
            out = check_target(chosen, overwrite=True, protect=self.context.db_path)
        except Coded as exc:
            self._say(error_text(exc), error=True)
            return

        def job(db: Any, progress: Any) -> Any:
            return export_followup(db, project, out)

        def done(result: Any) -> None:
            self._say(
                self.tr("Opvolglijst opgeslagen: %1").replace("%1", str(result.path)), error=False
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

        self.context.worker.run(
            job,
            self.tr("Opvolglijst maken…"),
            on_finished=done,
            on_failed=lambda exc: self._say(error_text(exc), error=True),
        )

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_tone(self.message, "error" if error else "ok")
