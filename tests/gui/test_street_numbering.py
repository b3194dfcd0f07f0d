"""Switching a street's numbering in the window: the street list's context menu has
"Doorlopend genummerd"; the walking order follows at once. And the add-street dialog refuses a
name the printed pages cannot draw."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction

from buurtdesk.domain.address import Numbering
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.store.households import find_streets, household_count, list_households

from .test_street_page import addresses, wait_loaded


def _numbering_action(window: MainWindow) -> QAction:
    menu = window.street_page.streets_panel.context_menu()
    action = menu.findChild(QAction, "numberingAction")
    assert action is not None and action.isCheckable()
    return action


def test_switch_a_street_to_straight_and_back(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    page = window.street_page
    page.select_streets([ids["dorpsstraat"]])
    wait_loaded(qtbot, window)
    odd_even = [f"Dorpsstraat {n}" for n in (1, 3, 5, 2, 4, 6)]
    straight = [f"Dorpsstraat {n}" for n in range(1, 7)]
    assert addresses(window) == odd_even
    action = _numbering_action(window)
    assert not action.isChecked()
    action.trigger()  # check it: numbered straight through
    qtbot.waitUntil(lambda: addresses(window) == straight, timeout=5000)
    assert find_streets(window.context.db, "Dorpsstraat")[0].numbering is Numbering.STRAIGHT
    assert find_streets(window.context.db, "Kerkweg")[0].numbering is Numbering.ODD_EVEN
    again = _numbering_action(window)
    assert again.isChecked()
    again.trigger()  # and back
    qtbot.waitUntil(lambda: addresses(window) == odd_even, timeout=5000)
    assert find_streets(window.context.db, "Dorpsstraat")[0].numbering is Numbering.ODD_EVEN


def test_ctrl_z_puts_a_street_numbering_back(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    """The switch is an undoable operation: Ctrl+Z and Ctrl+Shift+Z, through the undo history
    in the file (ops/undo.py)."""
    page = window.street_page
    page.select_streets([ids["dorpsstraat"]])
    wait_loaded(qtbot, window)
    odd_even = [f"Dorpsstraat {n}" for n in (1, 3, 5, 2, 4, 6)]
    straight = [f"Dorpsstraat {n}" for n in range(1, 7)]
    _numbering_action(window).trigger()
    qtbot.waitUntil(lambda: addresses(window) == straight, timeout=5000)
    stack = window.context.undo_stack
    assert stack.undoText() == "Doorlopend genummerd: Dorpsstraat"
    stack.undo()
    qtbot.waitUntil(lambda: addresses(window) == odd_even, timeout=5000)
    assert find_streets(window.context.db, "Dorpsstraat")[0].numbering is Numbering.ODD_EVEN
    stack.redo()
    qtbot.waitUntil(lambda: addresses(window) == straight, timeout=5000)
    assert find_streets(window.context.db, "Dorpsstraat")[0].numbering is Numbering.STRAIGHT


def test_no_numbering_switch_without_a_chosen_street(window: MainWindow) -> None:
    window.street_page.streets_panel.clear_selection_quietly()
    menu = window.street_page.streets_panel.context_menu()
    assert menu.findChild(QAction, "numberingAction") is None


def test_add_street_dialog_refuses_an_emoji(qtbot: Any, window: MainWindow) -> None:
    from buurtdesk.gui.street_dialog import AddStreetDialog

    db = window.context.db
    before = "\n".join(db.conn.iterdump())
    dialog = AddStreetDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Zonnelaan \U0001f31e")
    dialog.range.setText("1-9")
    dialog.accept()
    assert "U+1F31E" in dialog.error.text() and "afgedrukt" in dialog.error.text()
    assert dialog.result() == 0
    assert "\n".join(db.conn.iterdump()) == before
    dialog.name.setText("Zonnelaan")
    dialog.straight.setChecked(True)
    dialog.accept()
    assert dialog.result() == 1
    assert find_streets(db, "Zonnelaan")[0].numbering is Numbering.STRAIGHT


def test_the_window_says_when_an_import_matched_the_other_reading(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    # the neighbourhood has Kerkweg 11 H (addition); the municipality writes 11H
    csv = tmp_path / "gemeente.csv"
    csv.write_bytes(
        "Straatnaam;Huisnr;Toev.;Postcode;Plaats\r\n"
        "Kerkweg;11;H;1234 AB;Buurtdorp\r\n"
        "Kerkweg;1;;1234 AB;Buurtdorp\r\n".encode("cp1252")
    )
    before = household_count(window.context.db)
    job = window.import_file(csv)
    message = window.statusBar().currentMessage
    qtbot.waitUntil(lambda: "gemeente.csv" in message(), timeout=10000)
    assert job is not None
    assert "Kerkweg 11H = 11 H" in message() and "0 toegevoegd" in message()
    assert household_count(window.context.db) == before


def test_add_street_dialog_refuses_a_name_in_two_places_as_the_command_line_does(
    qtbot: Any, window: MainWindow
) -> None:
    """The dialog and `street add` call one operation: a street name that occurs in two places
    needs the place in both (the dialog used to add a third, place-less street)."""
    from buurtdesk.domain.address import AddressRecord, HouseNumber
    from buurtdesk.gui.street_dialog import AddStreetDialog
    from buurtdesk.store.address_upsert import upsert_households
    from buurtdesk.store.db import open_db

    other = open_db(window.context.db_path)  # another program wrote the two streets
    upsert_households(
        other,
        [AddressRecord("Lindelaan", HouseNumber(1), "", p) for p in ("Ons Dorp", "Ander Dorp")],
    )
    other.close()
    db = window.context.db
    before = "\n".join(db.conn.iterdump())
    dialog = AddStreetDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Lindelaan")
    dialog.range.setText("5-8")
    dialog.accept()
    assert dialog.result() == 0
    assert "meer plaatsen" in dialog.error.text() and "Ander Dorp" in dialog.error.text()
    assert "\n".join(db.conn.iterdump()) == before
    dialog.place.setText("ander dorp")
    dialog.accept()
    assert dialog.result() == 1
    listed = [(h["address"], h["place"]) for h in list_households(db, street="Lindelaan")]
    assert ("Lindelaan 8", "Ander Dorp") in listed and len(listed) == 6
