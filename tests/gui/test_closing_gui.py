"""The plan page's "Afsluiten…": a preview that says what goes, then the project is closed and its
figures stay as they were."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from buurtdesk.gui.main_window import MainWindow
from buurtdesk.store.progress import project_progress

from .destructive import press_destructive

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_closing_the_project_on_the_plan_page(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page: Any = window.show_page("plan")
    qtbot.waitUntil(lambda: page.close_project_button.isEnabled(), timeout=5000)
    project = window.context.project
    assert project is not None
    figures = project_progress(window.context.db, project, date(2026, 11, 30)).as_dict()
    said = press_destructive(monkeypatch)
    job = page.close_project()
    assert job is not None
    assert "1 bezoeken bij 1 huishoudens" in said[0] and "blijven precies" in said[0]
    db = window.context.db
    qtbot.waitUntil(
        lambda: db.execute("SELECT count(*) FROM visits").fetchone()[0] == 0, timeout=20000
    )
    qtbot.waitUntil(lambda: window.context.worker.current is None, timeout=20000)
    assert project_progress(window.context.db, project, date(2026, 11, 30)).as_dict() == figures
    qtbot.waitUntil(lambda: not page.close_project_button.isEnabled(), timeout=5000)
