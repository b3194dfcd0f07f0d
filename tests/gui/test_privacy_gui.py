"""The household panel's "Gegevens van dit huishouden…": everything kept about the door, and
erasing it on request after a confirmation that says what goes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from buurtdesk.gui.main_window import MainWindow
from buurtdesk.ops import privacy

from .destructive import press_destructive
from .test_street_page import wait_loaded

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_show_and_erase_a_household_in_the_window(
    qtbot: Any, window: MainWindow, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    page = window.street_page
    page.select_streets([ids["dorpsstraat"]])
    wait_loaded(qtbot, window)
    door = ids["h:Dorpsstraat 2"]  # visited by Bram in the fixture
    page.select_household(door)
    qtbot.waitUntil(lambda: page.panel.data_button.isEnabled(), timeout=5000)
    page.panel.data_button.click()
    dialog = page.household_data_dialog
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "Bram Jansen" in text and "Dorpsstraat 2" in text
    dialog.grab().save(str(tmp_path / "gegevens.png"))
    asked = press_destructive(monkeypatch)
    dialog.erase_button.click()
    assert "1 bezoek" in asked[0] and "niet aanbellen: op" in asked[0]
    assert privacy.household_data(window.context.db, door)["visits"] == []
    assert "Geen bezoeken bewaard" in dialog.text.toPlainText()
    dialog.reject()
    qtbot.waitUntil(lambda: page.households.household(page.households.row_of(door)).do_not_visit)
    assert window.context.undo_stack.count() == 0


def test_a_contact_is_kept_only_with_consent_in_the_window(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    from buurtdesk.gui.privacy_dialogs import HouseholdDataDialog

    door = ids["h:Kerkweg 5"]
    data = HouseholdDataDialog(window.context, door, "Kerkweg 5", window)
    qtbot.addWidget(data)
    form = data.edit_contact()
    before = "\n".join(window.context.db.conn.iterdump())
    form.phone.setText("06 1234 5678")
    form.accept()  # no purpose given
    assert "waarvoor" in form.error.text() and form.isVisible()
    assert "\n".join(window.context.db.conn.iterdump()) == before
    form.phone.setText("bel me")
    form.purpose.setText("terugbellen over de warmtescan")
    form.accept()
    assert "geen telefoonnummer" in form.error.text()
    form.phone.setText("06 1234 5678")
    form.grab().save(str(tmp_path / "contact.png"))
    form.accept()
    assert not form.isVisible()
    assert "06 1234 5678" in data.text.toPlainText()
    assert privacy.household_data(window.context.db, door)["contact"]["purpose"] == (
        "terugbellen over de warmtescan"
    )


def test_correcting_a_visits_note_in_the_data_dialog(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    from PySide6.QtCore import QUrl

    from buurtdesk.gui.privacy_dialogs import HouseholdDataDialog, NoteDialog

    door = ids["h:Dorpsstraat 2"]  # visited by Bram in the fixture
    data = HouseholdDataDialog(window.context, door, "Dorpsstraat 2", window)
    qtbot.addWidget(data)
    assert "notitie verbeteren" in data.text.toPlainText()
    data.text.anchorClicked.emit(QUrl("note:1"))  # the link under the visit
    form = data.findChild(NoteDialog)
    assert form is not None and form.isVisible()
    form.reject()
    form = data.correct_note(1)
    assert form is not None and data.correct_note(99) is None
    before = "\n".join(window.context.db.conn.iterdump())
    for bad, said in (("x" * 20_000, "hoogstens"), ("rood\x1b[31m", "stuurtekens")):
        form.note.setPlainText(bad)
        form.accept()
        assert said in form.error.text() and form.isVisible()
    assert "\n".join(window.context.db.conn.iterdump()) == before
    form.note.setPlainText("GECORRIGEERD-1234")
    form.grab().save(str(tmp_path / "notitie.png"))
    form.accept()
    assert not form.isVisible()
    assert "GECORRIGEERD-1234" in data.text.toPlainText()
    visits = privacy.household_data(window.context.db, door)["visits"]
    assert [v["note"] for v in visits] == ["GECORRIGEERD-1234"]
    assert window.context.undo_stack.count() == 0


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )


def test_printing_the_overview_from_the_data_dialog(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, db_path: Path,
) -> None:  # fmt: skip
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMessageBox

    from buurtdesk.gui.privacy_dialogs import HouseholdDataDialog

    door = ids["h:Dorpsstraat 2"]
    data = HouseholdDataDialog(window.context, door, "Dorpsstraat 2", window)
    qtbot.addWidget(data)
    out = tmp_path / "inzage.pdf"
    _save_to(monkeypatch, out)
    data.print_button.click()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Dorpsstraat 2" in text and "Bram Jansen" in text and "Bezoeken (1)" in text
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text))
    )
    folder = tmp_path / "map.pdf"
    folder.mkdir()
    _save_to(monkeypatch, folder)  # a name the PDF cannot take: said, nothing written
    assert data.print_overview() is None
    assert "map" in warned[0] and list(folder.iterdir()) == []
    before = db_path.read_bytes()
    _save_to(monkeypatch, db_path)  # the save dialog adds .pdf: never over the file itself
    assert data.print_overview() == db_path.with_name(db_path.name + ".pdf")
    assert db_path.read_bytes() == before


def test_privacy_statement_and_register_from_the_file_menu(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMessageBox

    from buurtdesk.ops.projects import set_project

    register = tmp_path / "register.pdf"
    _save_to(monkeypatch, register)
    window.register_action.trigger()
    assert "Verwerkingsregister" in PdfReader(register).pages[0].extract_text()
    assert str(register) in window.statusBar().currentMessage()
    statement = tmp_path / "verklaring.pdf"
    _save_to(monkeypatch, statement)
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text))
    )
    project = window.context.project
    assert project is not None
    if not project.contact:
        window.statement_action.trigger()  # the statement says how to reach the team
        assert "contact" in warned[0] and not statement.exists()
        set_project(window.context.db, project.id, contact="buurtteam@example.nl")
    window.statement_action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(statement).pages)
    assert "buurtteam@example.nl" in text or project.contact in text


def test_the_answers_to_door_questions_are_shown_and_printed(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from datetime import date

    from pypdf import PdfReader

    from buurtdesk.domain.outcomes import Outcome
    from buurtdesk.gui.privacy_dialogs import HouseholdDataDialog
    from buurtdesk.ops.questions import add_question
    from buurtdesk.ops.visits import record_visit

    db = window.context.db
    add_question(db, "Wilt u een gratis warmtescan?", short="warmtescan")
    door = ids["h:Dorpsstraat 4"]
    record_visit(db, household_id=door, outcome=Outcome.INTERESTED, visit_date=date(2026, 9, 5),
                 visitor="Bram Jansen", answers={"warmtescan": "ja"})  # fmt: skip
    data = HouseholdDataDialog(window.context, door, "Dorpsstraat 4", window)
    qtbot.addWidget(data)
    assert "Wilt u een gratis warmtescan?: ja" in data.text.toPlainText()
    out = tmp_path / "inzage.pdf"
    _save_to(monkeypatch, out)
    data.print_button.click()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "warmtescan" in text and "ja" in text
