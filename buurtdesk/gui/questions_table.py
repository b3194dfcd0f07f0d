"""The door questions on the progress page: per question how many households answered what, in
total, with the streets in the tooltip (the same figures as ``progress --json``'s ``questions``,
from :func:`buurtdesk.ops.questions.figures`, computed on the database worker)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.questions import QuestionFigures
from ..ops.questions import figures as question_figures
from ..store.projects import Project
from .context import GuiContext
from .texts import error_text


class QuestionsTable(QWidget):
    """A heading and a small table; hidden while the project has no questions."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.figures: list[QuestionFigures] = []
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Deurvragen"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("questionsFigures")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Vraag"), self.tr("Beantwoord"), self.tr("Antwoorden")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.setVisible(False)

    def refresh(self, project: Project | None) -> None:
        """Count on the worker; the table shows the result when it comes."""
        self._generation += 1
        generation = self._generation
        if project is None:
            self.set_figures([])
            return
        self.context.worker.run(
            lambda db, _report: question_figures(db, project.id),
            "deurvragen",
            on_finished=lambda result: self._done(generation, result),
            on_failed=lambda exc: self.heading.setText(error_text(exc)),
        )

    def _done(self, generation: int, figures: list[QuestionFigures]) -> None:
        if generation == self._generation:
            self.set_figures(figures)

    def set_figures(self, figures: list[QuestionFigures]) -> None:
        self.figures = figures
        self.table.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            name = figure.short
            if figure.removed:
                name += " " + self.tr("(verborgen)")
            answers = " · ".join(f"{value} {count}" for value, count in figure.total.items())
            streets = "\n".join(
                f"{street}: " + ", ".join(f"{v} {n}" for v, n in counts.items())
                for street, counts in figure.streets.items()
            )
            cells = (name, str(figure.answered), answers)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{figure.text}\n{streets}" if streets else figure.text)
                self.table.setItem(row, column, item)
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(len(figures)))
        self.table.setFixedHeight(height)
        self.setVisible(bool(figures))
