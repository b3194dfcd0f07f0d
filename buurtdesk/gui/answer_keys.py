"""The door questions' keys in the check-off bar: one letter per question (shown), pressed
before the outcome key; the outcome then records the visit with those answers (``w 3``: yes to
the heat scan, interested). Pressing a letter again goes on: ja, nee, no answer (or through the
question's choices). The letters come from :func:`buurtdesk.domain.questions.answer_keys`."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QWidget

from ..domain.questions import answer_keys, next_answer
from ..ops import questions as question_ops
from .context import GuiContext


class AnswerKeys(QLabel):
    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("answerKeys")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.keys: dict[str, str] = {}  # letter -> short key
        self.choices: dict[str, tuple[str, ...]] = {}
        self.pending: dict[str, str] = {}  # short key -> answer for the next check-off
        context.projectChanged.connect(self.reload)
        context.planChanged.connect(self.reload)
        self.reload()

    @Slot()  # Qt drops the connection when the widget is gone
    def reload(self) -> None:
        project = self._context.project
        questions = (
            [] if project is None else question_ops.list_questions(self._context.db, project.id)
        )
        self.keys = answer_keys([q.short for q in questions])
        self.choices = {q.short: q.choices for q in questions}
        self.pending = {k: v for k, v in self.pending.items() if k in self.choices}
        self._show()

    def press(self, letter: str) -> bool:
        """A letter typed in the table or the re-entry field; True when it is a question's."""
        short = self.keys.get(letter.casefold())
        if short is None:
            return False
        answer = next_answer(self.choices[short], self.pending.get(short))
        if answer is None:
            self.pending.pop(short, None)
        else:
            self.pending[short] = answer
        self._show()
        return True

    def take(self) -> dict[str, str]:
        """The answers for the visit being recorded now (they are then cleared)."""
        taken, self.pending = self.pending, {}
        self._show()
        return taken

    def give_back(self, answers: dict[str, str]) -> None:
        """A check-off that was not saved keeps its answers for the next try."""
        self.pending = dict(answers)
        self._show()

    def _show(self) -> None:
        self.setVisible(bool(self.keys))
        parts = []
        for letter, short in self.keys.items():
            if short in self.pending:
                parts.append(f"<b>{letter.upper()} {short}: {self.pending[short]}</b>")
            else:
                parts.append(f"{letter.upper()} {short}")
        self.setText(self.tr("Vragen (vóór de uitkomst): %1").replace("%1", " · ".join(parts)))
