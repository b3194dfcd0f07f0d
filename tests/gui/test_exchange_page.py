"""The exchange page and joining from the File menu: real neighbourhood files (one per laptop),
real sealed exchange files with the team's code, real widgets; every rule is ops/exchange.py's."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.app import WindowKeeper
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.exchange_page import ExchangePage
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.progress_page import ProgressPage
from buurtdesk.ops import exchange as ops
from buurtdesk.ops.doors import set_note
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.db import open_db

from ..conftest import shot_path
from .street_fixtures import make_neighbourhood

CODE = "vier woorden als code"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")


def _contents(path: Path) -> list[str]:
    """Everything in a neighbourhood file, as SQL (what a byte-for-byte copy would hold)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def laptops(tmp_path: Path) -> dict[str, Any]:
    """The coordinator's file "a" (with a name) and a second laptop "b" that joined it."""
    a_path = tmp_path / "a.buurtdesk"
    ids = make_neighbourhood(a_path)
    a = open_db(a_path)
    ops.set_laptop_name(a, "Laptop van Anna")
    package = tmp_path / "start.bdx"
    ops.write_file(a, package, CODE, package=True)
    a.close()
    b_path = tmp_path / "b.buurtdesk"
    ops.join_new_file(b_path, package, CODE)
    b = open_db(b_path)
    ops.set_laptop_name(b, "Laptop van Bram")
    b.close()
    return {"a": a_path, "b": b_path, "ids": ids}


@pytest.fixture
def pages(qtbot: Any, laptops: dict[str, Any]) -> Iterator[tuple[ExchangePage, ExchangePage]]:
    contexts = [GuiContext(laptops["a"]), GuiContext(laptops["b"])]
    found = []
    for context in contexts:
        page = ExchangePage(context)
        qtbot.addWidget(page)
        page.resize(900, 560)
        page.show()
        page.code_edit.setText(CODE)
        found.append(page)
    yield found[0], found[1]
    for context in contexts:
        context.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warn(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warn))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(warn))
    return said


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def save(_parent: Any, _title: str, proposed: str, *_args: Any, **_kw: Any) -> Any:
        asked.append(proposed)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    return asked


def _open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _write(qtbot: Any, page: ExchangePage, monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    _save_to(monkeypatch, out)
    with qtbot.waitSignal(page.written, timeout=20000):
        page.write_button.click()


def _household(db: Any, street: str, number: int) -> int:
    return int(
        db.execute(
            "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
            "WHERE s.name = ? AND h.number = ? AND h.addition = ''",
            [street, number],
        ).fetchone()[0]
    )


def _visits(path: Path) -> int:
    db = open_db(path)
    try:
        return int(db.execute("SELECT count(*) FROM visits").fetchone()[0])
    finally:
        db.close()


def test_a_file_written_on_one_laptop_is_read_on_the_other(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], laptops: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, warnings: list[str],
) -> None:  # fmt: skip
    page_a, page_b = pages
    ids = laptops["ids"]
    record_visit(page_a.context.db, project_id=ids["project"], household_id=ids["h:Kerkweg 3"],
                 outcome=Outcome.TAKES_PART, visit_date=date(2026, 9, 4),
                 visitor="Anna de Vries")  # fmt: skip
    out = tmp_path / "usb" / "van-anna.bdx"
    asked = _save_to(monkeypatch, out)
    monkeypatch.setattr(ExchangePage, "today", lambda _self: date(2026, 11, 30))
    with qtbot.waitSignal(page_a.written, timeout=20000):
        page_a.write_button.click()
    assert Path(asked[0]).name == "buurt-Laptop-van-Anna-2026-11-30.bdx"
    assert out.exists() and "Uitwisselbestand gemaakt" in page_a.status.text()
    before = _visits(laptops["b"])

    _open(monkeypatch, out)
    progress = ProgressPage(page_b.context)
    qtbot.addWidget(progress)
    with (
        qtbot.waitSignal(page_b.merged, timeout=20000) as merged,
        qtbot.waitSignal(page_b.context.visitsChanged, timeout=20000),
    ):
        page_b.read_button.click()
    assert merged.args[0].created == {"visits": 1}
    assert _visits(laptops["b"]) == before + 1
    assert "1 bezoek nieuw" in page_b.status.text()
    assert warnings == []
    # the laptops B has heard from, with when; the progress page says how fresh that is
    rows = {row[0]: row[1] for row in page_b.laptops.rows}
    assert rows["Laptop van Bram (deze)"] == "–"
    assert rows["Laptop van Anna"].startswith(date.today().strftime("%d-%m-%Y"))
    qtbot.waitUntil(lambda: "Laatste uitwisseling: Laptop van Anna" in progress.exchanged.text())
    # reading the same file again changes nothing
    with qtbot.waitSignal(page_b.merged, timeout=20000):
        page_b.read_path(out, CODE)
    assert _visits(laptops["b"]) == before + 1
    assert "niets nieuws" in page_b.status.text()


