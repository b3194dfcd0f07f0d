"""Checking off doors: the undoable command that records a visit, and the bar above the table
with the connector, the date, a note and one button per outcome (keys 1-6).

Undo never deletes a visit: it marks it retracted (the history keeps it) and redo restores it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.outcomes import Outcome, Status
from ..domain.team import Role
from ..store.db import StoreError, get_setting, set_setting
from ..store.households import set_do_not_visit, set_note
from ..store.projects import create_project
from ..store.street_list import household_row
from ..store.team import list_members
from ..store.visits import record_visit, restore_visit, retract_visit
from .context import GuiContext
from .texts import outcome_text, status_colour


def ensure_project(context: GuiContext) -> int:
    """The current project; a general one is started today when the neighbourhood has none, so
    that a visit is never refused for want of one (as the command line does)."""
    if context.project_id is None:
        create_project(
            context.db,
            theme="empty",
            title=QCoreApplication.translate("CheckOff", "Buurtproject"),
            start=date.today(),
        )
        context.reload_project()
    assert context.project_id is not None
    return context.project_id


class RecordVisitCommand(QUndoCommand):
    """One check-off. ``on_change(household_id)`` refreshes the screens after each step."""

    def __init__(
        self,
        context: GuiContext,
        household_id: int,
        outcome: Outcome,
        visit_date: date,
        visitor: str,
        note: str,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__()
        self._context = context
        self.household_id = household_id
        self.outcome = outcome
        self._date = visit_date
        self._visitor = visitor
        self._note = note
        self._on_change = on_change
        self.visit_id: int | None = None
        self.error: StoreError | None = None
        before = household_row(context.db, context.project_id, household_id)
        self._was_do_not_visit = (
            (before.do_not_visit, before.do_not_visit_reason) if before else None
        )
        address = before.address if before else str(household_id)
        self.address = address
        self.setText(
            QCoreApplication.translate("CheckOff", "%1: %2")
            .replace("%1", address)
            .replace("%2", outcome_text(outcome))
        )

    def redo(self) -> None:
        db = self._context.db
        if self.visit_id is None:
            try:
                self.visit_id = record_visit(
                    db,
                    project_id=ensure_project(self._context),
                    household_id=self.household_id,
                    outcome=self.outcome,
                    visit_date=self._date,
                    visitor=self._visitor,
                    note=self._note,
                )
            except StoreError as exc:  # e.g. a note that is too long: nothing was written
                self.error = exc
                self.setObsolete(True)  # the undo stack drops the command
                return
        else:
            restore_visit(db, self.visit_id)
            if self.outcome is Outcome.DO_NOT_VISIT:
                set_do_not_visit(db, self.household_id, True, self._note or "wil geen bezoek")
        self._on_change(self.household_id)

    def undo(self) -> None:
        if self.visit_id is None:
            return
        retract_visit(self._context.db, self.visit_id)
        if self.outcome is Outcome.DO_NOT_VISIT and self._was_do_not_visit is not None:
            flag, reason = self._was_do_not_visit
            set_do_not_visit(self._context.db, self.household_id, flag, reason)
        self._on_change(self.household_id)


class SetNoteCommand(QUndoCommand):
    """A household's own note (not a visit's), undoable like everything else."""

    def __init__(
        self,
        context: GuiContext,
        household_id: int,
        before: str,
        after: str,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("CheckOff", "Notitie aangepast"))
        self._context = context
        self._household_id = household_id
        self._before = before
        self._after = after
        self._on_change = on_change

    def redo(self) -> None:
        set_note(self._context.db, self._household_id, self._after)
        self._on_change(self._household_id)

    def undo(self) -> None:
        set_note(self._context.db, self._household_id, self._before)
        self._on_change(self._household_id)


class CheckOffBar(QWidget):
    """Connector, date and note for the next check-off, and the six outcome buttons."""

    outcomeChosen = Signal(object)  # Outcome

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._remembered: tuple[str, str] | None = None
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        rows.addLayout(layout)
        keys = QHBoxLayout()
        keys.setSpacing(4)
        rows.addLayout(keys)
        layout.addWidget(QLabel(self.tr("Verbinder:")))
        self.visitor = QComboBox()
        self.visitor.setEditable(True)
        self.visitor.setMinimumContentsLength(14)
        self.visitor.setToolTip(self.tr("Wie ging langs de deur (de vorige blijft staan)"))
        layout.addWidget(self.visitor)
        layout.addWidget(QLabel(self.tr("Datum:")))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        layout.addWidget(self.date)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Notitie bij het volgende bezoek (N)"))
        self.note.setClearButtonEnabled(True)
        layout.addWidget(self.note, 1)
        self.buttons: dict[Outcome, QToolButton] = {}
        for outcome in Outcome:
            button = QToolButton()
            button.setText(f"{outcome.key} {outcome_text(outcome)}")
            button.setToolTip(
                self.tr("Toets %1: %2")
                .replace("%1", str(outcome.key))
                .replace("%2", outcome_text(outcome))
            )
            colour = status_colour(Status(outcome.value)).name()
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid #b8b8b8; border-left: 7px solid {colour};"
                " border-radius: 3px; padding: 4px 3px; background: #fafafa; }"
                "QToolButton:hover { background: #eef3f8; }"
                "QToolButton:pressed { background: #dde6ef; }"
            )
            button.clicked.connect(lambda _=False, o=outcome: self.outcomeChosen.emit(o))
            keys.addWidget(button, 1)
            self.buttons[outcome] = button
        self.reload()

    def reload(self) -> None:
        """Fill the connectors and restore the last used connector and date."""
        db = self._context.db
        current = self.visitor.currentText()
        self.visitor.blockSignals(True)
        self.visitor.clear()
        members = list_members(db)
        connectors = [m.name for m in members if Role.CONNECTOR in m.roles] or [
            m.name for m in members
        ]
        self.visitor.addItems(connectors)
        last = current or get_setting(db, "last_visitor") or (connectors[0] if connectors else "")
        self.visitor.setCurrentText(last)
        self.visitor.blockSignals(False)
        last_date = get_setting(db, "last_visit_date")
        try:
            day = date.fromisoformat(last_date) if last_date else date.today()
        except ValueError:
            day = date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))

    def visit_date(self) -> date:
        qd = self.date.date()
        return date(qd.year(), qd.month(), qd.day())

    def take_note(self) -> str:
        text = self.note.text().strip()
        self.note.clear()
        return text

    def remember(self) -> None:
        """The connector and date become the default for the next door (and next session);
        written only when they change, so a check-off costs one commit, not three."""
        wanted = (self.visitor.currentText().strip(), self.visit_date().isoformat())
        if wanted != self._remembered:
            set_setting(self._context.db, "last_visitor", wanted[0])
            set_setting(self._context.db, "last_visit_date", wanted[1])
            self._remembered = wanted
