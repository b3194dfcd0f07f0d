"""The page Ideeën: typing an idea with a theme and street, the count per theme, refusing bad
input without changing the file, removing and Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.ideas_page import IdeasPage
from buurtdesk.store.db import open_db

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


def _rows(page: IdeasPage) -> list[tuple[str, str, str]]:
    model = page.model
    return [
        tuple(model.data(model.index(r, c)) for c in range(3))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_add_ideas_with_theme_and_street(qtbot, context: GuiContext, tmp_path: Path) -> None:
    page = IdeasPage(context)
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    assert page.counts.text() == "Nog geen ideeën bewaard."
    qtbot.keyClicks(page.text, "Een buurtbus naar de markt")
    page.theme.setCurrentIndex(page.theme.findData("mobility"))
    page.street.setCurrentIndex(page.street.findData("Lindelaan"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.text, "Zonnepanelen op de school")
    page.theme.setCurrentIndex(page.theme.findData("energy"))
    page.street.setCurrentIndex(0)
    qtbot.keyClick(page.text, Qt.Key.Key_Return)  # Enter saves too
    assert _rows(page) == [
        ("Buurtbus en deelvervoer", "Lindelaan", "Een buurtbus naar de markt"),
        ("Energie besparen thuis", "–", "Zonnepanelen op de school"),
    ]
    assert page.text.text() == ""
    assert "Energie besparen thuis 1" in page.counts.text()
    assert "Buurtbus en deelvervoer 1" in page.counts.text()
    page.grab().save(str(shot_path("ideas.png", tmp_path)))
    db = open_db(context.db_path)  # in the file, for every other program
    assert db.execute("SELECT count(*) FROM ideas").fetchone()[0] == 2
    db.close()


@pytest.mark.parametrize("text", ["", "   ", "bel\x07 mij", "x" * 20_000])
def test_bad_idea_is_refused_and_changes_nothing(qtbot, context: GuiContext, text: str) -> None:
    page = IdeasPage(context)
    qtbot.addWidget(page)
    before = _dump(context)
    page.text.setText(text)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert _dump(context) == before
    assert page.message.text().startswith("een idee ")
    assert _rows(page) == []
    assert page.text.text() == text  # kept, to be corrected


def test_remove_and_undo(qtbot, context: GuiContext) -> None:
    page = IdeasPage(context)
    qtbot.addWidget(page)
    for text in ("Buurtmoestuin", "AED bij de supermarkt"):
        page.text.setText(text)
        page.add()
    assert not page.remove_button.isEnabled()
    page.table.selectRow(0)
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [r[2] for r in _rows(page)] == ["AED bij de supermarkt"]
    assert "Ctrl+Z" in page.message.text()
    context.undo_stack.undo()
    assert sorted(r[2] for r in _rows(page)) == ["AED bij de supermarkt", "Buurtmoestuin"]
    context.undo_stack.redo()
    assert [r[2] for r in _rows(page)] == ["AED bij de supermarkt"]
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _rows(page) == []
