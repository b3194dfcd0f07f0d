"""The page Ideeën: what residents raise at the door or at a meeting, with a count per theme.

One line to type an idea, a theme and a street to tag it with (both optional), the list of
ideas (newest last) and the count per theme: the evidence for choosing the next project. Adding
and removing go through :mod:`buurtdesk.ops.ideas` (the same rules as ``buurtdesk idea add``) and
can be undone with Ctrl+Z.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import Coded
from ..ops import ideas as idea_ops
from ..store.ideas import Idea
from ..store.printing import street_choices
from .commands import UndoablePanel
from .context import GuiContext
from .texts import error_text

_Index = QModelIndex | QPersistentModelIndex


class IdeasTableModel(QAbstractTableModel):
    """The ideas (a neighbourhood has tens, not thousands: all are held)."""

    COL_THEME, COL_STREET, COL_TEXT = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ideas: list[Idea] = []
        self.titles: dict[str, str] = {}

    def load(self, ideas: list[Idea], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.ideas = ideas
        self.titles = titles
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ideas)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Thema"), self.tr("Straat"), self.tr("Idee"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        idea = self.ideas[index.row()]
        if index.column() == self.COL_THEME:
            return theme_title(idea.theme, self.titles)
        if index.column() == self.COL_STREET:
            return idea.street or "–"
        return idea.text if role == Qt.ItemDataRole.ToolTipRole else " ".join(idea.text.split())


def theme_title(theme: str, titles: dict[str, str]) -> str:
    if not theme:
        return QCoreApplication.translate("IdeasPage", "zonder thema")
    return titles.get(theme, theme)


class IdeasPage(QWidget, UndoablePanel):
    """The page registered as ``buurtdesk.gui.ideas_page:IdeasPage``."""

    changed = Signal()  # an idea added or removed here (or undone)

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Ideeën van bewoners"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Wat bewoners aan de deur of op een bijeenkomst voorstellen, per thema en "
                "straat: het bewijs voor de keuze van het volgende project. Het verslag voor de "
                "gemeente telt ze per thema, zonder de ideeën zelf."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QGridLayout()
        self.text = QLineEdit()
        self.text.setObjectName("idea-text")
        self.text.setPlaceholderText(self.tr("Wat stelde een bewoner voor?"))
        self.theme = QComboBox()
        self.theme.setObjectName("idea-theme")
        self.street = QComboBox()
        self.street.setObjectName("idea-street")
        self.add_button = QPushButton(self.tr("Bewaren"))
        self.add_button.setObjectName("idea-add")
        form.addWidget(QLabel(self.tr("Idee")), 0, 0)
        form.addWidget(self.text, 0, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Thema")), 1, 0)
        form.addWidget(self.theme, 1, 1)
        form.addWidget(QLabel(self.tr("Straat")), 1, 2)
        form.addWidget(self.street, 1, 3)
        form.addWidget(self.add_button, 0, 4, 2, 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("idea-message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.model = IdeasTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("ideas-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.counts = QLabel()
        self.counts.setObjectName("idea-counts")
        self.counts.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setObjectName("idea-remove")
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self.add)
        self.text.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.installEventFilter(self)  # Delete removes the selected idea
        self.table.selectionModel().selectionChanged.connect(self._sync)
        for signal in (context.householdsChanged, context.planChanged, context.projectChanged):
            signal.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # --- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        titles = idea_ops.theme_titles()
        self._fill_choices(titles)
        self.model.load(idea_ops.list_ideas(self.context.db), titles)
        counts = idea_ops.count_by_theme(self.context.db)
        if counts:
            parts = [f"{theme_title(t, titles)} {n}" for t, n in counts.items()]
            self.counts.setText(self.tr("Per thema: %1").replace("%1", " · ".join(parts)))
        else:
            self.counts.setText(self.tr("Nog geen ideeën bewaard."))
        self._sync()

    def _fill_choices(self, titles: dict[str, str]) -> None:
        theme, street = self.theme.currentData(), self.street.currentData()
        self.theme.clear()
        self.theme.addItem(self.tr("zonder thema"), "")
        for key, title in titles.items():
            if key:
                self.theme.addItem(title, key)
        self.street.clear()
        self.street.addItem(self.tr("geen straat"), "")
        for _sid, label, _count in street_choices(self.context.db):
            self.street.addItem(label, label.split(" (")[0])
        self.theme.setCurrentIndex(max(self.theme.findData(theme), 0))
        self.street.setCurrentIndex(max(self.street.findData(street), 0))

    def _sync(self, *_: Any) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> Idea | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.ideas[rows[0].row()] if rows else None

    # --- actions ---------------------------------------------------------------------------------

    def add(self) -> None:
        try:
            done = idea_ops.add_idea(
                self.context.db,
                self.text.text(),
                street=self.street.currentData() or None,
                theme=self.theme.currentData() or None,
            )
        except (Coded, sqlite3.Error) as exc:
            self._say(error_text(exc), error=True)
            return
        self.text.clear()
        self._push(self.tr("Idee bewaard"), done.entry_id)
        self._say(self.tr("Idee bewaard."), error=False)

    def remove_selected(self) -> None:
        idea = self.selected()
        if idea is None:
            return
        try:
            done = idea_ops.remove_idea(self.context.db, idea.id)
        except (Coded, sqlite3.Error) as exc:
            self._say(error_text(exc), error=True)
            return
        self._push(self.tr("Idee verwijderd"), done.entry_id)
        self._say(self.tr("Idee verwijderd (Ctrl+Z zet het terug)."), error=False)