def test_a_wrong_code_or_a_damaged_file_says_why_and_changes_nothing(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], laptops: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, warnings: list[str],
) -> None:  # fmt: skip
    page_a, page_b = pages
    ids = laptops["ids"]
    record_visit(page_a.context.db, project_id=ids["project"], household_id=ids["h:Kerkweg 5"],
                 outcome=Outcome.SPOKE, visit_date=date(2026, 9, 4))  # fmt: skip
    out = tmp_path / "van-anna.bdx"
    _write(qtbot, page_a, monkeypatch, out)
    before = _contents(laptops["b"])

    page_b.code_edit.setText("een andere code")
    with qtbot.waitSignal(page_b.merged, timeout=20000) as refused:
        page_b.read_path(out, page_b.code_edit.text())
    assert isinstance(refused.args[0], Exception)
    assert len(warnings) == 1 and "teamcode" in warnings[0] and str(out) in warnings[0]
    assert _contents(laptops["b"]) == before

    damaged = tmp_path / "kapot.bdx"
    damaged.write_bytes(out.read_bytes()[:-40])
    with qtbot.waitSignal(page_b.merged, timeout=20000):
        page_b.read_path(damaged, CODE)
    assert len(warnings) == 2 and str(damaged) in warnings[1]
    assert "Traceback" not in warnings[1]
    assert _contents(laptops["b"]) == before
    assert page_b.read_button.isEnabled()  # not left busy


def test_without_a_code_nothing_is_asked_or_written(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path, warnings: list[str],
) -> None:  # fmt: skip
    page_a, _ = pages
    page_a.code_edit.clear()
    asked = _save_to(monkeypatch, tmp_path / "x.bdx")
    page_a.write_button.click()
    assert asked == [] and len(warnings) == 1 and "teamcode" in warnings[0]
    assert not (tmp_path / "x.bdx").exists()


def test_a_conflict_is_shown_in_words_and_the_other_value_can_be_taken(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], laptops: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, warnings: list[str],
) -> None:  # fmt: skip
    page_a, page_b = pages
    household = laptops["ids"]["h:Kerkweg 7"]
    set_note(page_a.context.db, household, "hond in de tuin")
    b_id = _household(page_b.context.db, "Kerkweg", 7)
    set_note(page_b.context.db, b_id, "bel aan bij de achterdeur")
    out = tmp_path / "van-anna.bdx"
    _write(qtbot, page_a, monkeypatch, out)
    with qtbot.waitSignal(page_b.merged, timeout=20000):
        page_b.read_path(out, CODE)
    assert "1 conflict" in page_b.status.text()
    assert len(page_b.conflict_list) == 1
    what, field, kept, other = page_b.conflicts.rows[0]
    assert what == "Kerkweg 7" and field == "notitie"
    assert "(Laptop van Bram)" in kept and "bel aan bij de achterdeur" in kept
    assert other == "hond in de tuin (Laptop van Anna)"
    assert not page_b.take_button.isEnabled()  # nothing chosen yet

    page_b.conflict_view.selectRow(0)
    assert page_b.take_button.isEnabled()
    with qtbot.waitSignal(page_b.context.householdsChanged, timeout=20000):
        page_b.take_button.click()
    note = page_b.context.db.execute("SELECT note FROM households WHERE id = ?", [b_id])
    assert note.fetchone()[0] == "hond in de tuin"
    qtbot.waitUntil(lambda: page_b.conflict_list == [])
    assert page_b.conflict_hint.text() == "Geen conflicten."
    assert warnings == []


