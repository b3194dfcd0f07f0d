"""The window's view of the undo history (Ctrl+Z, Ctrl+Shift+Z): each step on the context's
QUndoStack is an entry of the history below the window (ops/undo.py), undone and redone there,
each in one transaction; the command line's ``undo`` and ``redo`` use the same history.

Undo never deletes a visit: it adds an "undo" event (the history keeps the visit).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel

from ..errors import Coded
from ..ops import undo as undo_ops
from .context import GuiContext
from .style import set_tone
from .texts import error_text


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


class UndoablePanel:
    """For a page or panel with ``context``, ``refresh()``, a ``changed`` signal and a ``message``
    label (the ideas page, the door questions): push the undo step of an operation that has run,
    show what changed, and say what went wrong, in that label."""

    context: GuiContext
    message: QLabel

    def _push(self, label: str, entry_id: int) -> None:
        self.context.undo_stack.push(
            OperationCommand(self.context, label, entry_id, self._changed, self._undo_failed)
        )
        self._changed()

    def _changed(self) -> None:
        self.refresh()  # type: ignore[attr-defined]  (the page's own)
        self.changed.emit()  # type: ignore[attr-defined]  (the page's own signal)

    def _undo_failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        set_tone(self.message, "error" if error else "ok")


class VisitCommand(OperationCommand):
    """A check-off on the undo stack; undo and redo select its door."""

    def __init__(
        self,
        context: GuiContext,
        text: str,
        entry_id: int,
        household_id: int,
        on_change: Callable[[], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(context, text, entry_id, on_change, on_error)
        self.household_id = household_id
