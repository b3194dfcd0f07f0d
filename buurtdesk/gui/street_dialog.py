"""A small dialog to add a street with a range of house numbers ("Dorpsstraat 1-59, oneven")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.address import AddressError, Side
from ..errors import UserError
from ..ops.households import StreetAdded, add_street, new_street
from ..store.db import StoreError
from ..store.households import UpsertResult
from .context import GuiContext
from .texts import error_text


class AddStreetDialog(QDialog):
    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.result_counts: UpsertResult | None = None
        self.added: StreetAdded | None = None
        self.setWindowTitle(self.tr("Straat toevoegen"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("bijv. Dorpsstraat"))
        form.addRow(self.tr("Straatnaam:"), self.name)
        self.range = QLineEdit()
        self.range.setPlaceholderText(self.tr("bijv. 1-59"))
        form.addRow(self.tr("Huisnummers:"), self.range)
        self.side = QComboBox()
        self.side.addItem(self.tr("alle nummers"), Side.ALL.value)
        self.side.addItem(self.tr("alleen oneven"), Side.ODD.value)
        self.side.addItem(self.tr("alleen even"), Side.EVEN.value)
        form.addRow(self.tr("Kant:"), self.side)
        self.straight = QCheckBox(self.tr("doorlopend genummerd (bijv. een plein)"))
        form.addRow("", self.straight)
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("1234 AB")
        form.addRow(self.tr("Postcode:"), self.postcode)
        self.place = QLineEdit()
        form.addRow(self.tr("Plaats:"), self.place)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Toevoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Add the addresses (ops.households); a mistake is shown in the dialog, which stays
        open, and nothing is written."""
        try:
            new = new_street(
                self.name.text(),
                self.range.text(),
                side=Side(self.side.currentData()),
                straight=self.straight.isChecked(),
                postcode=self.postcode.text(),
                place=self.place.text(),
            )
            self.added = add_street(self._context.db, new)
        except (AddressError, StoreError, UserError) as exc:
            self.error.setText(error_text(exc))
            return
        self.result_counts = self.added.result
        super().accept()
