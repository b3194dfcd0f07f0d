"""Re-entry of a printed walk list with real keys: the code on the paper brings back its rows and
its connector (never the "Verbinder" box's default), a list printed for streets asks who walked
it, and a typo at a door that asked not to be visited asks first (default No)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from buurtdesk.gui.main_window import MainWindow
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.ops.base import operation
from buurtdesk.ops.doors import set_do_not_visit
from buurtdesk.store.team import assign_streets
from buurtdesk.store.visits import list_visits
from buurtdesk.store.walklists import printed_lists


def _print(window: MainWindow, out: Path, **choice: Any) -> str:
    """Export a walk list as the print dialog does; the code as read off the paper."""
    context = window.context
    assert context.project is not None
    export_walklist(context.db, context.project, out, **choice)
    match = re.search(r"LL-\d{4}-[0-9A-F]{4}", PdfReader(out).pages[1].extract_text())
    assert match
    return match.group(0)


def _type(qtbot: Any, field: Any, text: str) -> None:
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _loaded(qtbot: Any, window: MainWindow) -> None:
    page = window.street_page
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)


def _visits(window: MainWindow, household_id: int) -> list[tuple[str, str]]:
    return [
        (v.outcome.value, v.visitor)
        for v in list_visits(window.context.db, household_id=household_id)
    ]


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QMessageBox.question answered by the test; what was asked is kept."""
    state: dict[str, Any] = {"answer": QMessageBox.StandardButton.No, "asked": []}

    def ask(_parent: Any, _title: str, text: str, buttons: Any = None, default: Any = None) -> Any:
        state["asked"].append((text, default))
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    return state


