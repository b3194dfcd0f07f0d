"""Door questions in the window: the plan page's list (add, refuse bad input without changing
the file, remove, Ctrl+Z) and the progress page's table of answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.plan_page import PlanPage
from buurtdesk.gui.progress_page import ProgressPage
from buurtdesk.ops import questions as ops
from buurtdesk.ops.visits import record_visit

from ..conftest import shot_path
from ..unit.pdf_seed import seed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def context(qtbot, db_path: Path):
    db, _ = seed(db_path)
    db.close()
    ctx = GuiContext(db_path)
    yield ctx
    ctx.close()


def _dump(context: GuiContext) -> str:
    return "\n".join(context.db.conn.iterdump())


def _shorts(page: PlanPage) -> list[str]:
    table = page.questions.table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_add_refuse_remove_and_undo_on_the_plan_page(
    qtbot, context: GuiContext, tmp_path: Path
) -> None:
    page = PlanPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    panel = page.questions
    qtbot.keyClicks(panel.short, "warmtescan")
    qtbot.keyClicks(panel.text, "Wilt u een gratis warmtescan?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.short, "isolatie")
    qtbot.keyClicks(panel.text, "Welke isolatie?")
    qtbot.keyClicks(panel.choices, "dak, spouw")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)  # Enter adds too
    assert _shorts(page) == ["warmtescan", "isolatie"]
    assert panel.table.item(1, 2).text() == "dak / spouw / nee"
    page.grab().save(str(shot_path("plan-questions.png", tmp_path)))
    before = _dump(context)
    for short, text, choices, message in (
        ("warmtescan", "Nog eens?", "", "bestaat al"),
        ("leeg", "", "", "niet leeg"),
        ("keuze", "Welke?", "a,a", "twee keer"),
    ):
        panel.short.setText(short)
        panel.text.setText(text)
        panel.choices.setText(choices)
        panel.add()
        assert message in panel.message.text()
        assert _dump(context) == before
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert _shorts(page) == ["isolatie"]
    assert "Ctrl+Z" in panel.message.text()
    context.undo_stack.undo()
    assert _shorts(page) == ["warmtescan", "isolatie"]


def test_the_progress_page_shows_the_answers(qtbot, context: GuiContext, tmp_path: Path) -> None:
    project = context.project
    assert project is not None
    ops.add_question(context.db, "Wilt u een gratis warmtescan?", short="warmtescan",
                     project_id=project.id)  # fmt: skip
    door = context.db.execute(
        "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
        "WHERE s.name = 'Lindelaan' AND h.number = 3"
    ).fetchone()[0]
    record_visit(context.db, household_id=door, outcome=Outcome.SPOKE, visitor="Ann de Vries",
                 visit_date=date(2026, 11, 10), answers={"warmtescan": "ja"})  # fmt: skip
    page = ProgressPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    table = page.questions
    qtbot.waitUntil(
        lambda: table.table.rowCount() == 1 and page.progress is not None, timeout=30000
    )
    assert table.isVisible()
    assert table.table.item(0, 0).text() == "warmtescan"
    assert table.table.item(0, 1).text() == "1"
    assert table.table.item(0, 2).text() == "ja 1 · nee 0"
    assert "Lindelaan: ja 1" in table.table.item(0, 2).toolTip()
    page.grab().save(str(shot_path("progress-questions.png", tmp_path)))