def test_zo_laten_keeps_the_value(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], laptops: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    page_a, page_b = pages
    set_note(page_a.context.db, laptops["ids"]["h:Kerkweg 9"], "oud")
    b_id = _household(page_b.context.db, "Kerkweg", 9)
    set_note(page_b.context.db, b_id, "nieuw")
    out = tmp_path / "van-anna.bdx"
    _write(qtbot, page_a, monkeypatch, out)
    with qtbot.waitSignal(page_b.merged, timeout=20000):
        page_b.read_path(out, CODE)
    page_b.conflict_view.selectRow(0)
    with qtbot.waitSignal(page_b.context.householdsChanged, timeout=20000):
        page_b.keep_button.click()
    assert page_b.conflict_list == []
    note = page_b.context.db.execute("SELECT note FROM households WHERE id = ?", [b_id])
    assert note.fetchone()[0] == "nieuw"


def test_the_laptop_name_is_saved(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], warnings: list[str]
) -> None:
    page_a, _ = pages
    assert page_a.name_edit.text() == "Laptop van Anna"
    page_a.name_edit.setText("  Laptop   coördinator ")
    page_a.name_button.click()
    qtbot.waitUntil(lambda: "Laptop coördinator" in page_a.status.text(), timeout=20000)
    me = next(lt for lt in ops.laptops(page_a.context.db) if lt.me)
    assert me.name == "Laptop coördinator"
    page_a.name_edit.setText("")
    page_a.name_button.click()
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=20000)
    assert "naam" in warnings[0]


