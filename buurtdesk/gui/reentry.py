"""Re-entry from a printed walk list: type the row number and the outcome key (``12 3``, then
Enter) as they stand on the paper, optionally followed by a note (``12 3 komt dinsdag terug``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ..domain.outcomes import Outcome

_ENTRY = re.compile(r"^\s*(\d+)\s+([1-6])(?:\s+(.*))?$")


def parse_entry(text: str) -> tuple[int, Outcome, str] | None:
    """``"12 3 note"`` -> (12, Outcome.INTERESTED, "note"); None when it is not that form."""
    match = _ENTRY.match(text)
    if match is None:
        return None
    key = int(match.group(2))
    outcome = next(o for o in Outcome if o.key == key)
    return int(match.group(1)), outcome, match.group(3) or ""


class _EntryLine(QLineEdit):
    """The entry field leaves Ctrl+Z and Ctrl+Shift+Z to the window: they undo the last recorded
    visit, as everywhere else, not the typing in this field (which Enter has already cleared)."""

    def event(self, event: QEvent) -> bool:
        undo_keys = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in undo_keys)
        ):
            event.ignore()
            return False
        return super().event(event)


class ReentryBar(QWidget):
    entered = Signal(int, object, str)  # row number (1-based), Outcome, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Rij en uitkomst:")))
        self.entry = _EntryLine()
        self.entry.setPlaceholderText(self.tr("bijv. 12 3 (rij 12: geïnteresseerd), dan Enter"))
        self.entry.returnPressed.connect(self._return_pressed)
        layout.addWidget(self.entry, 1)
        self.feedback = QLabel()
        layout.addWidget(self.feedback, 2)

    def _return_pressed(self) -> None:
        parsed = parse_entry(self.entry.text())
        if parsed is None:
            self.say(self.tr("Typ een rijnummer en een uitkomst 1-6, bijv. 12 3"), error=True)
            return
        self.entered.emit(*parsed)

    def say(self, text: str, *, error: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet("color: #b00020;" if error else "color: #006644;")
