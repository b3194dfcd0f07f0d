"""The one database worker: long database work (import, export, merge, backup, big filters) runs
here, off the GUI thread, on its own connection to the same file (Anki's collection worker).

A job is a plain function ``fn(db, progress) -> result``; ``progress(done, total)`` reports and
returns False once the user has cancelled, after which the job should stop (raise
:class:`Cancelled` or return early). Results and errors come back to the GUI thread through the
worker's own signal (the worker is a QObject of the GUI thread; a job is not a QObject at all).
Jobs run one at a time, in the order they were submitted.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..store.db import end_open_transaction, open_db

ProgressFn = Callable[[int, int], bool]
JobFn = Callable[[Any, ProgressFn], Any]


class Cancelled(Exception):
    """Raised inside a job when the user pressed cancel."""


class Job:
    """A handle on submitted work: a plain Python object, not a QObject, so that nothing of Qt
    is made or destroyed on the worker thread (the worker holds the last reference to a job
    until the next one comes). Its reports reach the GUI thread through the worker's signals;
    callables added with :meth:`on` are called there."""

    def __init__(self, fn: JobFn, label: str, writes: bool = False) -> None:
        self.fn = fn
        self.label = label
        self.writes = writes  # closing the window during this job would throw work away
        self._cancel = threading.Event()
        self._listeners: dict[str, list[Callable[..., None]]] = {}

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def on(self, event: str, fn: Callable[..., None]) -> None:
        """Call ``fn`` on the GUI thread at ``event``: "progress" (done, total), "finished"
        (result), "failed" (exception) or "cancelled"."""
        self._listeners.setdefault(event, []).append(fn)

    def _tell(self, event: str, args: tuple[Any, ...]) -> None:
        for fn in list(self._listeners.get(event, ())):
            fn(*args)
        if event != "progress":
            self._listeners.clear()  # the job has ended: let go of the callables


class DbWorker(QObject):
    """Runs jobs on one background thread with its own SQLite connection."""

    busyChanged = Signal(bool)
    # (job, event, args) from the worker thread; queued to the GUI thread, where _deliver runs
    _reported = Signal(object, str, object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self.current: Job | None = None  # the job running now, read by the GUI thread
        self._reported.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
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
        """Submit a job and have plain callables called on the GUI thread when it reports."""
        job = Job(fn, label, writes)
        for event, fn_ in (
            ("finished", on_finished),
            ("failed", on_failed),
            ("cancelled", on_cancelled),
            ("progress", on_progress),
        ):
            if fn_ is not None:
                job.on(event, fn_)
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
                    db = open_db(self._db_path, guarded=True)
                except Exception as exc:  # reported to the GUI, never raised in the thread
                    self._report(job, "failed", (exc,))
                    continue
            self.current = job
            self.busyChanged.emit(True)

            def report(done: int, total: int, job: Job = job) -> bool:
                self._report(job, "progress", (done, total))
                return not job.is_cancelled

            outcome: tuple[str, tuple[Any, ...]]
            result: Any = None
            try:
                result = job.fn(db, report)
            except Cancelled:
                outcome = ("cancelled", ())
            except Exception as exc:
                outcome = ("failed", (exc,))
            else:
                # A job that returns has done its work (and committed it), even when cancel was
                # pressed after its last check: say what happened, not what was asked.
                outcome = ("finished", (result,))
            finally:
                # a job that stopped halfway must not hold the file's write lock
                end_open_transaction(db)
                self.current = None
            # Said only once the worker is idle: a window that closes in answer to a finished job
            # must not find that job still "running" and ask the user to wait for it.
            event, args = outcome
            self._report(job, event, args)
            self.busyChanged.emit(False)
            # the GUI thread holds the job until it has reported
            del job, report, outcome, args, result
        if db is not None:
            db.close()

    def _report(self, job: Job, event: str, args: tuple[Any, ...]) -> None:
        """Called on the worker thread: hand the report to the GUI thread."""
        self._reported.emit(job, event, args)

    @Slot(object, str, object)
    def _deliver(self, job: Job, event: str, args: tuple[Any, ...]) -> None:
        job._tell(event, args)
