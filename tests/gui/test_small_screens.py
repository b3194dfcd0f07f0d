"""The window on small and large screens (issue 11, "Installable by a volunteer"): it fits the
screen it opens on; at 1024×600, 1366×768 and 1920×1080 every page shows its buttons and labels
whole, no field squeezed to a stub and no heading over a chart (a screenshot of each is saved,
see ``shot_path``); street names are whole in the street list; the title names the neighbourhood
once; the Taal menu ticks the language in use; undo and redo select the door they changed and
say what they did; a click on the map marks Straten in the navigation bar; the plan never cuts
week 1; the activity dialog starts in its title and does not offer who already signed up."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.demo import generate
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui import main_window as main_window_module
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.main_window import MainWindow, settings
from buurtdesk.gui.pages import PAGES
from buurtdesk.gui.plan_dialogs import ActivityDialog
from buurtdesk.gui.plan_page import COLUMN_WIDTH
from buurtdesk.ops.base import operation
from buurtdesk.store.activities import add_activity, set_signups
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.projects import current_project

from ..conftest import shot_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = [(1024, 600), (1366, 768), (1920, 1080)]
LONG_STREET = "Van Heemskerckstraat"
STUB = 100  # a text field narrower than this shows a letter or two of its placeholder


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = open_db(db_path)
    write_demo(db, generate(160, 7))
    upsert_households(
        db,
        [AddressRecord(LONG_STREET, HouseNumber(n), "1234AB", "Buurtdorp") for n in (1, 2, 3)],
        source="test",
    )
    db.close()
    return db_path


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    """No saved geometry, page or language from another test."""
    store = settings()
    store.clear()
    store.sync()
    yield
    store.clear()
    store.sync()


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path, fresh_settings: None) -> Iterator[MainWindow]:
    context = GuiContext(demo_path)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.street_page.is_loading(), timeout=10000)  # type: ignore[attr-defined]
    yield win
    win.close()
    context.close()


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible in the window and not scrolled out of its page's view."""
    return widget.isVisibleTo(window) and not widget.visibleRegion().isEmpty()


def _text_width(widget: QLabel | QAbstractButton) -> int:
    text = widget.text()
    if isinstance(widget, QAbstractButton):
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    metrics = widget.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def cut_texts(page: QWidget, window: QWidget) -> list[str]:
    """Labels and buttons whose text is wider than the widget (elided or clipped)."""
    problems = []
    for label in page.findChildren(QLabel):
        if not _shown(label, window) or not label.text() or label.wordWrap():
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in label.text()
        )
        if rich:
            needed = label.sizeHint().width() - 2 * label.margin()
            needed -= 2 * label.frameWidth()
        else:
            needed = _text_width(label)
        if needed > label.contentsRect().width():
            problems.append(f"label {label.text()!r}: {needed} > {label.contentsRect().width()}")
    for button in page.findChildren(QAbstractButton):
        if not _shown(button, window) or not button.text():
            continue
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = _text_width(button) + icon + 6  # the text and a little room either side
        if needed > button.width():
            problems.append(f"button {button.text()!r}: {needed} > {button.width()}")
    return problems


def stubs(page: QWidget, window: QWidget) -> list[str]:
    return [
        f"field {field.placeholderText() or field.objectName()!r}: {field.width()} px"
        for field in page.findChildren(QLineEdit)
        if _shown(field, window) and field.parent() is not None
        and type(field.parent()).__name__ not in {"QDateEdit", "QSpinBox", "QComboBox"}
        and field.width() < STUB
    ]  # fmt: skip


def overlaps(page: QWidget, window: QWidget) -> list[str]:
    """Labels drawn over a chart (the progress page's week chart)."""
    chart = getattr(page, "chart", None)
    if chart is None or not _shown(chart, window):
        return []
    area = QRect(chart.mapTo(window, chart.rect().topLeft()), chart.size())
    found = []
    for label in page.findChildren(QLabel):
        if not _shown(label, window) or not label.text():
            continue
        where = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        if where.intersects(area):
            found.append(f"label {label.text()!r} over the chart")
    return found


# --- the window and the screen ------------------------------------------------------------------


def test_the_first_window_fits_the_screen_it_opens_on(window: MainWindow) -> None:
    free = window.screen().availableGeometry()
    assert window.frameGeometry().width() <= free.width()
    assert window.frameGeometry().height() <= free.height()
    assert free.contains(window.frameGeometry())


