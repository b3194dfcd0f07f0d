"""The undoable changes of the street list, for the context's QUndoStack (Ctrl+Z, Ctrl+Shift+Z):
a check-off, a household's note, streets given to a connector.

Undo never deletes a visit: it marks it retracted (the history keeps it) and redo restores it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.outcomes import Outcome
from ..errors import Coded
from ..ops import undo as undo_ops
from ..store.db import StoreError, database_error
from ..store.households import set_do_not_visit, set_note
from ..store.projects import create_project
from ..store.street_list import household_row
from ..store.team import assign_streets, streets_of, unassign_streets
from ..store.visits import record_visit, restore_visit, retract_visit
from .context import GuiContext
from .texts import outcome_text


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

    @property
    def was_do_not_visit(self) -> bool:
        """The household was marked "niet aanbellen" before this visit."""
        return bool(self._was_do_not_visit and self._was_do_not_visit[0])

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
            except sqlite3.Error as exc:  # locked, disk full, read-only: nothing was written
                self.error = database_error(exc)
                self.setObsolete(True)
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


class AssignStreetsCommand(QUndoCommand):
    """Streets given to (or taken from) a connector. Undo restores exactly the assignments that
    were there: a street that already was the connector's stays so."""

    def __init__(
        self,
        context: GuiContext,
        member_id: int,
        street_ids: Sequence[int],
        assign: bool,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CheckOff", "Straten toegewezen")
            if assign
            else QCoreApplication.translate("CheckOff", "Toewijzing weggehaald")
        )
        self._context = context
        self._member_id = member_id
        self._assign = assign
        had = set(streets_of(context.db, member_id))
        # only the streets whose assignment really changes
        self._changed = [s for s in street_ids if (s in had) != assign]
        self._on_change = on_change

    def redo(self) -> None:
        if self._assign:
            assign_streets(self._context.db, self._member_id, self._changed)
        else:
            unassign_streets(self._context.db, self._member_id, self._changed)
        self._on_change()

    def undo(self) -> None:
        if self._assign:
            unassign_streets(self._context.db, self._member_id, self._changed)
        else:
            assign_streets(self._context.db, self._member_id, self._changed)
        self._on_change()


class CallbackCommand(QUndoCommand):
    """An undoable step made of two callables (the first ``redo`` runs when it is pushed)."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class OperationCommand(QUndoCommand):
    """A step the window made through an undoable operation (ops/): the operation has already
    run and recorded entry ``entry_id`` of the undo history; Ctrl+Z and Ctrl+Shift+Z undo and
    redo that entry through ops/undo.py, each in one transaction. An error (the file is locked,
    the step was undone on the command line meanwhile) goes to ``on_error``."""

    def __init__(
        self,
        context: GuiContext,
        text: str,
        entry_id: int,
        on_change: Callable[[], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self.entry_id = entry_id
        self._on_change = on_change
        self._on_error = on_error
        self._pushed = False

    def _run(self, step: Callable[..., object]) -> None:
        try:
            step(self._context.db, self.entry_id)
        except (Coded, sqlite3.Error) as exc:
            if self._on_error is not None:
                self._on_error(exc)
            return
        self._on_change()

    def redo(self) -> None:
        if not self._pushed:  # the operation itself did the first "redo"
            self._pushed = True
            return
        self._run(undo_ops.redo)

    def undo(self) -> None:
        self._run(undo_ops.undo)
