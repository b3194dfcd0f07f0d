"""Dialogs of the plan page: a task, an activity with its sign-ups, and a new project on a theme."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.plan import TaskKind, TaskStatus, list_themes
from ..domain.team import Role
from ..errors import Coded
from ..ops import plan as ops
from ..ops.projects import start_project
from ..store.activities import Activity, ActivityKind, signups
from ..store.plan import Task, plans_dir
from ..store.projects import Project
from ..store.team import list_members
from .context import GuiContext
from .forms.ui_activity_dialog import Ui_ActivityDialog
from .forms.ui_task_dialog import Ui_TaskDialog
from .household_picker import HouseholdPicker
from .style import set_tone
from .texts import error_text

ROLE_TITLES = {
    Role.EXPERT: QT_TRANSLATE_NOOP("PlanPage", "Deskundige"),
    Role.CONNECTOR: QT_TRANSLATE_NOOP("PlanPage", "Verbinder"),
    Role.ENTREPRENEUR: QT_TRANSLATE_NOOP("PlanPage", "Ondernemer"),
}
KIND_TITLES = {
    TaskKind.TASK: QT_TRANSLATE_NOOP("PlanPage", "Taak"),
    TaskKind.MILESTONE: QT_TRANSLATE_NOOP("PlanPage", "Mijlpaal"),
    TaskKind.DOOR_ROUND: QT_TRANSLATE_NOOP("PlanPage", "Deurronde"),
}
STATUS_TITLES = {
    TaskStatus.OPEN: QT_TRANSLATE_NOOP("PlanPage", "Open"),
    TaskStatus.BUSY: QT_TRANSLATE_NOOP("PlanPage", "Bezig"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("PlanPage", "Klaar"),
}
ACTIVITY_TITLES = {
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("PlanPage", "Bijeenkomst"),
    ActivityKind.WORKSHOP: QT_TRANSLATE_NOOP("PlanPage", "Workshop"),
    ActivityKind.PURCHASE: QT_TRANSLATE_NOOP("PlanPage", "Gezamenlijke inkoop"),
    ActivityKind.OTHER: QT_TRANSLATE_NOOP("PlanPage", "Anders"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanPage", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _error_label() -> QLabel:
    label = QLabel()
    label.setProperty("tone", "error")
    label.setWordWrap(True)
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TaskDialog(QDialog, Ui_TaskDialog):
    """Add or edit a task: week, lane (role), kind, status, who does it, and why."""

    def __init__(
        self,
        context: GuiContext,
        project: Project,
        task: Task | None = None,
        *,
        week: int = 1,
        role: Role = Role.ENTREPRENEUR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.project = project
        self.task = task
        self.saved: Task | None = None
        self.setupUi(self)  # the form: ui/forms/task_dialog.ui
        if task:
            self.setWindowTitle(self.tr("Taak bewerken"))
        self.title.setText(task.title if task else "")
        self.why.setPlainText(task.why if task else "")
        self.week.setRange(1, project.weeks)  # the spin box cannot leave the project
        self.week.setValue(task.week if task else max(1, min(week, project.weeks)))
        for r in Role:
            self.role.addItem(tr(ROLE_TITLES[r]), r.value)
        self.role.setCurrentIndex(list(Role).index(task.role if task else role))
        for k in TaskKind:
            self.kind.addItem(tr(KIND_TITLES[k]), k.value)
        self.kind.setCurrentIndex(list(TaskKind).index(task.kind if task else TaskKind.TASK))
        for s in TaskStatus:
            self.status.addItem(tr(STATUS_TITLES[s]), s.value)
        self.status.setCurrentIndex(
            list(TaskStatus).index(task.status if task else TaskStatus.OPEN)
        )
        self.member.addItem(self.tr("(nog niemand)"), None)
        for m in list_members(context.db):
            self.member.addItem(m.name, m.id)
            if task and task.member_id == m.id:
                self.member.setCurrentIndex(self.member.count() - 1)

    def accept(self) -> None:
        fields: dict[str, Any] = {
            "week": self.week.value(),
            "role": Role(self.role.currentData()),
            "title": self.title.text(),
            "why": self.why.toPlainText(),
            "kind": TaskKind(self.kind.currentData()),
            "status": TaskStatus(self.status.currentData()),
            "member_id": self.member.currentData(),
        }
        try:
            if self.task is None:
                self.saved = ops.add_task(self.context.db, self.project.id, **fields)
            else:
                self.saved = ops.update_task(self.context.db, self.task.id, **fields)
        except Coded as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


class SignupTableModel(QAbstractTableModel):
    """The households that signed up, with a tick for who attended."""

    COL_ADDRESS = 0
    COL_ATTENDED = 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []  # [household id, address, attended]

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def add(self, household_id: int, address: str) -> bool:
        if any(r[0] == household_id for r in self.rows):
            return False
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append([household_id, address, False])
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Aangemeld"), tr("Aanwezig")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == self.COL_ADDRESS and role == Qt.ItemDataRole.DisplayRole:
            return row[1]
        if index.column() == self.COL_ATTENDED and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row[2] else Qt.CheckState.Unchecked
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if index.column() == self.COL_ATTENDED and role == Qt.ItemDataRole.CheckStateRole:
            state = Qt.CheckState(value) if isinstance(value, int) else value
            self.rows[index.row()][2] = state == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_ATTENDED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base


class ActivityDialog(QDialog, Ui_ActivityDialog):
    """An activity with the neighbours: what, when, where, and the households that came."""

    def __init__(
        self,
        context: GuiContext,
        project: Project,
        activity: Activity | None = None,
        *,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.project = project
        self.activity = activity
        self.saved: Activity | None = None
        self.deleted = False
        self.setupUi(self)  # the form: ui/forms/activity_dialog.ui
        if activity:
            self.setWindowTitle(self.tr("Activiteit bewerken"))
        for k in ActivityKind:
            self.kind.addItem(tr(ACTIVITY_TITLES[k]), k.value)
        if activity:
            self.kind.setCurrentIndex(list(ActivityKind).index(activity.kind))
        self.title.setText(activity.title if activity else "")
        self.day.setDate(_qdate(activity.date if activity else day or project.start_date))
        self.time.setText(activity.time if activity else "")
        self.place.setText(activity.place if activity else "")
        self.description.setPlainText(activity.description if activity else "")

        self.picker = HouseholdPicker(
            context, self.tr("Aanmelden →"), self.tr("Huishoudens zoeken"), self
        )
        self.picker_slot.addWidget(self.picker)
        picker = [self.picker.search, self.picker.results_view, self.picker.add_button]
        for first, second in pairwise([self.description, *picker, self.signups_view]):
            QWidget.setTabOrder(first, second)  # the form first, then who signed up
        self.search, self.results = self.picker.search, self.picker.results
        self.signups = SignupTableModel(self)
        # a household signed up once is not offered again
        self.picker.exclude = lambda: {row[0] for row in self.signups.rows}
        if activity:
            self.signups.set_rows(
                [[s.household_id, s.address, s.attended] for s in signups(context.db, activity.id)]
            )
        self.signups_view.setModel(self.signups)
        header = self.signups_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        if activity:
            delete = self.buttons.addButton(
                self.tr("Activiteit verwijderen"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            delete.clicked.connect(self.delete)
        self.picker.picked.connect(self._add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.signups.rowsInserted.connect(self._count)
        self.signups.rowsRemoved.connect(self._count)
        self.signups.dataChanged.connect(self._count)
        self.signups.modelReset.connect(self._count)
        self._count()
        self.title.setFocus()  # what a new activity needs first; the kind has a default

    def _count(self, *_args: Any) -> None:
        attended = sum(1 for r in self.signups.rows if r[2])
        self.count.setText(
            self.tr("%1 aangemeld, %2 aanwezig")
            .replace("%1", str(len(self.signups.rows)))
            .replace("%2", str(attended))
        )

    def add_selected(self) -> None:
        self._add(self.picker.chosen())

    def _add(self, chosen: list[tuple[int, str]]) -> None:
        for household_id, address in chosen:
            self.signups.add(household_id, address)

    def remove_selected(self) -> None:
        for row in sorted(
            {i.row() for i in self.signups_view.selectionModel().selectedIndexes()}, reverse=True
        ):
            self.signups.remove(row)
        self.picker.refresh()  # whoever was taken off can be signed up again

    def delete(self) -> None:
        if self.activity is not None:
            try:
                ops.remove_activity(self.context.db, self.activity.id)
            except Coded as exc:
                self.error.setText(error_text(exc))
                return
            self.deleted = True
            super().accept()

    def accept(self) -> None:
        fields: dict[str, Any] = {
            "title": self.title.text(),
            "day": _pydate(self.day.date()),
            "kind": ActivityKind(self.kind.currentData()),
            "time": self.time.text(),
            "place": self.place.text(),
            "description": self.description.toPlainText(),
        }
        try:
            self.saved = ops.save_activity(
                self.context.db,
                self.project.id,
                self.activity.id if self.activity else None,
                signups=[(r[0], bool(r[2])) for r in self.signups.rows],
                **fields,
            )
        except Coded as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


class NewProjectDialog(QDialog):
    """Start a project on a theme: the theme brings its step plan and its message."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: Project | None = None
        self.setWindowTitle(self.tr("Nieuw project"))
        self.setMinimumWidth(520)
        self.themes = list_themes(plans_dir())
        self.theme = QComboBox()
        for theme in self.themes:
            label = (
                theme.title
                if theme.available
                else self.tr("%1 (niet beschikbaar)").replace("%1", theme.id)
            )
            self.theme.addItem(label, theme.id)
            item_index = self.theme.count() - 1
            if not theme.available:
                self.theme.setItemData(
                    item_index,
                    error_text(theme.error) if theme.error else "",
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setProperty("tone", "muted")
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dddd d MMMM yyyy")
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(10)
        self.weeks.setSuffix(self.tr(" weken"))
        self.goal = QSpinBox()
        self.goal.setRange(1, 100)
        self.goal.setValue(50)
        self.goal.setSuffix(" %")
        self.message = QPlainTextEdit()
        self.message.setFixedHeight(86)
        self.message.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form = QFormLayout()
        form.addRow(self.tr("Thema"), self.theme)
        form.addRow("", self.about)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Duur"), self.weeks)
        form.addRow(self.tr("Doel: deelname"), self.goal)
        form.addRow(self.tr("Kernboodschap"), self.message)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self._theme_changed(self.theme.currentIndex())

    def _theme_changed(self, index: int) -> None:
        theme = self.themes[index] if 0 <= index < len(self.themes) else None
        if theme is None:
            return
        if theme.plan is None:
            self.about.setText(
                self.tr("Dit thema is niet beschikbaar: %1").replace(
                    "%1", error_text(theme.error) if theme.error else ""
                )
            )
            set_tone(self.about, "error")
            return
        set_tone(self.about, "muted")
        self.about.setText(
            theme.plan.description
            + " "
            + self.tr("%1 taken in het stappenplan.").replace("%1", str(len(theme.plan.tasks)))
        )
        self.weeks.setValue(theme.plan.weeks)
        self.message.setPlainText(theme.plan.message)

    def accept(self) -> None:
        theme_id = self.theme.currentData()
        try:
            self.saved = start_project(
                self.context.db,
                theme_id,
                _pydate(self.start.date()),
                weeks=self.weeks.value(),
                goal_pct=self.goal.value(),
                message=self.message.toPlainText(),
            ).project
        except Coded as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
