"""The timeline: weeks, lanes and cards; dragging a task to another week; activities."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.plan import TaskKind, TaskStatus
from buurtdesk.domain.team import Role
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.plan_dialogs import ActivityDialog, NewProjectDialog, TaskDialog
from buurtdesk.gui.plan_page import PlanPage, task_mime
from buurtdesk.ops import undo as undo_ops
from buurtdesk.ops.base import operation
from buurtdesk.ops.undo import history as undo_history
from buurtdesk.store.activities import ActivityKind, add_activity, list_activities, signups
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.plan import get_task, list_tasks, set_status, start_project
from buurtdesk.store.team import add_member
from buurtdesk.store.visits import record_visit

from ..conftest import shot_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date(2026, 11, 25)  # a Wednesday in week 4 of a project that started on 2 November
START = date(2026, 11, 2)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PlanPage, "today", lambda self: TODAY)


def _seed(db_path: Path) -> None:
    db = open_db(db_path)
    upsert_households(
        db,
        [
            AddressRecord(street, HouseNumber(n), "1234AB", "Ons Dorp")
            for street in ("Kerkweg", "Molenlaan")
            for n in range(1, 31)
        ],
    )
    project = start_project(db, "energy", START)
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    add_member(db, "Bram", [Role.EXPERT])
    add_member(db, "Cor", [Role.ENTREPRENEUR])
    for n in range(1, 13):
        record_visit(
            db, project_id=project.id, household_id=n, outcome=Outcome.SPOKE,
            visit_date=START + timedelta(days=15), visitor="Anna",
        )  # fmt: skip
    tasks = list_tasks(db, project.id)
    for task in tasks[:4]:
        set_status(db, task.id, TaskStatus.DONE)
    set_status(db, tasks[6].id, TaskStatus.BUSY)
    db.execute("UPDATE plan_tasks SET member_id = ? WHERE id = ?", [anna.id, tasks[6].id])
    activity = add_activity(
        db, project.id, title="Buurtavond: warmtescans", day=START + timedelta(days=30),
        time="19:30", place="Buurthuis De Linde", kind=ActivityKind.MEETING,
    )  # fmt: skip
    db.execute(
        "INSERT INTO activity_signups (activity_id, household_id, signed_up_at, attended) "
        "VALUES (?, 1, 'x', 1), (?, 2, 'x', 0)",
        [activity.id, activity.id],
    )
    db.close()


@pytest.fixture
def context(qtbot, db_path: Path):
    _seed(db_path)
    ctx = GuiContext(db_path)
    yield ctx
    ctx.close()


def _drop(qtbot, page: PlanPage, task_id: int, week: int, role: Role | None) -> None:
    cell = page.cells[(week, role)]
    mime = task_mime(task_id)
    pos = QPointF(cell.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(cell, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    # the move runs once the drag is over (a zero timer): wait until it has run
    moves: list[bool] = []
    move = page.move_task
    page.move_task = lambda *args: moves.append(move(*args)) or moves[-1]  # type: ignore[method-assign]
    try:
        QApplication.sendEvent(cell, drop)
        qtbot.waitUntil(lambda: bool(moves), timeout=5000)
    finally:
        del page.move_task


def test_timeline_weeks_lanes_and_cards(qtbot, context: GuiContext) -> None:
    page = PlanPage(context)
    qtbot.addWidget(page)
    header = page.findChild(type(page.title), "weekHeader4")
    assert "23 nov – 29 nov" in header.text() and "ISO-week 48" in header.text()
    assert "deze week" in header.text()
    assert "deze week" not in page.findChild(type(page.title), "weekHeader3").text()
    assert "week 4 van 10" in page.subtitle.text()
    tasks = list_tasks(context.db, context.project_id)
    assert set(page.cards) == {t.id for t in tasks}
    first = tasks[0]
    assert page.cards[first.id].parent() is page.cells[(1, first.role)]
    # Door rounds show the visits of their week; overdue tasks say so.
    door = next(t for t in tasks if t.kind is TaskKind.DOOR_ROUND and t.week == 3)
    badge = page.cards[door.id].findChild(type(page.title), "doorRoundVisits")
    assert "12 bezoeken" in badge.text()
    overdue = next(t for t in tasks if t.week == 2 and t.status is TaskStatus.OPEN)
    texts = [w.text() for w in page.cards[overdue.id].findChildren(type(page.title))]
    assert "te laat" in texts
    later = next(t for t in tasks if t.week == 6)
    assert "te laat" not in [w.text() for w in page.cards[later.id].findChildren(type(page.title))]
    # The activity sits in week 5 with its sign-ups.
    cell = page.cells[(5, None)]
    label = cell.findChild(type(page.title), "activitySignups")
    assert label is not None and "2 aangemeld · 1 aanwezig" in label.text()


def test_drag_a_task_to_another_week_and_lane_then_undo(qtbot, context: GuiContext) -> None:
    page = PlanPage(context)
    qtbot.addWidget(page)
    task = list_tasks(context.db, context.project_id)[0]
    _drop(qtbot, page, task.id, 6, Role.CONNECTOR)
    moved = get_task(context.db, task.id)
    assert (moved.week, moved.role) == (6, Role.CONNECTOR)
    assert page.cards[task.id].parent() is page.cells[(6, Role.CONNECTOR)]
    context.undo_stack.undo()
    back = get_task(context.db, task.id)
    assert (back.week, back.role) == (task.week, task.role)


def test_drag_before_week_1_or_after_the_end_is_refused(qtbot, context: GuiContext) -> None:
    page = PlanPage(context)
    qtbot.addWidget(page)
    page.show()
    task = list_tasks(context.db, context.project_id)[5]
    _drop(qtbot, page, task.id, 0, Role.EXPERT)  # on the lane name: before week 1
    assert get_task(context.db, task.id) == task
    assert page.message.isVisible()
    assert "vóór het begin van het project" in page.message.text()
    assert task.title in page.message.text()
    _drop(qtbot, page, task.id, 11, Role.EXPERT)  # "Na afloop"
    assert get_task(context.db, task.id) == task
    assert "na het einde van het project" in page.message.text()
    assert context.undo_stack.count() == 0
    assert page.move_task(task.id, -3) is False


def test_task_dialog_adds_and_edits(qtbot, context: GuiContext) -> None:
    project = context.project
    dialog = TaskDialog(context, project, week=4, role=Role.EXPERT)
    qtbot.addWidget(dialog)
    assert dialog.week.maximum() == 10 and dialog.week.minimum() == 1
    dialog.accept()
    assert "titel" in dialog.error.text() and dialog.saved is None
    dialog.title.setText("Warmtecamera lenen")
    dialog.member.setCurrentIndex(dialog.member.findText("Bram"))
    dialog.accept()
    assert dialog.saved is not None
    assert (dialog.saved.week, dialog.saved.role, dialog.saved.member) == (4, Role.EXPERT, "Bram")
    edit = TaskDialog(context, project, dialog.saved)
    qtbot.addWidget(edit)
    edit.status.setCurrentIndex(2)
    edit.accept()
    assert get_task(context.db, dialog.saved.id).status is TaskStatus.DONE


def test_activity_dialog_signs_up_households_by_address(qtbot, context: GuiContext) -> None:
    project = context.project
    dialog = ActivityDialog(context, project, day=date(2026, 12, 10))
    qtbot.addWidget(dialog)
    dialog.title.setText("Workshop isoleren")
    dialog.kind.setCurrentIndex(1)
    dialog.time.setText("20.00")
    qtbot.keyClicks(dialog.search, "molenlaan 7")
    assert [a for _, a in dialog.results.rows] == ["Molenlaan 7"]
    dialog.add_selected()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "Kerkweg 2")
    dialog.add_selected()
    dialog.add_selected()  # twice: still once on the list
    assert [r[1] for r in dialog.signups.rows] == ["Molenlaan 7", "Kerkweg 2"]
    dialog.signups.setData(
        dialog.signups.index(0, 1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.count.text() == "2 aangemeld, 1 aanwezig"
    dialog.accept()
    saved = dialog.saved
    assert saved is not None and saved.time == "20:00" and saved.kind is ActivityKind.WORKSHOP
    assert [(s.address, s.attended) for s in signups(context.db, saved.id)] == [
        ("Kerkweg 2", False),
        ("Molenlaan 7", True),
    ]
    bad = ActivityDialog(context, project)
    qtbot.addWidget(bad)
    bad.title.setText("Avond")
    bad.time.setText("half acht")
    before = len(list_activities(context.db, project.id))
    bad.accept()
    assert "geen tijd" in bad.error.text()
    assert len(list_activities(context.db, project.id)) == before


def test_new_project_from_the_plan_page(qtbot, tmp_path: Path) -> None:
    ctx = GuiContext(tmp_path / "leeg.buurtdesk")
    try:
        page = PlanPage(ctx)
        qtbot.addWidget(page)
        assert page.title.text() == "Nog geen project"
        assert not page.add_task_button.isEnabled()
        dialog = NewProjectDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("aed"))
        assert "AED" in dialog.message.toPlainText()
        dialog.goal.setValue(60)
        dialog.accept()
        assert dialog.saved is not None and dialog.saved.goal_pct == 60
        ctx.reload_project()
        assert page.title.text() == "AED en eerstehulpnetwerk"
        assert len(page.cards) == 21
    finally:
        ctx.close()


def test_screenshot(qtbot, context: GuiContext, tmp_path: Path) -> None:
    page = PlanPage(context)
    qtbot.addWidget(page)
    page.resize(1480, 900)
    page.show()
    qtbot.waitExposed(page)
    # the timeline scrolls to the current week
    qtbot.waitUntil(lambda: page.scroll.horizontalScrollBar().value() > 0, timeout=5000)
    out = shot_path("timeline.png", tmp_path)
    image = page.grab()
    assert not image.isNull() and image.width() > 800
    assert image.save(str(out))


def test_door_round_counts_follow_visits_once_shown(qtbot, context: GuiContext) -> None:
    page = PlanPage(context)
    qtbot.addWidget(page)
    tasks = list_tasks(context.db, context.project_id)
    door = next(t for t in tasks if t.kind is TaskKind.DOOR_ROUND and t.week == 3)
    with operation(context.db, "record_visit"):  # the window's file is guarded
        record_visit(
            context.db, project_id=context.project_id, household_id=40,
            outcome=Outcome.INTERESTED, visit_date=START + timedelta(days=16),
        )  # fmt: skip
    context.visitsChanged.emit()
    assert page.lazy.dirty  # hidden: nothing rebuilt during check-off
    page.show()
    qtbot.waitUntil(lambda: not page.lazy.dirty, timeout=5000)
    badge = page.cards[door.id].findChild(type(page.title), "doorRoundVisits")
    assert "13 bezoeken" in badge.text()


def test_a_broken_plan_file_shows_as_unavailable(
    qtbot, context: GuiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.paths import resource

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "energy.toml").write_bytes(resource("plans", "energy.toml").read_bytes())
    (plans / "kapot.toml").write_text(
        'id = "kapot"\ntitle = "Kapot"\nweeks = 10\n\n[[task]]\nweek = 12\nrole = "expert"\n'
        'title = "x"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("BUURTDESK_PLANS", str(plans))
    dialog = NewProjectDialog(context)
    qtbot.addWidget(dialog)
    index = dialog.theme.findData("kapot")
    assert dialog.theme.itemText(index) == "kapot (niet beschikbaar)"
    dialog.theme.setCurrentIndex(index)
    assert "kapot.toml:6" in dialog.about.text() and "week 12" in dialog.about.text()
    before = len(list_tasks(context.db, context.project_id))
    dialog.accept()
    assert "niet beschikbaar" in dialog.error.text() and dialog.saved is None
    assert len(list_tasks(context.db, context.project_id)) == before
    dialog.theme.setCurrentIndex(dialog.theme.findData("energy"))
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.theme == "energy"


def test_remove_a_task_and_bring_it_back_with_ctrl_z(qtbot, context: GuiContext) -> None:
    """The window removes a task through the operation (a tombstone for exchange) and Ctrl+Z
    brings it back through the undo history in the file, the same one the command line has."""
    page = PlanPage(context)
    qtbot.addWidget(page)
    task = list_tasks(context.db, context.project_id)[3]
    page.set_status(task.id, TaskStatus.BUSY)
    page.delete_task(task.id)
    assert task.id not in page.cards
    assert (
        context.db.execute(
            "SELECT count(*) FROM tombstones WHERE tbl = 'plan_tasks' AND row = ?", [task.uuid]
        ).fetchone()[0]
        == 1
    )
    assert [e.kind for e in undo_history(context.db)][:2] == ["task_remove", "task_status"]
    context.undo_stack.undo()
    assert get_task(context.db, task.id).status is TaskStatus.BUSY
    assert task.id in page.cards
    context.undo_stack.undo()
    assert get_task(context.db, task.id) == task
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert task.id not in page.cards


def test_a_step_undone_elsewhere_is_said_not_a_traceback(qtbot, context: GuiContext) -> None:
    page = PlanPage(context)
    qtbot.addWidget(page)
    page.show()
    task = list_tasks(context.db, context.project_id)[4]
    page.set_status(task.id, TaskStatus.DONE)
    page.delete_task(task.id)  # then the status step cannot find its task any more
    undo_ops.undo(context.db)  # the removal, undone on the command line meanwhile
    with operation(context.db, "remove elsewhere"):
        context.db.execute("DELETE FROM plan_tasks WHERE id = ?", [task.id])
    context.undo_stack.undo()  # the window's removal: nothing left to bring back, says so
    context.undo_stack.undo()  # the status of a task that is gone
    assert page.message.isVisible() and "bestaat niet meer" in page.message.text()
