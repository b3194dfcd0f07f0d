"""The progress page: how far the project is from its participation goal.

The figures come from :func:`buurtdesk.store.progress.project_progress`, the same function behind
``buurtdesk progress``; it runs on the database worker so that a city-sized file never stalls the
window. The page shows the headline figures, a bar that separates initiators from what the door
rounds brought, a week-by-week chart drawn with QPainter, and tables per street and per connector.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import Progress, pct
from ..domain.questions import QuestionFigures
from ..ops.questions import figures as question_figures
from ..store.progress import project_progress
from ..store.projects import Project
from .context import GuiContext
from .exchange_dialogs import last_exchange_words
from .plan_refresh import LazyRefresh
from .progress_chart import GOAL, INITIATORS, TAKES_PART, TEXT, WeeklyChart, _num
from .progress_dialogs import InitiatorsDialog
from .progress_table import TallyTableModel, tally_table
from .questions_table import QuestionsTable
from .texts import error_text

TABLE_MIN_HEIGHT = 170  # a heading and about five rows
SIDE_BY_SIDE_WIDTH = 1100  # narrower: the two tables one below the other


class Tile(QFrame):
    def __init__(self, caption: str, kind: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setProperty("tile", kind)  # the colour of its top edge (the stylesheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        self.caption.setProperty("tone", "muted")
        self.value = QLabel("–")
        self.value.setProperty("heading", "figure")
        self.detail = QLabel()
        self.detail.setProperty("tone", "muted")
        self.detail.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class GoalBar(QWidget):
    """One bar for all households: initiators, then door-round participants, to the goal mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: Progress | None = None
        self.setMinimumHeight(50)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_progress(self, progress: Progress | None) -> None:
        self.progress = progress
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(1, 6, self.width() - 2, 22)
        painter.setPen(QPen(QColor("#c8c8c8")))
        painter.setBrush(QColor("#f1f1f1"))
        painter.drawRoundedRect(bar, 4, 4)
        p = self.progress
        if p is None or p.total.households == 0:
            return
        whole = p.total.households
        x = bar.left()
        font = painter.font()
        font.setPointSizeF(8.5)
        painter.setFont(font)
        parts = (
            (p.total.initiators, INITIATORS, self.tr("initiatiefnemers %1")),
            (p.from_doors, TAKES_PART, self.tr("via de deurrondes %1")),
        )
        for count, colour, _label in parts:
            width = bar.width() * count / whole
            segment = QRectF(x, bar.top(), width, bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(segment)
            x += width
        # Legend under the left end of the bar.
        x = bar.left()
        for count, colour, label in parts:
            text = label.replace("%1", _num(count))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, bar.bottom() + 7, 10, 10))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + 14, bar.bottom() + 16), text)
            x += 14 + painter.fontMetrics().horizontalAdvance(text) + 16
        goal_x = bar.left() + bar.width() * p.goal_pct / 100
        painter.setPen(QPen(GOAL, 3))
        painter.drawLine(QPointF(goal_x, bar.top() - 5), QPointF(goal_x, bar.bottom() + 5))
        painter.setPen(TEXT)
        label = self.tr("doel %1 %").replace("%1", str(p.goal_pct))
        width = painter.fontMetrics().horizontalAdvance(label)
        painter.drawText(
            QPointF(min(goal_x - width / 2, self.width() - width - 2), bar.bottom() + 16), label
        )


