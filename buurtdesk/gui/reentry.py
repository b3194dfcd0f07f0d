"""Re-entry from a printed walk list, the bar above the table.

It starts by asking for the list code printed at the top right of every page (``LL-1128-293A``),
or for the list on screen (the streets or connector chosen as on the paper). Then it shows, large,
whose list it is, and takes the rows as they stand on the paper: the row number and the outcome
key (``12 3``, then Enter), optionally followed by a note (``12 3 komt dinsdag terug``). A list
printed for streets rather than for a connector first asks who walked it. Escape leaves re-entry.

The bar is the view; what a code or a row does is in :mod:`buurtdesk.gui.reentry_mode`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.outcomes import Outcome
from ..domain.walklist import outcome_for_key, parse_row_entry, parse_row_jump
from .style import set_tone
from .texts import outcome_text

__all__ = ["ReentryBar", "parse_row_entry"]


class _EntryLine(QLineEdit):
    """A field of the bar: Escape leaves re-entry; Ctrl+Z and Ctrl+Shift+Z are left to the
    window: they undo the last recorded visit, as everywhere else, not the typing in this field
    (which Enter has already cleared).

    With ``instant`` on, a key typed into the empty field acts at once: a digit is an outcome
    key, Space skips the row, the arrow keys move between rows. Anything else is typed as text
    (``r12``, ``r12 3 note``) and acts on Enter; Enter in the empty field skips the row too."""

    escaped = Signal()
    digit = Signal(int)
    step = Signal(int)  # +1 the next row, -1 the previous one
    letter = Signal(str)  # a door question's letter (not r: that starts a row number)
    instant = False
    letters: frozenset[str] = frozenset()  # the door questions' letters, acting at once

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        if self.instant and self._acts_at_once(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _empty(self) -> bool:
        """Nothing typed, or only what a refusal left selected (typing on replaces it)."""
        return not self.text() or self.selectedText() == self.text()

    def _acts_at_once(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step.emit(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if not self._empty():
            return False
        if len(text) == 1 and text.isdigit():
            self.clear()
            self.digit.emit(int(text))
            return True
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clear()
            self.step.emit(1)
            return True
        if len(text) == 1 and text.isalpha() and text.casefold() in self.letters:
            self.clear()
            self.letter.emit(text)
            return True
        return False

    def fit_placeholder(self) -> None:
        """Wide enough for its example from the start."""
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.horizontalAdvance(self.placeholderText()) + 24)


class _WalkerBox(QComboBox):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ReentryBar(QWidget):
    codeEntered = Signal(str)  # the code as typed
    screenListChosen = Signal()  # the list on screen, without a code
    walkerChosen = Signal(str)  # who walked a list printed for streets
    entered = Signal(int, object, str)  # row number (1-based), Outcome, note
    keyed = Signal(object)  # an outcome key for the row re-entry stands on
    lettered = Signal(str)  # a door question's letter, before the outcome key
    stepped = Signal(int)  # +1 / -1: the next or previous row
    jumped = Signal(int)  # row number (1-based)
    otherListRequested = Signal()
    leaveRequested = Signal()

    CODE_PAGE, ROWS_PAGE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reentryBar")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_code_page())
        self.pages.addWidget(self._build_rows_page())
        outer.addWidget(self.pages)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        outer.addWidget(self.feedback)

    def _build_code_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Lijstcode (rechtsboven op de looplijst):")))
        self.code = _EntryLine()
        self.code.setPlaceholderText(self.tr("bijv. LL-1128-293A, dan Enter"))
        self.code.fit_placeholder()
        self.code.returnPressed.connect(lambda: self.codeEntered.emit(self.code.text()))
        self.code.escaped.connect(self.leaveRequested)
        layout.addWidget(self.code)
        self.screen_list = QPushButton(self.tr("Zonder code: de lijst op het scherm"))
        self.screen_list.setToolTip(
            self.tr("Kies links dezelfde straten of verbinder als op het papier")
        )
        self.screen_list.clicked.connect(self.screenListChosen)
        layout.addWidget(self.screen_list)
        layout.addStretch(1)
        return page

    def _build_rows_page(self) -> QWidget:
        page = QWidget()
        rows = QVBoxLayout(page)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("reentryTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title)
        head.addSpacing(16)
        self.current = QLabel()  # the row the next outcome key records
        self.current.setObjectName("reentryCurrent")
        font = self.current.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.current.setFont(font)
        # on a narrow screen the row is cut, never the window widened
        self.current.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head.addWidget(self.current, 1)
        self.walker_label = QLabel(self.tr("Wie liep deze lijst?"))
        head.addWidget(self.walker_label)
        self.walker = _WalkerBox()
        self.walker.setPlaceholderText(self.tr("kies de verbinder"))
        self.walker.setMinimumContentsLength(16)
        self.walker.activated.connect(lambda _i: self.walkerChosen.emit(self.walker.currentText()))
        self.walker.escaped.connect(self.leaveRequested)
        head.addWidget(self.walker)
        head.addStretch(1)
        self.other_list = QPushButton(self.tr("Andere lijst"))
        self.other_list.clicked.connect(self.otherListRequested)
        head.addWidget(self.other_list)
        rows.addLayout(head)
        line = QHBoxLayout()
        self.entry = _EntryLine()
        self.entry.instant = True
        self.entry.setPlaceholderText(
            self.tr("uitkomst 1-6 · spatie: overslaan · r12 Enter: naar rij 12")
        )
        self.entry.fit_placeholder()
        self.entry.returnPressed.connect(self._return_pressed)
        self.entry.escaped.connect(self.leaveRequested)
        self.entry.digit.connect(self._digit)
        self.entry.step.connect(self.stepped)
        self.entry.letter.connect(self.lettered)
        line.addWidget(self.entry, 1)
        rows.addLayout(line)
        keys = " · ".join(f"{o.key} {outcome_text(o)}" for o in Outcome)
        self.keys = QLabel(
            keys + " · " + self.tr("r12 3 tekst: rij 12 met een opmerking, dan Enter")
        )
        self.keys.setObjectName("reentryKeys")
        self.keys.setWordWrap(True)
        rows.addWidget(self.keys)
        return page

    def show_current(self, text: str) -> None:
        """Which row of the paper the next outcome key records (``Rij 4: Dorpsstraat 2``)."""
        self.current.setText(text)

    # --- the two steps ---------------------------------------------------------------------------

    def ask_code(self) -> None:
        self.pages.setCurrentIndex(self.CODE_PAGE)
        self.code.clear()
        self.say(
            self.tr("Typ de lijstcode van het papier: dan zijn de rijen precies die van de lijst."),
            error=False,
        )
        self.code.setFocus()

    def show_list(self, title: str, walkers: list[str] | None) -> None:
        """The rows step: ``title`` says whose list it is; ``walkers`` (for a list printed for
        streets) are the connectors to choose from before the first row."""
        self.pages.setCurrentIndex(self.ROWS_PAGE)
        self.title.setText(title)
        self.entry.clear()
        asking = walkers is not None
        self.walker_label.setVisible(asking)
        self.walker.setVisible(asking)
        self.entry.setEnabled(not asking)
        if asking:
            self.walker.clear()
            self.walker.addItems(walkers or [])
            self.walker.setCurrentIndex(-1)
            self.walker.setFocus()
        else:
            self.entry.setFocus()

    def walker_set(self, title: str) -> None:
        self.title.setText(title)
        self.walker_label.hide()
        self.walker.hide()
        self.entry.setEnabled(True)
        self.entry.setFocus()

    def asking_code(self) -> bool:
        return self.pages.currentIndex() == self.CODE_PAGE

    def _digit(self, key: int) -> None:
        try:
            outcome = outcome_for_key(key)
        except ValueError:
            self.refuse(
                self.tr("%1 is geen uitkomst: de vakjes zijn 1 tot 6").replace("%1", str(key))
            )
            return
        self.keyed.emit(outcome)

    def _return_pressed(self) -> None:
        text = self.entry.text()
        jump = parse_row_jump(text)
        if jump is not None:
            self.entry.clear()
            self.jumped.emit(jump)
            return
        parsed = parse_row_entry(text)
        if parsed is None:
            self.refuse(self.tr("Typ een uitkomst 1-6, of r, een rijnummer en een uitkomst: r12 3"))
            return
        row, outcome, note = parsed
        self.entered.emit(row, Outcome(outcome), note)

    def refuse(self, text: str) -> None:
        """Say what was wrong and select what was typed, so typing on replaces it."""
        self.say(text, error=True)
        field = self.code if self.asking_code() else self.entry
        field.selectAll()
        field.setFocus()

    def say(self, text: str, *, error: bool) -> None:
        self.feedback.setText(text)
        set_tone(self.feedback, "error" if error else "ok")