def test_the_code_on_the_paper_credits_its_connector(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    page = window.street_page
    with operation(window.context.db, "setting up the test"):
        assign_streets(window.context.db, ids["bram"], [ids["dorpsstraat"]])
    code = _print(window, tmp_path / "bram.pdf", connector="Bram Jansen")
    page.checkoff.visitor.setCurrentText("Anna de Vries")  # the box's default: not Bram
    page.reentry_button.click()
    assert page.reentry_bar.code.hasFocus()  # re-entry starts by asking for the code
    _type(qtbot, page.reentry_bar.code, code)
    _loaded(qtbot, window)
    title = page.reentry_bar.title
    assert "Bram Jansen" in title.text() and code in title.text()
    assert title.font().pointSizeF() > page.reentry_bar.feedback.font().pointSizeF()  # large
    # the box shows the paper's connector and cannot be changed; it comes back afterwards
    assert page.checkoff.visitor.currentText() == "Bram Jansen"
    assert not page.checkoff.visitor.isEnabled()
    # the rows are those of Bram's paper (Dorpsstraat in walking order), whatever is on the left
    assert [page.households.household(r).address for r in range(page.households.rowCount())] == [
        "Dorpsstraat 1", "Dorpsstraat 3", "Dorpsstraat 5",
        "Dorpsstraat 2", "Dorpsstraat 4", "Dorpsstraat 6",
    ]  # fmt: skip
    assert page.reentry.hasFocus()
    _type(qtbot, page.reentry, "r4 3")  # row 4: Dorpsstraat 2
    _type(qtbot, page.reentry, "r5 1 komt terug")
    assert _visits(window, ids["h:Dorpsstraat 2"])[-1] == ("interested", "Bram Jansen")
    (visit,) = list_visits(window.context.db, household_id=ids["h:Dorpsstraat 4"])
    assert (visit.visitor, visit.note) == ("Bram Jansen", "komt terug")
    assert "Bram Jansen" in page.reentry_feedback.text()
    assert _visits(window, ids["h:Kerkweg 1"]) == []
    out = tmp_path / "reentry.png"
    assert window.grab().save(str(out))


def test_a_street_list_asks_who_walked_it(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    page = window.street_page
    code = _print(window, tmp_path / "kerkweg.pdf", streets=["Kerkweg"])
    page.set_reentry_mode(True)
    _type(qtbot, page.reentry_bar.code, code.lower())
    _loaded(qtbot, window)
    bar = page.reentry_bar
    assert bar.walker.isVisible() and bar.walker.currentIndex() == -1
    assert not page.reentry.isEnabled()  # no row before the connector is chosen
    assert "voor straten gedrukt (Kerkweg)" in bar.feedback.text()
    assert bar.walker.hasFocus()
    qtbot.keyClick(bar.walker, Qt.Key.Key_Down)  # the first connector: Anna de Vries
    qtbot.keyClick(bar.walker, Qt.Key.Key_Down)  # then Bram Jansen
    qtbot.waitUntil(lambda: page.reentry.isEnabled(), timeout=2000)
    assert "Bram Jansen" in bar.title.text() and not bar.walker.isVisible()
    _type(qtbot, page.reentry, "r1 2")
    assert _visits(window, ids["h:Kerkweg 1"]) == [("spoke", "Bram Jansen")]


def test_a_do_not_visit_row_asks_and_no_stores_nothing(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path, questions: dict[str, Any]
) -> None:
    page = window.street_page
    set_do_not_visit(window.context.db, ids["h:Kerkweg 7"], True, "nee-nee sticker")
    code = _print(window, tmp_path / "anna.pdf", connector="Anna de Vries")
    page.set_reentry_mode(True)
    _type(qtbot, page.reentry_bar.code, code)
    _loaded(qtbot, window)
    _type(qtbot, page.reentry, "r4 1")  # row 4: Kerkweg 7, printed "niet aanbellen"
    ((text, default),) = questions["asked"]
    assert "Kerkweg 7" in text and default == QMessageBox.StandardButton.No
    assert _visits(window, ids["h:Kerkweg 7"]) == []
    assert window.context.undo_stack.count() == 0
    assert "niet opgeslagen" in page.reentry_feedback.text()
    # the refused text is selected: typing on replaces it
    assert page.reentry.selectedText() == "r4 1"
    questions["answer"] = QMessageBox.StandardButton.Yes
    _type(qtbot, page.reentry, "r4 1")
    assert page.reentry.text() == ""
    assert _visits(window, ids["h:Kerkweg 7"]) == [("not_home", "Anna de Vries")]


def test_a_check_off_key_at_a_do_not_visit_door_asks_first(
    qtbot: Any, window: MainWindow, ids: dict[str, int], questions: dict[str, Any]
) -> None:
    page = window.street_page
    hid = ids["h:Dorpsstraat 1"]
    set_do_not_visit(window.context.db, hid, True, "bordje nee-nee")
    page.households.refresh_household(hid)
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_3)
    assert len(questions["asked"]) == 1 and _visits(window, hid) == []
    assert "Niet opgeslagen" in page.last_action.text()
    assert page.selected_household_id() == hid  # stays at the door
    qtbot.keyClick(page.table, Qt.Key.Key_6)  # "niet bezoeken" itself needs no question
    assert len(questions["asked"]) == 1 and _visits(window, hid)[-1][0] == "do_not_visit"


def test_typing_is_forgiving_and_escape_leaves(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    page = window.street_page
    bar = page.reentry_bar
    page.set_reentry_mode(True)
    for field in (bar.code, bar.entry):  # wide enough for its example from the start
        width = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.minimumWidth() >= width
    _type(qtbot, bar.code, "LL-0101-FFFF")
    assert "Geen looplijst met code LL-0101-FFFF" in bar.feedback.text()
    assert bar.code.selectedText() == "LL-0101-FFFF"
    _type(qtbot, bar.code, "geen code")  # replaces the selected text
    assert bar.code.text() == "geen code" and "geen lijstcode" in bar.feedback.text()
    # without a code: the list on screen, the connector chosen on the left is the visitor
    page.connector.setCurrentIndex(page.connector.findText("Anna de Vries"))
    _loaded(qtbot, window)
    bar.screen_list.click()
    _loaded(qtbot, window)
    assert "Anna de Vries" in bar.title.text()
    _type(qtbot, page.reentry, "r99 3")
    assert "niet op deze lijst" in bar.feedback.text() and page.reentry.selectedText() == "r99 3"
    _type(qtbot, page.reentry, "r1 4")
    assert _visits(window, ids["h:Kerkweg 1"]) == [("takes_part", "Anna de Vries")]
    qtbot.keyClick(page.reentry, Qt.Key.Key_Escape)
    assert not bar.isVisible() and not page.reentry_button.isChecked()
    assert page.search.isEnabled() and page.checkoff.visitor.isEnabled()
    assert page.checkoff.visitor.currentText() == "Anna de Vries"  # as before re-entry


def test_a_list_printed_in_the_window_is_typed_back_for_its_connector(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The window's print goes through the same store function as `export walklist`."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QDialog, QFileDialog

    from buurtdesk.gui.print_dialog import PrintDialog, PrintKind
    from buurtdesk.gui.print_page import PrintPage

    with operation(window.context.db, "setting up the test"):
        assign_streets(window.context.db, ids["bram"], [ids["dorpsstraat"]])
    out = tmp_path / "bram.pdf"

    def choose_bram(dialog: PrintDialog) -> int:
        dialog.by_connector.setChecked(True)
        dialog.connector.setCurrentText("Bram Jansen")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintDialog, "exec", choose_bram)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF"))
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    printing = PrintPage(window.context)
    qtbot.addWidget(printing)
    with qtbot.waitSignal(printing.exported, timeout=20000):
        printing.cards[PrintKind.WALKLIST].button.click()
    match = re.search(r"LL-\d{4}-[0-9A-F]{4}", PdfReader(out).pages[1].extract_text())
    assert match
    (kept,) = printed_lists(window.context.db, match.group(0)[-4:])  # remembered, not recomputed
    assert (kept.ident, kept.connector) == (match.group(0), "Bram Jansen")
    page = window.street_page
    page.checkoff.visitor.setCurrentText("Anna de Vries")
    page.set_reentry_mode(True)
    _type(qtbot, page.reentry_bar.code, match.group(0))
    _loaded(qtbot, window)
    assert "Bram Jansen" in page.reentry_bar.title.text()
    _type(qtbot, page.reentry, "r1 2")
    assert _visits(window, ids["h:Dorpsstraat 1"]) == [("spoke", "Bram Jansen")]
