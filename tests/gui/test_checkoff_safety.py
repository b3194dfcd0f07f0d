"""Check-off must never lose a visit or a resident's wish: undo keeps a do-not-visit mark, and a
database that refuses the write is said, with the note kept and no false undo step."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.worker import Cancelled
from buurtdesk.ops.base import operation
from buurtdesk.ops.doors import set_do_not_visit
from buurtdesk.store.visits import list_visits


def _flag(db: Any, household_id: int) -> tuple[int, str]:
    row = db.execute(
        "SELECT do_not_visit, do_not_visit_reason FROM households WHERE id = ?", [household_id]
    ).fetchone()
    return (row[0], row[1])


def test_undo_of_a_visit_at_a_do_not_visit_door_keeps_the_mark(
    qtbot: Any, window: MainWindow, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = window.street_page
    hid = ids["h:Dorpsstraat 1"]
    set_do_not_visit(window.context.db, hid, True, "bordje nee-nee")
    # asked first (tests/gui/test_reentry.py); here the answer is yes, it really was a visit
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes)
    )
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # spoke, at a door that asked not to be visited
    assert "niet aanbellen" in page.last_action.text()
    assert [v.outcome.value for v in list_visits(window.context.db, household_id=hid)] == ["spoke"]
    assert _flag(window.context.db, hid) == (1, "bordje nee-nee")
    window.context.undo_stack.undo()
    assert list_visits(window.context.db, household_id=hid) == []
    assert _flag(window.context.db, hid) == (1, "bordje nee-nee")
    window.context.undo_stack.redo()
    assert _flag(window.context.db, hid) == (1, "bordje nee-nee")


def test_a_locked_database_is_said_and_the_note_kept(
    qtbot: Any, window: MainWindow, ids: dict[str, int], db_path: Path
) -> None:
    page = window.street_page
    window.context.db.execute("PRAGMA busy_timeout = 100")  # do not wait the full 10 s here
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        page.select_row(6)
        page.checkoff.note.setText("hond in de tuin")
        steps = window.context.undo_stack.count()
        qtbot.keyClick(page.table, Qt.Key.Key_3)
        assert page.checkoff.note.text() == "hond in de tuin"
        assert "in gebruik" in page.last_action.text()
        assert window.context.undo_stack.count() == steps
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert list_visits(window.context.db, household_id=ids["h:Kerkweg 1"]) == []
    qtbot.keyClick(page.table, Qt.Key.Key_3)  # once the file is free, the same key works
    (visit,) = list_visits(window.context.db, household_id=ids["h:Kerkweg 1"])
    assert (visit.outcome.value, visit.note) == ("interested", "hond in de tuin")


def test_closing_during_an_import_asks_first(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow_import(db: Any, progress: Any) -> None:
        while not release.wait(0.01):
            if not progress(0, 1):
                raise Cancelled

    job = window.context.worker.submit(slow_import, "adressen inlezen", writes=True)
    qtbot.waitUntil(lambda: window.context.worker.current is job, timeout=5000)
    asked: list[str] = []

    def answer(choice: str) -> Any:
        def ask(_window: Any, job: Any) -> str:
            asked.append(job.label)
            return choice

        return ask

    monkeypatch.setattr(MainWindow, "ask_quit_during_job", answer("cancel"))
    window.close()
    assert window.isVisible() and "adressen inlezen" in asked[0]
    assert not job.is_cancelled
    monkeypatch.setattr(MainWindow, "ask_quit_during_job", answer("stop"))
    window.close()
    assert job.is_cancelled
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)  # once the job has stopped
    release.set()


def test_reentry_locks_the_list_and_ctrl_z_undoes_the_visit(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    page = window.street_page
    page.reentry_button.click()
    assert not page.search.isEnabled() and not page.status_filter.isEnabled()
    page.reentry_bar.screen_list.click()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    assert "Rijen 1 tot 18, lijstcode" in page.reentry_bar.feedback.text()
    qtbot.keyClick(page.reentry_bar.walker, Qt.Key.Key_Down)
    qtbot.keyClicks(page.reentry, "r7 2")
    qtbot.keyClick(page.reentry, Qt.Key.Key_Return)
    hid = ids["h:Kerkweg 1"]
    assert [v.outcome.value for v in list_visits(window.context.db, household_id=hid)] == ["spoke"]
    qtbot.keyClick(page.reentry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list_visits(window.context.db, household_id=hid) == []
    page.reentry_button.click()
    assert page.search.isEnabled()


def test_streets_are_assigned_to_connectors_only(window: MainWindow, ids: dict[str, int]) -> None:
    from PySide6.QtWidgets import QMenu

    from buurtdesk.domain.team import Role
    from buurtdesk.store.team import add_member

    with operation(window.context.db, "setting up the test"):
        add_member(window.context.db, "Henk Bos", [Role.ENTREPRENEUR])
    panel = window.street_page.streets_panel
    window.street_page.select_streets([ids["kerkweg"]])
    menu = QMenu()
    panel._fill_menu(menu)
    offered = [a.text() for a in menu.actions() if a.text()]
    assert "Toewijzen aan Anna de Vries" in offered
    assert not any("Henk Bos" in text for text in offered)


def test_after_undo_the_line_says_so(qtbot: Any, window: MainWindow) -> None:
    page = window.street_page
    page.select_row(6)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert "opgeslagen" in page.last_action.text()
    window.context.undo_stack.undo()
    assert "Ongedaan gemaakt" in page.last_action.text()
    assert "opgeslagen" not in page.last_action.text()


def test_reentry_shows_the_code_printed_on_the_walk_list(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    import re

    from pypdf import PdfReader

    from buurtdesk.io.pdf.exports import export_walklist

    context = window.context
    assert context.project is not None
    out = export_walklist(context.db, context.project, tmp_path / "anna.pdf",
                          connector="Anna de Vries").path  # fmt: skip
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    printed = re.search(r"LL-\d{4}-([0-9A-F]{4})", text)
    assert printed is not None
    page = window.street_page
    page.connector.setCurrentIndex(page.connector.findText("Anna de Vries"))
    page.set_reentry_mode(True)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    page.reentry_bar.screen_list.click()  # without the code: the list on screen
    qtbot.waitUntil(lambda: "lijstcode" in page.reentry_bar.feedback.text(), timeout=5000)
    assert f"lijstcode {printed.group(1)}" in page.reentry_bar.feedback.text()
    # another selection numbers other rows, and says so by another code
    page.reentry_bar.other_list.click()
    page.connector.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    page.reentry_bar.screen_list.click()
    qtbot.waitUntil(lambda: "lijstcode" in page.reentry_bar.feedback.text(), timeout=5000)
    assert f"lijstcode {printed.group(1)}" not in page.reentry_bar.feedback.text()
