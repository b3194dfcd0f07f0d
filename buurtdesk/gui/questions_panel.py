"""The project's door questions on the plan page: the list, a line to add one, and removing.

Adding and removing go through :mod:`buurtdesk.ops.questions` (the same rules as ``buurtdesk
question add``/``remove``) and can be undone with Ctrl+Z. A question removed while it has answers
is hidden and its answers keep counting; the panel says so.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.questions import split_choices
from ..errors import Coded
from ..ops import questions as ops
from ..store.questions import Question
from .commands import UndoablePanel
from .context import GuiContext
from .texts import error_text


class QuestionsPanel(QWidget, UndoablePanel):
    """Hosted by the plan page, below the timeline."""

    changed = Signal()  # a question added or removed here (or undone)

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.questions: list[Question] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        heading = QLabel(self.tr("Deurvragen"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(
            self.tr(
                "Wat verbinders aan de deur vragen naast de uitkomst; elke vraag krijgt een "
                "kolom op de looplijst."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("tone", "muted")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("questionsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Korte naam"), self.tr("Vraag"), self.tr("Antwoorden")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumHeight(120)
        self.short = QLineEdit()
        self.short.setObjectName("questionShort")
        self.short.setPlaceholderText(self.tr("korte naam, bijv. warmtescan"))
        self.short.setMaximumWidth(180)
        self.text = QLineEdit()
        self.text.setObjectName("questionText")
        self.text.setPlaceholderText(self.tr("De vraag, zoals u hem aan de deur stelt"))
        self.choices = QLineEdit()
        self.choices.setObjectName("questionChoices")
        self.choices.setPlaceholderText(self.tr("keuzes met komma's (leeg: ja/nee)"))
        self.choices.setMaximumWidth(220)
        self.add_button = QPushButton(self.tr("Vraag toevoegen"))
        self.add_button.setObjectName("questionAdd")
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.remove_button.setObjectName("questionRemove")
        form = QHBoxLayout()
        for widget in (self.short, self.text, self.choices, self.add_button, self.remove_button):
            form.addWidget(widget, 1 if widget is self.text else 0)
        self.message = QLabel()
        self.message.setObjectName("questionMessage")
        self.message.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        for field in (self.short, self.text, self.choices):
            field.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._sync)
        context.projectChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        project = self.context.project
        self.questions = [] if project is None else ops.list_questions(self.context.db, project.id)
        self.table.setRowCount(len(self.questions))
        for row, question in enumerate(self.questions):
            cells = (question.short, question.text, " / ".join(question.answers))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for widget in (self.short, self.text, self.choices, self.add_button):
            widget.setEnabled(project is not None)
        self._sync()

    def _sync(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> Question | None:
        rows = self.table.selectionModel().selectedRows()
        return self.questions[rows[0].row()] if rows else None

    def add(self) -> None:
        project = self.context.project
        if project is None:
            return
        try:
            done = ops.add_question(
                self.context.db,
                self.text.text(),
                short=self.short.text(),
                choices=split_choices(self.choices.text()),
                project_id=project.id,
            )
        except (Coded, sqlite3.Error) as exc:
            self._say(error_text(exc), error=True)
            return
        for field in (self.short, self.text, self.choices):
            field.clear()
        self._push(self.tr("Vraag %1 toegevoegd").replace("%1", done.question.short), done.entry_id)
        self._say(self.tr("Vraag toegevoegd."), error=False)

    def remove_selected(self) -> None:
        question = self.selected()
        project = self.context.project
        if question is None or project is None:
            return
        try:
            done = ops.remove_question(self.context.db, question.short, project_id=project.id)
        except (Coded, sqlite3.Error) as exc:
            self._say(error_text(exc), error=True)
            return
        self._push(self.tr("Vraag %1 verwijderd").replace("%1", question.short), done.entry_id)
        if done.hidden:
            self._say(
                self.tr("Vraag verborgen: de antwoorden blijven meetellen (Ctrl+Z zet hem terug)."),
                error=False,
            )
        else:
            self._say(self.tr("Vraag verwijderd (Ctrl+Z zet hem terug)."), error=False)