def test_a_size_saved_on_a_big_monitor_still_fits(
    qtbot: QtBot, demo_path: Path, fresh_settings: None
) -> None:
    big = QWidget()
    big.setGeometry(0, 0, 2400, 1500)
    settings().setValue("window/geometry", big.saveGeometry())
    assert isinstance(settings().value("window/geometry"), QByteArray)
    context = GuiContext(demo_path)
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        free = win.screen().availableGeometry()
        assert win.width() <= free.width() and win.height() <= free.height()
    finally:
        win.close()
        context.close()


def test_the_title_names_the_neighbourhood_once(window: MainWindow) -> None:
    title = window.windowTitle()
    assert title.count("BuurtDesk") == 1
    from buurtdesk.store.neighbourhood import get_neighbourhood

    assert title.startswith(get_neighbourhood(window.context.db).name)  # the demo's name
    assert title.endswith(" — BuurtDesk")
    from buurtdesk.ops.neighbourhood import name_neighbourhood

    name_neighbourhood(window.context.db, "Rivierenbuurt", "Zutphen")
    window.refresh_title()  # what the wizard and arriving data (import, demo) call
    assert window.windowTitle().startswith("Rivierenbuurt")
    assert window.windowTitle().count("BuurtDesk") == 1


def test_taal_ticks_the_language_in_use_also_by_default(window: MainWindow) -> None:
    assert settings().value("language") is None  # nothing chosen: the default, Dutch here
    actions = window.language_actions
    assert actions["nl"].isChecked() and not actions["en"].isChecked()


def test_choosing_a_language_says_so_in_that_language(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, title, text, *_a: said.append(text))
    )
    window.language_actions["en"].trigger()
    assert said == ["The new language takes effect the next time you start BuurtDesk."]
    assert settings().value("language") == "en"
    assert window.language_actions["en"].isChecked()
    assert not window.language_actions["nl"].isChecked()  # one tick, not two
    window.language_actions["nl"].trigger()  # the language already shown: nothing to restart
    assert len(said) == 1


# --- every page at every size -------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_page_is_usable_at(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, width: int, height: int
) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width, timeout=5000)
    problems: dict[str, list[str]] = {}
    for spec in PAGES:
        page = window.show_page(spec.key)
        qtbot.waitUntil(page.isVisible, timeout=5000)
        if spec.key == "map":
            qtbot.waitUntil(lambda p=page: p.layer is not None, timeout=10000)  # type: ignore[misc]
        if spec.key == "progress":
            qtbot.waitUntil(lambda p=page: p.progress is not None, timeout=10000)  # type: ignore[misc]

        def found(p: QWidget = page) -> list[str]:
            return cut_texts(p, window) + stubs(p, window) + overlaps(p, window)

        try:  # a text set just now is laid out at the next turn of the event loop
            qtbot.waitUntil(lambda: not found(), timeout=2000)
        except TimeoutError:
            problems[spec.key] = found()
        window.grab().save(str(tmp_path / f"screen-{width}x{height}-{spec.key}.png"))
        if (width, height, spec.key) == (1024, 600, "streets"):  # the README's small screen
            window.grab().save(str(shot_path("small-screen.png", tmp_path)))
    assert not problems


def test_the_history_panel_folds_on_a_small_screen_and_comes_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    page: Any = window.street_page
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: page.splitter.sizes()[2] == 0, timeout=5000)
    assert page.splitter.isCollapsible(2) and not page.splitter.isCollapsible(1)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: page.splitter.sizes()[2] > 0, timeout=5000)


def test_the_outcome_buttons_take_two_rows_rather_than_cutting_their_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar: Any = window.street_page.checkoff  # type: ignore[attr-defined]
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: bar._columns < 6, timeout=5000)
    for button in bar.buttons.values():
        assert button.width() >= button.sizeHint().width() - 2, button.text()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: bar._columns == 6, timeout=5000)


@pytest.mark.parametrize(("width", "height"), SIZES[:2])
def test_street_names_are_whole_in_the_street_list(
    window: MainWindow, qtbot: QtBot, width: int, height: int
) -> None:
    page: Any = window.street_page
    window.resize(width, height)
    view = page.street_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == LONG_STREET)
    needed = view.fontMetrics().horizontalAdvance(LONG_STREET) + 8  # the cell's margins
    qtbot.waitUntil(lambda: view.columnWidth(0) >= needed, timeout=5000)
    assert view.visualRect(model.index(row, 0)).width() >= needed


