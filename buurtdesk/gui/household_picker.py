"""Finding households by address and picking some: the left half of the activity sign-up and the
initiators dialogs. Search results come from the store, at most a screenful at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store.activities import search_households
from .context import GuiContext


class HouseholdListModel(QAbstractListModel):
    """Households as (household id, address)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, str]] = []

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][1]
        return None


class HouseholdPicker(QWidget):
    """A search field, its results and an add button. ``picked`` carries the chosen
    (household id, address) pairs: the selected results, or the first one when none is selected
    (so that typing an address and pressing Enter is enough)."""

    picked = Signal(list)

    def __init__(
        self, context: GuiContext, add_text: str, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        # households not to offer (those already on the other side of the dialog)
        self.exclude: Callable[[], set[int]] = set
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek een adres, bijv. Kerkweg 12"))
        self.search.setClearButtonEnabled(True)
        self.results = HouseholdListModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.results)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(add_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if title:
            layout.addWidget(QLabel(title))
        layout.addWidget(self.search)
        layout.addWidget(self.results_view, 1)
        layout.addWidget(self.add_button)
        self.search.textChanged.connect(self.find)
        self.search.returnPressed.connect(self.pick)
        self.add_button.clicked.connect(self.pick)
        self.results_view.doubleClicked.connect(lambda _i: self.pick())

    def find(self, text: str) -> None:
        found = search_households(self.context.db, text) if text.strip() else []
        taken = self.exclude()
        self.results.set_rows([row for row in found if row[0] not in taken])
        if self.results.rows:
            self.results_view.setCurrentIndex(self.results.index(0))

    def chosen(self) -> list[tuple[int, str]]:
        rows = sorted({i.row() for i in self.results_view.selectionModel().selectedIndexes()})
        if not rows and self.results.rows:
            rows = [0]
        return [self.results.rows[r] for r in rows]

    def pick(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.picked.emit(chosen)
            self.refresh()

    def refresh(self) -> None:
        """The results again, without what ``exclude`` now leaves out."""
        self.find(self.search.text())
