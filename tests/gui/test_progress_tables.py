"""The progress page's tables at city scale: new figures after a visit update the rows in place,
the view asks only for the rows it paints, and the order and widths stay right.

At 100,000 households (1,877 streets) a refresh after one check-off used to reset the street
table: its sorting proxy compared every row through ``data()`` and the number columns sized
themselves to their contents (up to 1,000 rows, eight roles per cell), 120,000 Python calls on
the GUI thread that blocked the window for seconds (see docs/performance.md, "Main window").
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.progress_page import ProgressPage
from buurtdesk.gui.progress_table import TallyTableModel
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.plan import start_project
from buurtdesk.store.visits import record_visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

START = date(2026, 10, 5)
TODAY = START + timedelta(days=20)
STREETS = 400


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProgressPage, "today", lambda self: TODAY)


@pytest.fixture(autouse=True)
def dutch_numbers():
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def context(qtbot, db_path: Path):
    """400 streets, street i with i % 7 + 1 households, a visit at every third street."""
    db = open_db(db_path)
    upsert_households(
        db,
        [
            AddressRecord(f"Straat {i:03d}", HouseNumber(n), "1234AB", "Ons Dorp")
            for i in range(STREETS)
            for n in range(1, i % 7 + 2)
        ],
    )
    project = start_project(db, "energy", START)
    for (hid,) in db.execute("SELECT min(id) FROM households GROUP BY street_id").fetchall()[::3]:
        record_visit(
            db, project_id=project.id, household_id=hid, outcome=Outcome.INTERESTED,
            visit_date=START + timedelta(days=1),
        )  # fmt: skip
    db.close()
    ctx = GuiContext(db_path)
    yield ctx
    ctx.close()


def _shown_page(qtbot, context: GuiContext) -> ProgressPage:
    page = ProgressPage(context)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.progress is not None, timeout=30000)
    page.grab()  # painted once, as a user sees it
    return page


def _visit(context: GuiContext, street: str, outcome: Outcome = Outcome.TAKES_PART) -> None:
    """A visit written by another connection (as the command line would), then announced."""
    db = open_db(context.db_path)
    (hid,) = db.execute(
        "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id WHERE s.name = ? "
        "AND h.id NOT IN (SELECT household_id FROM visits) ORDER BY h.id LIMIT 1",
        [street],
    ).fetchone()
    record_visit(
        db, project_id=context.project_id, household_id=hid, outcome=outcome, visit_date=TODAY
    )
    db.close()


def _view_rows(view: Any) -> list[tuple[str, ...]]:
    model = view.model()
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_a_visit_updates_its_street_row_in_place_and_asks_only_for_painted_rows(
    qtbot, context: GuiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    data = TallyTableModel.data

    def counted(self: TallyTableModel, index: Any, role: int = 0) -> Any:
        calls.append(role)
        return data(self, index, role)

    # before the page exists: PySide looks a Python override up once per object
    monkeypatch.setattr(TallyTableModel, "data", counted)
    page = _shown_page(qtbot, context)
    assert calls  # counted: the first paint asked for the visible cells
    model = page.streets
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.row(), b.row())))
    calls.clear()
    page.grab()
    repaint = len(calls)  # what painting the page asks of the tables
    assert repaint > 0
    calls.clear()
    before = dict(model.rows)["Straat 005"]
    _visit(context, "Straat 005")
    with qtbot.waitSignal(page.figuresReady, timeout=30000):
        context.visitsChanged.emit()
    page.grab()  # and painted again

    after = dict(model.rows)["Straat 005"]
    assert (after.visited, after.participants) == (before.visited + 1, before.participants + 1)
    assert resets == []  # the same streets: no reset, so no re-sort and no re-measuring
    row = [name for name, _ in model.rows].index("Straat 005")
    assert changed == [(row, row)]  # only the street that had the visit
    # New figures cost a repaint of the visible rows (then the grab: a second), whatever the
    # number of streets; the old table asked 24,080 here (each of the 400 rows for eight roles of
    # every column on a reset, and sorted them through data()).
    assert len(calls) <= 2 * repaint + 100, (len(calls), repaint)
    view_row = next(r for r in _view_rows(page.street_view) if r[0] == "Straat 005")
    assert view_row[2] == str(after.visited)


def test_a_new_street_resets_the_table(qtbot, context: GuiContext) -> None:
    page = _shown_page(qtbot, context)
    db = open_db(context.db_path)
    upsert_households(db, [AddressRecord("Aaa-laan", HouseNumber(1), "1234AB", "Ons Dorp")])
    db.close()
    with qtbot.waitSignal(page.figuresReady, timeout=30000):
        context.householdsChanged.emit()
    assert page.streets.resets == 2
    assert _view_rows(page.street_view)[0][0] == "Aaa-laan"
    assert page.streets.rowCount() == STREETS + 1


def test_a_header_click_sorts_and_new_figures_keep_that_order(qtbot, context: GuiContext) -> None:
    page = _shown_page(qtbot, context)
    view = page.street_view
    households = TallyTableModel.COL_HOUSEHOLDS
    view.sortByColumn(households, Qt.SortOrder.DescendingOrder)  # what a click on it does
    counts = [int(r[households]) for r in _view_rows(view)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 7
    # the participants column, ascending: a visit moves its street down the list
    taking_part = TallyTableModel.COL_TAKES_PART
    view.sortByColumn(taking_part, Qt.SortOrder.AscendingOrder)
    first = _view_rows(view)[0][0]
    view.selectRow(0)
    _visit(context, first)
    with qtbot.waitSignal(page.figuresReady, timeout=30000):
        context.visitsChanged.emit()
    rows = _view_rows(view)
    figures = [int(r[taking_part]) for r in rows]
    assert figures == sorted(figures)
    assert rows[-1][0] == first and figures[-1] == 1
    # by name: the connectors' row without a connector stays last
    names = [r[0] for r in _view_rows(page.connector_view)]
    assert names[-1] == "(straten zonder verbinder)"


def test_every_figure_fits_its_column(qtbot, context: GuiContext) -> None:
    page = _shown_page(qtbot, context)
    for view in (page.street_view, page.connector_view):
        metrics = view.fontMetrics()
        model = view.model()
        for column in range(1, model.columnCount()):
            if view.isColumnHidden(column):
                continue
            texts = [str(model.index(r, column).data()) for r in range(model.rowCount())]
            texts += [f"{QLocale().toString(99.9, 'f', 1)} %", "100 %"]
            needed = max(metrics.horizontalAdvance(t) for t in texts) + 4
            assert view.columnWidth(column) >= needed, (column, texts[:3])


def test_the_chart_is_drawn_once_for_its_figures_and_size(qtbot, context: GuiContext) -> None:
    """Opening the page again, or any repaint, copies the chart drawn last."""
    page = _shown_page(qtbot, context)
    chart = page.chart
    drawn = chart.draws
    assert drawn >= 1
    page.grab()
    chart.update()
    page.grab()
    assert chart.draws == drawn
    with qtbot.waitSignal(page.figuresReady, timeout=30000):
        page.refresh()  # new figures: drawn again, once
    page.grab()
    page.grab()
    assert chart.draws == drawn + 1
    page.resize(1100, 900)
    qtbot.waitUntil(lambda: chart.width() < 1100, timeout=5000)
    page.grab()
    assert chart.draws == drawn + 2
