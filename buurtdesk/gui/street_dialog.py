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

from ..domain.address import (
    AddressError,
    AddressRecord,
    HouseNumber,
    Numbering,
    Side,
    normalise_postcode,
    parse_street_range,
    street_range,
)
from ..io.printable import printable_clean_name
from ..store.db import StoreError
from ..store.households import UpsertResult, upsert_households
from .context import GuiContext
from .texts import error_text


class AddStreetDialog(QDialog):
    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.result_counts: UpsertResult | None = None
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
        """Add the addresses; a mistake is shown in the dialog, which stays open."""
        try:
            # a name the printed walk lists cannot draw (an emoji) is refused here
            name = printable_clean_name(self.name.text(), "straatnaam")
            place = printable_clean_name(self.place.text(), "plaats")
        except AddressError as exc:
            self.error.setText(error_text(exc))
            return
        if not name or name[0].isdigit():
            self.error.setText(self.tr("Vul een straatnaam in."))
            return
        try:
            first, last = parse_street_range(self.range.text() or "")
            numbers = street_range(first, last, Side(self.side.currentData()))
            postcode = (
                normalise_postcode(self.postcode.text()) if self.postcode.text().strip() else ""
            )
            records = [AddressRecord(name, HouseNumber(n), postcode, place) for n in numbers]
            # checked: numbered straight through, also a known street; unchecked: a known
            # street keeps its numbering
            numbering = {name: Numbering.STRAIGHT} if self.straight.isChecked() else {}
            self.result_counts = upsert_households(
                self._context.db, records, source="street", numbering=numbering
            )
        except (AddressError, StoreError) as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
