"""The street map page on a real neighbourhood file, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from buurtdesk.domain.address import AddressRecord, Numbering, parse_house_number
from buurtdesk.domain.outcomes import STATUS_COLOURS, Outcome, Status
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.map_page import MapPage
from buurtdesk.ops.base import operation
from buurtdesk.ops.visits import record_visit  # the app's own way: an operation
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.households import find_by_address, set_numbering
from buurtdesk.store.projects import create_project

# The offscreen platform says this whenever a top-level window is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

X, Y = 121_000.0, 487_000.0
DAY = date(2026, 9, 14)


def record(street: str, number: str, x: float | None = None, y: float | None = None):
    return AddressRecord(street, parse_house_number(number), "1011AB", "Amsterdam", x, y)


def make_map_neighbourhood(db_path: Path) -> Path:
    """Dorpsstraat with points (and an apartment door, 7 H/7-1/7-2), Kerkpad and a square
    without; a takes-part visit at Dorpsstraat 1 and a not-home at 3."""
    db = open_db(db_path)
    upsert_households(
        db,
        [
            record("Dorpsstraat", "1", X, Y + 10),
            record("Dorpsstraat", "3", X + 15, Y + 10),
            record("Dorpsstraat", "5", X + 30, Y + 10),
            record("Dorpsstraat", "2", X, Y - 10),
            record("Dorpsstraat", "4", X + 15, Y - 10),
            record("Dorpsstraat", "7 H", X + 45, Y + 10),
            record("Dorpsstraat", "7-1", X + 45, Y + 10),
            record("Dorpsstraat", "7-2", X + 45, Y + 10),
            record("Kerkpad", "1"),
            record("Kerkpad", "3"),
            record("Kerkpad", "2"),
            record("Kerkpad", "4"),
            record("Marktplein", "1"),
            record("Marktplein", "2"),
        ],
    )
    street_id = db.execute("SELECT id FROM streets WHERE name = 'Marktplein'").fetchone()[0]
    set_numbering(db, street_id, Numbering.STRAIGHT)
    project = create_project(db, theme="energie", title="Samen isoleren", start=DAY)
    record_visit(
        db, project_id=project.id, household_id=hid(db, "Dorpsstraat 1"),
        outcome=Outcome.TAKES_PART, visit_date=DAY,
    )  # fmt: skip
    record_visit(
        db, project_id=project.id, household_id=hid(db, "Dorpsstraat 3"),
        outcome=Outcome.NOT_HOME, visit_date=DAY,
    )  # fmt: skip
    db.close()
    return db_path


@pytest.fixture
def neighbourhood(db_path: Path) -> Path:
    return make_map_neighbourhood(db_path)


def hid(db, address: str) -> int:
    found = find_by_address(db, address)
    assert len(found) == 1, address
    return int(found[0]["id"])


@pytest.fixture
def context(neighbourhood: Path) -> Iterator[GuiContext]:
    ctx = GuiContext(neighbourhood)
    yield ctx
    ctx.close()


@pytest.fixture
def page(qtbot: QtBot, context: GuiContext) -> MapPage:
    widget = MapPage(context)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def view_pos(page: MapPage, household_id: int) -> QPoint:
    scene = page.household_scene_pos(household_id)
    assert scene is not None
    return page.view.mapFromScene(scene)


def pixel(page: MapPage, household_id: int) -> QColor:
    image = page.view.viewport().grab().toImage()
    return image.pixelColor(view_pos(page, household_id))


def test_markers_are_coloured_by_status(page: MapPage, context: GuiContext) -> None:
    one, three, five = (hid(context.db, f"Dorpsstraat {n}") for n in (1, 3, 5))
    assert page.marker_colour(one) == QColor(STATUS_COLOURS[Status.TAKES_PART])
    assert page.marker_colour(three) == QColor(STATUS_COLOURS[Status.NOT_HOME])
    assert page.marker_colour(five) == QColor(STATUS_COLOURS[Status.UNVISITED])
    # and that is what is painted on the screen
    assert pixel(page, one) == QColor(STATUS_COLOURS[Status.TAKES_PART])
    assert pixel(page, three) == QColor(STATUS_COLOURS[Status.NOT_HOME])
    assert pixel(page, five) == QColor(STATUS_COLOURS[Status.UNVISITED])


def test_legend_counts_every_status(page: MapPage) -> None:
    counts = {status: label.text() for status, label in page.legend.count_labels.items()}
    assert counts[Status.TAKES_PART] == "1"
    assert counts[Status.NOT_HOME] == "1"
    assert counts[Status.UNVISITED] == "12"
    assert page.legend.strip_note.isVisible()  # there are streets without coordinates


def test_click_on_a_marker_activates_the_household(
    page: MapPage, context: GuiContext, qtbot: QtBot
) -> None:
    five = hid(context.db, "Dorpsstraat 5")
    with qtbot.waitSignal(page.householdActivated, timeout=1000) as blocker:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(page, five))
    assert blocker.args == [five]
    assert page.selected_household() == five


def test_click_beside_the_markers_activates_nothing(page: MapPage, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(page.householdActivated):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_a_drag_pans_and_does_not_select(page: MapPage, context: GuiContext, qtbot: QtBot) -> None:
    five = hid(context.db, "Dorpsstraat 5")
    start = view_pos(page, five)
    with qtbot.assertNotEmitted(page.householdActivated):
        qtbot.mousePress(page.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(page.view.viewport(), start + QPoint(60, 40))
        qtbot.mouseRelease(
            page.view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(60, 40)
        )


def test_select_household_highlights_and_centres(page: MapPage, context: GuiContext) -> None:
    page.view.zoom_by(4)
    two = hid(context.db, "Kerkpad 2")
    page.select_household(two)
    assert page.ring.isVisible()
    assert page.ring.pos() == page.household_scene_pos(two)
    centre = page.view.viewport().rect().center()
    assert (view_pos(page, two) - centre).manhattanLength() <= 2
    page.select_household(999_999)  # unknown: nothing highlighted, no error
    assert not page.ring.isVisible()


def test_a_visit_recolours_without_rebuilding(
    page: MapPage, context: GuiContext, qtbot: QtBot
) -> None:
    five = hid(context.db, "Dorpsstraat 5")
    layer = page.layer
    record_visit(
        context.db, project_id=context.project_id or 0, household_id=five,
        outcome=Outcome.INTERESTED, visit_date=DAY,
    )  # fmt: skip
    context.visitsChanged.emit()
    assert page.layer is layer  # the scene stayed; only colours changed
    assert page.marker_colour(five) == QColor(STATUS_COLOURS[Status.INTERESTED])
    qtbot.waitUntil(lambda: pixel(page, five) == QColor(STATUS_COLOURS[Status.INTERESTED]))
    assert page.legend.count_labels[Status.INTERESTED].text() == "1"


def test_a_hidden_map_catches_up_when_shown(
    page: MapPage, context: GuiContext, qtbot: QtBot
) -> None:
    five = hid(context.db, "Dorpsstraat 5")
    page.hide()
    record_visit(
        context.db, project_id=context.project_id or 0, household_id=five,
        outcome=Outcome.NOT_INTERESTED, visit_date=DAY,
    )  # fmt: skip
    context.visitsChanged.emit()
    assert page.shown_status(five) is Status.UNVISITED  # no work while hidden
    page.show()
    qtbot.waitExposed(page)
    assert page.shown_status(five) is Status.NOT_INTERESTED


def test_new_households_rebuild_the_map(page: MapPage, context: GuiContext) -> None:
    with operation(context.db, "setting up the test"):
        upsert_households(context.db, [record("Dorpsstraat", "9", X + 60, Y + 10)])
    context.householdsChanged.emit()
    nine = hid(context.db, "Dorpsstraat 9")
    assert page.household_scene_pos(nine) is not None


def test_streets_without_coordinates_are_strips(page: MapPage, context: GuiContext) -> None:
    ids = {n: hid(context.db, f"Kerkpad {n}") for n in (1, 3, 2, 4)}
    pos = {n: page.household_scene_pos(i) for n, i in ids.items()}
    assert pos[1] is not None and pos[2] is not None and pos[3] is not None
    assert pos[1].y() == pos[3].y() < pos[2].y()  # odd above the road, even below
    assert pos[1].x() < pos[3].x()
    dorp = page.household_scene_pos(hid(context.db, "Dorpsstraat 1"))
    assert dorp is not None and pos[1].y() > dorp.y()  # strips below the coordinate map
    markt = [page.household_scene_pos(hid(context.db, f"Marktplein {n}")) for n in (1, 2)]
    assert markt[0] is not None and markt[1] is not None
    assert markt[0].y() == markt[1].y()  # numbered straight through: one row
    names = {item.text for item in page.labels}
    assert {"Kerkpad", "Marktplein", "Dorpsstraat", "Straten zonder coördinaten"} <= names


@pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)  # the popup menu on the offscreen platform
def test_stacked_marker_opens_to_its_addresses(
    page: MapPage, context: GuiContext, qtbot: QtBot
) -> None:
    ids = [hid(context.db, f"Dorpsstraat {n}") for n in ("7 H", "7-1", "7-2")]
    assert len({page.household_scene_pos(i).toTuple() for i in ids}) == 1  # type: ignore[union-attr]
    assert "3 adressen" in page._tooltip(page.layer.layout.marker_of(ids[0]))  # type: ignore[union-attr]
    page.view.zoom_by(3)
    page.select_household(ids[0])
    with qtbot.assertNotEmitted(page.householdActivated):
        qtbot.mouseClick(
            page.view.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(page, ids[0])
        )
    menu = page.stack_menu
    assert menu is not None
    actions = [a for a in menu.actions() if a.data() is not None]
    assert [a.text().split(" — ")[0] for a in actions] == [
        "Dorpsstraat 7 H",
        "Dorpsstraat 7-1",
        "Dorpsstraat 7-2",
    ]
    with qtbot.waitSignal(page.householdActivated, timeout=1000) as blocker:
        actions[1].trigger()
    assert blocker.args == [ids[1]]
    menu.close()


def test_tooltip_names_address_and_status(page: MapPage, context: GuiContext) -> None:
    one = hid(context.db, "Dorpsstraat 1")
    assert page.layer is not None
    text = page._tooltip(page.layer.layout.marker_of(one))
    assert "Dorpsstraat 1" in text and "doet mee" in text


def test_zoom_buttons_and_fit(page: MapPage, qtbot: QtBot) -> None:
    fitted = page.view.scale_factor
    qtbot.mouseClick(page.zoom_in_button, Qt.MouseButton.LeftButton)
    assert page.view.scale_factor == pytest.approx(fitted * 1.5)
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.zoom_out_button, Qt.MouseButton.LeftButton)
    assert page.view.scale_factor < fitted
    qtbot.mouseClick(page.fit_button, Qt.MouseButton.LeftButton)
    assert page.view.scale_factor == pytest.approx(fitted)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.view.scale_factor == pytest.approx(fitted * 1.5)
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.view.scale_factor == pytest.approx(fitted)


def test_the_wheel_zooms(page: MapPage, qtbot: QtBot) -> None:
    fitted = page.view.scale_factor
    centre = QPointF(page.view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(page.view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    page.view.wheelEvent(event)
    assert page.view.scale_factor == pytest.approx(fitted * 1.25)


def test_an_empty_neighbourhood_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    context = GuiContext(tmp_path / "leeg.buurtdesk")
    try:
        widget = MapPage(context)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        assert widget.stack.currentWidget() is widget.notice
        assert "Nog geen adressen" in widget.notice.text()
    finally:
        context.close()


def test_a_big_file_is_drawn_on_the_worker_thread(
    qtbot: QtBot, context: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MapPage, "SYNC_LIMIT", 0)
    widget = MapPage(context)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    with qtbot.waitSignal(widget.ready, timeout=5000):
        widget.show()
        assert widget.loading
        assert widget.notice.text() == "De kaart wordt getekend…"
    assert widget.stack.currentWidget() is widget.view
    five = hid(context.db, "Dorpsstraat 5")
    assert widget.marker_colour(five) == QColor(STATUS_COLOURS[Status.UNVISITED])
    # a visit while a rebuild is under way is shown once it is ready (and recoloured)
    with qtbot.waitSignals([widget.ready, widget.recoloured], order="strict", timeout=5000):
        context.householdsChanged.emit()
        record_visit(
            context.db, project_id=context.project_id or 0, household_id=five,
            outcome=Outcome.SPOKE, visit_date=DAY,
        )  # fmt: skip
        context.visitsChanged.emit()
    assert widget.marker_colour(five) == QColor(STATUS_COLOURS[Status.SPOKE])
    # and a visit on a finished picture is read on the worker too
    layer = widget.layer
    with qtbot.waitSignal(widget.recoloured, timeout=5000):
        record_visit(
            context.db, project_id=context.project_id or 0, household_id=five,
            outcome=Outcome.TAKES_PART, visit_date=DAY,
        )  # fmt: skip
        context.visitsChanged.emit()
        assert widget.marker_colour(five) == QColor(STATUS_COLOURS[Status.SPOKE])  # not yet
    assert widget.layer is layer
    assert widget.marker_colour(five) == QColor(STATUS_COLOURS[Status.TAKES_PART])


@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_hovering_a_marker_shows_address_and_status(
    page: MapPage, context: GuiContext, qtbot: QtBot
) -> None:
    one = hid(context.db, "Dorpsstraat 1")
    pos = view_pos(page, one)
    viewport = page.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "Dorpsstraat 1" in QToolTip.text() and "doet mee" in QToolTip.text()
    QToolTip.hideText()


def test_a_crowded_view_tries_only_the_longest_streets_and_places_them_alike() -> None:
    """A city zoomed out has thousands of streets in view; only the MAX_TRIED longest are
    measured and handed to place_labels (with the count in view, which makes the view crowded).
    They get the same places as when every street in view is handed in."""
    import random

    import numpy as np

    from buurtdesk.gui.map_labels import MAX_TRIED, Candidate, Obstacles, place_labels

    rng = random.Random(3)
    width, height = 1200.0, 800.0
    streets = [
        Candidate(
            rng.uniform(0, width),
            rng.uniform(0, height),
            rng.choice([0.0, 30.0, 90.0, -45.0]),
            rng.choice([40.0, 60.0, 80.0, 120.0, 300.0]),  # many ties, as on a real map
            rng.uniform(40, 160),
            18.0,
        )
        for _ in range(3 * MAX_TRIED)
    ]
    empty = np.zeros(0)

    def obstacles() -> Obstacles:
        return Obstacles(empty, empty, empty, width, height)

    everything = place_labels(streets, obstacles(), width, height)
    order = sorted(range(len(streets)), key=lambda i: -streets[i].extent)[:MAX_TRIED]
    longest = place_labels(
        [streets[i] for i in order], obstacles(), width, height, in_view=len(streets)
    )
    assert any(p is not None for p in longest)
    assert {i: p for i, p in zip(order, longest, strict=True) if p is not None} == {
        i: p for i, p in enumerate(everything) if p is not None
    }
