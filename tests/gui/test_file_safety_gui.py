"""The window and its file: what another program writes shows up, quitting during a job asks to
stop or wait (and never hides the job), a damaged file is found at start and repaired, and the
save dialog for a PDF asks before it replaces a file."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
)

from buurtdesk.domain.outcomes import Outcome, Status
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.print_dialog import PrintKind, choose_target
from buurtdesk.gui.worker import Cancelled
from buurtdesk.store.db import get_setting, open_db, set_setting, transaction
from buurtdesk.store.integrity import check
from buurtdesk.store.visits import record_visit
from tests.store.damage import swap_index_roots

from .street_fixtures import make_neighbourhood

# real message boxes are shown (and clicked); the offscreen platform warns about their size
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def answer_box(name: str, button: str, tries: int = 1000) -> list[str]:
    """Click ``button`` in the message box ``name`` as soon as it shows (it runs its own event
    loop, so the test cannot click it after the call). Returns the box texts it saw."""
    seen: list[str] = []

    def attempt(left: int = tries) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == name:
            seen.append(box.text())
            found = box.findChild(QAbstractButton, button)
            assert found is not None, button
            found.click()
        elif left > 0:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, attempt)
    return seen


# --- another program writes ----------------------------------------------------------------------


def test_a_visit_another_program_records_shows_in_the_list(
    qtbot: Any, window: MainWindow, ids: dict[str, int], db_path: Path
) -> None:
    page = window.street_page
    hid = ids["h:Dorpsstraat 5"]
    row = page.households.row_of(hid)
    assert page.households.status_of(row) is Status.UNVISITED
    other = open_db(db_path)  # the command line, another window
    record_visit(
        other,
        project_id=ids["project"],
        household_id=hid,
        outcome=Outcome.TAKES_PART,
        visit_date=date(2026, 9, 10),
    )
    other.close()

    def shown() -> bool:
        return page.households.status_of(page.households.row_of(hid)) is Status.TAKES_PART

    qtbot.waitUntil(shown, timeout=10000)


# --- quitting during a job -----------------------------------------------------------------------


def _slow_job(release: threading.Event, started: threading.Event) -> Callable[[Any, Any], None]:
    def job(db: Any, progress: Any) -> None:
        with transaction(db):
            set_setting(db, "halfway", "written")
            started.set()
            while not release.wait(0.01):
                if not progress(0, 1):
                    raise Cancelled

    return job


def _progress_dialog(window: MainWindow) -> QProgressDialog | None:
    dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    return dialogs[0] if dialogs else None


def test_ctrl_q_during_a_job_can_stop_it_and_nothing_is_saved(
    qtbot: Any, window: MainWindow, db_path: Path
) -> None:
    release, started = threading.Event(), threading.Event()
    job = window.run_job(_slow_job(release, started), "Adressen inlezen…", lambda _r: None)
    qtbot.waitUntil(lambda: window.context.worker.current is job and started.is_set())
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None, timeout=5000)

    seen = answer_box("quitDuringJob", "cancel")
    window.quit_action.trigger()  # Ctrl+Q
    assert seen and "Adressen inlezen" in seen[0]
    assert window.isVisible() and not job.is_cancelled  # "niet sluiten": nothing happens

    answer_box("quitDuringJob", "stop")
    window.quit_action.trigger()
    assert job.is_cancelled
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    release.set()
    db = open_db(db_path)
    assert get_setting(db, "halfway") == ""  # the job's transaction was rolled back
    db.close()


def test_ctrl_q_during_a_job_can_wait_for_it(qtbot: Any, window: MainWindow, db_path: Path) -> None:
    release, started = threading.Event(), threading.Event()
    job = window.run_job(_slow_job(release, started), "Adressen inlezen…", lambda _r: None)
    qtbot.waitUntil(lambda: window.context.worker.current is job and started.is_set())
    answer_box("quitDuringJob", "wait")
    window.quit_action.trigger()
    assert not job.is_cancelled
    # the window and its progress stay while the job runs: nothing ends silently
    qtbot.waitUntil(lambda: _progress_dialog(window) is not None, timeout=5000)
    assert window.isVisible()
    window.close()  # asking again while waiting changes nothing and asks nothing
    assert window.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    db = open_db(db_path)
    assert get_setting(db, "halfway") == "written"
    db.close()


# --- the check at start --------------------------------------------------------------------------


def test_a_damaged_file_is_found_at_start_and_repaired(qtbot: Any, db_path: Path) -> None:
    make_neighbourhood(db_path)
    swap_index_roots(db_path, "households_walk")
    damaged = hashlib.sha256(db_path.read_bytes()).hexdigest()
    seen = answer_box("damagedFile", "repair", tries=3000)
    context = GuiContext(db_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.openFileRequested, timeout=20000) as reopened:
        pass
    assert reopened.args == [db_path]
    assert seen and str(db_path) in seen[0]
    report = window.file_watch.report
    assert report is not None and not report.ok
    kept = list(db_path.parent.glob("buurt.beschadigd-*.buurtdesk"))
    assert len(kept) == 1
    assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged
    db = open_db(db_path)
    assert check(db).ok
    db.close()
    window.close()
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "repairResult":
            box.close()


def test_a_sound_file_is_checked_quietly(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.file_watch.report is not None, timeout=10000)
    assert window.file_watch.report is not None and window.file_watch.report.ok


# --- saving a PDF --------------------------------------------------------------------------------


def test_the_save_dialog_asks_before_it_replaces_a_file(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[dict[str, Any]] = []
    typed = tmp_path / "verslag"  # typed without .pdf; verslag.pdf exists

    def save(*args: Any, **kwargs: Any) -> tuple[str, str]:
        calls.append({"args": args, "kwargs": kwargs})
        return str(typed), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    (tmp_path / "verslag.pdf").write_bytes(b"%PDF-1.4 last week's")
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert choose_target(None, PrintKind.REPORT, tmp_path) is None  # type: ignore[arg-type]
    assert asked and "verslag.pdf" in asked[0]
    # Qt's own overwrite question is never switched off
    options = calls[0]["kwargs"].get("options", QFileDialog.Option(0))
    assert not options & QFileDialog.Option.DontConfirmOverwrite
    assert len(calls[0]["args"]) <= 4


def test_a_job_that_stops_halfway_never_holds_the_file(
    qtbot: Any, window: MainWindow, db_path: Path
) -> None:
    def careless(db: Any, _progress: Any) -> None:
        db.conn.execute("BEGIN IMMEDIATE")  # a transaction it never ends
        set_setting(db, "careless", "1")
        raise RuntimeError("halfway")

    failures: list[BaseException] = []
    window.context.worker.run(careless, "careless", on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures) and window.context.worker.current is None)
    other = open_db(db_path)
    other.execute("PRAGMA busy_timeout = 200")  # another program must not have to wait
    with transaction(other):
        set_setting(other, "other", "1")
    assert get_setting(other, "careless") == ""
    other.close()


def test_opening_another_file_waits_for_a_writing_job(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.gui.app import WindowKeeper

    first = tmp_path / "een.buurtdesk"
    make_neighbourhood(first)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *_a: said.append(text))
    )
    keeper = WindowKeeper()
    assert keeper.open(first)
    window = keeper.window
    assert window is not None
    qtbot.addWidget(window)
    release, started = threading.Event(), threading.Event()
    job = window.run_job(_slow_job(release, started), "Adressen inlezen…", lambda _r: None)
    qtbot.waitUntil(lambda: window.context.worker.current is job and started.is_set())
    assert not keeper.open(tmp_path / "twee.buurtdesk")
    assert keeper.window is window and window.isVisible()
    assert said and "Adressen inlezen" in said[0]
    assert not (tmp_path / "twee.buurtdesk").exists()
    release.set()
    qtbot.waitUntil(lambda: window.context.worker.current is None)
    window.close()
    window.context.close()
