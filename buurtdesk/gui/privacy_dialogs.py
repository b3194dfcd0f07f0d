"""A resident's rights in the window: "Gegevens van dit huishouden" shows everything BuurtDesk
keeps about one household (AVG art. 15), and "Wissen op verzoek…" erases it (art. 17), after a
confirmation that says exactly what goes. Both call ops/privacy.py, as the command line does."""

from __future__ import annotations

import html
import sqlite3
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.outcomes import Outcome
from ..errors import Coded
from ..ops import privacy
from ..store.db import database_error
from .context import GuiContext
from .texts import error_text, outcome_text


def data_html(data: dict[str, Any], address: str) -> str:
    esc = html.escape
    parts = [f"<h3>{esc(address)}</h3>", f"<p>{esc(data['postcode'])} {esc(data['place'])}</p>"]
    rows = [
        (QCoreApplication.translate("Privacy", "Bron van het adres"), data["source"] or "-"),
        (QCoreApplication.translate("Privacy", "Notitie"), data["note"] or "-"),
        (
            QCoreApplication.translate("Privacy", "Niet aanbellen"),
            data["do_not_visit_reason"] or QCoreApplication.translate("Privacy", "ja")
            if data["do_not_visit"]
            else QCoreApplication.translate("Privacy", "nee"),
        ),
    ]
    contact = data["contact"]
    if contact["phone"] or contact["email"]:
        said = ", ".join(x for x in (contact["phone"], contact["email"]) if x)
        rows.append((QCoreApplication.translate("Privacy", "Contact"), said))
        rows.append(
            (
                QCoreApplication.translate("Privacy", "Toestemming"),
                f"{contact['consent_at']}: {contact['purpose']}",
            )
        )
    rows += [
        (QCoreApplication.translate("Privacy", "Gegevens gewist op verzoek"), day)
        for day in data["erased_on"]
    ]
    if data["initiator_in"]:
        rows.append(
            (
                QCoreApplication.translate("Privacy", "Initiatiefnemer in"),
                ", ".join(data["initiator_in"]),
            )
        )
    rows += [
        (QCoreApplication.translate("Privacy", "Aangemeld voor"), f"{s['activity']} ({s['date']})")
        for s in data["signups"]
    ]
    parts.append("<table cellpadding='3'>")
    parts += [f"<tr><td><b>{esc(k)}</b></td><td>{esc(str(v))}</td></tr>" for k, v in rows]
    parts.append("</table>")
    parts.append(
        f"<h4>{esc(QCoreApplication.translate('Privacy', 'Bezoeken'))} ({len(data['visits'])})</h4>"
    )
    if not data["visits"]:
        parts.append(
            "<p style='color:#777'>"
            + esc(QCoreApplication.translate("Privacy", "Geen bezoeken bewaard"))
            + "</p>"
        )
    for visit in data["visits"]:
        line = (
            f"{esc(visit['date'])} · <b>{esc(outcome_text(Outcome(visit['outcome'])))}</b> · "
            f"{esc(visit['by'] or '-')} · {esc(visit['project'])}"
        )
        if visit["note"]:
            line += f"<br/><i>{esc(visit['note'])}</i>"
        if visit["undone"]:
            undone = esc(QCoreApplication.translate("Privacy", "ongedaan"))
            line = f"<span style='color:#999'><s>{line}</s> ({undone})</span>"
        parts.append(f"<p style='margin:4px 0'>{line}</p>")
    return "".join(parts)