def test_a_start_package_for_one_connector(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    from buurtdesk.gui.exchange_dialogs import PackageDialog

    page_a, _ = pages

    def choose(dialog: PackageDialog) -> int:
        assert [dialog.connector.itemText(i) for i in range(dialog.connector.count())] == [
            "Anna de Vries",
            "Bram Jansen",
        ]
        dialog.one.setChecked(True)
        dialog.connector.setCurrentIndex(0)
        return 1

    monkeypatch.setattr(PackageDialog, "exec", choose)
    monkeypatch.setattr(ExchangePage, "today", lambda _self: date(2026, 11, 30))
    out = tmp_path / "start-anna.bdx"
    asked = _save_to(monkeypatch, out)
    with qtbot.waitSignal(page_a.written, timeout=20000) as written:
        page_a.package_button.click()
    assert Path(asked[0]).name == "startpakket-Anna-de-Vries-2026-11-30.bdx"
    result = written.args[0]
    assert result.kind == ops.KIND_PACKAGE
    assert result.households == 12  # Kerkweg only: Anna's street
    assert "Startpakket gemaakt" in page_a.status.text()


def test_joining_from_the_file_menu_makes_a_new_file_and_opens_it(
    qtbot: Any, laptops: dict[str, Any], tmp_path: Path, warnings: list[str]
) -> None:
    keeper = WindowKeeper()
    assert keeper.open(laptops["b"])
    window = keeper.window
    assert window is not None  # the keeper closes and deletes it when the new file opens
    window.join_action.trigger()
    dialog = window.join_dialog  # type: ignore[attr-defined]
    target = tmp_path / "nieuw" / "mehmet.buurtdesk"
    dialog.package.setText(str(tmp_path / "start.bdx"))
    dialog.target.setText(str(target))
    dialog.code.setText(CODE)
    dialog.accept()
    qtbot.waitUntil(
        lambda: keeper.window is not None and keeper.window.context.db_path == target,
        timeout=20000,
    )
    new = keeper.window
    assert new is not None
    qtbot.addWidget(new)
    households = new.context.db.execute("SELECT count(*) FROM households").fetchone()[0]
    assert households == 18 and warnings == []
    new.close()
    new.context.close()


def test_joining_with_a_wrong_code_leaves_no_file(
    qtbot: Any, laptops: dict[str, Any], tmp_path: Path, warnings: list[str]
) -> None:
    context = GuiContext(laptops["a"])
    window = MainWindow(context)
    qtbot.addWidget(window)
    opened: list[Path] = []
    window.openFileRequested.connect(opened.append)
    dialog = window.join_package()
    target = tmp_path / "fout.buurtdesk"
    dialog.package.setText(str(tmp_path / "start.bdx"))  # type: ignore[attr-defined]
    dialog.target.setText(str(target))  # type: ignore[attr-defined]
    dialog.code.setText("helemaal verkeerd")  # type: ignore[attr-defined]
    dialog.accept()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=20000)
    assert "teamcode" in warnings[0]
    assert not target.exists() and opened == []
    # and an existing file is never joined into
    dialog = window.join_package()
    dialog.package.setText(str(tmp_path / "start.bdx"))  # type: ignore[attr-defined]
    dialog.target.setText(str(laptops["b"]))  # type: ignore[attr-defined]
    dialog.code.setText(CODE)  # type: ignore[attr-defined]
    before = _contents(laptops["b"])
    dialog.accept()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=20000)
    assert "bestaat al" in warnings[1] and opened == []
    assert _contents(laptops["b"]) == before
    window.close()
    context.close()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_page_fits_small_screens(
    qtbot: Any, laptops: dict[str, Any], tmp_path: Path, size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    a = open_db(laptops["a"])
    set_note(a, laptops["ids"]["h:Kerkweg 1"], "sleutel bij de buren")
    out = tmp_path / "van-anna.bdx"
    ops.write_file(a, out, CODE)
    a.close()
    b = open_db(laptops["b"])
    set_note(b, _household(b, "Kerkweg", 1), "poort achterom")
    ops.read_file(b, out, CODE)
    b.close()
    context = GuiContext(laptops["b"])
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(*size)
    page = window.show_page("exchange")
    assert isinstance(page, ExchangePage)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1])
    assert page.conflicts.rows  # something to show
    page.conflict_view.selectRow(0)
    for button in (page.write_button, page.read_button, page.package_button,
                   page.take_button, page.keep_button, page.name_button):  # fmt: skip
        assert not button.visibleRegion().isEmpty(), button.text()
        assert button.width() >= button.sizeHint().width()
    assert page.conflict_view.height() >= 60
    window.grab().save(str(shot_path(f"exchange-{size[0]}x{size[1]}.png", tmp_path)))
    window.close()
    context.close()


def test_the_neighbourhood_file_itself_is_never_written_over(
    qtbot: Any, pages: tuple[ExchangePage, ExchangePage], laptops: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch, warnings: list[str],
) -> None:  # fmt: skip
    page_a, _ = pages
    before = _contents(laptops["a"])
    _save_to(monkeypatch, laptops["a"])
    with qtbot.waitSignal(page_a.written, timeout=20000) as refused:
        page_a.write_button.click()
    assert isinstance(refused.args[0], Exception)
    assert len(warnings) == 1 and "buurtbestand zelf" in warnings[0]
    assert _contents(laptops["a"]) == before
    assert page_a.write_button.isEnabled()


def test_the_progress_page_says_nothing_about_exchange_on_a_lone_laptop(
    qtbot: Any, db_path: Path
) -> None:
    make_neighbourhood(db_path)
    context = GuiContext(db_path)
    progress = ProgressPage(context)
    qtbot.addWidget(progress)
    assert progress.exchanged.text() == "" and progress.exchanged.isHidden()
    context.close()
