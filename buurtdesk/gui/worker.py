"""The one database worker: long database work (import, export, merge, backup, big filters) runs
here, off the GUI thread, on its own connection to the same file (Anki's collection worker).

A job is a plain function ``fn(db, progress) -> result``; ``progress(done, total)`` reports and
returns False once the user has cancelled, after which the job should stop (raise
:class:`Cancelled` or return early). Results and errors come back to the GUI thread as signals.
Jobs run one at a time, in the order they were submitted.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from ..store.db import end_open_transaction, open_db

ProgressFn = Callable[[int, int], bool]
JobFn = Callable[[Any, ProgressFn], Any]


class Cancelled(Exception):
    """Raised inside a job when the user pressed cancel."""


class Job(QObject):
    """A handle on submitted work. Signals arrive on the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, fn: JobFn, label: str, writes: bool = False) -> None:
        super().__init__()
        self.fn = fn
        self.label = label
        self.writes = writes  # closing the window during this job would throw work away
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class DbWorker(QObject):
    """Runs jobs on one background thread with its own SQLite connection."""

    busyChanged = Signal(bool)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self.current: Job | None = None  # the job running now, read by the GUI thread
        self._thread = threading.Thread(target=self._run, name="buurtdesk-db", daemon=True)
        self._thread.start()

    def submit(self, fn: JobFn, label: str = "", *, writes: bool = False) -> Job:
        job = Job(fn, label, writes)
        self._queue.put(job)
        return job

    def run(
        self,
        fn: JobFn,
        label: str = "",
        *,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        writes: bool = False,
    ) -> Job:
        """Submit a job and have plain callables called on the GUI thread when it reports.

        (A lambda connected straight to a job's signal would run on the worker thread; the
        watcher is a QObject on the GUI thread, so its slots are queued there.)
        """
        job = Job(fn, label, writes)
        _JobWatcher(job, on_finished, on_failed, on_cancelled, on_progress, self)
        self._queue.put(job)
        return job

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the queued jobs and close the worker's connection."""
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        db = None
        while True:
            job = self._queue.get()
            if job is None:
                break
            if db is None:
                try:
                    db = open_db(self._db_path)
                except Exception as exc:  # reported to the GUI, never raised in the thread
                    job.failed.emit(exc)
                    continue
            self.current = job
            self.busyChanged.emit(True)

            def report(done: int, total: int, job: Job = job) -> bool:
                job.progress.emit(done, total)
                return not job.is_cancelled

            outcome: tuple[Any, tuple[Any, ...]]
            try:
                result = job.fn(db, report)
            except Cancelled:
                outcome = (job.cancelled, ())
            except Exception as exc:
                outcome = (job.failed, (exc,))
            else:
                # A job that returns has done its work (and committed it), even when cancel was
                # pressed after its last check: say what happened, not what was asked.
                outcome = (job.finished, (result,))
            finally:
                # a job that stopped halfway must not hold the file's write lock
                end_open_transaction(db)
                self.current = None
            # Said only once the worker is idle: a window that closes in answer to a finished job
            # must not find that job still "running" and ask the user to wait for it.
            signal, args = outcome
            signal.emit(*args)
            self.busyChanged.emit(False)
        if db is not None:
            db.close()


class _JobWatcher(QObject):
    """Receives one job's signals on the GUI thread and hands them to callables."""

    def __init__(
        self,
        job: Job,
        on_finished: Callable[[Any], None] | None,
        on_failed: Callable[[BaseException], None] | None,
        on_cancelled: Callable[[], None] | None,
        on_progress: Callable[[int, int], None] | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._job = job  # kept alive until it has reported
        self._on_finished = on_finished
        self._on_failed = on_failed
        self._on_cancelled = on_cancelled
        self._on_progress = on_progress
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        try:
            if self._on_finished is not None:
                self._on_finished(result)
        finally:
            self._done()

    @Slot(object)
    def _failed(self, exc: Any) -> None:
        try:
            if self._on_failed is not None:
                self._on_failed(exc)
        finally:
            self._done()

    @Slot()
    def _cancelled(self) -> None:
        try:
            if self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self._done()

    def _done(self) -> None:
        self.deleteLater()
