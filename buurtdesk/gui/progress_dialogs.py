"""The initiators of a project: households that signed up on their own or came to the kick-off.

They count toward the goal, apart from what the door rounds bring. The dialog finds households by
address and keeps the list; nothing is written until the user saves.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QWidget

from ..errors import Coded
from ..ops.projects import set_initiators
from ..store.progress import list_initiators
from ..store.projects import Project
from .context import GuiContext
from .forms.ui_initiators_dialog import Ui_InitiatorsDialog
from .household_picker import HouseholdListModel, HouseholdPicker
from .texts import error_text


class InitiatorsDialog(QDialog, Ui_InitiatorsDialog):
    def __init__(
        self, context: GuiContext, project: Project, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.project = project
        self.setupUi(self)  # the form: ui/forms/initiators_dialog.ui
        self.picker = HouseholdPicker(context, self.tr("Markeren →"), parent=self)
        self.picker_slot.addWidget(self.picker)
        picker = [self.picker.search, self.picker.results_view, self.picker.add_button]
        for first, second in pairwise([*picker, self.chosen_view]):
            QWidget.setTabOrder(first, second)  # find, mark, then the marked ones
        self.picker.search.setFocus()
        self.search, self.results = self.picker.search, self.picker.results
        self.chosen = HouseholdListModel(self)
        self.chosen.set_rows(list_initiators(context.db, project.id))
        self.chosen_view.setModel(self.chosen)
        self.picker.picked.connect(self._add)
        self.remove_button.clicked.connect(self.remove_selected)
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
