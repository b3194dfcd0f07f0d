"""The page Opvolgen: the follow-up list with who should do it, a tick that is one undo step,
and the list on paper."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.followup_page import ADDRESS, CONTACT, DONE, WHO, FollowUpPage
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.ops.privacy import set_contact
from buurtdesk.ops.visits import record_visit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _rows(page: FollowUpPage, column: int) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_call_back_and_door_card_ticked_undone_and_printed(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db = window.context.db
    # Dorpsstraat 2 said "interested" to Bram (the fixture); now with consent to be called
    set_contact(
        db, ids["h:Dorpsstraat 2"], phone="06-55501234", consent_at=date(2026, 9, 3),
        purpose="terugbellen over de warmtescan",
    )  # fmt: skip
    for day in (date(2026, 9, 4), date(2026, 9, 11)):
        record_visit(
            db, household_id=ids["h:Kerkweg 1"], outcome=Outcome.NOT_HOME, visit_date=day,
            visitor="Anna de Vries",
        )  # fmt: skip
    window.context.visitsChanged.emit()
    window.show_page("followup")
    page = window.page("followup")
    assert isinstance(page, FollowUpPage)
    assert _rows(page, ADDRESS) == ["Dorpsstraat 2", "Kerkweg 1"]
    assert _rows(page, CONTACT) == ["06-55501234", ""]  # contact only where a call needs it
    assert _rows(page, WHO) == ["—", "Anna de Vries"]  # Dorpsstraat has no connector yet
    # a click in the tick column ticks; Ctrl+Z takes it back
    rect = page.table.visualRect(page.model.index(1, DONE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.model.index(1, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "afgevinkt" in page.message.text()
    page.only_open.setChecked(True)
    assert _rows(page, ADDRESS) == ["Dorpsstraat 2"]
    page.only_open.setChecked(False)
    window.context.undo_stack.undo()
    assert page.model.index(1, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.context.undo_stack.redo()
    assert page.model.index(1, DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    window.grab().save(str(tmp_path / "followup.png"))
    # on paper
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    out = tmp_path / "opvolgen.pdf"
    page.print_list(str(out))
    qtbot.waitUntil(lambda: "opgeslagen" in page.message.text(), timeout=20000)
    text = PdfReader(out).pages[0].extract_text()
    assert "Kerkweg 1" in text and "06-55501234" in text and "1 nog te doen, 1 gedaan" in text
    # the neighbourhood file itself is never a place for it
    page.print_list(str(window.context.db_path))
    assert page.message.text() and "opgeslagen" not in page.message.text()
