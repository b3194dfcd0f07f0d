"""The main window and its street list on a real neighbourhood file: check-off by keyboard, undo
and redo, re-entry by row number, search and filter, assignment, the empty state, the map wiring,
and a screenshot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from buurtdesk.domain.outcomes import Status
from buurtdesk.gui import app as gui_app
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.household_model import COL_ADDRESS, COL_NOTE, COL_SIDE, COL_STATUS
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.street_model import COL_HOUSEHOLDS, ProgressRole
from buurtdesk.store.team import streets_of
from buurtdesk.store.visits import list_visits

WALK = [
    "Dorpsstraat 1",
    "Dorpsstraat 3",
    "Dorpsstraat 5",
    "Dorpsstraat 2",
    "Dorpsstraat 4",
    "Dorpsstraat 6",
    "Kerkweg 1",
    "Kerkweg 3",
    "Kerkweg 5",
    "Kerkweg 7",
    "Kerkweg 9",
    "Kerkweg 11 H",
    "Kerkweg 11-1",
    "Kerkweg 11-2",
    "Kerkweg 2",
    "Kerkweg 4",
    "Kerkweg 6",
    "Kerkweg 8",
]


def wait_loaded(qtbot: Any, win: MainWindow) -> None:
    page = win.street_page
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)


def addresses(win: MainWindow) -> list[str]:
    model = win.street_page.households
    return [model.household(r).address for r in range(model.rowCount())]


def row_text(win: MainWindow, row: int, col: int) -> str:
    model = win.street_page.households
    return str(model.data(model.index(row, col)))


def street_counts(win: MainWindow, name: str) -> tuple[int, int, int]:
    model = win.street_page.streets
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return tuple(model.index(row, 2).data(ProgressRole))
    raise AssertionError(name)


def test_households_in_walking_order_with_sides_apart(window: MainWindow) -> None:
    assert addresses(window) == WALK
    model = window.street_page.households
    assert row_text(window, 0, COL_SIDE) == "oneven"
    assert row_text(window, 3, COL_SIDE) == "even"
    from buurtdesk.gui.household_model import SectionStartRole

    starts = [r for r in range(model.rowCount()) if model.index(r, 0).data(SectionStartRole)]
    assert starts == [0, 3, 6, 14]  # each street and each side begins a section
    # the apartments behind door 11 are grouped under it
    assert "3 adressen" in row_text(window, 11, COL_ADDRESS)
    assert row_text(window, 12, COL_ADDRESS).strip() == "↳ 11-1"
    assert row_text(window, 3, COL_STATUS) == "geïnteresseerd"
    assert "Bram Jansen" in row_text(window, 3, 4)
    streets = window.street_page.streets
    assert streets.index(0, 0).data() == "Alle straten"
    assert streets.index(0, COL_HOUSEHOLDS).data() == "18"


def test_check_off_by_keyboard_writes_visit_updates_row_counts_and_moves_on(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    page = window.street_page
    page.select_row(6)  # Kerkweg 1
    before = street_counts(window, "Kerkweg")
    page.checkoff.visitor.setCurrentText("Anna de Vries")
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    visits = list_visits(window.context.db, household_id=ids["h:Kerkweg 1"])
    assert [(v.outcome.value, v.visitor) for v in visits] == [("interested", "Anna de Vries")]
    assert row_text(window, 6, COL_STATUS) == "geïnteresseerd"
    assert page.households.household(6).status is Status.INTERESTED
    assert street_counts(window, "Kerkweg") == (before[0], before[1] + 1, before[2])
    assert page.selected_household_id() == ids["h:Kerkweg 3"]  # the next door
    # a note typed first goes with the next outcome; the connector stays
    page.checkoff.note.setText("komt op de avond")
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    visits = list_visits(window.context.db, household_id=ids["h:Kerkweg 3"])
    assert [(v.outcome.value, v.note, v.visitor) for v in visits] == [
        ("takes_part", "komt op de avond", "Anna de Vries")
    ]
    assert page.checkoff.note.text() == ""
    assert street_counts(window, "Kerkweg")[2] == before[2] + 1
    assert "komt op de avond" in page.households.household(7).last_note


def test_undo_and_redo(qtbot: Any, window: MainWindow, ids: dict[str, int]) -> None:
    page = window.street_page
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    hid = ids["h:Dorpsstraat 1"]
    assert row_text(window, 0, COL_STATUS) == "gesproken"
    window.undo_action.trigger()
    assert row_text(window, 0, COL_STATUS) == "nog niet bezocht"
    visits = list_visits(window.context.db, household_id=hid, include_retracted=True)
    assert [v.retracted for v in visits] == [True]  # kept in the history, not deleted
    assert street_counts(window, "Dorpsstraat")[1] == 1
    window.redo_action.trigger()
    assert row_text(window, 0, COL_STATUS) == "gesproken"
    assert street_counts(window, "Dorpsstraat")[1] == 2
    visits = list_visits(window.context.db, household_id=hid, include_retracted=True)
    assert [v.retracted for v in visits] == [False]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]


def test_do_not_visit_is_greyed_with_reason_and_undo_clears_it(
    qtbot: Any, window: MainWindow
) -> None:
    page = window.street_page
    page.select_row(1)
    page.checkoff.note.setText("nee-nee sticker")
    qtbot.keyClick(page.table, Qt.Key.Key_6)
    model = page.households
    assert model.household(1).do_not_visit
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert row_text(window, 1, COL_NOTE) == "Niet bezoeken: nee-nee sticker"
    window.undo_action.trigger()
    assert not model.household(1).do_not_visit
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_not_home_twice_suggests_door_card(qtbot: Any, window: MainWindow) -> None:
    page = window.street_page
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_1)
    assert page.door_card.isHidden()
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_1)
    assert not page.door_card.isHidden()
    assert "deurkaart" in page.door_card.text()
    assert "Dorpsstraat 1" in page.door_card.text()


def test_visit_history_beside_the_list(qtbot: Any, window: MainWindow) -> None:
    page = window.street_page
    page.select_row(3)  # Dorpsstraat 2 was visited in the fixture
    text = page.history.toPlainText()
    assert "Dorpsstraat 2" in text and "geïnteresseerd" in text and "Bram Jansen" in text


def test_reentry_by_row_number(qtbot: Any, window: MainWindow, ids: dict[str, int]) -> None:
    page = window.street_page
    page.search.setText("kerk")  # re-entry numbers rows as the walk list does: unfiltered
    page.reentry_button.click()
    assert page.reentry_bar.isVisible()
    assert page.search.text() == ""
    wait_loaded(qtbot, window)
    page.reentry_bar.screen_list.click()  # no code: the list on screen, all streets
    wait_loaded(qtbot, window)
    qtbot.keyClick(page.reentry_bar.walker, Qt.Key.Key_Down)  # who walked it: Anna de Vries
    qtbot.keyClicks(page.reentry, "r12 3")
    qtbot.keyClick(page.reentry, Qt.Key.Key_Return)
    assert page.households.household(11).status is Status.INTERESTED  # row 12: Kerkweg 11 H
    assert "Rij 12" in page.reentry_feedback.text()
    assert page.reentry.text() == ""
    qtbot.keyClicks(page.reentry, "r99 3")
    qtbot.keyClick(page.reentry, Qt.Key.Key_Return)
    assert "niet op deze lijst" in page.reentry_feedback.text()
    visits = list_visits(window.context.db, household_id=ids["h:Kerkweg 11-H"])
    assert [v.outcome.value for v in visits] == ["interested"]


def test_search_by_street_number_and_postcode(qtbot: Any, window: MainWindow) -> None:
    page = window.street_page
    for text, expected in (
        ("kerk 7", ["Kerkweg 7"]),
        ("1235 CD", WALK[:6]),
        ("dorp", WALK[:6]),
        ("11", ["Kerkweg 11 H", "Kerkweg 11-1", "Kerkweg 11-2"]),
        ("", WALK),
    ):
        page.search.setText(text)
        page.reload_households()
        wait_loaded(qtbot, window)
        assert addresses(window) == expected, text


def test_filter_by_status_and_connector_and_sort(qtbot: Any, window: MainWindow) -> None:
    page = window.street_page
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.INTERESTED.value))
    wait_loaded(qtbot, window)
    assert addresses(window) == ["Dorpsstraat 2"]
    page.status_filter.setCurrentIndex(0)
    page.connector.setCurrentIndex(page.connector.findText("Anna de Vries"))
    wait_loaded(qtbot, window)
    assert addresses(window) == WALK[6:]
    assert page.streets.rowCount() == 2  # "all streets" and Kerkweg
    page.connector.setCurrentIndex(0)
    page.sort.setCurrentIndex(page.sort.findData("status"))
    wait_loaded(qtbot, window)
    assert addresses(window)[-1] == "Dorpsstraat 2"  # unvisited first, in walking order


def test_select_street_and_assign_several_streets(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    page = window.street_page
    page.select_streets([ids["kerkweg"], ids["dorpsstraat"]])
    wait_loaded(qtbot, window)
    assert len(addresses(window)) == 18
    page.select_streets([ids["dorpsstraat"]])
    wait_loaded(qtbot, window)
    assert addresses(window) == WALK[:6]
    page.select_streets([ids["kerkweg"], ids["dorpsstraat"]])
    page.assign_selected_streets(ids["bram"])
    assert sorted(streets_of(window.context.db, ids["bram"])) == sorted(
        [ids["kerkweg"], ids["dorpsstraat"]]
    )
    page.assign_selected_streets(ids["anna"])  # Kerkweg was Anna's already
    window.undo_action.trigger()
    assert streets_of(window.context.db, ids["anna"]) == [ids["kerkweg"]]  # still hers
    window.undo_action.trigger()
    assert streets_of(window.context.db, ids["bram"]) == []
    window.redo_action.trigger()
    assert len(streets_of(window.context.db, ids["bram"])) == 2


def test_map_and_list_follow_each_other(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    class FakeMap(QWidget):
        householdActivated = Signal(int)

        def __init__(self) -> None:
            super().__init__()
            self.selected: list[int] = []

        def select_household(self, household_id: int) -> None:
            self.selected.append(household_id)

    fake = FakeMap()
    window.pages["map"] = fake
    window._wire("map", fake)
    window.show_page("team")
    page = window.street_page
    page.status_filter.setCurrentIndex(page.status_filter.findData(Status.INTERESTED.value))
    wait_loaded(qtbot, window)
    fake.householdActivated.emit(ids["h:Kerkweg 8"])  # not in the filtered list: it widens
    wait_loaded(qtbot, window)
    assert window.current_page_key() == "streets"
    assert page.selected_household_id() == ids["h:Kerkweg 8"]
    page.select_row(0)
    assert fake.selected[-1] == page.households.household_id(0)


def test_empty_state_and_add_street(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    context = GuiContext(tmp_path / "leeg.buurtdesk")
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    wait_loaded(qtbot, win)
    page = win.street_page
    assert page.is_empty()
    assert page.demo_button.isVisible() and page.import_button.isVisible()

    from buurtdesk.gui import street_dialog

    def fake_exec(dialog: Any) -> int:
        dialog.name.setText("Lindelaan")
        dialog.range.setText("1-9")
        dialog.side.setCurrentIndex(dialog.side.findData("odd"))
        dialog.postcode.setText("1234 ab")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(street_dialog.AddStreetDialog, "exec", fake_exec)
    page.add_street()
    wait_loaded(qtbot, win)
    assert not page.is_empty()
    assert addresses(win) == [f"Lindelaan {n}" for n in (1, 3, 5, 7, 9)]
    win.close()
    context.close()


def test_add_street_dialog_shows_mistakes(qtbot: Any, window: MainWindow) -> None:
    from buurtdesk.gui.street_dialog import AddStreetDialog

    dialog = AddStreetDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Lindelaan")
    dialog.range.setText("9-1")
    dialog.accept()
    assert "achteruit" in dialog.error.text()
    assert dialog.result() == 0


def test_demo_neighbourhood_from_empty_state(qtbot: Any, tmp_path: Path) -> None:
    context = GuiContext(tmp_path / "demo.buurtdesk")
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    wait_loaded(qtbot, win)
    page = win.street_page
    page.demo_button.click()
    qtbot.waitUntil(lambda: not page.is_empty() and not page.is_loading(), timeout=20000)
    assert page.households.rowCount() > 100
    assert page.streets.rowCount() > 3
    win.close()
    context.close()


def test_window_remembers_page(qtbot: Any, db_path: Path, ids: dict[str, int]) -> None:
    context = GuiContext(db_path)
    win = MainWindow(context)
    qtbot.addWidget(win)
    wait_loaded(qtbot, win)
    win.show_page("plan")
    win.close()
    win2 = MainWindow(context)
    qtbot.addWidget(win2)
    assert win2.current_page_key() == "plan"
    win2.show_page("streets")
    wait_loaded(qtbot, win2)
    win2.street_page.select_row(9)
    chosen = win2.street_page.selected_household_id()
    win2.close()
    win3 = MainWindow(context)  # the place in the list is remembered too
    qtbot.addWidget(win3)
    wait_loaded(qtbot, win3)
    assert win3.street_page.selected_household_id() == chosen
    win3.close()
    context.close()


def test_unopenable_file_is_a_dialog_not_a_traceback(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    bad = tmp_path / "kapot.buurtdesk"
    bad.write_bytes(b"dit is geen database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    assert gui_app.open_context(bad) is None
    assert shown and str(bad) in shown[0]


def test_screenshot_shows_the_neighbourhood(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.street_page.households.rowCount() == len(WALK), timeout=5000)
    image = window.grab().toImage()
    out = tmp_path / "main-window.png"
    assert image.save(str(out))
    assert out.stat().st_size > 10_000
    assert image.width() >= 1200 and image.height() >= 700
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 400, 7)}
    assert len(colours) > 20  # not a blank window
    # what the screenshot shows is the neighbourhood: its streets and its households
    assert window.street_page.streets.index(1, 0).data() == "Dorpsstraat"
    assert window.street_page.table.isVisible()


def test_enter_moves_on_and_check_off_passes_do_not_visit(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    page = window.street_page
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.selected_household_id() == ids["h:Dorpsstraat 3"]
    from buurtdesk.ops.doors import set_do_not_visit

    set_do_not_visit(window.context.db, ids["h:Dorpsstraat 5"], True, "nee-nee")
    page.households.refresh_household(ids["h:Dorpsstraat 5"])
    qtbot.keyClick(page.table, Qt.Key.Key_2)  # Dorpsstraat 3: spoke; 5 is passed
    assert page.selected_household_id() == ids["h:Dorpsstraat 2"]


def test_household_note_is_saved_and_undone(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    page = window.street_page
    page.select_row(2)
    page.household_note.setText("hond, achterom")
    qtbot.keyClick(page.household_note, Qt.Key.Key_Return)
    assert page.households.household(2).note == "hond, achterom"
    assert row_text(window, 2, COL_NOTE) == "hond, achterom"
    window.undo_action.trigger()
    assert page.households.household(2).note == ""


def test_real_map_follows_the_list_and_shows_the_check_off(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    from PySide6.QtGui import QColor

    import buurtdesk.gui.map_page as map_page_module
    from buurtdesk.domain.outcomes import STATUS_COLOURS

    map_page = window.show_page("map")
    assert isinstance(map_page, map_page_module.MapPage)
    qtbot.waitUntil(lambda: map_page.layer is not None, timeout=5000)
    page = window.street_page
    map_page.householdActivated.emit(ids["h:Kerkweg 4"])
    assert window.current_page_key() == "streets"
    assert page.selected_household_id() == ids["h:Kerkweg 4"]
    page.select_row(7)
    assert map_page.selected_household() == ids["h:Kerkweg 3"]
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    window.show_page("map")
    qtbot.waitUntil(
        lambda: (
            map_page.marker_colour(ids["h:Kerkweg 3"]) == QColor(STATUS_COLOURS[Status.TAKES_PART])
        ),
        timeout=5000,
    )


def test_reentry_rows_match_the_printed_walk_list(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    import buurtdesk.domain.walklist as walklist
    import buurtdesk.store.printing as printing

    page = window.street_page
    page.connector.setCurrentIndex(page.connector.findText("Anna de Vries"))
    page.set_reentry_mode(True)
    wait_loaded(qtbot, window)
    page.reentry_bar.screen_list.click()  # Anna's list as on screen: she is the visitor
    wait_loaded(qtbot, window)
    rows = walklist.number_rows(
        printing.walk_entries(window.context.db, window.context.project_id, [ids["kerkweg"]])
    )
    assert [r.entry.household_id for r in rows] == page.households.ids()
    qtbot.keyClicks(page.reentry, "r9 5")
    qtbot.keyClick(page.reentry, Qt.Key.Key_Return)
    printed = next(r for r in rows if r.number == 9)
    visits = list_visits(window.context.db, household_id=printed.entry.household_id)
    assert [v.outcome.value for v in visits] == ["not_interested"]


def test_a_refused_visit_is_said_and_not_on_the_undo_stack(
    qtbot: Any, window: MainWindow, ids: dict[str, int]
) -> None:
    page = window.street_page
    page.select_row(0)
    page.checkoff.note.setText("x" * 2500)  # longer than a note may be
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    assert "2000" in page.last_action.text()
    assert list_visits(window.context.db, household_id=ids["h:Dorpsstraat 1"]) == []
    assert window.context.undo_stack.count() == 0
    assert page.selected_household_id() == ids["h:Dorpsstraat 1"]  # stays at the door
    assert len(page.checkoff.note.text()) == 2500  # the note is kept to be shortened
    page.checkoff.note.setText("kort")
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    assert "opgeslagen" in page.last_action.text()


def test_a_page_that_fails_to_build_says_so(
    qtbot: Any, db_path: Path, ids: dict[str, int], monkeypatch: Any, capsys: Any
) -> None:
    from buurtdesk.gui import main_window

    class Broken(QWidget):
        def __init__(self, context: Any, parent: Any) -> None:
            raise RuntimeError("kapot")

    from buurtdesk.gui.pages import PAGES, PageSpec

    broken = [PageSpec("plan", "Plan", lambda: Broken) if s.key == "plan" else s for s in PAGES]
    monkeypatch.setattr(main_window, "PAGES", broken)
    context = GuiContext(db_path)
    win = MainWindow(context)
    qtbot.addWidget(win)
    page = win.show_page("plan")
    assert isinstance(page, main_window.BrokenPage)
    assert "kapot" in capsys.readouterr().err
    win.show_page("streets")
    wait_loaded(qtbot, win)
    win.close()
    context.close()


def test_ctrl_z_and_ctrl_shift_z_from_the_keyboard(qtbot: Any, window: MainWindow) -> None:
    page = window.street_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert row_text(window, 0, COL_STATUS) == "geïnteresseerd"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row_text(window, 0, COL_STATUS) == "nog niet bezocht"
    qtbot.keyClick(
        page.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert row_text(window, 0, COL_STATUS) == "geïnteresseerd"


def test_opening_another_file_replaces_the_window(
    qtbot: Any, tmp_path: Path, db_path: Path, ids: dict[str, int], monkeypatch: Any
) -> None:
    keeper = gui_app.WindowKeeper()
    assert keeper.open(db_path)
    first = keeper.window
    assert first is not None  # not given to qtbot: the keeper deletes it when it is replaced
    wait_loaded(qtbot, first)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    bad = tmp_path / "kapot.buurtdesk"
    bad.write_bytes(b"geen database" * 200)
    assert not keeper.open(bad)  # said in a dialog; the open window stays
    assert shown and keeper.window is first and not first.context.closed
    other = tmp_path / "ander.buurtdesk"
    assert keeper.open(other)
    second = keeper.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert first.context.closed
    wait_loaded(qtbot, second)
    assert second.street_page.is_empty()
    second.close()
    second.context.close()
