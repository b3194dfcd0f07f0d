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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.outcomes import Outcome
from ..domain.walklist import parse_row_entry

__all__ = ["ReentryBar", "parse_row_entry"]


class _EntryLine(QLineEdit):
    """A field of the bar: Escape leaves re-entry; Ctrl+Z and Ctrl+Shift+Z are left to the
    window: they undo the last recorded visit, as everywhere else, not the typing in this field
    (which Enter has already cleared)."""

    escaped = Signal()

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
        super().keyPressEvent(event)

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
        line.addWidget(QLabel(self.tr("Rij en uitkomst:")))
        self.entry = _EntryLine()
        self.entry.setPlaceholderText(self.tr("bijv. 12 3 (rij 12: geïnteresseerd), dan Enter"))
        self.entry.fit_placeholder()
        self.entry.returnPressed.connect(self._return_pressed)
        self.entry.escaped.connect(self.leaveRequested)
        line.addWidget(self.entry, 1)
        rows.addLayout(line)
        return page

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

    def _return_pressed(self) -> None:
        parsed = parse_row_entry(self.entry.text())
        if parsed is None:
            self.refuse(self.tr("Typ een rijnummer en een uitkomst 1-6, bijv. 12 3"))
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
        self.feedback.setStyleSheet("color: #b00020;" if error else "color: #006644;")