def test_team_names_wrap_in_narrow_role_columns(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QListView

    window.resize(1024, 600)
    page: Any = window.show_page("team")
    qtbot.waitUntil(page.isVisible, timeout=5000)
    lists = [v for v in page.findChildren(QListView) if v.objectName().startswith("roleList_")]
    assert lists
    for view in lists:
        bar = view.horizontalScrollBar()
        assert not bar.isVisible(), view.objectName()
        assert bar.maximum() <= 4, view.objectName()  # nothing wider than the column to scroll to


# --- undo, redo, the map ------------------------------------------------------------------------


def test_undo_selects_the_door_it_undid_and_redo_says_what_it_redid(
    window: MainWindow, qtbot: QtBot
) -> None:
    page: Any = window.street_page
    first = page.households.household_id(0)
    page.select_row(0)
    assert page.check_off(Outcome.INTERESTED)
    qtbot.waitUntil(lambda: page.selected_household_id() != first, timeout=5000)
    address = page.households.household(0).address
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.selected_household_id() == first, timeout=5000)
    assert page.last_action.text().startswith("Ongedaan gemaakt: ")
    page.select_row(3)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: page.selected_household_id() == first, timeout=5000)
    assert page.last_action.text() == f"Opnieuw gedaan: {address}: geïnteresseerd"


def test_a_new_check_off_is_not_called_a_redo(window: MainWindow, qtbot: QtBot) -> None:
    page: Any = window.street_page
    page.select_row(0)
    assert page.check_off(Outcome.SPOKE)
    assert "opgeslagen" in page.last_action.text()
    assert "Opnieuw" not in page.last_action.text()


def test_a_click_on_the_map_marks_straten_in_the_navigation(
    window: MainWindow, qtbot: QtBot
) -> None:
    from .test_map import view_pos

    page: Any = window.show_page("map")
    qtbot.waitUntil(lambda: page.layer is not None and page.isVisible(), timeout=10000)
    layout = page.layer.layout
    households = window.street_page.households  # type: ignore[attr-defined]
    household = next(
        h
        for h in (households.household_id(r) for r in range(households.rowCount()))
        if (m := layout.marker_of(h)) is not None and len(layout.members(m)) == 1
    )  # a marker of one address (a click on several opens their list)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(page, household))
    qtbot.waitUntil(lambda: window.current_page_key() == "streets", timeout=5000)
    straten = window.nav.item(0)
    assert window.nav.currentItem() is straten
    assert window.nav.selectedItems() == [straten]
    assert window.stack.currentIndex() == 0


# --- the plan -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_plan_never_cuts_a_week_beside_the_role_names(
    window: MainWindow, qtbot: QtBot, width: int, height: int
) -> None:
    window.resize(width, height)
    page: Any = window.show_page("plan")
    qtbot.waitUntil(lambda: page.isVisible() and bool(page.lanes), timeout=5000)
    page.scroll_to_focus()
    value = page.scroll.horizontalScrollBar().value()
    assert value % COLUMN_WIDTH == 0  # the first week in view is whole
    header = page.findChild(QLabel, f"weekHeader{page._focus_week}")
    left = header.mapTo(page.scroll.viewport(), header.rect().topLeft()).x()
    assert left >= 0 and left + header.width() <= page.scroll.viewport().width()


def test_the_activity_dialog_starts_in_its_title_and_offers_only_new_households(
    qtbot: QtBot, demo_path: Path
) -> None:
    context = GuiContext(demo_path)
    project = current_project(context.db)
    assert project is not None
    first = context.db.execute(
        "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
        "WHERE s.name = ? ORDER BY h.number",
        [LONG_STREET],
    ).fetchall()
    signed = first[0][0]
    with operation(context.db, "setting up the test"):
        activity = add_activity(context.db, project.id, title="Buurtavond", day=date(2026, 11, 20))
        set_signups(context.db, activity.id, [(signed, False)])
    dialog = ActivityDialog(context, project, activity)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.title, timeout=5000)
    dialog.search.setText(LONG_STREET)
    offered = {row[0] for row in dialog.results.rows}
    assert signed not in offered and len(offered) == 2
    dialog.picker.pick()  # sign up the first one offered: it leaves the results
    assert len(dialog.results.rows) == 1
    dialog.signups_view.selectRow(0)
    dialog.remove_selected()  # taken off again: offered again
    assert signed in {row[0] for row in dialog.results.rows}
    dialog.reject()
    context.close()


