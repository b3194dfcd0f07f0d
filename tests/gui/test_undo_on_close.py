"""Issue 13: "Closing the window raises in street_page._undo_moved after the undo stack is gone".

A QUndoStack that is destroyed clears itself and says so (``indexChanged(0)``) while its Python
wrapper is already invalid. The window closes cleanly when its context is closed first (what
``run_gui`` and the window switcher do); when the stack goes while the context is still open (the
context destroyed by Qt, or the interpreter tearing down without ``close()``), the street page
heard that last signal and read the dead stack: RuntimeError, "Internal C++ object already
deleted".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt

from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.main_window import MainWindow


def _window_with_undo_history(qtbot: Any, db_path: Path) -> tuple[MainWindow, GuiContext]:
    context = GuiContext(db_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 820)
    window.show()
    window.show_page("streets")
    page: Any = window.street_page
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    context.undo_stack.undo()  # something to undo and something to redo
    assert context.undo_stack.index() == 1 and context.undo_stack.count() == 2
    return window, context


def test_closing_the_window_then_the_context_raises_nothing(
    qtbot: Any, db_path: Path, ids: dict[str, int]
) -> None:
    window, context = _window_with_undo_history(qtbot, db_path)
    window.close()
    context.close()
    shiboken6.delete(context.undo_stack)  # the stack goes last, as at the end of the process
    qtbot.wait_until(lambda: not shiboken6.isValid(context.undo_stack), timeout=1000)


def test_the_undo_stack_destroyed_before_the_context_is_closed_raises_nothing(
    qtbot: Any, db_path: Path, ids: dict[str, int]
) -> None:
    window, context = _window_with_undo_history(qtbot, db_path)
    window.close()
    said = window.street_page.last_action.text()  # type: ignore[attr-defined]
    assert said.startswith("Ongedaan gemaakt")
    # pytest-qt fails the test on an exception in a slot called by Qt
    shiboken6.delete(context.undo_stack)
    assert not shiboken6.isValid(context.undo_stack)
    assert window.street_page.last_action.text() == said  # type: ignore[attr-defined]
    context.close()
