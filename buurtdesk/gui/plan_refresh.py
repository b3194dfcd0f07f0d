"""Refreshing a page after visits without slowing down check-off.

Visits arrive at typing speed. A page that is not on screen only notes that it is out of date and
catches up when it is shown; a page on screen refreshes once after a short pause, however many
visits came in meanwhile. Used by the team, plan and progress pages.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class LazyRefresh(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], None], delay_ms: int = 250) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        widget.installEventFilter(self)

    def request(self) -> None:
        if self._widget.isVisible():
            self._timer.start()
        else:
            self.dirty = True

    def _run(self) -> None:
        self.dirty = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Python's collector may clear this object (a cycle of its page) before Qt has
        # destroyed the widget, which still sends events: then there is nothing to refresh.
        widget = getattr(self, "_widget", None)
        shown = widget is not None and watched is widget and event.type() == QEvent.Type.Show
        if shown and getattr(self, "dirty", False):
            self._timer.start(0)
        return False