def test_no_screen_no_crash(qapp: Any) -> None:
    assert QGuiApplication.primaryScreen() is not None
    assert main_window_module.DEFAULT_SIZE.width() > 0


# --- the map's street names ---------------------------------------------------------------------


def _map(window: MainWindow, qtbot: QtBot, width: int = 1366, height: int = 768) -> Any:
    window.resize(width, height)
    page: Any = window.show_page("map")
    qtbot.waitUntil(lambda: page.layer is not None and page.isVisible(), timeout=10000)
    page.fit()
    return page


def _shown_names(page: Any) -> list[Any]:
    return [
        item
        for item in page._label_items.values()
        if item.isVisible() and item.anchor == "centre"  # not the strips' names
    ]


def _tag(page: Any, item: Any) -> Any:
    """The name's tag as a polygon in view pixels (the tag keeps its size on screen)."""
    view = page.view
    return item.deviceTransform(view.viewportTransform()).map(item.boundingRect())


def _clashes(page: Any) -> list[str]:
    """Names over a house or a house number, or over another name."""
    from buurtdesk.gui.map_view import LABEL_MIN_SCALE, marker_size

    layout = page.layer.layout
    view = page.view
    scale = view.scale_factor
    numbers = scale >= LABEL_MIN_SCALE
    metrics = view.fontMetrics()
    points = []
    for marker in range(layout.marker_count):
        centre = view.mapFromScene(layout.marker_x[marker], layout.marker_y[marker])
        points.append(centre)
        if numbers:  # where the number is written: above, below or right of the house
            gap = int(marker_size(scale) / 2 + 2 + metrics.ascent() / 2)
            side = int(layout.marker_side[marker])
            offset = {0: (gap + 6, 0), 2: (0, gap)}.get(side, (0, -gap))
            points.append(centre + type(centre)(*offset))
    found = []
    tags = [(item.text, _tag(page, item)) for item in _shown_names(page)]
    for text, tag in tags:
        if any(tag.containsPoint(p, Qt.FillRule.OddEvenFill) for p in points):
            found.append(f"{text} over a house or its number")
    for i, (text, tag) in enumerate(tags):
        for other, other_tag in tags[i + 1 :]:
            if not tag.intersected(other_tag).isEmpty():
                found.append(f"{text} over {other}")
    return found


def test_every_street_on_the_map_gets_its_name(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _map(window, qtbot)
    streets = {spec.text for spec in page._label_specs if spec.anchor == "centre"}
    assert len(streets) >= 5
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(lambda: {i.text for i in _shown_names(page)} == streets, timeout=5000)
    window.grab().save(str(tmp_path / "screen-map-names.png"))
    assert {i.text for i in _shown_names(page)} == streets


@pytest.mark.parametrize("zoom", [1.0, 3.0, 9.0])
def test_street_names_do_not_cover_houses_numbers_or_each_other(
    window: MainWindow, qtbot: QtBot, zoom: float
) -> None:
    page = _map(window, qtbot)
    page.view.zoom_by(zoom)
    qtbot.waitUntil(lambda: bool(_shown_names(page)), timeout=5000)
    assert not _clashes(page)


def test_a_name_moves_off_a_house_and_off_another_name() -> None:
    import numpy as np

    from buurtdesk.gui.map_labels import Candidate, Obstacles, place_labels

    house = Obstacles(np.array([200.0]), np.array([100.0]), np.array([8.0]), 400.0, 200.0)
    street = Candidate(200.0, 100.0, 0.0, 300.0, 120.0, 18.0)
    twin = Candidate(200.0, 100.0, 0.0, 250.0, 120.0, 18.0)
    first, second = place_labels([street, twin], house, 400.0, 200.0)
    assert first is not None and second is not None
    assert abs(first.y - 100.0) >= 8.0 + 9.0  # off the house: its radius and half the tag
    assert abs(first.y - second.y) >= 18.0 or abs(first.x - second.x) >= 120.0
    crowded = Obstacles(np.array([20.0]), np.array([20.0]), np.array([40.0]), 40.0, 40.0)
    assert place_labels([street], crowded, 40.0, 40.0) == [None]  # no room: no name
