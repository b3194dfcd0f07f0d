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
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import Coded
from ..ops.projects import set_initiators
from ..store.progress import list_initiators
from ..store.projects import Project
from .context import GuiContext
from .household_picker import HouseholdListModel, HouseholdPicker
from .texts import error_text


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
        self.picker = HouseholdPicker(context, self.tr("Markeren →"), parent=self)
        self.search, self.results = self.picker.search, self.picker.results
        self.chosen = HouseholdListModel(self)
        self.chosen.set_rows(list_initiators(context.db, project.id))
        self.chosen_view = QListView()
        self.chosen_view.setModel(self.chosen)
        self.chosen_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        remove = QPushButton(self.tr("Markering weghalen"))
        self.count = QLabel()
        right = QVBoxLayout()
        right.addWidget(self.count)
        right.addWidget(self.chosen_view, 1)
        right.addWidget(remove)
        lists = QHBoxLayout()
        lists.addWidget(self.picker, 1)
        lists.addLayout(right, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(lists, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.picker.picked.connect(self._add)
        remove.clicked.connect(self.remove_selected)
        self._count()

    def _count(self, *_args: Any) -> None:
        self.count.setText(self.tr("%1 initiatiefnemers").replace("%1", str(len(self.chosen.rows))))

    def add_selected(self) -> None:
        self._add(self.picker.chosen())

    def _add(self, picked: list[tuple[int, str]]) -> None:
        have = {h for h, _ in self.chosen.rows}
        added = [row for row in picked if row[0] not in have]
        if added:
            self.chosen.set_rows(self.chosen.rows + added)
        self._count()

    def remove_selected(self) -> None:
        drop = {i.row() for i in self.chosen_view.selectionModel().selectedIndexes()}
        self.chosen.set_rows([r for i, r in enumerate(self.chosen.rows) if i not in drop])
        self.chosen_view.setCurrentIndex(QModelIndex())
        self._count()

    def accept(self) -> None:
        try:
            set_initiators(self.context.db, self.project.id, [h for h, _ in self.chosen.rows])
        except Coded as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
