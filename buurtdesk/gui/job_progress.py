"""Long work of the main window on the database worker, with a progress dialog that can cancel
it (an import, the demo). Apart from the window so that it stays one responsibility."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from .worker import Job

if TYPE_CHECKING:
    from .main_window import MainWindow


def run_with_progress(
    window: MainWindow, fn: Any, label: str, done: Any, on_failed: Any = None
) -> Job:
    """Run ``fn`` on the worker; ``done(result)`` on success, ``on_failed(exc)`` (or the window's
    usual message) on failure."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("MainWindow", "Annuleren"), 0, 0, window
    )
    dialog.setWindowTitle("BuurtDesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    # A window-modal progress dialog handles events inside setValue(): the job's end can
    # arrive there, and deleting the dialog under setValue() crashed Python. So the end
    # waits until setValue() has returned, and progress after the end is ignored. Progress can
    # arrive inside setValue() too (nested): "busy" counts the depth, and the end waits for all.
    state: dict[str, Any] = {"ended": False, "busy": 0, "after": None}

    def progress(done_count: int, total: int) -> None:
        if state["ended"]:
            return
        state["busy"] += 1
        try:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done_count, total) if total else 0)
        finally:
            state["busy"] -= 1
        if state["busy"]:
            return
        after, state["after"] = state["after"], None
        if after is not None:
            after()

    def end(then: Any) -> None:
        state["ended"] = True

        def close_and_then() -> None:
            dialog.reset()
            dialog.deleteLater()
            then()

        if state["busy"]:
            state["after"] = close_and_then
        else:
            close_and_then()

    def finished(result: object) -> None:
        end(lambda: done(result))

    def failed(exc: BaseException) -> None:
        def say() -> None:
            if window._close_when_idle and job.is_cancelled:
                return  # stopped on the way out: nothing was saved, nothing to say
            if on_failed is not None:
                on_failed(exc)
            else:
                window._failed(label, exc)

        end(say)

    def cancelled() -> None:
        # a step that could not stop may have written: show the file
        end(window._data_arrived)

    job = window.context.worker.run(
        fn,
        label,
        on_finished=finished,
        on_failed=failed,
        on_cancelled=cancelled,
        on_progress=progress,
        writes=True,
    )
    dialog.canceled.connect(job.cancel)
    return job
