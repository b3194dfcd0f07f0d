"""The household panel's "Gegevens van dit huishouden…": everything kept about the door, and
erasing it on request after a confirmation that says what goes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from buurtdesk.gui.main_window import MainWindow
from buurtdesk.ops import privacy

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
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        erase = next(
            b for b in box.buttons()
            if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )  # fmt: skip
        erase.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
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
