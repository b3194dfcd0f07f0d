"""The exchange page ("Uitwisselen"): this laptop's name, the team's code, writing and reading
exchange files, start packages, the laptops heard from and the conflicts (docs/exchange.md).

Every rule is in :mod:`buurtdesk.ops.exchange` (the command line is its other caller); reading
and writing run on the database worker with a busy indication. The team's code lives in the
password field only: never stored, gone when the window closes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..ops import exchange as ops
from ..store.exchange import MergeReport
from ..store.laptops import Conflict, Laptop
from ..store.store_errors import describe_database_error
from ..store.team import list_members
from .context import GuiContext
from .exchange_dialogs import (
    FILE_FILTER,
    PackageDialog,
    busy_dialog,
    conflict_cells,
    default_name,
    merge_words,
    tr,
    when_words,
)


class RowsModel(QAbstractTableModel):
    """A small table of texts (the laptops, the open conflicts: a handful of rows)."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class ExchangePage(QWidget):
    """The page registered in :data:`buurtdesk.gui.pages.PAGES` as "exchange"."""

    merged = Signal(object)  # the MergeReport of a file read here, or the error shown
    written = Signal(object)  # the ops.Written of a file written here, or the error shown

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.laptop_list: list[Laptop] = []
        self.conflict_list: list[Conflict] = []
        self.folder = context.db_path.parent  # where the last exchange file was
        self.busy = False

        heading = QLabel(self.tr("Uitwisselen"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Laptops van het team wisselen via een bestand (USB-stick, e-mail) uit wat ze "
                "weten. Lees elk bestand in, in elke volgorde: niets gaat verloren of dubbel."
            )
        )
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("laptopName")
        self.name_edit.setMaxLength(60)
        self.name_button = QPushButton(self.tr("Naam opslaan"))
        self.name_button.clicked.connect(self.save_name)
        self.name_edit.returnPressed.connect(self.save_name)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("teamCode")
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.code_edit.setPlaceholderText(self.tr("wordt nooit bewaard"))
        self.code_edit.setToolTip(
            self.tr("Dezelfde code op elke laptop van het team; minstens 8 tekens.")
        )
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Deze laptop:")), 0, 0)
        form.addWidget(self.name_edit, 0, 1)
        form.addWidget(self.name_button, 0, 2)
        form.addWidget(QLabel(self.tr("Teamcode:")), 1, 0)
        form.addWidget(self.code_edit, 1, 1)
        for edit in (self.name_edit, self.code_edit):
            edit.setMinimumWidth(220)
            edit.setMaximumWidth(380)
        form.setColumnStretch(3, 1)

        self.write_button = QPushButton(self.tr("Uitwisselbestand maken…"))
        self.write_button.setObjectName("writeExchange")
        self.write_button.clicked.connect(self.write_exchange)
        self.read_button = QPushButton(self.tr("Uitwisselbestand inlezen…"))
        self.read_button.setObjectName("readExchange")
        self.read_button.clicked.connect(self.read_exchange)
        self.package_button = QPushButton(self.tr("Startpakket maken…"))
        self.package_button.setObjectName("makePackage")
        self.package_button.clicked.connect(self.make_package)
        buttons = QHBoxLayout()
        for button in (self.write_button, self.read_button, self.package_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("exchangeStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.laptops = RowsModel([self.tr("Laptop"), self.tr("Laatst ingelezen")], self)
        self.laptop_view = _table(self.laptops)
        self.laptop_view.setObjectName("laptops")
        laptop_box = QGroupBox(self.tr("Laptops van het team"))
        QVBoxLayout(laptop_box).addWidget(self.laptop_view)

        self.conflicts = RowsModel(
            [self.tr("Wat"), self.tr("Veld"), self.tr("Gekozen (door)"), self.tr("Andere (door)")],
            self,
        )
        self.conflict_view = _table(self.conflicts)
        self.conflict_view.setObjectName("conflicts")
        header = self.conflict_view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 2
                                      + (QHeaderView.ResizeMode.Stretch,) * 2):  # fmt: skip
            header.setSectionResizeMode(column, mode)
        self.take_button = QPushButton(self.tr("Andere waarde nemen"))
        self.take_button.setObjectName("takeOther")
        self.take_button.clicked.connect(lambda: self.resolve(take=True))
        self.keep_button = QPushButton(self.tr("Zo laten"))
        self.keep_button.setObjectName("keepValue")
        self.keep_button.clicked.connect(lambda: self.resolve(take=False))
        self.conflict_hint = QLabel()
        self.conflict_hint.setWordWrap(True)
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.conflict_hint, 1)
        resolve_row.addWidget(self.take_button)
        resolve_row.addWidget(self.keep_button)
        conflict_box = QGroupBox(self.tr("Conflicten"))
        conflict_layout = QVBoxLayout(conflict_box)
        conflict_layout.addWidget(self.conflict_view, 1)
        conflict_layout.addLayout(resolve_row)
        self.conflict_view.selectionModel().selectionChanged.connect(self._selection_changed)

        lists = QHBoxLayout()
        lists.addWidget(laptop_box, 3)
        lists.addWidget(conflict_box, 5)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addLayout(lists, 1)
        for signal in (context.householdsChanged, context.teamChanged, context.visitsChanged):
            signal.connect(self.refresh)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The laptops and the open conflicts, read through ops on the GUI thread (a handful of
        rows); the name field keeps what is being typed."""
        db = self.context.db
        self.laptop_list = ops.laptops(db)
        self.conflict_list = ops.conflicts(db)
        me = next((lt for lt in self.laptop_list if lt.me), None)
        if me is not None and not self.name_edit.hasFocus():
            self.name_edit.setText(me.name)
        self.laptops.set_rows(
            [
                [
                    (lt.name or lt.id) + (self.tr(" (deze)") if lt.me else ""),
                    "–" if lt.me else when_words(lt.heard_at),
                ]
                for lt in self.laptop_list
            ]
        )
        self.laptop_view.resizeColumnToContents(0)
        self.conflicts.set_rows([conflict_cells(c) for c in self.conflict_list])
        if self.conflict_list:
            self.conflict_hint.setText(
                self.tr("Twee laptops veranderden hetzelfde. Kies een regel en een knop.")
            )
        else:
            self.conflict_hint.setText(self.tr("Geen conflicten."))
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        chosen = self.selected_conflict() is not None
        self.take_button.setEnabled(chosen and not self.busy)
        self.keep_button.setEnabled(chosen and not self.busy)

    def selected_conflict(self) -> Conflict | None:
        rows = self.conflict_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflict_list):
            return None
        return self.conflict_list[rows[0].row()]

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.write_button, self.read_button, self.package_button):
            button.setEnabled(not busy)
        self._selection_changed()

    # --- doing (on the worker) -------------------------------------------------------------------

    def _run(
        self,
        fn: Callable[[Any], Any],
        label: str,
        done: Callable[[Any], None],
        failed_signal: Signal | None = None,
    ) -> None:
        """``fn(db)`` on the worker with a busy indication; a refusal (a wrong code, a damaged
        file) is the ops layer's sentence in a message box, and nothing has changed."""
        dialog = busy_dialog(self, label)
        self._set_busy(True)

        def finished(result: Any) -> None:
            dialog.reset()
            dialog.deleteLater()
            self._set_busy(False)
            done(result)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            dialog.deleteLater()
            self._set_busy(False)
            self.status.setText("")
            if failed_signal is not None:
                failed_signal.emit(exc)  # type: ignore[attr-defined]
            text = describe_database_error(exc) if isinstance(exc, sqlite3.DatabaseError) else exc
            QMessageBox.warning(self, label.rstrip("…. "), str(text))

        self.context.worker.run(
            lambda db, _progress: fn(db),
            label,
            on_finished=finished,
            on_failed=failed,
            writes=True,
        )

    def team_code(self) -> str | None:
        code = self.code_edit.text()
        if code.strip():
            return code
        QMessageBox.information(
            self,
            self.tr("Teamcode"),
            self.tr("Vul eerst de teamcode in: dezelfde op elke laptop van het team."),
        )
        self.code_edit.setFocus()
        return None

    def _save_target(self, title: str, name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(self.folder / name), tr(FILE_FILTER))
        if not path:
            return None
        if not Path(path).suffix:
            path += ".bdx"
        self.folder = Path(path).parent
        return Path(path)

    def today(self) -> date:
        return date.today()

    def write_exchange(self) -> None:
        code = self.team_code()
        if code is None:
            return
        saved = next((lt.name for lt in self.laptop_list if lt.me), "")
        name = default_name("buurt", saved or "laptop", self.today())
        target = self._save_target(self.tr("Uitwisselbestand maken"), name)
        if target is None:
            return
        # the save dialog has asked before replacing a file; never the neighbourhood file
        self._run(
            lambda db: ops.write_file(db, target, code, overwrite=True),
            self.tr("Uitwisselbestand maken…"),
            self._written,
            self.written,
        )

    def make_package(self) -> None:
        code = self.team_code()
        if code is None:
            return
        dialog = PackageDialog(list_members(self.context.db), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        connector = dialog.chosen_connector()
        name = default_name("startpakket", connector or "buurt", self.today())
        target = self._save_target(self.tr("Startpakket maken"), name)
        if target is None:
            return
        self._run(
            lambda db: ops.write_file(
                db, target, code, package=True, connector=connector, overwrite=True
            ),
            self.tr("Startpakket maken…"),
            self._written,
            self.written,
        )

    def _written(self, written: ops.Written) -> None:
        what = (
            self.tr("Startpakket")
            if written.kind == ops.KIND_PACKAGE
            else self.tr("Uitwisselbestand")
        )
        self.status.setText(
            self.tr("%1 gemaakt: %2 (%3 huishoudens, %4 bezoeken)")
            .replace("%1", what)
            .replace("%2", str(written.path))
            .replace("%3", str(written.households))
            .replace("%4", str(written.visits))
        )
        self.written.emit(written)

    def read_exchange(self) -> None:
        code = self.team_code()
        if code is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Uitwisselbestand inlezen"), str(self.folder), tr(FILE_FILTER)
        )
        if path:
            self.read_path(Path(path), code)

    def read_path(self, path: Path, code: str) -> None:
        self.folder = path.parent
        self._run(
            lambda db: ops.read_file(db, path, code),
            self.tr("Uitwisselbestand inlezen…"),
            lambda report: self._merged(path, report),
            self.merged,
        )

    def _merged(self, path: Path, report: MergeReport) -> None:
        self.status.setText(
            self.tr("Ingelezen: %1 — %2")
            .replace("%1", path.name)
            .replace("%2", merge_words(report))
        )
        self._announce()
        self.merged.emit(report)

    def _announce(self) -> None:
        """Tell every screen that the file changed (they refresh themselves, this page too)."""
        context = self.context
        context.reload_project()
        context.householdsChanged.emit()
        context.visitsChanged.emit()
        context.teamChanged.emit()
        context.planChanged.emit()

    def save_name(self) -> None:
        name = self.name_edit.text()
        self._run(
            lambda db: ops.set_laptop_name(db, name),
            self.tr("Naam opslaan…"),
            lambda _result: self._name_saved(),
        )

    def _name_saved(self) -> None:
        self.name_edit.clearFocus()
        self.refresh()
        self.status.setText(self.tr("Deze laptop heet nu %1.").replace("%1", self.name_edit.text()))

    def resolve(self, *, take: bool) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        conflict_id = conflict.id

        def job(db: Any) -> None:
            if take:
                ops.take_other(db, conflict_id)
            else:
                ops.dismiss(db, conflict_id)

        self._run(job, self.tr("Conflict oplossen…"), lambda _result: self._announce())
