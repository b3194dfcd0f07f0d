"""Cycles holding Qt objects are collected on the GUI thread only: a worker thread that
allocates a lot must not be the one that destroys a closed window's widgets (that crashed the
test run with a segmentation fault)."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtWidgets import QWidget

from buurtdesk.gui import gc_guard


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.widget = QWidget()


def test_a_busy_thread_does_not_collect_and_the_gui_thread_does(qtbot: Any, qapp: Any) -> None:
    collector = gc_guard.install(qapp)
    assert not gc.isenabled()
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    assert gone() is not None  # only a collection frees a cycle

    def allocate() -> None:
        junk = []
        for _ in range(20 * collector.threshold[0]):
            pair: list[Any] = []
            pair.append(pair)  # cycles, so that the counters rise
            junk.append(pair)
        del junk

    thread = threading.Thread(target=allocate)
    thread.start()
    thread.join()
    assert gone() is not None, "the worker thread collected a cycle holding a widget"
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the GUI thread's timer did


def test_the_programs_own_objects_are_left_out_of_every_collection(qapp: Any) -> None:
    """A full collection walked every module, class and function of the program again: at city
    scale 60-100 ms on the GUI thread, the slowest stall of the progress page. What is there when
    the collector is installed is frozen."""
    gc_guard.install(qapp)
    assert gc.get_freeze_count() > 10_000
