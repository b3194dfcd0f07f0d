"""The check-off bar above the household table: the connector, the date, a note for the next
visit and one button per outcome (keys 1-6). The visit itself is recorded by
ops.visits.record_visit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.outcomes import Outcome
from ..domain.team import Role
from ..store.db import get_setting, set_setting
from ..store.team import list_members
from .answer_keys import AnswerKeys
from .context import GuiContext
from .texts import outcome_text


class CheckOffBar(QWidget):
    """Connector, date and note for the next check-off, and the six outcome buttons."""

    outcomeChosen = Signal(object)  # Outcome

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._remembered: tuple[str, str] | None = None
        self._before_fixed: str | None = None  # the box's text while re-entry fixes the visitor
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        rows.addLayout(layout)
        # the note: beside the connector and date when there is room, else on a line of its own
        self._note_row = QHBoxLayout()
        rows.addLayout(self._note_row)
        # the six outcome buttons: one row of six, or two of three, or three of two, whatever
        # shows each text whole (a squeezed button said "1 …is")
        self._keys = QGridLayout()
        self._keys.setSpacing(4)
        rows.addLayout(self._keys)
        # the door questions: a letter each, pressed before the outcome key
        self.answer_keys = AnswerKeys(context)
        rows.addWidget(self.answer_keys)
        self._top = layout
        self._columns = 0
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
        # no visits in the future: the latest visit gives the status, so a typo like 2062 would
        # hide every real one (the store refuses them too)
        self.date.setMaximumDate(QDate.currentDate())
        layout.addWidget(self.date)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Notitie bij het volgende bezoek (N)"))
        self.note.setClearButtonEnabled(True)
        self.note.setMinimumWidth(160)
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
            # a bar in the outcome's colour on the left: buurtdesk.qss
            button.setObjectName("outcomeButton")
            button.setProperty("outcome", outcome.value)
            button.clicked.connect(lambda _=False, o=outcome: self.outcomeChosen.emit(o))
            button.setMinimumWidth(1)  # fit_width() gives each button room for its whole text
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons[outcome] = button
        self._arrange(6)
        self.reload()

    def _arrange(self, columns: int) -> None:
        """The outcome buttons in ``columns`` columns, in key order."""
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons.values():
            self._keys.removeWidget(button)
        for column in range(6):
            self._keys.setColumnStretch(column, 1 if column < columns else 0)
        for i, button in enumerate(self.buttons.values()):
            self._keys.addWidget(button, i // columns, i % columns)

    def _place_note(self, beside: bool) -> None:
        target = self._top if beside else self._note_row
        if target.indexOf(self.note) >= 0:
            return
        (self._note_row if beside else self._top).removeWidget(self.note)
        target.addWidget(self.note, 1)

    def fit_width(self, width: int) -> None:
        """Lay the bar out for ``width`` pixels: every text whole, no field a stub."""
        spacing = self._keys.horizontalSpacing()
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        for columns in (6, 3, 2):
            if columns * widest + (columns - 1) * spacing <= width:
                break
        self._arrange(columns)
        top = sum(
            item.widget().sizeHint().width()
            for i in range(self._top.count())
            if (item := self._top.itemAt(i)) is not None
            and item.widget() is not None
            and item.widget() is not self.note
        )
        top += self._top.spacing() * self._top.count()
        self._place_note(top + self.note.minimumWidth() <= width)

    def minimumSizeHint(self) -> QSize:
        # two columns of buttons are the narrowest the bar gets
        hint = super().minimumSizeHint()
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        return QSize(2 * widest + self._keys.horizontalSpacing(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_width(event.size().width())
        super().resizeEvent(event)

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

    def set_fixed_visitor(self, name: str | None) -> None:
        """Re-entry: the visitor is the connector of the paper list (``name``; "" while it is
        still asked), shown in the box and not editable; None gives the box back as it was."""
        if name is not None:
            if self._before_fixed is None:
                self._before_fixed = self.visitor.currentText()
            self.visitor.setCurrentText(name)
            self.visitor.setEnabled(False)
        elif self._before_fixed is not None:
            self.visitor.setCurrentText(self._before_fixed)
            self._before_fixed = None
            self.visitor.setEnabled(True)

    def remember(self) -> None:
        """The connector and date become the default for the next door (and next session);
        written only when they change, so a check-off costs one commit, not three. A visitor
        fixed by re-entry is the paper's, not a default."""
        if self._before_fixed is not None:
            return
        wanted = (self.visitor.currentText().strip(), self.visit_date().isoformat())
        if wanted != self._remembered:
            set_setting(self._context.db, "last_visitor", wanted[0])
            set_setting(self._context.db, "last_visit_date", wanted[1])
            self._remembered = wanted
