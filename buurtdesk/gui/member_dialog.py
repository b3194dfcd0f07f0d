"""The dialog to add or edit a team member, and the role names the team page shares with it."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from ..domain.team import Role
from ..errors import Coded
from ..ops.team import save_member
from ..store.households import list_streets
from ..store.team import Member, streets_of
from .context import GuiContext
from .forms.ui_member_dialog import Ui_MemberDialog
from .texts import error_text

ROLE_TITLES = {
    None: QT_TRANSLATE_NOOP("TeamPage", "Nog geen rol"),
    Role.EXPERT: QT_TRANSLATE_NOOP("TeamPage", "Deskundige"),
    Role.CONNECTOR: QT_TRANSLATE_NOOP("TeamPage", "Verbinder"),
    Role.ENTREPRENEUR: QT_TRANSLATE_NOOP("TeamPage", "Ondernemer"),
}


def role_name(role: Role | None) -> str:
    return QCoreApplication.translate("TeamPage", ROLE_TITLES[role])


class MemberDialog(QDialog, Ui_MemberDialog):
    """Add or edit a member: name, roles, contact details only with consent, the separate
    consent to be named in reports, streets."""

    def __init__(self, context: GuiContext, member: Member | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.member = member
        self.saved: Member | None = None
        self.setupUi(self)  # the form: ui/forms/member_dialog.ui
        if member:
            self.setWindowTitle(self.tr("Teamlid bewerken"))
        self.named = self.consentNamed
        self.name.setText(member.name if member else "")
        self.role_boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role_name(role))
            box.setChecked(bool(member and role in member.roles))
            self.role_boxes[role] = box
            self.roles_row.addWidget(box)
        self.roles_row.addStretch(1)
        consent_at = member.consent_at if member else None
        self.consent.setChecked(bool(consent_at))
        self.consent_date.setDate(
            QDate.fromString(consent_at, "yyyy-MM-dd") if consent_at else QDate.currentDate()
        )
        self.phone.setText(member.phone if member else "")
        self.email.setText(member.email if member else "")
        # A consent of its own: keeping a phone number is not agreeing to be named in print.
        self.named.setChecked(bool(member and member.named))
        self.streets: dict[int, QCheckBox] = {}
        own = set(streets_of(context.db, member.id)) if member else set()
        for street in list_streets(context.db):
            box = QCheckBox(f"{street.name} ({street.households})")
            box.setChecked(street.id in own)
            self.streets[street.id] = box
            self.street_box.addWidget(box)
        self.form.setRowVisible(self.street_box, bool(self.streets))
        # the boxes made here come after the form's widgets: Tab goes down the form as it reads
        order = [self.name, *self.role_boxes.values(), self.consent, self.consent_date]
        order += [self.phone, self.email, self.named, *self.streets.values(), self.buttons]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.consent.toggled.connect(self._consent_changed)
        self._consent_changed(self.consent.isChecked())

    def _consent_changed(self, on: bool) -> None:
        for widget in (self.consent_date, self.phone, self.email):
            widget.setEnabled(on)

    def accept(self) -> None:
        roles = [r for r, box in self.role_boxes.items() if box.isChecked()]
        consent = self.consent.isChecked()
        consent_at = self.consent_date.date().toString("yyyy-MM-dd") if consent else None
        phone = self.phone.text() if consent else ""
        email = self.email.text() if consent else ""
        try:
            saved = save_member(
                self.context.db,
                self.member.id if self.member else None,
                name=self.name.text(),
                roles=roles,
                phone=phone,
                email=email,
                consent_at=consent_at,
                named=self.named.isChecked(),
                streets=[sid for sid, box in self.streets.items() if box.isChecked()],
            )
        except Coded as exc:
            self.error.setText(error_text(exc))
            return
        self.saved = saved
        super().accept()
