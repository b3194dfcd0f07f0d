"""The door questions on the progress page: per question how many households answered what, in
total, with the streets in the tooltip (the same figures as ``progress --json``'s ``questions``,
from :func:`buurtdesk.ops.questions.figures`; the progress page computes them on the database
worker, in the same job as its other figures)."""

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
from .context import GuiContext


class QuestionsTable(QWidget):
    """A heading and a small table; hidden while the project has no questions."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.figures: list[QuestionFigures] = []
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
