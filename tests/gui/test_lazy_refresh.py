"""LazyRefresh (gui/plan_refresh.py) after Python's collector has cleared it.

A page and its LazyRefresh form a cycle; the collector (on the GUI thread, gui/gc_guard.py) may
clear the LazyRefresh's attributes before Qt has destroyed the widget, which still sends events
through the filter. That raised AttributeError ('_widget') in whichever test ran at that moment.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from buurtdesk.gui.plan_refresh import LazyRefresh


def test_a_cleared_lazy_refresh_lets_the_widgets_events_pass(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    lazy = LazyRefresh(widget, lambda: calls.append(1))
    lazy.request()  # hidden: only noted
    assert lazy.dirty
    lazy.__dict__.clear()  # what the collector's clearing of a cycle leaves
    widget.show()  # a Show event through the filter: no AttributeError
    qtbot.waitExposed(widget)
    widget.hide()
    assert calls == []


def test_a_dirty_page_catches_up_when_shown(qtbot: Any) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    lazy = LazyRefresh(widget, lambda: calls.append(1))
    lazy.request()
    widget.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    assert not lazy.dirty
