"""A small dialog to add a street with a range of house numbers ("Dorpsstraat 1-59, oneven")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.address import AddressError, Side
from ..errors import UserError
from ..ops.households import StreetAdded, add_street, new_street
from ..store.address_upsert import UpsertResult
from ..store.store_errors import StoreError
from .context import GuiContext
from .forms.ui_street_dialog import Ui_AddStreetDialog
from .texts import error_text


class AddStreetDialog(QDialog, Ui_AddStreetDialog):
    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.result_counts: UpsertResult | None = None
        self.added: StreetAdded | None = None
        self.setupUi(self)  # the form: ui/forms/street_dialog.ui
        for index, side in enumerate((Side.ALL, Side.ODD, Side.EVEN)):
            self.side.setItemData(index, side.value)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Toevoegen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

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
