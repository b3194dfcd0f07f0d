"""A job says it has ended only once the worker is idle: a window that closes in answer must not
find the job still "running" and ask the user to wait for it (seen: a modal question that hung
the window, and a test run)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from buurtdesk.gui.worker import Cancelled, DbWorker
from buurtdesk.store.db import open_db


def _ends_with(tmp_path: Path, qtbot: Any, body: Any, signal: str) -> list[Any]:
    open_db(tmp_path / "b.buurtdesk").close()
    seen: list[Any] = []

    class Watched(DbWorker):
        def _report(self, job: Any, event: str, args: tuple[Any, ...]) -> None:
            # runs on the worker thread at the moment of the report: no race
            if event == signal:
                seen.append(self.current)
            super()._report(job, event, args)

    worker = Watched(tmp_path / "b.buurtdesk")
    gate = threading.Event()

    def fn(_db: Any, _progress: Any) -> Any:
        gate.wait(10)
        return body()

    worker.submit(fn, "proef")
    gate.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    worker.stop()
    return seen


def test_finished_comes_when_the_worker_is_idle(tmp_path: Path, qtbot: Any) -> None:
    assert _ends_with(tmp_path, qtbot, lambda: 1, "finished") == [None]


def test_failed_and_cancelled_too(tmp_path: Path, qtbot: Any) -> None:
    def boom() -> None:
        raise ValueError("kapot")

    def stop() -> None:
        raise Cancelled

    assert _ends_with(tmp_path / "", qtbot, boom, "failed") == [None]
    (tmp_path / "c").mkdir()
    assert _ends_with(tmp_path / "c", qtbot, stop, "cancelled") == [None]
