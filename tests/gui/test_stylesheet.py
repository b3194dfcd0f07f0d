"""The application's one stylesheet (resources/style/buurtdesk.qss): it parses, it is the only
place a look is written, and what it says reaches the widgets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from buurtdesk.domain.outcomes import STATUS_COLOURS, Status
from buurtdesk.domain.plan import TaskKind, TaskStatus
from buurtdesk.domain.team import Role
from buurtdesk.gui import style
from buurtdesk.gui.plan_cards import TaskCard
from buurtdesk.gui.texts import ROLE_COLOURS
from buurtdesk.store.plan import Task

ROOT = Path(__file__).parents[2]
QSS = ROOT / "resources" / "style" / "buurtdesk.qss"
GUI = ROOT / "buurtdesk" / "gui"
# gui/style.py holds the application's one call; the other four are converted by the lead after
# merging the branches that edit them now (they must become empty here, not longer)
ALLOWED = {"style.py"}


def rules(text: str) -> dict[str, str]:
    """selector -> declarations (comments removed)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return {sel.strip(): body.strip() for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text)}


@pytest.fixture
def qt_messages(qapp: Any) -> Iterator[list[str]]:
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def parse_messages(app: QApplication, sheet: str, qtbot: Any, seen: list[str]) -> list[str]:
    app.setStyleSheet(sheet)
    probe = QPushButton("probe")  # Qt parses the sheet when it first styles a widget
    qtbot.addWidget(probe)
    probe.show()
    qtbot.waitExposed(probe)
    return [m for m in seen if "Could not parse" in m]


def test_the_stylesheet_parses(qapp: Any, qtbot: Any, qt_messages: list[str]) -> None:
    try:
        # the check can see a mistake: a sheet with a missing brace is reported
        assert parse_messages(qapp, "QLabel { color: red; ", qtbot, qt_messages)
        qt_messages.clear()
        assert parse_messages(qapp, style.stylesheet(), qtbot, qt_messages) == []
    finally:
        qapp.setStyleSheet(style.stylesheet())


def test_the_application_loads_the_shipped_stylesheet(qapp: Any) -> None:
    assert style.stylesheet() == QSS.read_text(encoding="utf-8")
    assert qapp.styleSheet() == style.stylesheet()  # tests/gui/conftest.py, as gui/app.py


def test_no_look_is_written_in_the_code() -> None:
    calls = {
        path.name: path.read_text(encoding="utf-8").count("setStyleSheet(")
        for path in GUI.rglob("*.py")
    }
    assert {name: n for name, n in calls.items() if n and name not in ALLOWED} == {}
    assert calls["style.py"] == 1


def test_the_colours_are_those_of_the_outcomes_and_the_roles() -> None:
    sheet = rules(QSS.read_text(encoding="utf-8"))
    for status, colour in STATUS_COLOURS.items():
        if status is Status.UNVISITED:
            continue  # no check-off button: an outcome is a visit
        body = sheet[f'QToolButton#outcomeButton[outcome="{status.value}"]']
        assert body == f"border-left-color: {colour};"
    for role, colour in ROLE_COLOURS.items():
        if role is None:
            continue
        assert sheet[f'QFrame#taskCard[role="{role.value}"]'] == f"border-left-color: {colour};"
        assert sheet[f'QLabel#laneTitle[role="{role.value}"]'] == f"color: {colour};"
        assert sheet[f'QFrame#roleColumn[role="{role.value}"]'] == f"border-top-color: {colour};"
        assert sheet[f'QListView[role="{role.value}"]::item'] == f"border-left-color: {colour};"


def test_a_tone_reaches_the_label_and_follows_a_change(qtbot: Any) -> None:
    label = QLabel("Opgeslagen")
    qtbot.addWidget(label)
    style.set_tone(label, "ok")
    label.show()
    qtbot.waitExposed(label)
    text = QPalette.ColorRole.WindowText
    assert label.palette().color(text) == QColor("#006644")
    style.set_tone(label, "error")  # a label that said "ok" now says what went wrong
    assert label.palette().color(text) == QColor("#b00020")


def card_pixels(qtbot: Any, *, role: Role, overdue: bool, milestone: bool) -> dict[str, QColor]:
    kind = TaskKind.MILESTONE if milestone else TaskKind.TASK
    task = Task(1, "u", 1, 3, role, "Folder maken", "", kind, TaskStatus.BUSY, None, "", 0)
    card = TaskCard(cast(Any, None), task, None, overdue)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    image = card.grab().toImage()
    middle = image.height() // 2
    return {
        "bar": image.pixelColor(1, middle),
        "bar_end": image.pixelColor(5, middle),  # inside a milestone's wider bar only
        "top": image.pixelColor(image.width() // 2, 0),
        "inside": image.pixelColor(image.width() - 4, middle),
    }


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_task_card_shows_role_lateness_and_status(qtbot: Any) -> None:
    """What the card's properties select in the sheet reaches the screen."""
    late = card_pixels(qtbot, role=Role.CONNECTOR, overdue=True, milestone=True)
    assert late["bar"] == QColor(ROLE_COLOURS[Role.CONNECTOR])
    assert late["bar_end"] == QColor(ROLE_COLOURS[Role.CONNECTOR])
    assert late["top"] == QColor("#d93025")
    assert late["inside"] == QColor("#fff6d6")  # busy
    on_time = card_pixels(qtbot, role=Role.EXPERT, overdue=False, milestone=False)
    assert on_time["bar"] == QColor(ROLE_COLOURS[Role.EXPERT])
    assert on_time["bar_end"] != QColor(ROLE_COLOURS[Role.EXPERT])
    assert on_time["top"] == QColor("#c8c8c8")


def test_the_stylesheet_the_app_loads_is_the_one_in_ui() -> None:
    """ui/ holds the design files (forms, stylesheet, icon); the package's copy must not drift
    (scripts/make_forms.sh copies it)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert (root / "ui" / "buurtdesk.qss").read_bytes() == (
        root / "resources" / "style" / "buurtdesk.qss"
    ).read_bytes()
