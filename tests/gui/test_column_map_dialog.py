"""Importing from the window a file whose columns are not recognised: the column dialog shows
the first rows and lets the user choose the columns (the mapping --map gives), then imports.
A binary file is one plain sentence; a BAG GeoPackage reports its counts per layer."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from buurtdesk.gui.column_map_dialog import ColumnMapDialog
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.io.tabular import BINARY_MESSAGE
from buurtdesk.store.households import household_count

from ..conftest import shot_path

_spec = importlib.util.spec_from_file_location(
    "import_fixture_build", Path(__file__).parents[1] / "fixtures" / "import" / "build.py"
)
assert _spec is not None and _spec.loader is not None
build: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


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


def _own_headers(path: Path, rows: int = 12) -> Path:
    """A municipal list with headers nobody recognises, and a column that is not an address."""
    data = [["Dreef", str(n), "b" if n == 4 else "", "2" if n == 6 else "", "9999 AA", "Ons Dorp",
             f"Familie {n}"] for n in range(1, rows + 1)]  # fmt: skip
    return build.write_csv(path, ["Weg", "Huis", "Ltr", "Extra", "PC4+2", "Dorp", "Naam"], data)


def _open_dialog(qtbot: Any, win: MainWindow, path: Path, monkeypatch: Any) -> ColumnMapDialog:
    """Import, and wait for the column dialog (or a message, which fails the test)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    win.import_file(path)
    qtbot.waitUntil(
        lambda: (
            bool(shown) or (win.column_map_dialog is not None and win.column_map_dialog.isVisible())
        ),
        timeout=10000,
    )
    assert shown == []
    dialog = win.column_map_dialog
    assert dialog is not None
    return dialog


def test_choosing_columns_in_the_window_imports_the_file(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    path = _own_headers(tmp_path / "gemeente.csv")
    win = _window(qtbot, tmp_path / "buurt.buurtdesk")
    dialog = _open_dialog(qtbot, win, path, monkeypatch)
    assert household_count(win.context.db) == 0
    assert dialog.table.rowCount() == 10  # the first rows, not the whole file
    assert dialog.table.columnCount() == 7
    assert dialog.table.item(0, 0).text() == "Dreef"
    assert dialog.table.horizontalHeaderItem(6).text().startswith("Naam")
    assert not dialog.ok_button.isEnabled()  # street and number not chosen yet
    assert "straat" in dialog.problem.text()
    assert dialog.grab().save(str(shot_path("column-map-dialog-start.png", tmp_path)))

    dialog.choose("street", "Weg")
    dialog.choose("number", "Weg")
    assert not dialog.ok_button.isEnabled()  # one column for two fields
    assert "Weg" in dialog.problem.text()
    dialog.choose("number", "Huis")
    dialog.choose("letter", "Ltr")
    dialog.choose("addition", "Extra")
    dialog.choose("postcode", "PC4+2")
    dialog.choose("place", "Dorp")
    assert dialog.ok_button.isEnabled()
    assert dialog.problem.text() == ""
    assert "straat" in dialog.table.horizontalHeaderItem(0).text()
    assert dialog.mapping() == {
        "street": "Weg",
        "number": "Huis",
        "letter": "Ltr",
        "addition": "Extra",
        "postcode": "PC4+2",
        "place": "Dorp",
    }
    dialog.resize(1024, 600)
    out = shot_path("column-map-dialog.png", tmp_path)
    assert dialog.grab().save(str(out))

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    page = win.street_page
    qtbot.waitUntil(lambda: not page.is_empty() and not page.is_loading(), timeout=10000)
    qtbot.waitUntil(lambda: household_count(win.context.db) == 12, timeout=10000)
    addresses = [page.households.household(r).address for r in range(page.households.rowCount())]
    assert "Dreef 4B" in addresses and "Dreef 6-2" in addresses
    assert "gemeente.csv: 12 toegevoegd" in win.statusBar().currentMessage()
    _close(qtbot, win)


def test_recognised_columns_are_chosen_already(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    path = build.write_csv(
        tmp_path / "half.csv", ["Weg", "huisnummer", "postcode"], [["Dreef", "1", "9999AA"]]
    )
    win = _window(qtbot, tmp_path / "buurt.buurtdesk")
    dialog = _open_dialog(qtbot, win, path, monkeypatch)
    assert dialog.combos["number"].currentText() == "huisnummer"
    assert dialog.combos["postcode"].currentText() == "postcode"
    assert dialog.combos["street"].currentData() is None
    dialog.reject()
    assert win.column_map_dialog is None
    assert household_count(win.context.db) == 0  # cancelled: nothing imported
    again = _open_dialog(qtbot, win, path, monkeypatch)  # a second try opens a new one
    again.choose("street", "Weg")
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: household_count(win.context.db) == 1, timeout=10000)
    # the window has taken the report (the file is committed a moment before): closing earlier
    # left the report to a closed file
    qtbot.waitUntil(lambda: "half.csv: 1 toegevoegd" in win.statusBar().currentMessage())
    _close(qtbot, win)


def test_a_binary_file_is_one_plain_sentence_in_the_window(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "adressen.csv"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 0x44, 0x44]) * 300)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    win = _window(qtbot, tmp_path / "buurt.buurtdesk")
    win.import_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].endswith(f"{path}:1: {BINARY_MESSAGE}")
    assert "DDDD" not in shown[0]
    assert win.column_map_dialog is None
    assert household_count(win.context.db) == 0
    _close(qtbot, win)


def test_a_bag_geopackage_reports_its_layers_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    win = _window(qtbot, tmp_path / "buurt.buurtdesk")
    win.import_file(path)
    qtbot.waitUntil(lambda: bool(win.last_import_report), timeout=10000)
    assert household_count(win.context.db) == 35
    assert win.last_import_report == (
        "bag.gpkg: 35 toegevoegd, 0 bijgewerkt, 0 ongewijzigd — per laag: verblijfsobjecten 30, "
        "ligplaatsen 3, standplaatsen 2 — 12 geen woning"
    )
    assert win.statusBar().currentMessage() == win.last_import_report
    _close(qtbot, win)
