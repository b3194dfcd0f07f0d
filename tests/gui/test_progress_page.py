"""The progress view: the same figures as `buurtdesk progress`, a chart and the two tables."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.team import Role
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.progress_page import ProgressPage
from buurtdesk.ops.base import operation
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.plan import start_project
from buurtdesk.store.progress import project_progress, set_initiator
from buurtdesk.store.team import add_member, assign_streets
from buurtdesk.store.visits import record_visit

from ..conftest import shot_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

START = date(2026, 10, 5)
TODAY = START + timedelta(days=7 * 6 + 2)  # week 7 of 10


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProgressPage, "today", lambda self: TODAY)


@pytest.fixture(autouse=True)
def dutch_numbers():
    """The Dutch interface writes numbers the Dutch way, as the application sets it up."""
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(saved)


def _seed(db_path: Path) -> None:
    import random

    rng = random.Random(7)
    db = open_db(db_path)
    streets = {"Kerkweg": 120, "Molenlaan": 90, "Zandhoek": 60, "Dorpsstraat": 180}
    upsert_households(
        db,
        [
            AddressRecord(name, HouseNumber(n), "1234AB", "Ons Dorp")
            for name, count in streets.items()
            for n in range(1, count + 1)
        ],
    )
    project = start_project(db, "energy", START)
    ids = {r[1]: r[0] for r in db.execute("SELECT id, name FROM streets")}
    for name, street in (
        ("Anna de Vries", "Kerkweg"),
        ("Bram Smit", "Dorpsstraat"),
        ("Dewi Pranoto", "Zandhoek"),
    ):  # Molenlaan has nobody
        member = add_member(db, name, [Role.CONNECTOR])
        assign_streets(db, member.id, [ids[street]])
    total = sum(streets.values())
    for hid in rng.sample(range(1, total + 1), 40):
        set_initiator(db, project.id, hid, True)
    # Door rounds from week 3: more households each week, more of them taking part later on.
    for week in range(3, 8):
        for hid in rng.sample(range(1, total + 1), 30 + 12 * week):
            day = START + timedelta(days=7 * (week - 1) + rng.randint(0, 6))
            if day > TODAY:
                continue
            r = rng.random()
            outcome = (
                Outcome.NOT_HOME if r < 0.3 else Outcome.SPOKE if r < 0.45
                else Outcome.INTERESTED if r < 0.62 else Outcome.TAKES_PART if r < 0.88
                else Outcome.NOT_INTERESTED
            )  # fmt: skip
            record_visit(
                db, project_id=project.id, household_id=hid, outcome=outcome, visit_date=day,
                visitor=rng.choice(["Anna de Vries", "Bram Smit", "Dewi Pranoto"]),
            )  # fmt: skip
    db.close()


@pytest.fixture
def context(qtbot, db_path: Path):
    _seed(db_path)
    ctx = GuiContext(db_path)
    yield ctx
    ctx.close()


def _open(qtbot, context: GuiContext) -> ProgressPage:
    page = ProgressPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.progress is not None, timeout=30000)
    return page


def test_page_shows_the_same_figures_as_the_command(qtbot, context: GuiContext) -> None:
    page = _open(qtbot, context)
    expected = project_progress(context.db, context.project, TODAY)
    assert page.progress.as_dict() == expected.as_dict()
    t = expected.total
    assert page.tiles["visited"].value.text() == f"{t.visited}"
    assert page.tiles["takes_part"].value.text() == f"{t.participants}"
    assert f"incl. {t.initiators} initiatiefnemers" in page.tiles["takes_part"].detail.text()
    assert page.tiles["needed"].value.text() == str(expected.still_needed)
    assert "week 7 van 10, nog 4 weken" in page.subtitle.text()
    assert "doel 50 % = 225 van 450 huishoudens" in page.subtitle.text()
    assert f"nog {expected.doors_share_of_goal} van de 225" in page.explain.text()
    # The tables: one row per street and per connector, adding up to the totals.
    assert page.streets.rowCount() == 4
    assert sum(t.households for _, t in page.streets.rows) == 450
    # Per connector: the doors of the streets assigned to them, the unassigned streets last;
    # together every household once.
    assert [name for name, _ in page.connectors.rows] == [
        "Anna de Vries",
        "Bram Smit",
        "Dewi Pranoto",
        "",
    ]
    assert [t.households for _, t in page.connectors.rows] == [120, 180, 60, 90]
    assert sum(t.visited for _, t in page.connectors.rows) == expected.total.visited
    model = page.connectors
    assert model.data(model.index(3, 0)) == "(straten zonder verbinder)"
    assert model.data(model.index(0, model.COL_HOUSEHOLDS)) == "120"
    tip = model.data(model.index(0, model.COL_TAKES_PART), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"doet mee (incl. {page.connectors.rows[0][1].initiators} initiatiefnemers)"


def test_numbers_follow_the_interface_language(qtbot, context: GuiContext) -> None:
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        page = _open(qtbot, context)
        t = page.progress.total
        assert "," in page.tiles["takes_part"].detail.text().split(" %")[0]
        dutch = page.streets.data(page.streets.index(0, page.streets.COL_TAKES_PART_PCT))
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        english_page = _open(qtbot, context)
        english = english_page.streets.data(
            english_page.streets.index(0, english_page.streets.COL_TAKES_PART_PCT)
        )
        assert dutch.replace(",", ".") == english and "," in dutch and "." in english
        detail = english_page.tiles["takes_part"].detail.text()
        assert detail.startswith(f"{100 * t.participants / t.households:.1f} %")
    finally:
        QLocale.setDefault(saved)


def test_a_new_visit_refreshes_the_page(qtbot, context: GuiContext) -> None:
    page = _open(qtbot, context)
    before = page.progress.total.visited
    unvisited = context.db.execute(
        "SELECT id FROM households WHERE id NOT IN (SELECT household_id FROM household_status) "
        "LIMIT 1"
    ).fetchone()[0]
    with operation(context.db, "record_visit"):  # the window's file is guarded
        record_visit(
            context.db, project_id=context.project_id, household_id=unvisited,
            outcome=Outcome.TAKES_PART, visit_date=TODAY,
        )  # fmt: skip
    # Hidden, the page only notes it is out of date; shown, it catches up.
    context.visitsChanged.emit()
    context.visitsChanged.emit()
    assert page.lazy.dirty
    with qtbot.waitSignal(page.figuresReady, timeout=30000):
        page.show()
    assert page.progress.total.visited == before + 1
    # On screen, a burst of visits gives one computation after a pause.
    calls = []
    page.figuresReady.connect(calls.append)
    computed = page._generation
    with qtbot.waitSignal(page.figuresReady, timeout=30000):
        for _ in range(5):
            context.visitsChanged.emit()
    # nothing more is on its way (no refresh pending, no computation running): the burst gave
    # exactly one computation
    qtbot.waitUntil(
        lambda: not page.lazy._timer.isActive() and context.worker.current is None,
        timeout=5000,
    )
    assert len(calls) == 1 and page._generation == computed + 1


def test_no_project_yet(qtbot, tmp_path: Path) -> None:
    ctx = GuiContext(tmp_path / "leeg.buurtdesk")
    try:
        page = ProgressPage(ctx)
        qtbot.addWidget(page)
        assert "Nog geen project" in page.subtitle.text()
        page.resize(900, 700)
        page.show()
        qtbot.waitExposed(page)
        page.grab()  # the empty chart paints without figures
    finally:
        ctx.close()


def test_screenshot(qtbot, context: GuiContext, tmp_path: Path) -> None:
    page = _open(qtbot, context)
    page.resize(1200, 980)
    page.show()
    qtbot.waitExposed(page)
    out = shot_path("progress.png", tmp_path)
    image = page.grab()
    assert not image.isNull() and image.width() > 800
    assert image.save(str(out))


def test_mark_initiators_in_the_dialog(qtbot, context: GuiContext) -> None:
    from buurtdesk.gui.progress_dialogs import InitiatorsDialog
    from buurtdesk.store.progress import list_initiators

    page = _open(qtbot, context)
    before = page.progress.total.initiators
    dialog = InitiatorsDialog(context, context.project)
    qtbot.addWidget(dialog)
    assert len(dialog.chosen.rows) == before == 40
    qtbot.keyClicks(dialog.search, "Zandhoek 60")
    dialog.add_selected()
    dialog.add_selected()  # once is enough
    assert len(dialog.chosen.rows) == 41
    dialog.chosen_view.selectionModel().select(
        dialog.chosen.index(0), dialog.chosen_view.selectionModel().SelectionFlag.Select
    )
    dialog.remove_selected()
    assert len(dialog.chosen.rows) == 40
    assert len(list_initiators(context.db, context.project_id)) == 40  # nothing saved yet
    dialog.accept()
    saved = list_initiators(context.db, context.project_id)
    assert "Zandhoek 60" in [a for _, a in saved] and len(saved) == 40
    with qtbot.waitSignal(page.figuresReady, timeout=30000):
        page.refresh()
    assert page.progress.total.initiators == 40


def test_the_tables_are_filled_after_the_headline_and_newer_figures_win(
    qtbot, context: GuiContext
) -> None:
    """At city scale the street table alone is tens of milliseconds on the GUI thread: the
    headline is shown at once, each table in a later turn of the event loop (the window answers
    in between), and figures shown meanwhile replace the ones still being filled."""
    page = _open(qtbot, context)
    project = context.project
    older = project_progress(context.db, project, TODAY - timedelta(days=14))
    newer = project_progress(context.db, project, TODAY)
    page.streets.set_rows([])
    page.connectors.set_rows([])
    shown: list[object] = []
    page.figuresReady.connect(shown.append)
    page.show_progress(project, older)
    assert page.streets.rowCount() == 0 and not shown  # not yet: in a later turn
    page.show_progress(project, newer)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.waitUntil(lambda: page.connectors.rowCount() > 0, timeout=5000)
    assert shown == [newer] and page.progress is newer
    assert page.streets.rows == sorted(newer.streets.items())
