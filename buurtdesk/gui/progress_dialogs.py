"""The initiators of a project: households that signed up on their own or came to the kick-off.

They count toward the goal, apart from what the door rounds bring. The dialog finds households by
address and keeps the list; nothing is written until the user saves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..store.activities import search_households
from ..store.progress import list_initiators, set_initiators
from ..store.projects import Project
from .context import GuiContext
from .plan_dialogs import HouseholdListModel


class InitiatorsDialog(QDialog):
    def __init__(
        self, context: GuiContext, project: Project, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.project = project
        self.setWindowTitle(self.tr("Initiatiefnemers"))
        self.setMinimumSize(640, 420)
        explain = QLabel(
            self.tr(
                "Huishoudens die zich zelf meldden of naar de aftrap kwamen. Ze tellen mee voor "
                "het doel; de voortgang toont apart wat de deurrondes nog moeten brengen."
            )
        )
        explain.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek een adres, bijv. Kerkweg 12"))
        self.search.setClearButtonEnabled(True)
        self.results = HouseholdListModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.results)
        self.results_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen = HouseholdListModel(self)
        self.chosen.set_rows(list_initiators(context.db, project.id))
        self.chosen_view = QListView()
        self.chosen_view.setModel(self.chosen)
        self.chosen_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Markeren →"))
        remove = QPushButton(self.tr("Markering weghalen"))
        self.count = QLabel()
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results_view, 1)
        left.addWidget(add)
        right = QVBoxLayout()
        right.addWidget(self.count)
        right.addWidget(self.chosen_view, 1)
        right.addWidget(remove)
        lists = QHBoxLayout()
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(lists, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.find)
        self.search.returnPressed.connect(self.add_selected)
        add.clicked.connect(self.add_selected)
        self.results_view.doubleClicked.connect(lambda _i: self.add_selected())
        remove.clicked.connect(self.remove_selected)
        self._count()

    def _count(self, *_args: Any) -> None:
        self.count.setText(self.tr("%1 initiatiefnemers").replace("%1", str(len(self.chosen.rows))))

    def find(self, text: str) -> None:
        self.results.set_rows(search_households(self.context.db, text) if text.strip() else [])
        if self.results.rows:
            self.results_view.setCurrentIndex(self.results.index(0))

    def add_selected(self) -> None:
        rows = sorted({i.row() for i in self.results_view.selectionModel().selectedIndexes()})
        if not rows and self.results.rows:
            rows = [0]
        have = {h for h, _ in self.chosen.rows}
        added = [self.results.rows[r] for r in rows if self.results.rows[r][0] not in have]
        if added:
            self.chosen.set_rows(self.chosen.rows + added)
        self._count()

    def remove_selected(self) -> None:
        drop = {i.row() for i in self.chosen_view.selectionModel().selectedIndexes()}
        self.chosen.set_rows([r for i, r in enumerate(self.chosen.rows) if i not in drop])
        self.chosen_view.setCurrentIndex(QModelIndex())
        self._count()

    def accept(self) -> None:
        set_initiators(self.context.db, self.project.id, [h for h, _ in self.chosen.rows])
        super().accept()
