"""A resident's rights in the window: "Gegevens van dit huishouden" shows everything BuurtDesk
keeps about one household (AVG art. 15), prints it for the resident ("Afdrukken…"), corrects a
visit's note, and "Wissen op verzoek…" erases it (art. 17), after a confirmation that says
exactly what goes. The privacy statement and the register of processing are saved from the File
menu. All of it calls ops/privacy.py, as the command line does."""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.outcomes import Outcome
from ..errors import Coded
from ..ops import privacy
from ..store.projects import current_project
from .context import GuiContext
from .print_dialog import choose_target
from .texts import error_text, outcome_text

if TYPE_CHECKING:
    from .main_window import MainWindow


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
    rows += [  # the door questions' answers
        (QCoreApplication.translate("Privacy", "Antwoord"),
         f"{a['question']}: {a['answer']} ({a['date']})")
        for a in data.get("answers", [])
    ]  # fmt: skip
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
            f"{visit['number']}. {esc(visit['date'])} · "
            f"<b>{esc(outcome_text(Outcome(visit['outcome'])))}</b> · "
            f"{esc(visit['by'] or '-')} · {esc(visit['project'])}"
        )
        if visit["note"]:
            line += f"<br/><i>{esc(visit['note'])}</i>"
        fix = esc(QCoreApplication.translate("Privacy", "notitie verbeteren"))
        line += f" <a href='note:{visit['number']}'>{fix}</a>"
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
        self.print_button = buttons.addButton(
            QCoreApplication.translate("Privacy", "Afdrukken…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.print_button.clicked.connect(self.print_overview)
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
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

    def _link(self, url: QUrl) -> None:
        kind, _, number = url.toString().partition(":")
        if kind == "note" and number.isdigit():
            self.correct_note(int(number))

    def correct_note(self, number: int) -> NoteDialog | None:
        """The dialog that corrects visit ``number`` (as numbered in the overview)."""
        visits = privacy.household_data(self.context.db, self.household_id)["visits"]
        if not 1 <= number <= len(visits):
            return None
        dialog = NoteDialog(self.context, visits[number - 1], self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def print_overview(self) -> Path | None:
        """Save the one-page overview for the resident as a PDF (same save dialog as printing)."""
        name = QCoreApplication.translate("Privacy", "inzage %1.pdf").replace("%1", self.address)
        return save_pdf(
            self,
            name,
            lambda target: privacy.household_overview(
                self.context.db, self.household_id, target, today=date.today(), overwrite=True
            ),
        )


def _save_or_cancel(dialog: QDialog, layout: QVBoxLayout) -> QLabel:
    """A form dialog's foot: the line an error is said on, then Save and Cancel."""
    error = QLabel()
    error.setProperty("tone", "error")
    error.setWordWrap(True)
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error


def _saved_or_said(error: QLabel, save: Callable[[], object]) -> bool:
    """Run the operation; a refusal is said on ``error`` (nothing was saved: the user corrects
    it and saves again)."""
    try:
        save()
    except (Coded, sqlite3.Error) as exc:
        error.setText(error_text(exc))
        return False
    return True


class NoteDialog(QDialog):
    """Correct one visit's note (ops/privacy.correct_note): the old text leaves the file, and this
    cannot be undone, which the dialog says."""

    def __init__(self, context: GuiContext, visit: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.visit_uuid = str(visit["uuid"])
        self.setWindowTitle(QCoreApplication.translate("Privacy", "Notitie verbeteren"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Privacy",
                "Bezoek van %1 (%2). De oude tekst verdwijnt helemaal uit het bestand en gaat "
                "ook op de andere laptops weg; ongedaan maken kan niet.",
            )
            .replace("%1", str(visit["date"]))
            .replace("%2", outcome_text(Outcome(visit["outcome"])))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.note = QPlainTextEdit(str(visit["note"]))
        layout.addWidget(self.note, 1)
        self.error = _save_or_cancel(self, layout)
        self.resize(440, 240)

    def accept(self) -> None:
        text = self.note.toPlainText()
        if not _saved_or_said(
            self.error, lambda: privacy.correct_note(self.context.db, self.visit_uuid, text)
        ):
            return
        self.context.undo_stack.clear()  # the history below the window was emptied with it
        self.context.visitsChanged.emit()
        super().accept()


def confirm_destructive(
    parent: QWidget,
    *,
    title: str,
    text: str,
    informative: str,
    action: str,
    checkbox: QCheckBox | None = None,
) -> bool:
    """The one confirmation box for what cannot be undone (erasing, closing a project): says
    what goes, the destructive button named ``action``, Cancel the default. True when confirmed."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    if checkbox is not None:
        box.setCheckBox(checkbox)
    confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is confirm


def save_pdf(parent: QWidget, name: str, write: Callable[[Path], int]) -> Path | None:
    """Ask where (the print page's save dialog, which asks before replacing), write, say so.
    None when cancelled or refused (the message says why; nothing was written)."""
    target = choose_target(parent, None, name=name)
    if target is None:
        return None
    try:
        write(target)
    except (Coded, OSError, sqlite3.Error) as exc:
        QMessageBox.warning(parent, "BuurtDesk", error_text(exc))
        return None
    return target


def save_privacy_statement(window: MainWindow) -> Path | None:
    """File → "Privacyverklaring opslaan…": the statement for residents, as ``privacy
    statement`` on the command line."""
    db = window.context.db
    saved = save_pdf(
        window,
        QCoreApplication.translate("Privacy", "privacyverklaring.pdf"),
        lambda target: privacy.privacy_statement(
            db, current_project(db), target, today=date.today(), overwrite=True
        ),
    )
    _saved(window, saved)
    return saved


def save_processing_register(window: MainWindow) -> Path | None:
    """File → "Register van verwerkingen opslaan…", as ``privacy register``."""
    db = window.context.db
    saved = save_pdf(
        window,
        QCoreApplication.translate("Privacy", "verwerkingsregister.pdf"),
        lambda target: privacy.processing_register(db, target, today=date.today(), overwrite=True),
    )
    _saved(window, saved)
    return saved


def _saved(window: MainWindow, saved: Path | None) -> None:
    if saved is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Privacy", "Opgeslagen: %1").replace("%1", str(saved)),
            15000,
        )


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
    again = QCheckBox(
        QCoreApplication.translate("Privacy", "De bewoner mag later weer bezocht worden")
    )
    confirmed = confirm_destructive(
        parent,
        title=QCoreApplication.translate("Privacy", "Gegevens wissen op verzoek"),
        text=QCoreApplication.translate("Privacy", "De gegevens van %1 wissen?").replace(
            "%1", address
        ),
        informative=QCoreApplication.translate(
            "Privacy",
            "Dit wordt gewist: %1. Het adres zelf blijft, op \u201cniet aanbellen: op "
            "verzoek\u201d. Het wissen gaat met het volgende uitwisselbestand mee naar de "
            "andere laptops; ongedaan maken kan niet.",
        ).replace("%1", "; ".join(what)),
        action=QCoreApplication.translate("Privacy", "Wissen"),
        checkbox=again,
    )
    if not confirmed:
        return False
    try:
        privacy.erase(context.db, household_id, may_visit_again=again.isChecked())
    except (Coded, sqlite3.Error) as exc:
        QMessageBox.warning(parent, "BuurtDesk", error_text(exc))
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
        self.error = _save_or_cancel(self, layout)
        self.resize(440, 260)

    def accept(self) -> None:
        if not _saved_or_said(
            self.error,
            lambda: privacy.set_contact(
                self.context.db,
                self.household_id,
                phone=self.phone.text(),
                email=self.email.text(),
                consent_at=self.consent.date().toPython(),
                purpose=self.purpose.text(),
            ),
        ):
            return
        super().accept()