class ProgressPage(QWidget):
    figuresReady = Signal(object)  # the Progress shown, or None

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.progress: Progress | None = None
        self._generation = 0
        self._filling = 0  # the tables being filled in turns (see show_progress); newer wins
        self.title = QLabel(self.tr("Voortgang"))
        self.title.setProperty("heading", "page")
        self.initiators_button = QPushButton(self.tr("Initiatiefnemers…"))
        self.initiators_button.clicked.connect(self.edit_initiators)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.initiators_button)
        self.subtitle = QLabel()
        self.subtitle.setProperty("tone", "muted")
        self.exchanged = QLabel()  # how fresh the figures of the other laptops are
        self.exchanged.setObjectName("lastExchange")
        self.exchanged.setWordWrap(True)
        self.exchanged.setProperty("tone", "muted")
        self.tiles = {
            "visited": Tile(self.tr("Bezocht"), "visited"),
            "interested": Tile(self.tr("Geïnteresseerd"), "interested"),
            "takes_part": Tile(self.tr("Doet mee"), "takes_part"),
            "needed": Tile(self.tr("Nog nodig voor het doel"), "needed"),
            "pace": Tile(self.tr("Tempo nodig"), "pace"),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        self.goal_bar = GoalBar()
        self.explain = QLabel()
        self.explain.setObjectName("progressExplain")
        self.explain.setWordWrap(True)
        self.chart = WeeklyChart()
        self.streets = TallyTableModel(self.tr("Straat"), self)
        # A connector's households are the doors of the streets assigned to them; a shared
        # street is the joint row of its connectors, the streets nobody has the last row.
        self.connectors = TallyTableModel(
            self.tr("Verbinder"), self, nobody=self.tr("(straten zonder verbinder)")
        )
        self.street_view = tally_table(self.streets)
        self.connector_view = tally_table(self.connectors)
        # Room for the names and what counts per connector: doors, visited, taking part.
        for column in (TallyTableModel.COL_VISITED_PCT, TallyTableModel.COL_INTERESTED):
            self.connector_view.setColumnHidden(column, True)
        # side by side on a wide screen, one below the other on a small one (see resizeEvent)
        self._tables = QGridLayout()
        self._table_parts = (
            (self._heading(self.tr("Per straat")), self.street_view),
            (self._heading(self.tr("Per verbinder")), self.connector_view),
        )
        for view in (self.street_view, self.connector_view):
            view.setMinimumHeight(TABLE_MIN_HEIGHT)
        self._side_by_side: bool | None = None
        self._arrange_tables(side_by_side=True)

        # Everything in a scroll area: on a low screen (1024×600) the page scrolls rather than
        # squeezing the chart under its headings.
        content = QWidget()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addLayout(heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.exchanged)
        layout.addLayout(tiles)
        layout.addWidget(self.goal_bar)
        layout.addWidget(self.explain)
        layout.addWidget(self._heading(self.tr("Week voor week")))
        layout.addWidget(self.chart, 2)
        layout.addLayout(self._tables, 2)
        self.questions = QuestionsTable(context)  # the door questions' answers
        layout.addWidget(self.questions)
        # Visits come at typing speed: one computation after a pause, and none while hidden.
        self.lazy = LazyRefresh(self, self.refresh)
        for signal in (context.visitsChanged, context.householdsChanged, context.teamChanged):
            signal.connect(self.lazy.request)
        context.projectChanged.connect(self.refresh)
        self.refresh()

    def _arrange_tables(self, *, side_by_side: bool) -> None:
        if side_by_side == self._side_by_side:
            return
        self._side_by_side = side_by_side
        grid = self._tables
        for heading, view in self._table_parts:
            grid.removeWidget(heading)
            grid.removeWidget(view)
        for i, (heading, view) in enumerate(self._table_parts):
            row, column = (0, i) if side_by_side else (2 * i, 0)
            grid.addWidget(heading, row, column)
            grid.addWidget(view, row + 1, column)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2 if side_by_side else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange_tables(side_by_side=event.size().width() >= SIDE_BY_SIDE_WIDTH)
        super().resizeEvent(event)

    def edit_initiators(self) -> None:
        project = self.context.project
        if project is None:
            return
        dialog = InitiatorsDialog(self.context, project, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def today(self) -> date:
        return date.today()

    def refresh(self) -> None:
        """Compute the figures on the worker; :attr:`figuresReady` fires when they are shown."""
        self.exchanged.setText(last_exchange_words(self.context.db))
        self.exchanged.setVisible(bool(self.exchanged.text()))
        project = self.context.project
        if project is None:
            self.questions.set_figures([])
            self.show_progress(None, None)
            return
        today = self.today()
        self._generation += 1
        generation = self._generation
        # worker.run calls back on the GUI thread (a lambda on the job's signal would not).
        self.context.worker.run(
            lambda db, _report: (
                project_progress(db, project, today),
                question_figures(db, project.id),  # the door questions' answers
            ),
            "voortgang",
            on_finished=lambda result: self._done(generation, project, *result),
            on_failed=lambda exc: self.subtitle.setText(error_text(exc)),
        )

    def _done(
        self, generation: int, project: Project, result: Progress, questions: list[QuestionFigures]
    ) -> None:
        if generation == self._generation:  # an older computation that finished late is ignored
            self.questions.set_figures(questions)
            self.show_progress(project, result)

    def show_progress(self, project: Project | None, p: Progress | None) -> None:
        """Show the figures: the headline now, the tables in the next turns of the event loop;
        :attr:`progress` and :attr:`figuresReady` follow when all of it is shown."""
        self.goal_bar.set_progress(p)
        self.chart.set_progress(p)
        self.initiators_button.setEnabled(project is not None)
        if project is None or p is None:
            self.subtitle.setText(self.tr("Nog geen project: begin er een op de pagina Plan."))
            self._filling += 1  # tables still being filled with older figures: no more
            self.progress = None
            self.streets.set_rows([])
            self.connectors.set_rows([])
            self.explain.setText("")
            self.figuresReady.emit(None)
            return
        t = p.total
        if p.current_week == 0:
            when = self.tr("begint op %1").replace("%1", project.start_date.strftime("%d-%m-%Y"))
        elif p.current_week > project.weeks:
            when = self.tr("afgelopen")
        else:
            when = (
                self.tr("week %1 van %2, nog %3 weken")
                .replace("%1", str(p.current_week))
                .replace("%2", str(project.weeks))
                .replace("%3", str(p.weeks_left))
            )
        self.subtitle.setText(
            f"{project.title} · {when} · "
            + self.tr("doel %1 % = %2 van %3 huishoudens")
            .replace("%1", str(project.goal_pct))
            .replace("%2", _num(p.goal))
            .replace("%3", _num(t.households))
        )
        share = self.tr("%1 % van alle huishoudens")
        self.tiles["visited"].set(
            _num(t.visited), share.replace("%1", _num(pct(t.visited, t.households)))
        )
        self.tiles["interested"].set(
            _num(t.interested), share.replace("%1", _num(pct(t.interested, t.households)))
        )
        self.tiles["takes_part"].set(
            _num(t.participants),
            self.tr("%1 %, incl. %2 initiatiefnemers")
            .replace("%1", _num(pct(t.participants, t.households)))
            .replace("%2", _num(t.initiators)),
        )
        if p.still_needed == 0:
            self.tiles["needed"].set("0", self.tr("Het doel is gehaald!"))
        else:
            self.tiles["needed"].set(
                _num(p.still_needed),
                self.tr("deelnemers om %1 % te halen").replace("%1", str(project.goal_pct)),
            )
        pace = p.pace_needed
        if p.still_needed == 0:
            self.tiles["pace"].set("–", self.tr("niets meer nodig"))
        elif pace is None:
            self.tiles["pace"].set("–", self.tr("het project is voorbij"))
        else:
            doors = p.doors_pace
            self.tiles["pace"].set(
                _num(round(pace, 1)),
                self.tr("deelnemers per week; %1 deuren per week").replace(
                    "%1", _num(round(doors or 0, 1))
                ),
            )
        self.explain.setText(
            self.tr(
                "Initiatiefnemers: %1 (%2 %). Daarmee moeten de deurrondes nog %3 van de %4 "
                "deelnemers van het doel brengen; ze brachten er tot nu toe %5."
            )
            .replace("%1", _num(t.initiators))
            .replace("%2", _num(pct(t.initiators, t.households)))
            .replace("%3", _num(p.doors_share_of_goal))
            .replace("%4", _num(p.goal))
            .replace("%5", _num(p.from_doors))
        )
        # The tables after the headline, each in a turn of its own of the event loop: a city's
        # street table (1,877 rows) is tens of milliseconds on the GUI thread by itself.
        self._filling += 1
        self._fill_tables(
            self._filling,
            p,
            [
                lambda: self.streets.set_rows(list(p.streets.items())),
                lambda: self.connectors.set_rows(list(p.connectors.items())),
            ],
        )

    def _fill_tables(self, turn: int, p: Progress, steps: list[Callable[[], None]]) -> None:
        if turn != self._filling:  # newer figures are being shown
            return
        if not steps:
            self.progress = p
            self.figuresReady.emit(p)
            return
        QTimer.singleShot(0, self, lambda: self._fill_step(turn, p, steps))

    def _fill_step(self, turn: int, p: Progress, steps: list[Callable[[], None]]) -> None:
        if turn == self._filling:
            steps.pop(0)()
            self._fill_tables(turn, p, steps)
