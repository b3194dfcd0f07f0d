"""The left side of the street list: the connector choice, the streets with their counts and
progress, and the buttons to add a street and to assign the chosen streets to a connector."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.address import Numbering
from ..domain.team import Role
from ..errors import UserError
from ..ops.households import set_numbering
from ..store.team import list_members, streets_of
from .commands import OperationCommand
from .context import GuiContext
from .street_model import ALL_STREETS, ProgressDelegate, StreetIdRole, StreetTableModel
from .texts import error_text

COUNT_WIDTH = 64
PROGRESS_WIDTH = 96
NAME_PADDING = 14  # the cell's margins either side of the text
MAX_NAME_WIDTH = 240  # longer names are shortened in the middle, whole in the tooltip


class StreetsPanel(QWidget):
    selectionChanged = Signal()  # other streets chosen, or another connector
    addStreetRequested = Signal()
    assignRequested = Signal(int, bool)  # member id, assign (False: take away)

    def __init__(
        self, context: GuiContext, model: StreetTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.connector = QComboBox()
        self.connector.setToolTip(self.tr("Toon de straten van één verbinder"))
        self.connector.currentIndexChanged.connect(self._connector_changed)
        layout.addWidget(self.connector)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setItemDelegate(ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        # one line per street, shortened in the middle only when it is longer than the widest
        # the panel allows ("Van Heem…straat"), never after its first word ("Van …")
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths: a column sized to its contents would measure every street on each change
        header.resizeSection(1, COUNT_WIDTH)
        header.resizeSection(2, PROGRESS_WIDTH)
        model.modelReset.connect(self.fit_names)
        model.layoutChanged.connect(self.fit_names)
        model.rowsInserted.connect(self.fit_names)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Straat toevoegen…"))
        self.add_button.clicked.connect(self.addStreetRequested)
        buttons.addWidget(self.add_button)
        # a push button with a menu draws its arrow beside the text, not over it
        self.assign_button = QPushButton(self.tr("Toewijzen"))
        self.assign_button.setToolTip(
            self.tr("Wijs de gekozen straten toe aan een verbinder (meerdere straten: Ctrl+klik)")
        )
        self.assign_button.setMenu(QMenu(self.assign_button))
        self.assign_button.menu().aboutToShow.connect(self._fill_assign_button)
        buttons.addWidget(self.assign_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(260)

    def name_width(self) -> int:
        """The width the street column needs for the longest name shown (capped)."""
        metrics = self.view.fontMetrics()
        names = [str(self.model.index(r, 0).data() or "") for r in range(self.model.rowCount())]
        bold = self.view.font()
        bold.setBold(True)
        widest = max((metrics.horizontalAdvance(n) for n in names[1:]), default=0)
        if names:
            widest = max(widest, QFontMetrics(bold).horizontalAdvance(names[0]))
        return min(widest + NAME_PADDING, MAX_NAME_WIDTH)

    def fit_names(self, *_args: object) -> None:
        """Wide enough for every street name (up to a limit), so none is cut."""
        frame = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        wanted = max(260, self.name_width() + COUNT_WIDTH + PROGRESS_WIDTH + frame)
        if wanted != self.minimumWidth():
            self.setMinimumWidth(wanted)

    # --- connectors ------------------------------------------------------------------------------

    def fill_connectors(self) -> None:
        current = self.connector.currentData()
        self.connector.blockSignals(True)
        self.connector.clear()
        self.connector.addItem(self.tr("Alle verbinders"), None)
        for member in list_members(self.context.db):
            if Role.CONNECTOR in member.roles or not member.roles:
                self.connector.addItem(member.name, member.id)
        index = self.connector.findData(current) if current is not None else 0
        self.connector.setCurrentIndex(max(0, index))
        self.connector.blockSignals(False)

    def connector_id(self) -> int | None:
        data = self.connector.currentData()
        return int(data) if data is not None else None

    def show_all_connectors(self) -> None:
        """Back to every connector's streets, without announcing it."""
        self.connector.blockSignals(True)
        self.connector.setCurrentIndex(0)
        self.connector.blockSignals(False)
        self.apply_connector_streets()

    def apply_connector_streets(self) -> None:
        member_id = self.connector_id()
        only = set(streets_of(self.context.db, member_id)) if member_id is not None else None
        self.model.set_only(only)

    def _connector_changed(self, _index: int) -> None:
        self.apply_connector_streets()
        self.view.selectionModel().blockSignals(True)
        self.view.clearSelection()
        self.view.selectionModel().blockSignals(False)
        self.selectionChanged.emit()

    # --- streets ---------------------------------------------------------------------------------

    def selected_street_ids(self) -> tuple[int, ...] | None:
        """The chosen streets; None for "all streets" (or all of the chosen connector's)."""
        rows = self.view.selectionModel().selectedRows()
        ids = [r.data(StreetIdRole) for r in rows]
        if not ids or ALL_STREETS in ids:
            return None
        return tuple(sorted(ids))

    def select_streets(self, street_ids: tuple[int, ...] | None, *, quiet: bool = False) -> None:
        selection = QItemSelection()
        for sid in street_ids or ():
            row = self.model.row_of_street(sid)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, 2))
        model = self.view.selectionModel()
        model.blockSignals(quiet)
        model.select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        model.blockSignals(False)

    def clear_selection_quietly(self) -> None:
        self.view.selectionModel().blockSignals(True)
        self.view.clearSelection()
        self.view.selectionModel().blockSignals(False)

    # --- assigning -------------------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The right-click menu of the chosen streets: their numbering, then assigning."""
        menu = QMenu(self)
        self._fill_numbering(menu)
        self._fill_menu(menu)
        return menu

    # --- numbering -------------------------------------------------------------------------------

    def _fill_numbering(self, menu: QMenu) -> None:
        ids = self.selected_street_ids()
        if not ids:
            return
        straight = all(
            s.numbering is Numbering.STRAIGHT for s in self.model.streets() if s.id in ids
        )
        action = menu.addAction(self.tr("Doorlopend genummerd (1, 2, 3 … langs één kant)"))
        action.setCheckable(True)
        action.setChecked(straight)
        action.setToolTip(
            self.tr("Uit: eerst de oneven kant, dan de even kant. Aan: in nummervolgorde.")
        )
        action.setObjectName("numberingAction")
        action.toggled.connect(
            lambda on: self.set_numbering(Numbering.STRAIGHT if on else Numbering.ODD_EVEN)
        )
        menu.addSeparator()

    def set_numbering(self, numbering: Numbering) -> None:
        """Number the chosen streets straight through or odd/even; walking order follows."""
        ids = self.selected_street_ids()
        if not ids:
            return
        try:
            done = set_numbering(self.context.db, ids, numbering)
        except (UserError, sqlite3.Error) as exc:
            QMessageBox.warning(self, "BuurtDesk", error_text(exc))
            return
        if done.entry_id is not None:  # Ctrl+Z puts the numbering back
            names = ", ".join(s.name for s in done.streets if s.id in done.changed)
            text = (
                self.tr("Doorlopend genummerd: %1")
                if numbering is Numbering.STRAIGHT
                else self.tr("Oneven/even genummerd: %1")
            ).replace("%1", names)
            self.context.undo_stack.push(
                OperationCommand(
                    self.context,
                    text,
                    done.entry_id,
                    self.context.householdsChanged.emit,
                    self._undo_failed,
                )
            )
        self.context.householdsChanged.emit()

    def _undo_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "BuurtDesk", error_text(exc))

    # --- assigning -------------------------------------------------------------------------------

    def _fill_assign_button(self) -> None:
        menu = self.assign_button.menu()
        menu.clear()
        self._fill_menu(menu)

    def _fill_menu(self, menu: QMenu) -> None:
        everyone = list_members(self.context.db)
        # Streets go to connectors (or members without a role yet, the same as the filter above);
        # anyone who has streets can still have them taken away.
        members = [m for m in everyone if Role.CONNECTOR in m.roles or not m.roles]
        holders = [m for m in everyone if m in members or streets_of(self.context.db, m.id)]
        if not self.selected_street_ids():
            menu.addAction(self.tr("Kies eerst een of meer straten")).setEnabled(False)
            return
        if not members:
            menu.addAction(
                self.tr("Nog geen verbinders (geef iemand de rol verbinder onder Team)")
            ).setEnabled(False)
        for member in members:
            action = menu.addAction(self.tr("Toewijzen aan %1").replace("%1", member.name))
            action.triggered.connect(
                lambda _=False, m=member.id: self.assignRequested.emit(m, True)
            )
        menu.addSeparator()
        remove = menu.addMenu(self.tr("Toewijzing weghalen"))
        for member in holders:
            action = remove.addAction(member.name)
            action.triggered.connect(
                lambda _=False, m=member.id: self.assignRequested.emit(m, False)
            )
