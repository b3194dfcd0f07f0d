"""The team page: members with their roles on a board with one column per role.

Dragging a name to another column moves the role (hold Ctrl to give the role as well as keeping
the old one); the column "Nog geen rol" holds members without a role. Above the board the page
says in plain words what the team still lacks. Each column is a small ``QAbstractListModel`` over
the members that have that role; every change goes through the store and ``teamChanged``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.progress import weeks_left
from ..domain.team import GapKind, Role, TeamGap, team_gaps
from ..errors import Coded
from ..ops import projects as project_ops
from ..ops import team as ops
from ..store.progress import doors_left, doors_per_week
from ..store.team import Member, list_members
from .commands import OperationCommand
from .context import GuiContext
from .member_dialog import MemberDialog
from .member_dialog import role_name as _role_name
from .plan_refresh import LazyRefresh
from .style import set_style_property
from .texts import error_text

MEMBER_MIME = "application/x-buurtdesk-member"
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RoleListModel(QAbstractListModel):
    """The members of one column of the board; a drop here gives them this column's role."""

    # member id, the role it was dragged from (None: no role), the role of this column, copy
    dropped = Signal(int, object, object, bool)

    def __init__(self, role: Role | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.role = role
        self.members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self.members = members
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        member = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            others = [r for r in member.roles if r != self.role]
            if others:
                return f"{member.name}  (+{', '.join(_role_name(r) for r in others)})"
            return member.name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [member.name]
            if member.roles:
                lines.append(", ".join(_role_name(r) for r in member.roles))
            if member.phone or member.email:
                lines.append(" · ".join(x for x in (member.phone, member.email) if x))
            return "\n".join(lines)
        if role == MEMBER_ID_ROLE:
            return member.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = {
            "members": [self.members[r].id for r in rows],
            "source": self.role.value if self.role else None,
        }
        mime.setData(MEMBER_MIME, QByteArray(json.dumps(payload).encode()))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return data.hasFormat(MEMBER_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not data.hasFormat(MEMBER_MIME):
            return False
        try:
            payload = json.loads(bytes(data.data(MEMBER_MIME).data()).decode())
            source = Role(payload["source"]) if payload.get("source") else None
            ids = [int(i) for i in payload["members"]]
        except (ValueError, KeyError, TypeError):
            return False
        if source == self.role:
            return False
        copy = action == Qt.DropAction.CopyAction
        for member_id in ids:
            self.dropped.emit(member_id, source, self.role, copy)
        # The board reloads from the store; the view must not remove rows from the source.
        return False

    # The view removes dragged rows after a move; the store already did the work.
    def removeRows(
        self,
        row: int,
        count: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> bool:
        return False


class RoleColumn(QFrame):
    """A heading, a one-line explanation and the list of members with the role."""

    def __init__(self, role: Role | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.setObjectName("roleColumn")
        role_value = role.value if role else "none"
        self.setProperty("role", role_value)  # a bar in the role's colour on top: buurtdesk.qss
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.heading = QLabel()
        self.heading.setProperty("heading", "column")
        self.hint = QLabel(self._hint())
        self.hint.setWordWrap(True)
        self.hint.setProperty("tone", "muted")
        self.model = RoleListModel(role, self)
        self.view = QListView()
        self.view.setObjectName(f"roleList_{role_value}")
        self.view.setProperty("roleList", True)
        self.view.setProperty("role", role_value)
        self.view.setModel(self.model)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        # a long name with its other roles wraps in a narrow column instead of being cut
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

    def _hint(self) -> str:
        return {
            None: self.tr("Sleep een naam naar een rol."),
            Role.EXPERT: self.tr("De startmotor: kennis van het onderwerp."),
            Role.CONNECTOR: self.tr("Gaat langs de deur met een duidelijke boodschap."),
            Role.ENTREPRENEUR: self.tr("Neemt beslissingen en houdt vaart."),
        }[self.role]

    def set_members(self, members: list[Member]) -> None:
        self.model.set_members(members)
        self.heading.setText(f"{_role_name(self.role)} ({len(members)})")


class TeamPage(QWidget):
    """Members, the role board and what the team lacks."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Het team"))
        title.setProperty("heading", "page")
        self.add_button = QPushButton(self.tr("Teamlid toevoegen…"))
        self.edit_button = QPushButton(self.tr("Bewerken…"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.pace = QSpinBox()
        self.pace.setObjectName("doorsPerWeek")
        self.pace.setRange(1, 1000)
        self.pace.setValue(doors_per_week(context.db))
        self.pace.setSuffix(self.tr(" deuren per week"))
        self.pace.setToolTip(
            self.tr("Hoeveel deuren één verbinder per week kan bezoeken; het bord rekent ermee.")
        )
        self.pace.valueChanged.connect(self.set_pace)
        pace_label = QLabel(self.tr("Tempo per verbinder:"))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(pace_label)
        top.addWidget(self.pace)
        top.addSpacing(16)
        for button in (self.add_button, self.edit_button, self.remove_button):
            top.addWidget(button)

        # How residents reach the team: printed on every letter and door card.
        self.contact = QLineEdit()
        self.contact.setObjectName("projectContact")
        self.contact.setPlaceholderText(self.tr("bijv. Buurtteam Lindekwartier · 06 1234 5678"))
        self.contact.setToolTip(
            self.tr("Hoe bewoners het team bereiken; staat op de brieven en de deurkaarten.")
        )
        self.contact_button = QPushButton(self.tr("Contact opslaan"))
        self.contact_button.clicked.connect(self.save_contact)
        self.contact.returnPressed.connect(self.save_contact)
        self.contact_error = QLabel()
        self.contact_error.setProperty("tone", "error")
        contact_row = QHBoxLayout()
        contact_row.addWidget(QLabel(self.tr("Contact voor bewoners:")))
        contact_row.addWidget(self.contact, 1)
        contact_row.addWidget(self.contact_button)
        contact_row.addWidget(self.contact_error)

        self.gaps = QLabel()
        self.gaps.setObjectName("teamGaps")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)

        self.columns = [RoleColumn(role) for role in (*Role, None)]
        board = QHBoxLayout()
        board.setSpacing(10)
        for column in self.columns:
            column.model.dropped.connect(self.on_dropped)
            column.view.doubleClicked.connect(lambda index, c=column: self._edit_index(c, index))
            board.addWidget(column, 1)
        explain = QLabel(
            self.tr(
                "Sleep een naam naar een andere kolom om de rol te wisselen; houd Ctrl ingedrukt "
                "om de rol erbij te geven. Dubbelklik om een teamlid te bewerken."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("tone", "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(contact_row)
        layout.addWidget(self.gaps)
        layout.addLayout(board, 1)
        layout.addWidget(explain)
        context.teamChanged.connect(self.reload)
        context.projectChanged.connect(self.reload)
        # Doors left change with every visit: caught up lazily, never during check-off.
        self.lazy = LazyRefresh(self, self.reload)
        context.visitsChanged.connect(self.lazy.request)
        context.householdsChanged.connect(self.lazy.request)
        self.reload()

    # --- data ------------------------------------------------------------------------------------

    def column(self, role: Role | None) -> RoleColumn:
        return next(c for c in self.columns if c.role == role)

    def reload(self) -> None:
        project = self.context.project
        self.contact.setEnabled(project is not None)
        self.contact_button.setEnabled(project is not None)
        if not self.contact.hasFocus() or project is None:
            self.contact.setText(project.contact if project else "")
        members = list_members(self.context.db)
        for column in self.columns:
            if column.role is None:
                column.set_members([m for m in members if not m.roles])
            else:
                column.set_members([m for m in members if column.role in m.roles])
        self.current_gaps = self._gaps(members)
        self._show_gaps(self.current_gaps)

    def _gaps(self, members: list[Member]) -> list[TeamGap]:
        project = self.context.project
        if project is None:
            return team_gaps([m.roles for m in members], {}, weeks_left=1)
        db = self.context.db
        per_connector, unassigned = doors_left(db, project.id)
        return team_gaps(
            [m.roles for m in members],
            per_connector,
            weeks_left=weeks_left(project.start_date, project.weeks, date.today()),
            doors_per_week=doors_per_week(db),
            unassigned=unassigned,
        )

    def gap_text(self, gap: TeamGap) -> str:
        if gap.kind is GapKind.TOO_FEW:
            if gap.count == 1:
                return self.tr(
                    "Het team heeft 1 lid; een team heeft er minstens drie nodig, liefst vijf."
                )
            return self.tr(
                "Het team heeft %1 leden; een team heeft er minstens drie nodig, liefst vijf."
            ).replace("%1", str(gap.count))
        if gap.kind is GapKind.MISSING_ROLE and gap.role is not None:
            why = {
                Role.EXPERT: self.tr("zonder deskundige mist het team de startmotor en de inhoud."),
                Role.CONNECTOR: self.tr("zonder verbinder gaat niemand langs de deur."),
                Role.ENTREPRENEUR: self.tr(
                    "zonder ondernemer neemt niemand beslissingen en verliest het project vaart."
                ),
            }[gap.role]
            return (
                self.tr("Niemand is %1: %2")
                .replace("%1", _role_name(gap.role).lower())
                .replace("%2", why)
            )
        if gap.kind is GapKind.NO_WEEKS_LEFT:
            return self.tr(
                "Er zijn nog %1 deuren te bezoeken, maar het project is voorbij."
            ).replace("%1", str(gap.count))
        if gap.kind is GapKind.UNASSIGNED_DOORS:
            return self.tr(
                "%1 deuren liggen in straten zonder verbinder; wijs die straten aan een verbinder "
                "toe."
            ).replace("%1", str(gap.count))
        return (
            self.tr(
                "%1 heeft nog %2 deuren, maar haalt er in de resterende weken %3 "
                "(%4 per week); verdeel de straten of zoek een extra verbinder."
            )
            .replace("%1", gap.member)
            .replace("%2", str(gap.count))
            .replace("%3", str(gap.capacity))
            .replace("%4", str(doors_per_week(self.context.db)))
        )

    def _show_gaps(self, gaps: list[TeamGap]) -> None:
        if not gaps:
            self.gaps.setText(self.tr("✔ Het team is compleet: alle rollen zijn bezet."))
            set_style_property(self.gaps, "gaps", "none")  # green: buurtdesk.qss
            return
        items = "".join(f"<li>{self.gap_text(g)}</li>" for g in gaps)
        self.gaps.setText(
            "<b>" + self.tr("Wat het team nog mist") + "</b>"
            f"<ul style='margin: 2px 0 0 -20px;'>{items}</ul>"
        )
        set_style_property(self.gaps, "gaps", "some")  # orange: buurtdesk.qss

    # --- actions ---------------------------------------------------------------------------------

    def on_dropped(
        self, member_id: int, source: Role | None, target: Role | None, copy: bool
    ) -> None:
        try:
            changed = ops.move_role(self.context.db, member_id, source, target, copy=copy)
        except Coded as exc:
            self.show_error(exc)
            return
        self.context.teamChanged.emit()
        if changed.entry_id is not None:
            self.context.undo_stack.push(
                OperationCommand(
                    self.context,
                    self.tr("Rol van %1 wijzigen").replace("%1", changed.member.name),
                    changed.entry_id,
                    self.context.teamChanged.emit,
                    self.show_error,
                )
            )

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Het team"), error_text(exc))

    def save_contact(self) -> None:
        project = self.context.project
        if project is None:
            return
        try:
            project_ops.set_contact(self.context.db, project.id, self.contact.text())
        except Coded as exc:
            self.contact_error.setText(error_text(exc))
            return
        self.contact_error.setText("")
        self.context.reload_project()

    def set_pace(self, doors: int) -> None:
        try:
            ops.set_doors_per_week(self.context.db, doors)
        except Coded as exc:
            self.show_error(exc)
        self.reload()

    def selected_member(self) -> Member | None:
        for column in self.columns:
            for index in column.view.selectionModel().selectedIndexes():
                return column.model.members[index.row()]
        return None

    def add_member(self) -> None:
        dialog = MemberDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.teamChanged.emit()

    def _edit_index(self, column: RoleColumn, index: QModelIndex) -> None:
        self.edit_member(column.model.members[index.row()])

    def edit_selected(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.edit_member(member)

    def edit_member(self, member: Member) -> None:
        dialog = MemberDialog(self.context, member, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.teamChanged.emit()

    def remove_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Teamlid verwijderen"),
            self.tr("%1 uit het team verwijderen? Bezoeken blijven bewaard met de naam.").replace(
                "%1", member.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                ops.remove_member(self.context.db, member.id)
            except Coded as exc:
                self.show_error(exc)
            self.context.teamChanged.emit()
