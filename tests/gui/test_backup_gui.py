"""The day's automatic backup at open, and "Reservekopie terugzetten…" in the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.backups import auto_backup_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_day_is_backed_up_at_open_and_a_backup_can_be_put_back(
    qtbot: Any, window: MainWindow, ids: dict[str, int], db_path: Path,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    today = auto_backup_path(db_path, date.today())
    qtbot.waitUntil(today.exists, timeout=10000)
    record_visit(window.context.db, household_id=ids["h:Kerkweg 1"], outcome=Outcome.SPOKE,
                 visit_date=date(2026, 9, 8), visitor="Anna de Vries")  # fmt: skip
    dialog = window.restore_backup()
    assert dialog.table.rowCount() == 1 and dialog.restore_button.isEnabled()
    dialog.grab().save(str(tmp_path / "terugzetten.png"))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes)
    )
    dialog.restore_button.click()
    visits = window.context.db.execute(
        "SELECT count(*) FROM visits WHERE household_id = ?", [ids["h:Kerkweg 1"]]
    ).fetchone()[0]
    assert visits == 0  # the backup was taken before that visit
    assert "teruggezet" in window.statusBar().currentMessage()
    assert len(list(today.parent.glob("*.buurtdesk"))) == 2  # and the file as it was
