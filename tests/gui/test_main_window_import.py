"""Importing an address file from the main window: through the worker, with progress; a bad file
is a message naming the file and line, and nothing changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.store.households import household_count


def _close(qtbot: Any, win: MainWindow) -> None:
    """Close once the worker has let go of its job: it reports a job's end (and the test moves
    on) a moment before it clears ``current``, and a window closed in that moment asks whether
    to stop the work, in a modal box that no test answers."""
    qtbot.waitUntil(lambda: win.context.worker.current is None, timeout=10000)
    win.close()
    win.context.close()


def _window(qtbot: Any, path: Path) -> MainWindow:
    win = MainWindow(GuiContext(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.street_page.is_loading(), timeout=5000)
    return win


def test_import_fills_the_empty_neighbourhood(qtbot: Any, tmp_path: Path) -> None:
    csv = tmp_path / "adressen.csv"
    csv.write_text(
        "straat;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats\n"
        "Molenweg;1;;;1234AB;Buurtdorp\n"
        "Molenweg;3;;;1234AB;Buurtdorp\n"
        "Molenweg;2;a;;1234AB;Buurtdorp\n"
        "Molenweg;4;;1;1234AB;Buurtdorp\n",
        encoding="utf-8",
    )
    win = _window(qtbot, tmp_path / "buurt.buurtdesk")
    page = win.street_page
    assert page.is_empty()
    win.import_file(csv)
    qtbot.waitUntil(lambda: not page.is_empty() and not page.is_loading(), timeout=10000)
    addresses = [page.households.household(r).address for r in range(page.households.rowCount())]
    assert addresses == ["Molenweg 1", "Molenweg 3", "Molenweg 2A", "Molenweg 4-1"]
    assert "adressen.csv" in win.statusBar().currentMessage()
    _close(qtbot, win)


def test_a_bad_file_is_refused_with_file_and_line(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    csv = tmp_path / "fout.csv"
    csv.write_text(
        "straat;huisnummer;postcode;woonplaats\nMolenweg;1;1234AB;Buurtdorp\nMolenweg;x;1234AB;B\n",
        encoding="utf-8",
    )
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    win = _window(qtbot, tmp_path / "buurt.buurtdesk")
    win.import_file(csv)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "fout.csv:3" in shown[0]
    assert household_count(win.context.db) == 0
    assert win.street_page.is_empty()
    _close(qtbot, win)


def test_the_demo_is_refused_in_a_file_with_a_team_and_says_how_in_the_window(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The window and `demo` call one operation, which refuses any file that holds data (the
    window checked only for households, and then showed the command line's --db advice)."""
    from buurtdesk.store.db import open_db
    from buurtdesk.store.team import add_member

    path = tmp_path / "team.buurtdesk"
    db = open_db(path)  # the store, directly: the file as another program left it
    add_member(db, "Anna", [])
    db.close()
    win = _window(qtbot, path)
    before = "\n".join(win.context.db.conn.iterdump())
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    win.open_demo()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "1 teamlid" in shown[0] and "Nieuwe buurt" in shown[0]
    assert "\n".join(win.context.db.conn.iterdump()) == before
    _close(qtbot, win)
