"""The parts of the plan's timeline: task and activity cards, the cells they are dropped on and the
lane names; the page that arranges them is :class:`~buurtdesk.gui.plan_page.PlanPage`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMimeData,
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
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan import TaskKind, TaskStatus
from ..domain.team import Role
from ..store.activities import Activity
from ..store.plan import (
    Task,
)
from ..store.team import list_members
from .plan_dialogs import (
    ACTIVITY_TITLES,
    STATUS_TITLES,
    tr,
)
from .style import set_style_property

if TYPE_CHECKING:
    from .plan_page import PlanPage

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

# The backgrounds of a drop cell, by the names the stylesheet knows them by. plan_page.py still
# sets ``_background`` to the colour of the weeks after the end ("#f7f7f7"); it is known here.
PLAIN, CURRENT, LANE, AFTER = "transparent", "#eaf2fd", "#f4f4f4", "#f7f7f7"
CELL_KINDS = {PLAIN: "plain", CURRENT: "current", LANE: "lane", AFTER: "after"}


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
        # the look (buurtdesk.qss): background by status, a red frame when late, a bar on the
        # left in the role's colour, wider for a milestone
        self.setProperty("status", task.status.value)
        self.setProperty("overdue", overdue)
        self.setProperty("role", task.role.value)
        self.setProperty("milestone", task.kind is TaskKind.MILESTONE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 5)
        layout.setSpacing(2)
        if task.kind is TaskKind.MILESTONE:
            badge = QLabel("◆ " + self.tr("Mijlpaal"))
            badge.setProperty("note", "badge")
            layout.addWidget(badge)
        elif task.kind is TaskKind.DOOR_ROUND:
            badge = QLabel(
                "▶ " + self.tr("Deurronde: %1 bezoeken deze week").replace("%1", str(visits or 0))
            )
            badge.setWordWrap(True)
            badge.setObjectName("doorRoundVisits")
            badge.setProperty("note", "badge")
            layout.addWidget(badge)
        self.title = QLabel(task.title)
        self.title.setWordWrap(True)
        if task.kind is TaskKind.MILESTONE:
            self.title.setProperty("strong", True)
        if task.status is TaskStatus.DONE:
            font = self.title.font()
            font.setStrikeOut(True)
            self.title.setFont(font)
        layout.addWidget(self.title)
        foot = [tr(STATUS_TITLES[task.status])]
        if task.member:
            foot.append(task.member)
        footer = QLabel(" · ".join(foot))
        footer.setProperty("note", "small")
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(footer, 1)
        if overdue:
            late = QLabel(self.tr("te laat"))
            late.setObjectName("lateBadge")
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 5)
        layout.setSpacing(2)
        kind = QLabel(tr(ACTIVITY_TITLES[activity.kind]))
        kind.setProperty("note", "badge")
        title = QLabel(activity.title)
        title.setWordWrap(True)
        when = " ".join(x for x in (_short(activity.date), activity.time) if x)
        where = QLabel(" · ".join(x for x in (when, activity.place) if x))
        where.setWordWrap(True)
        where.setProperty("note", "small")
        people = QLabel(
            self.tr("%1 aangemeld · %2 aanwezig")
            .replace("%1", str(activity.signed_up))
            .replace("%2", str(activity.attended))
        )
        people.setObjectName("activitySignups")
        people.setWordWrap(True)  # "18 aangemeld · 14 aanwezig" is wider than a card in 8 pt
        people.setProperty("note", "small")
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
        self._background = CURRENT if current else PLAIN
        self._paint(False)
        self.cards = QVBoxLayout(self)
        self.cards.setContentsMargins(5, 5, 5, 5)
        self.cards.setSpacing(5)
        self.cards.addStretch(1)

    def add(self, widget: QWidget) -> None:
        self.cards.insertWidget(self.cards.count() - 1, widget)

    def _paint(self, hover: bool) -> None:
        """The look (buurtdesk.qss): the cell's background, and a dashed frame under a drag."""
        set_style_property(self, "cell", CELL_KINDS.get(self._background, "plain"))
        set_style_property(self, "hover", hover)

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
        self._background = LANE
        self._paint(False)
        label = QLabel(text)
        label.setObjectName("laneTitle")
        label.setProperty("role", role.value if role else "activities")  # its colour
        label.setWordWrap(True)
        self.cards.insertWidget(0, label)
