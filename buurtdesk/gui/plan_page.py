"""The plan page: the project's step plan as a week-by-week timeline.

Weeks are columns (dates and ISO week numbers, the current week marked), each role has a lane,
tasks are cards (open, busy or done; milestones marked; overdue ones in red) that can be dragged to
another week or lane. Dropping on the lane names (before week 1) or on "Na afloop" is refused with
a message. Door rounds show the number of visits in their week. The bottom lane holds the
activities with the neighbours and their sign-ups.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan import TaskKind, TaskStatus, week_labels, week_of, week_problem
from ..domain.progress import current_week
from ..domain.team import Role
from ..store.activities import Activity, list_activities
from ..store.plan import (
    Task,
    assign_task,
    delete_task,
    get_task,
    list_tasks,
    move_task,
    restore_task,
    set_status,
    visits_per_week,
)
from ..store.projects import Project
from ..store.team import list_members
from .commands import CallbackCommand
from .context import GuiContext
from .plan_dialogs import (
    ACTIVITY_TITLES,
    ROLE_TITLES,
    STATUS_TITLES,
    ActivityDialog,
    NewProjectDialog,
    TaskDialog,
    tr,
)
from .plan_refresh import LazyRefresh
from .texts import ROLE_COLOURS, error_text

TASK_MIME = "application/x-buurtdesk-task"
COLUMN_WIDTH = 178
LANE_WIDTH = 112
# Short month names, translated like every other text (the English interface says "Oct").
MONTHS = [
    QT_TRANSLATE_NOOP("Months", "jan"),
    QT_TRANSLATE_NOOP("Months", "feb"),
    QT_TRANSLATE_NOOP("Months", "mrt"),
    QT_TRANSLATE_NOOP("Months", "apr"),
    QT_TRANSLATE_NOOP("Months", "mei"),
    QT_TRANSLATE_NOOP("Months", "jun"),
    QT_TRANSLATE_NOOP("Months", "jul"),
    QT_TRANSLATE_NOOP("Months", "aug"),
    QT_TRANSLATE_NOOP("Months", "sep"),
    QT_TRANSLATE_NOOP("Months", "okt"),
    QT_TRANSLATE_NOOP("Months", "nov"),
    QT_TRANSLATE_NOOP("Months", "dec"),
]

STATUS_STYLE = {
    TaskStatus.OPEN: ("#ffffff", "#202020"),
    TaskStatus.BUSY: ("#fff6d6", "#202020"),
    TaskStatus.DONE: ("#e6f4ea", "#5f6b62"),
}


def _short(day: date) -> str:
    return f"{day.day} {QCoreApplication.translate('Months', MONTHS[day.month - 1])}"


class TaskCard(QFrame):
    """One task; drag it to another week, double-click to edit, right-click for status."""

    def __init__(self, page: PlanPage, task: Task, visits: int | None, overdue: bool) -> None:
        super().__init__()
        self.page = page
        self.task = task
        self.setObjectName("taskCard")
        self.setFixedWidth(COLUMN_WIDTH - 12)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        background, colour = STATUS_STYLE[task.status]
        border = "#d93025" if overdue else "#c8c8c8"
        left = ROLE_COLOURS[task.role]
        width = 6 if task.kind is TaskKind.MILESTONE else 4
        self.setStyleSheet(
            f"#taskCard {{ background: {background}; border: 1px solid {border};"
            f" border-left: {width}px solid {left}; border-radius: 4px; }}"
            f" #taskCard QLabel {{ color: {colour}; background: transparent; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 5)
        layout.setSpacing(2)
        if task.kind is TaskKind.MILESTONE:
            badge = QLabel("◆ " + self.tr("Mijlpaal"))
            badge.setStyleSheet("font-weight: bold; font-size: 8pt;")
            layout.addWidget(badge)
        elif task.kind is TaskKind.DOOR_ROUND:
            badge = QLabel(
                "▶ " + self.tr("Deurronde: %1 bezoeken deze week").replace("%1", str(visits or 0))
            )
            badge.setWordWrap(True)
            badge.setObjectName("doorRoundVisits")
            badge.setStyleSheet("font-weight: bold; font-size: 8pt;")
            layout.addWidget(badge)
        self.title = QLabel(task.title)
        self.title.setWordWrap(True)
        if task.kind is TaskKind.MILESTONE:
            self.title.setStyleSheet("font-weight: bold;")
        if task.status is TaskStatus.DONE:
            font = self.title.font()
            font.setStrikeOut(True)
            self.title.setFont(font)
        layout.addWidget(self.title)
        foot = [tr(STATUS_TITLES[task.status])]
        if task.member:
            foot.append(task.member)
        footer = QLabel(" · ".join(foot))
        footer.setStyleSheet("font-size: 8pt;")
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(footer, 1)
        if overdue:
            late = QLabel(self.tr("te laat"))
            late.setStyleSheet(
                "font-size: 8pt; font-weight: bold; color: #ffffff; background: #d93025;"
                " border-radius: 3px; padding: 0 3px;"
            )
            row.addWidget(late)
        layout.addLayout(row)
        tip = task.why or task.title
        self.setToolTip(f"{task.title}\n\n{tip}" if task.why else tip)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(task_mime(self.task.id))
        drag.setPixmap(self.grab())
        drag.setHotSpot(event.position().toPoint())
        drag.exec(Qt.DropAction.MoveAction)
        # The timeline may have been rebuilt during the drag: do not touch self any more.

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.page.edit_task(self.task.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for status in TaskStatus:
            action = menu.addAction(tr(STATUS_TITLES[status]))
            action.setCheckable(True)
            action.setChecked(status is self.task.status)
            action.triggered.connect(
                lambda _c=False, s=status: self.page.set_status(self.task.id, s)
            )
        menu.addSeparator()
        assign = menu.addMenu(self.tr("Toewijzen aan"))
        nobody = assign.addAction(self.tr("(niemand)"))
        nobody.triggered.connect(lambda: self.page.assign(self.task.id, None))
        for member in list_members(self.page.context.db):
            action = assign.addAction(member.name)
            action.triggered.connect(
                lambda _c=False, m=member.id: self.page.assign(self.task.id, m)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Bewerken…"), lambda: self.page.edit_task(self.task.id))
        menu.addAction(self.tr("Verwijderen"), lambda: self.page.delete_task(self.task.id))
        menu.exec(event.globalPos())


def task_mime(task_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(TASK_MIME, QByteArray(str(task_id).encode()))
    return mime


class ActivityCard(QFrame):
    def __init__(self, page: PlanPage, activity: Activity) -> None:
        super().__init__()
        self.page = page
        self.activity = activity
        self.setObjectName("activityCard")
        self.setFixedWidth(COLUMN_WIDTH - 12)
        self.setStyleSheet(
            "#activityCard { background: #eef3fb; border: 1px solid #9db6dd; border-radius: 4px; }"
            " #activityCard QLabel { background: transparent; color: #202020; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 5)
        layout.setSpacing(2)
        kind = QLabel(tr(ACTIVITY_TITLES[activity.kind]))
        kind.setStyleSheet("font-size: 8pt; font-weight: bold;")
        title = QLabel(activity.title)
        title.setWordWrap(True)
        when = " ".join(x for x in (_short(activity.date), activity.time) if x)
        where = QLabel(" · ".join(x for x in (when, activity.place) if x))
        where.setWordWrap(True)
        where.setStyleSheet("font-size: 8pt;")
        people = QLabel(
            self.tr("%1 aangemeld · %2 aanwezig")
            .replace("%1", str(activity.signed_up))
            .replace("%2", str(activity.attended))
        )
        people.setObjectName("activitySignups")
        people.setStyleSheet("font-size: 8pt;")
        for widget in (kind, title, where, people):
            layout.addWidget(widget)
        self.setToolTip(activity.description or activity.title)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.page.edit_activity(self.activity.id)


class DropCell(QFrame):
    """A place on the timeline a task can be dropped: a week in a lane (week 0 is "before the
    start", ``weeks + 1`` "after the end"; both refuse with a message)."""

    def __init__(self, page: PlanPage, week: int, role: Role | None, current: bool) -> None:
        super().__init__()
        self.page = page
        self.week = week
        self.role = role
        self.setObjectName("dropCell")
        self.setAcceptDrops(role is not None)
        self._background = "#eaf2fd" if current else "transparent"
        self._paint(False)
        self.cards = QVBoxLayout(self)
        self.cards.setContentsMargins(5, 5, 5, 5)
        self.cards.setSpacing(5)
        self.cards.addStretch(1)

    def add(self, widget: QWidget) -> None:
        self.cards.insertWidget(self.cards.count() - 1, widget)

    def _paint(self, hover: bool) -> None:
        border = "2px dashed #1a73e8" if hover else "1px solid #e3e3e3"
        self.setStyleSheet(f"#dropCell {{ background: {self._background}; border: {border}; }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(TASK_MIME):
            event.acceptProposedAction()
            self._paint(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._paint(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._paint(False)
        if not event.mimeData().hasFormat(TASK_MIME):
            return
        task_id = int(bytes(event.mimeData().data(TASK_MIME).data()).decode())
        event.acceptProposedAction()
        # Rebuild after the drag has finished: the card being dragged is still on the stack.
        week, role = self.week, self.role
        QTimer.singleShot(0, lambda: self.page.move_task(task_id, week, role))


class LaneHeader(DropCell):
    def __init__(self, page: PlanPage, role: Role | None, text: str) -> None:
        super().__init__(page, 0, role, False)
        colour = ROLE_COLOURS[role] if role else "#5b7fb8"
        self._background = "#f4f4f4"
        self._paint(False)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(f"font-weight: bold; color: {colour}; background: transparent;")
        self.cards.insertWidget(0, label)


class PlanPage(QWidget):
    """The step plan week by week."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #555555;")
        self.new_project_button = QPushButton(self.tr("Nieuw project…"))
        self.add_task_button = QPushButton(self.tr("Taak toevoegen…"))
        self.add_activity_button = QPushButton(self.tr("Activiteit toevoegen…"))
        self.new_project_button.clicked.connect(self.new_project)
        self.add_task_button.clicked.connect(lambda: self.add_task())
        self.add_activity_button.clicked.connect(lambda: self.add_activity())
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        for button in (self.add_task_button, self.add_activity_button, self.new_project_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "#planMessage { background: #fdecea; border: 1px solid #f3a29b; border-radius: 4px;"
            " padding: 6px; color: #7a1a12; }"
        )
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
        self.lanes_area.setStyleSheet("#lanesArea { background: #f4f4f4; }")
        self.lanes: dict[Role | None, LaneHeader] = {}
        self.scroll.verticalScrollBar().valueChanged.connect(self._sync_lanes)
        self.scroll.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
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
        cell = self.cells.get((self._focus_week, Role.EXPERT))
        if cell is not None:
            x = (self._focus_week - 1) * COLUMN_WIDTH
            self.scroll.horizontalScrollBar().setValue(max(0, x))

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
                header.setStyleSheet(
                    "background: #d2e3fc; border-bottom: 3px solid #1a73e8; padding: 4px;"
                )
            else:
                header.setStyleSheet(
                    "background: #f4f4f4; border-bottom: 1px solid #d0d0d0; padding: 4px;"
                )
            grid.addWidget(header, 0, week)
        after = QLabel(self.tr("Na afloop"))
        after.setAlignment(Qt.AlignmentFlag.AlignCenter)
        after.setStyleSheet("background: #f4f4f4; color: #888888; padding: 4px;")
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
                    cell._background = "#f7f7f7"
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

        def go(w: int, r: Role) -> Any:
            def run() -> None:
                move_task(self.context.db, task_id, w, r)
                self.context.planChanged.emit()

            return run

        self.message.hide()
        self.context.undo_stack.push(
            CallbackCommand(
                self.tr("Taak naar week %1").replace("%1", str(week)),
                go(week, role),
                go(task.week, task.role),
            )
        )
        return True

    def set_status(self, task_id: int, status: TaskStatus) -> None:
        before = get_task(self.context.db, task_id).status

        def go(s: TaskStatus) -> Any:
            def run() -> None:
                set_status(self.context.db, task_id, s)
                self.context.planChanged.emit()

            return run

        self.context.undo_stack.push(
            CallbackCommand(self.tr("Status van taak"), go(status), go(before))
        )

    def assign(self, task_id: int, member_id: int | None) -> None:
        assign_task(self.context.db, task_id, member_id)
        self.context.planChanged.emit()

    def delete_task(self, task_id: int) -> None:
        task = get_task(self.context.db, task_id)

        def remove() -> None:
            delete_task(self.context.db, task_id)
            self.context.planChanged.emit()

        def bring_back() -> None:
            restore_task(self.context.db, task)
            self.context.planChanged.emit()

        self.context.undo_stack.push(
            CallbackCommand(self.tr("Taak verwijderen"), remove, bring_back)
        )

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

    def new_project(self) -> None:
        dialog = NewProjectDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.reload_project()
