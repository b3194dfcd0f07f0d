"""Fixtures for the main-window tests: a small real neighbourhood file and the window on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.main_window import MainWindow

from .street_fixtures import make_neighbourhood


@pytest.fixture
def ids(db_path: Path) -> dict[str, int]:
    return make_neighbourhood(db_path)


@pytest.fixture
def window(qtbot: Any, db_path: Path, ids: dict[str, int]) -> Iterator[MainWindow]:
    context = GuiContext(db_path)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1400, 820)
    win.show()
    win.show_page("streets")  # another test may have left a different page in the settings
    page = win.street_page
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    yield win
    win.close()
    context.close()


@pytest.fixture(autouse=True)
def no_unanswered_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question or a warning nobody answers would hang the test run (a modal box offscreen): a
    test that expects one patches QMessageBox itself; any other fails at once."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        raise AssertionError(f"unexpected question: {text}")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(unexpected))

    def unexpected_message(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        raise AssertionError(f"unexpected message box: {text}")

    # a warning nobody expected is a failure to read, not a run that hangs on a box offscreen
    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(unexpected_message))


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_gui_thread(qapp: Any) -> None:
    """As in the app: Python's cycle collector runs on the GUI thread only (gui/gc_guard.py)."""
    from buurtdesk.gui import gc_guard

    gc_guard.install(qapp)


@pytest.fixture(autouse=True, scope="session")
def application_stylesheet(qapp: Any) -> None:
    """As in the app: the one stylesheet (gui/style.py), so tests see the widgets users see."""
    from buurtdesk.gui import style

    assert style.install_stylesheet(qapp), "resources/style/buurtdesk.qss is missing"