class HouseholdDataDialog(QDialog):
    """Everything kept about one household, with the way to erase it."""

    def __init__(
        self, context: GuiContext, household_id: int, address: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.household_id = household_id
        self.address = address
        self.erased = False
        self.setWindowTitle(QCoreApplication.translate("Privacy", "Gegevens van dit huishouden"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Privacy",
                "Dit is alles wat BuurtDesk over dit huishouden bewaart. Een bewoner mag dit "
                "inzien (AVG, inzagerecht) en laten wissen.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QTextBrowser()
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = buttons.addButton(
            QCoreApplication.translate("Privacy", "Wissen op verzoek…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.erase_button.clicked.connect(self._erase)
        self.contact_button = buttons.addButton(
            QCoreApplication.translate("Privacy", "Contactgegevens…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.contact_button.clicked.connect(self.edit_contact)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.refresh()

    def refresh(self) -> None:
        data = privacy.household_data(self.context.db, self.household_id)
        self.text.setHtml(data_html(data, self.address))

    def edit_contact(self) -> ContactDialog:
        dialog = ContactDialog(self.context, self.household_id, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def _erase(self) -> None:
        if erase_with_confirmation(self, self.context, self.household_id, self.address):
            self.erased = True
            self.refresh()


def erase_with_confirmation(
    parent: QWidget, context: GuiContext, household_id: int, address: str
) -> bool:
    """Say exactly what goes, ask (default No), erase. True when erased."""
    try:
        gone = privacy.what_goes(context.db, household_id)
    except Coded as exc:
        QMessageBox.warning(parent, "BuurtDesk", error_text(exc))
        return False
    what = [
        QCoreApplication.translate(
            "Privacy", "%1 bezoek(en), met uitkomst, verbinder en notitie"
        ).replace("%1", str(gone.visits))
    ]
    if gone.had_note:
        what.append(QCoreApplication.translate("Privacy", "de notitie bij het adres"))
    if gone.had_contact:
        what.append(QCoreApplication.translate("Privacy", "telefoon en e-mail van de bewoner"))
    if gone.initiator_marks:
        what.append(
            QCoreApplication.translate("Privacy", "%1 keer initiatiefnemer").replace(
                "%1", str(gone.initiator_marks)
            )
        )
    if gone.signups:
        what.append(
            QCoreApplication.translate("Privacy", "%1 aanmelding(en) voor activiteiten").replace(
                "%1", str(gone.signups)
            )
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Privacy", "Gegevens wissen op verzoek"))
    box.setText(
        QCoreApplication.translate("Privacy", "De gegevens van %1 wissen?").replace("%1", address)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Privacy",
            "Dit wordt gewist: %1. Het adres zelf blijft, op \u201cniet aanbellen: op "
            "verzoek\u201d. Het wissen gaat met het volgende uitwisselbestand mee naar de "
            "andere laptops; ongedaan maken kan niet.",
        ).replace("%1", "; ".join(what))
    )
    again = QCheckBox(
        QCoreApplication.translate("Privacy", "De bewoner mag later weer bezocht worden")
    )
    box.setCheckBox(again)
    erase = box.addButton(
        QCoreApplication.translate("Privacy", "Wissen"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not erase:
        return False
    try:
        privacy.erase(context.db, household_id, may_visit_again=again.isChecked())
    except (Coded, sqlite3.Error) as exc:
        error = database_error(exc) if isinstance(exc, sqlite3.Error) else exc
        QMessageBox.warning(parent, "BuurtDesk", error_text(error))
        return False
    context.undo_stack.clear()  # the history below the window was emptied with the erasure
    return True


class ContactDialog(QDialog):
    """A resident's phone or e-mail for a call back, only with the date of consent and what it
    is for (ops/privacy.set_contact decides; empty fields remove what was kept)."""

    def __init__(
        self, context: GuiContext, household_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.household_id = household_id
        self.setWindowTitle(QCoreApplication.translate("Privacy", "Contactgegevens van de bewoner"))
        contact = privacy.household_data(context.db, household_id)["contact"]
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Privacy",
                "Alleen als de bewoner wil worden teruggebeld of gemaild, en daarmee instemt. "
                "Leeg laten haalt weg wat bewaard was.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.phone = QLineEdit(contact["phone"])
        self.email = QLineEdit(contact["email"])
        self.consent = QDateEdit()
        self.consent.setCalendarPopup(True)
        self.consent.setDisplayFormat("dd-MM-yyyy")
        self.consent.setMaximumDate(QDate.currentDate())
        consent_at = contact["consent_at"]
        self.consent.setDate(
            QDate.fromString(consent_at, "yyyy-MM-dd") if consent_at else QDate.currentDate()
        )
        self.purpose = QLineEdit(contact["purpose"])
        self.purpose.setPlaceholderText(
            QCoreApplication.translate("Privacy", "bijv. terugbellen over de warmtescan")
        )
        form.addRow(QCoreApplication.translate("Privacy", "Telefoon"), self.phone)
        form.addRow(QCoreApplication.translate("Privacy", "E-mail"), self.email)
        form.addRow(QCoreApplication.translate("Privacy", "Toestemming gegeven op"), self.consent)
        form.addRow(QCoreApplication.translate("Privacy", "Waarvoor"), self.purpose)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(440, 260)

    def accept(self) -> None:
        try:
            privacy.set_contact(
                self.context.db,
                self.household_id,
                phone=self.phone.text(),
                email=self.email.text(),
                consent_at=self.consent.date().toPython(),
                purpose=self.purpose.text(),
            )
        except (Coded, sqlite3.Error) as exc:
            error = database_error(exc) if isinstance(exc, sqlite3.Error) else exc
            self.error.setText(error_text(error))  # nothing was saved: correct it and save again
            return
        super().accept()
