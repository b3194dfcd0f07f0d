"""The plan page: the project's step plan as a week-by-week timeline.

Weeks are columns (dates and ISO week numbers, the current week marked), each role has a lane,
tasks are cards (open, busy or done; milestones marked; overdue ones in red) that can be dragged to
another week or lane. Dropping on the lane names (before week 1) or on "Na afloop" is refused with
a message. Door rounds show the number of visits in their week. The bottom lane holds the
activities with the neighbours and their sign-ups.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QShowEvent,
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

from ..domain.plan import TaskKind, TaskStatus, week_labels, week_of, week_problem
from ..domain.progress import current_week
from ..domain.team import Role
from ..errors import Coded
from ..ops import plan as ops
from ..store.activities import list_activities
from ..store.closing import is_closed
from ..store.plan import get_task, list_tasks, visits_per_week
from ..store.projects import Project
from .closing_dialog import close_with_preview
from .commands import OperationCommand
from .context import GuiContext
from .plan_cards import (
    AFTER,
    COLUMN_WIDTH,
    LANE_WIDTH,
    ActivityCard,
    DropCell,
    LaneHeader,
    TaskCard,
    _short,
)
from .plan_cards import task_mime as task_mime  # where the tests and drags take it from
from .plan_dialogs import (
    ROLE_TITLES,
    ActivityDialog,
    NewProjectDialog,
    TaskDialog,
    tr,
)
from .plan_refresh import LazyRefresh
from .questions_panel import QuestionsPanel
from .texts import error_text


class PlanPage(QWidget):
    """The step plan week by week."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setProperty("heading", "page")
        self.subtitle = QLabel()
        self.subtitle.setProperty("tone", "muted")
        self.new_project_button = QPushButton(self.tr("Nieuw project…"))
        self.add_task_button = QPushButton(self.tr("Taak toevoegen…"))
        self.add_activity_button = QPushButton(self.tr("Activiteit toevoegen…"))
        self.close_project_button = QPushButton(self.tr("Afsluiten…"))
        self.close_project_button.setToolTip(
            self.tr(
                "Het project afsluiten als het voorbij is: de cijfers blijven, de gegevens per "
                "huishouden gaan weg"
            )
        )
        self.new_project_button.clicked.connect(self.new_project)
        self.close_project_button.clicked.connect(self.close_project)
        self.add_task_button.clicked.connect(lambda: self.add_task())
        self.add_activity_button.clicked.connect(lambda: self.add_activity())
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        for button in (
            self.add_task_button,
            self.add_activity_button,
            self.new_project_button,
            self.close_project_button,
        ):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._hide_message = QTimer(self)
        self._hide_message.setSingleShot(True)
        self._hide_message.timeout.connect(self.message.hide)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The lane names stay in view while the weeks scroll: they live in the viewport margin.
        self.lanes_area = QWidget(self.scroll)
        self.lanes_area.setObjectName("lanesArea")
        self.lanes: dict[Role | None, LaneHeader] = {}
        self.scroll.verticalScrollBar().valueChanged.connect(self._sync_lanes)
        self.scroll.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        self.questions = QuestionsPanel(context)  # the project's door questions
        layout.addWidget(self.questions)
        self.cards: dict[int, TaskCard] = {}
        self.cells: dict[tuple[int, Role | None], DropCell] = {}
        self._focus_week = 1
        context.planChanged.connect(self.reload)
        context.projectChanged.connect(self.reload)
        self.lazy = LazyRefresh(self, self.reload)  # door-round counts follow the visits
        context.visitsChanged.connect(self.lazy.request)
        context.teamChanged.connect(self.reload)
        self.reload()

    @property
    def project(self) -> Project | None:
        return self.context.project

    def today(self) -> date:
        return date.today()

    # --- building the timeline -----------------------------------------------------------------

    def reload(self) -> None:
        project = self.project
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        for lane in self.lanes.values():
            lane.deleteLater()
        self.lanes = {}
        self.cards = {}
        self.cells = {}
        self.scroll.setViewportMargins(0, 0, 0, 0)
        self.lanes_area.hide()
        for button in (self.add_task_button, self.add_activity_button):
            button.setEnabled(project is not None)
        self.close_project_button.setEnabled(
            project is not None and not is_closed(self.context.db, project.id)
        )
        if project is None:
            self.title.setText(self.tr("Nog geen project"))
            self.subtitle.setText(
                self.tr("Begin een project op een thema; het thema brengt zijn stappenplan mee.")
            )
            empty = QLabel(self.tr("Kies rechtsboven „Nieuw project…”."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scroll.setWidget(empty)
            return
        now = current_week(project.start_date, project.weeks, self.today())
        self.title.setText(project.title)
        labels = week_labels(project.start_date, project.weeks)
        end = labels[-1][2]
        if now == 0:
            when = self.tr("begint over %1 dagen").replace(
                "%1", str((project.start_date - self.today()).days)
            )
        elif now > project.weeks:
            when = self.tr("afgelopen")
        else:
            when = (
                self.tr("week %1 van %2").replace("%1", str(now)).replace("%2", str(project.weeks))
            )
        self.subtitle.setText(
            f"{_short(project.start_date)} {project.start_date.year} – {_short(end)} {end.year}"
            f" · {when} · " + self.tr("doel %1 % deelname").replace("%1", str(project.goal_pct))
        )
        self.scroll.setWidget(self._timeline(project, now))
        self.scroll.setViewportMargins(LANE_WIDTH, 0, 0, 0)
        self.lanes_area.show()
        self._sync_lanes()
        if 1 <= now <= project.weeks:
            # Show the current week, with a week of what went before where there is room.
            self._focus_week = max(1, now - 1)
            QTimer.singleShot(0, self.scroll_to_focus)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.scroll_to_focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            QTimer.singleShot(0, self._sync_lanes)
        return super().eventFilter(watched, event)

    def _sync_lanes(self) -> None:
        """Put each lane name level with its row of weeks."""
        if not self.lanes:
            return
        viewport = self.scroll.viewport().geometry()
        self.lanes_area.setGeometry(
            viewport.x() - LANE_WIDTH, viewport.y(), LANE_WIDTH, viewport.height()
        )
        dy = self.scroll.verticalScrollBar().value()
        for role, lane in self.lanes.items():
            cell = self.cells.get((1, role))
            if cell is not None:
                lane.setGeometry(0, cell.y() - dy, LANE_WIDTH, cell.height())

    def scroll_to_focus(self) -> None:
        """The week in focus in view, a week before it where there is room, and the first week
        shown whole: the view scrolls by whole weeks, never leaving a sliver of week 1 beside
        the role names (a wide screen that shows nearly all weeks does not scroll at all)."""
        if self.cells.get((self._focus_week, Role.EXPERT)) is None:
            return
        bar = self.scroll.horizontalScrollBar()
        width = self.scroll.viewport().width()
        right = self._focus_week * COLUMN_WIDTH  # the focus week's right edge
        value = 0
        for weeks_before in range(max(0, self._focus_week - 2), -1, -1):
            x = weeks_before * COLUMN_WIDTH
            if x <= bar.maximum():
                value = x
                break
        if right > value + width:  # too narrow for even that: just the focus week in view
            value = min(bar.maximum(), right - width)
        bar.setValue(value)

    def _timeline(self, project: Project, now: int) -> QWidget:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setSpacing(0)
        grid.setContentsMargins(0, 0, 0, 0)
        for week, first, last, iso in week_labels(project.start_date, project.weeks):
            header = QLabel(
                f"<b>{self.tr('Week %1').replace('%1', str(week))}</b><br>"
                f"{_short(first)} – {_short(last)}<br>"
                f"<span style='color:#666666'>{self.tr('ISO-week %1').replace('%1', str(iso))}"
                "</span>"
            )
            header.setObjectName(f"weekHeader{week}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setFixedWidth(COLUMN_WIDTH)
            if week == now:
                header.setText(header.text() + "<br><b style='color:#1a73e8'>"
                               + self.tr("deze week") + "</b>")  # fmt: skip
                header.setProperty("weekHeader", "now")
            else:
                header.setProperty("weekHeader", "week")
            grid.addWidget(header, 0, week)
        after = QLabel(self.tr("Na afloop"))
        after.setObjectName("afterEnd")
        after.setAlignment(Qt.AlignmentFlag.AlignCenter)
        after.setFixedWidth(80)
        grid.addWidget(after, 0, project.weeks + 1)

        visits = visits_per_week(self.context.db, project.id)
        lanes: list[Role | None] = [*Role, None]
        for row, role in enumerate(lanes, start=1):
            title = tr(ROLE_TITLES[role]) if role else self.tr("Activiteiten")
            lane = LaneHeader(self, role, title)
            lane.setParent(self.lanes_area)
            lane.show()
            self.lanes[role] = lane
            self.cells[(0, role)] = lane
            for week in range(1, project.weeks + 2):
                cell = DropCell(self, week, role, week == now)
                if week > project.weeks:
                    cell.setFixedWidth(80)
                    cell._background = AFTER
                    cell._paint(False)
                self.cells[(week, role)] = cell
                grid.addWidget(cell, row, week)

        grid.setRowStretch(len(lanes) + 1, 1)  # lanes as high as their cards, space below
        for task in list_tasks(self.context.db, project.id):
            overdue = task.status is not TaskStatus.DONE and 0 < task.week < now
            count = visits.get(task.week, 0) if task.kind is TaskKind.DOOR_ROUND else None
            card = TaskCard(self, task, count, overdue)
            self.cards[task.id] = card
            self.cells[(task.week, task.role)].add(card)
        for activity in list_activities(self.context.db, project.id):
            week = max(1, min(week_of(project.start_date, activity.date), project.weeks))
            self.cells[(week, None)].add(ActivityCard(self, activity))
        grid_widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        grid_widget.installEventFilter(self)
        return grid_widget

    # --- actions -------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._hide_message.start(8000)

    def move_task(self, task_id: int, week: int, role: Role | None = None) -> bool:
        """Move a task (undoably); a week outside the project is refused with a message."""
        project = self.project
        if project is None:
            return False
        task = get_task(self.context.db, task_id)
        problem = week_problem(week, project.weeks)
        if problem:
            self.show_message(
                self.tr("„%1” kan niet naar die plek: %2.")
                .replace("%1", task.title)
                .replace("%2", error_text(problem))
            )
            return False
        role = role or task.role
        if (week, role) == (task.week, task.role):
            return True
        self.message.hide()
        try:
            moved = ops.move_task(self.context.db, task_id, week, role)
        except Coded as exc:
            self.show_error(exc)
            return False
        self._done(self.tr("Taak naar week %1").replace("%1", str(week)), moved.entry_id)
        return True

    def _done(self, text: str, entry_id: int | None) -> None:
        """After an operation: show it, and make it undoable when it changed something."""
        self.context.planChanged.emit()
        if entry_id is not None:
            self.context.undo_stack.push(
                OperationCommand(
                    self.context, text, entry_id, self.context.planChanged.emit, self.show_error
                )
            )

    def show_error(self, exc: BaseException) -> None:
        self.show_message(error_text(exc))

    def set_status(self, task_id: int, status: TaskStatus) -> None:
        try:
            changed = ops.set_task_status(self.context.db, task_id, status)
        except Coded as exc:
            self.show_error(exc)
            return
        self._done(self.tr("Status van taak"), changed.entry_id)

    def assign(self, task_id: int, member_id: int | None) -> None:
        try:
            ops.assign_task(self.context.db, task_id, member_id)
        except Coded as exc:
            self.show_error(exc)
            return
        self.context.planChanged.emit()

    def delete_task(self, task_id: int) -> None:
        try:
            removed = ops.remove_task(self.context.db, task_id)
        except Coded as exc:
            self.show_error(exc)
            return
        self._done(self.tr("Taak verwijderen"), removed.entry_id)

    def add_task(self, week: int | None = None, role: Role = Role.ENTREPRENEUR) -> None:
        project = self.project
        if project is None:
            return
        now = current_week(project.start_date, project.weeks, self.today())
        dialog = TaskDialog(
            self.context, project, week=week or max(1, min(now, project.weeks)), role=role,
            parent=self,
        )  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.planChanged.emit()

    def edit_task(self, task_id: int) -> None:
        project = self.project
        if project is None:
            return
        dialog = TaskDialog(self.context, project, get_task(self.context.db, task_id), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.planChanged.emit()

    def add_activity(self) -> None:
        project = self.project
        if project is None:
            return
        dialog = ActivityDialog(self.context, project, day=max(self.today(), project.start_date),
                                parent=self)  # fmt: skip
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.planChanged.emit()

    def edit_activity(self, activity_id: int) -> None:
        project = self.project
        if project is None:
            return
        activity = next(
            a for a in list_activities(self.context.db, project.id) if a.id == activity_id
        )
        dialog = ActivityDialog(self.context, project, activity, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.planChanged.emit()

    def close_project(self) -> object:
        """The preview, then the project closed on the worker; the job (None: not started)."""
        project = self.project
        window = self.window()
        if project is None or not hasattr(window, "_data_arrived"):
            return None
        return close_with_preview(self, window, project)  # type: ignore[arg-type]

    def new_project(self) -> None:
        dialog = NewProjectDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.reload_project()
