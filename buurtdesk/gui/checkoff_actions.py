"""Checking off doors on the street list: the keys of the household table (1-6 record an outcome,
N goes to the note, Enter to the next door) and what a check-off does (record, confirm at a door
that asked not to be visited, move on, say it, undo), apart from the page's layout and loading.

:class:`CheckOffActions` is a part of :class:`~buurtdesk.gui.street_page.StreetPage` (a mixin):
it uses the page's context, table, models, check-off bar and panel.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from ..domain.outcomes import Outcome
from ..errors import Coded
from ..ops.doors import set_note
from ..ops.visits import DoNotVisitDoor, RecordedVisits, record_visit
from ..store.street_list import street_summary
from .commands import OperationCommand, VisitCommand
from .privacy_dialogs import HouseholdDataDialog
from .style import set_tone
from .texts import error_text, outcome_text

_KEYS = {
    Qt.Key.Key_1: Outcome.NOT_HOME,
    Qt.Key.Key_2: Outcome.SPOKE,
    Qt.Key.Key_3: Outcome.INTERESTED,
    Qt.Key.Key_4: Outcome.TAKES_PART,
    Qt.Key.Key_5: Outcome.NOT_INTERESTED,
    Qt.Key.Key_6: Outcome.DO_NOT_VISIT,
}


class HouseholdView(QTableView):
    """The household table; keys 1-6 record an outcome, N goes to the note."""

    outcomeKey = Signal(object)
    noteKey = Signal()
    nextKey = Signal()
    letterKey = Signal(str)  # a door question's letter (the check-off bar says which)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        outcome = _KEYS.get(Qt.Key(event.key()))
        if outcome is not None and mods == Qt.KeyboardModifier.NoModifier:
            self.outcomeKey.emit(outcome)
            event.accept()
            return
        if event.key() == Qt.Key.Key_N and mods == Qt.KeyboardModifier.NoModifier:
            self.noteKey.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.nextKey.emit()  # on to the next door without recording anything
            event.accept()
            return
        text = event.text()
        if mods == Qt.KeyboardModifier.NoModifier and len(text) == 1 and text.isalpha():
            self.letterKey.emit(text)  # a question's letter, not a jump to a row
            event.accept()
            return
        super().keyPressEvent(event)


class CheckOffActions:
    """Check-off on the street page (see the module docstring)."""

    context: Any
    households: Any
    streets: Any
    table: Any
    checkoff: Any
    panel: Any
    last_action: Any
    _checking_off: bool
    _own_change: bool
    _said_at: int
    _stack_index: int  # the undo stack's index when _undo_moved last saw it
    household_data_dialog: HouseholdDataDialog | None = None  # open "Gegevens…" dialog

    def check_off(self, outcome: Outcome, *, visitor: str | None = None) -> bool:
        """Record the outcome for the selected household and move to the next door; True when
        it was saved. ``visitor`` (re-entry: the connector of the paper list) overrides the
        check-off bar's connector."""
        household_id = self.selected_household_id()
        if household_id is None:
            return False
        row = self.households.row_of(household_id)
        item = self.households.household(row)
        if item is None:
            return False
        if visitor is None:
            visitor = self.checkoff.visitor.currentText().strip()
        note = self.checkoff.note.text().strip()
        label = (
            QCoreApplication.translate("CheckOff", "%1: %2")
            .replace("%1", item.address)
            .replace("%2", outcome_text(outcome))
        )
        force = False
        if item.do_not_visit and outcome is not Outcome.DO_NOT_VISIT:
            if not confirm_do_not_visit_door(self, item.address, outcome):
                return self._not_saved(item.address)
            force = True
        self.checkoff.take_note()
        answers = self.checkoff.answer_keys.take()
        if answers:
            label += " (" + ", ".join(f"{k}: {v}" for k, v in answers.items()) + ")"

        def record(force: bool) -> RecordedVisits:
            return record_visit(
                self.context.db,
                household_id=household_id,
                outcome=outcome,
                visit_date=self.checkoff.visit_date(),
                visitor=visitor or "",
                note=note,
                project_id=self.context.project_id,
                new_project_title=QCoreApplication.translate("CheckOff", "Buurtproject"),
                force=force,
                label=label,
                answers=answers,
            )

        try:
            try:
                done = record(force)
            except DoNotVisitDoor:  # marked meanwhile, on another laptop or in another program
                if not confirm_do_not_visit_door(self, item.address, outcome):
                    self.checkoff.note.setText(note)
                    self.checkoff.answer_keys.give_back(answers)
                    return self._not_saved(item.address)
                done = record(True)
        except (Coded, sqlite3.Error) as exc:  # a note that is too long, a locked file: nothing
            self.checkoff.note.setText(note)  # was written; correct it and press again
            self.checkoff.answer_keys.give_back(answers)
            self._say(error_text(exc), error=True)
            return False
        if done.project_created:
            self.context.reload_project()
        visit = done.visits[0]
        self._checking_off = True  # the history follows the selection to the next door
        try:
            self.context.undo_stack.push(
                VisitCommand(
                    self.context,
                    label,
                    done.entry_id,
                    household_id,
                    lambda: self._visit_changed(household_id),
                    self._undo_failed,
                )
            )
            self._visit_changed(household_id)
        finally:
            self._checking_off = False
        self.checkoff.remember()
        if visit.was_do_not_visit and outcome is not Outcome.DO_NOT_VISIT:
            # Saved (a visit is never refused), but the resident asked not to be visited.
            self._say(
                QCoreApplication.translate(
                    "StreetPage",
                    "%1: %2 opgeslagen. Let op: dit adres staat op niet aanbellen; de "
                    "markering blijft (Ctrl+Z maakt ongedaan)",
                )
                .replace("%1", item.address)
                .replace("%2", outcome_text(outcome)),
                error=True,
            )
        else:
            self._say(
                QCoreApplication.translate(
                    "StreetPage", "%1: %2 opgeslagen · Ctrl+Z maakt ongedaan"
                )
                .replace("%1", item.address)
                .replace("%2", outcome_text(outcome)),
                error=False,
            )
        self.next_door(row)
        if visit.door_card:
            self.panel.show_door_card(
                QCoreApplication.translate(
                    "StreetPage", "%1 was twee keer niet thuis: laat een deurkaart achter."
                ).replace("%1", item.address)
            )
        self.table.setFocus()
        return True

    def _not_saved(self, address: str) -> bool:
        self._say(
            QCoreApplication.translate(
                "StreetPage", "Niet opgeslagen: %1 staat op niet aanbellen"
            ).replace("%1", address),
            error=True,
        )
        return False

    def _undo_failed(self, exc: BaseException) -> None:
        """Ctrl+Z or Ctrl+Shift+Z could not be done (the file is locked, or the step was undone
        on the command line meanwhile): say so; the list shows the file as it is."""
        self._say(error_text(exc), error=True)

    def next_door(self, after: int | None = None) -> None:
        """Select the next door in walking order, passing households that do not want visits
        (they are not on the walk list either)."""
        if after is None:
            current = self.table.currentIndex()
            after = current.row() if current.isValid() else -1
        total = self.households.rowCount()
        for row in range(after + 1, min(total, after + 200)):
            item = self.households.household(row)
            if item is not None and not item.do_not_visit:
                self.select_row(row)
                return
        if after + 1 < total:
            self.select_row(after + 1)

    def _visit_changed(self, household_id: int) -> None:
        """After a check-off, its undo or its redo: the row, the street's counts, the history."""
        self.households.refresh_household(household_id)
        item = self.households.household(self.households.row_of(household_id))
        if item is not None:
            summary = street_summary(self.context.db, self.context.project_id, item.street_id)
            if summary is not None:
                self.streets.update_street(summary)
        if self.selected_household_id() == household_id and not self._checking_off:
            self._show_history(household_id)
        self._update_summary()
        self._own_change = True
        self.context.visitsChanged.emit()
        self._own_change = False

    def show_household_data(self) -> HouseholdDataDialog | None:
        """What is kept about the selected household (AVG art. 15), with "Wissen op verzoek"."""
        household_id = self.selected_household_id()
        item = self.households.household(self.households.row_of(household_id or 0))
        if household_id is None or item is None:
            return None
        dialog = HouseholdDataDialog(self.context, household_id, item.address, self.table)
        self.household_data_dialog = dialog

        def closed() -> None:
            if dialog.erased:
                self._visit_changed(household_id)
                self._note_changed(household_id)
            self.household_data_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def save_household_note(self) -> None:
        household_id = self.selected_household_id()
        if household_id is None:
            return
        item = self.households.household(self.households.row_of(household_id))
        text = self.panel.note.text().strip()
        if item is None or text == item.note:
            return
        label = QCoreApplication.translate("CheckOff", "Notitie aangepast")
        try:
            entry_id = set_note(self.context.db, household_id, text, label=label)
        except (Coded, sqlite3.Error) as exc:
            self._undo_failed(exc)
            return
        if entry_id is not None:
            self.context.undo_stack.push(
                OperationCommand(
                    self.context,
                    label,
                    entry_id,
                    lambda: self._note_changed(household_id),
                    self._undo_failed,
                )
            )
            self._note_changed(household_id)
        self.table.setFocus()

    def _note_changed(self, household_id: int) -> None:
        self.households.refresh_household(household_id)
        if self.selected_household_id() == household_id:
            self._show_history(household_id)
        self._own_change = True
        self.context.householdsChanged.emit()
        self._own_change = False

    def _say(self, text: str, *, error: bool) -> None:
        self.last_action.setText(text)
        self.last_action.setToolTip(text)
        set_tone(self.last_action, "error" if error else "ok")
        self._said_at = self.context.undo_stack.index()

    def _undo_moved(self, index: int) -> None:
        """Keep the line under the list true: "saved" must not stay up after Ctrl+Z. Undo and
        redo each say what they did and select the door they changed, so that the next key
        goes to that door."""
        stack = self.context.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack's last word as it is destroyed (window closing): nothing to say
        before, self._stack_index = self._stack_index, index
        redone = None
        if index > before:
            command = stack.command(index - 1)
            if command is not None and getattr(command, "done_once", False):
                redone = command  # done before, undone, and now again: a redo
            elif command is not None:
                command.done_once = True  # type: ignore[attr-defined]  # pushed just now
        if self.context.closed or self._checking_off or index == self._said_at:
            return
        if index < before:
            text = QCoreApplication.translate("StreetPage", "Ongedaan gemaakt: %1").replace(
                "%1", stack.redoText()
            )
            self._say(text, error=False)
            self._select_door_of(stack.command(index))
        elif redone is not None:
            text = QCoreApplication.translate("StreetPage", "Opnieuw gedaan: %1").replace(
                "%1", stack.undoText()
            )
            self._say(text, error=False)
            self._select_door_of(redone)
        else:
            self.last_action.clear()
            self._said_at = index

    def _select_door_of(self, command: object) -> None:
        household_id = getattr(command, "household_id", None)
        if isinstance(household_id, int):
            self.select_household(household_id)


def confirm_do_not_visit_door(parent: QWidget, address: str, outcome: Outcome) -> bool:
    """A door that asked not to be visited is never reopened by a typo: ask, default No."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CheckOff", "Niet aanbellen"),
        QCoreApplication.translate(
            "CheckOff",
            "%1 staat op niet aanbellen. Toch een bezoek vastleggen als \u201c%2\u201d?\n\n"
            "Kies Nee bij een typfout.",
        )
        .replace("%1", address)
        .replace("%2", outcome_text(outcome)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
