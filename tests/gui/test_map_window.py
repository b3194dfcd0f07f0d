"""The map inside the main window: a click on the map selects the household in the street list,
the list's selection shows on the map, and a check-off in the list recolours the map."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from buurtdesk.domain.outcomes import STATUS_COLOURS, Outcome, Status
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.map_page import MapPage

from .test_map import hid, make_map_neighbourhood, view_pos

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    context = GuiContext(make_map_neighbourhood(db_path))
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1400, 820)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.street_page.is_loading(), timeout=5000)  # type: ignore[attr-defined]
    yield win
    win.close()
    context.close()


def map_page(win: MainWindow, qtbot: QtBot) -> MapPage:
    page = win.show_page("map")
    assert isinstance(page, MapPage)
    qtbot.waitUntil(lambda: page.layer is not None and page.isVisible(), timeout=5000)
    return page


def test_a_click_on_the_map_selects_the_household_in_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = map_page(window, qtbot)
    five = hid(window.context.db, "Dorpsstraat 5")
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(page, five))
    qtbot.waitUntil(
        lambda: window.street_page.selected_household_id() == five,  # type: ignore[attr-defined]
        timeout=5000,
    )
    assert window.current_page_key() == "streets"


def test_the_list_selection_shows_on_the_map(window: MainWindow, qtbot: QtBot) -> None:
    page = map_page(window, qtbot)
    two = hid(window.context.db, "Kerkpad 2")
    window.show_page("streets")
    window.street_page.select_household(two)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.selected_household() == two, timeout=5000)
    assert page.ring.isVisible() and page.ring.pos() == page.household_scene_pos(two)


def test_a_check_off_in_the_list_recolours_the_map(window: MainWindow, qtbot: QtBot) -> None:
    page = map_page(window, qtbot)
    five = hid(window.context.db, "Dorpsstraat 5")
    assert page.marker_colour(five) == QColor(STATUS_COLOURS[Status.UNVISITED])
    window.show_page("streets")
    street_page = window.street_page
    street_page.select_household(five)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: street_page.selected_household_id() == five, timeout=5000)  # type: ignore[attr-defined]
    street_page.check_off(Outcome.INTERESTED)  # type: ignore[attr-defined]
    window.show_page("map")
    qtbot.waitUntil(
        lambda: page.marker_colour(five) == QColor(STATUS_COLOURS[Status.INTERESTED]),
        timeout=5000,
    )
