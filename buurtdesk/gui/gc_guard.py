"""Python's cycle collector may only run on the GUI thread.

The collector runs on whichever thread happens to allocate when a generation fills up. The
database worker allocates a lot (an import, an exchange file), so it was often the worker that
collected: and a cycle that held a closed window, a dialog or a job's signals then destroyed
Qt objects of the GUI thread from the worker thread. Qt does not allow that; it crashed the test
run (a segmentation fault in the event loop, at a different test each time).

So automatic collection is switched off and this timer on the GUI thread collects instead, by
the same thresholds the collector itself uses (pyqtgraph's and Anki's recipe). Plain reference
counting still frees everything that is not in a cycle at once, on any thread.

What is there when the collector is installed (every module, class and function of the program,
about 46,000 objects before a window opens) lives as long as the program: it is frozen
(``gc.freeze``), so that a full collection does not walk it again every time. A full collection
took 60-100 ms on the GUI thread at city scale, the slowest stall of the progress page
(docs/performance.md); without those objects it takes about a third of that.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> int:
        """Collect the generations that are over their threshold; returns the objects freed."""
        count0, count1, count2 = gc.get_count()
        freed = 0
        if count0 > self.threshold[0]:
            freed += gc.collect(0)
            if count1 > self.threshold[1]:
                freed += gc.collect(1)
                if count2 > self.threshold[2]:
                    freed += gc.collect(2)
        return freed


def install(app: QObject, *, freeze: bool = True) -> GuiThreadCollector:
    """Once per application, on the GUI thread (the app object lives there). ``freeze=False``
    only for ``benchmarks/bench_gui.py --no-freeze`` (the stall as it was)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    collector = GuiThreadCollector(app)
    if freeze:
        gc.collect()
        gc.freeze()  # the program itself: never garbage, never walked again
    return collector
