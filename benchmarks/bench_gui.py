"""Main window at neighbourhood scale (500 households) against city scale (100,000).

For each size a fresh database file gets the team's demo neighbourhood (``buurtdesk demo
--households N``). Then, offscreen, with the window at 1400x820:

- start: from spawning ``python`` to a painted, usable main window (the street list filled and
  the first streets' households painted in the table), in a child process; median of 3;
- complete: from spawning to every household of all streets in the table (the rest of the ids
  are read by the worker while the window is already usable);
- memory: resident memory of that child process at that moment;
- check-off: one key press (``3``) on a selected household to the visit committed and its row,
  street counts and history updated (median of 30, each on another household that has no
  visit yet, so that the result does not depend on the time of day);
- filter: choosing a status in the filter ("interested") to the result in the table model (the
  ids query runs on the worker), and to the whole window repainted (``grab``, a full software
  repaint of 1400x820 offscreen); and a search by street name; median of 5 each;
- progress page stall: the longest the GUI thread does not answer while the progress page is
  opened again after a check-off, until its figures are shown: a ``QTimer`` ticks every 5 ms
  and the largest gap between ticks is the stall (5 ms when nothing blocks); once over the
  whole opening (the page switch and its paint included, the same at every size) and once
  after the switch has painted (what waiting for the figures costs). Five times with
  the figures from the counters, five times with the same figures by scan (as before the
  counters, :func:`buurtdesk.store.counters.scan_progress`), alternating (``--stall-repeat``);
  min, median and max. Baseline: after each opening, the same timer on the idle window for as
  long as the opening took (what the machine's load alone costs the GUI thread).

Figures are reported as the ratio 100,000 : 500 measured in the same run.

    python benchmarks/bench_gui.py
    python benchmarks/bench_gui.py --sizes 500 100000 --screenshot docs/main-window.png
    python benchmarks/bench_gui.py --reuse benchmarks/out   # demo files kept and reused
    python benchmarks/bench_gui.py --skip-start --no-freeze   # the stall without gc.freeze()

It measures the checkout it lies in (its parent folder comes first on ``sys.path``, for the
child processes too), whichever BuurtDesk the interpreter has installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]  # this checkout's buurtdesk, not an installed one
sys.path.insert(0, str(ROOT))
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
)


def make_demo(path: Path, households: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "buurtdesk", "--db", str(path), "demo", "--households",
         str(households), "--seed", "1"],
        check=True, capture_output=True,
    )  # fmt: skip


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# --- the child: start to a painted window --------------------------------------------------------


def child_start(db: Path, spawned: float, screenshot: str | None) -> None:
    from PySide6.QtWidgets import QApplication

    import buurtdesk.gui  # noqa: F401  (the None guard, before any Qt call)
    from buurtdesk.gui.context import GuiContext
    from buurtdesk.gui.main_window import MainWindow

    app = QApplication([])
    context = GuiContext(db)
    window = MainWindow(context)
    window.resize(1400, 820)
    window.show()
    page = window.street_page
    # usable: the streets listed and the first households in the table, painted
    while page.households.rowCount() == 0 or page.streets.rowCount() == 0:
        app.processEvents()
        time.sleep(0.001)
    image = window.grab()  # paints every visible row
    painted = time.time()
    # complete: every household of the city in the table (read on the worker meanwhile)
    while page.is_loading():
        app.processEvents()
        time.sleep(0.001)
    window.grab()
    complete = time.time()
    if screenshot:
        image = window.grab()
    result = {
        "start_s": painted - spawned,
        "complete_s": complete - spawned,
        "rss_mib": rss_mib(),
        "rows": page.households.rowCount(),
    }
    if screenshot:
        image.save(screenshot)
    print(json.dumps(result))
    window.close()
    context.close()


def measure_start(db: Path, screenshot: str | None = None) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", str(db), "--spawned", repr(time.time())]
    if screenshot:
        argv += ["--shot", screenshot]
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


# --- in process: check-off and filter ------------------------------------------------------------


def checkoff_rows(context: Any, households: Any, count: int) -> list[int]:
    """Rows of ``count`` households spread over the table that have no visit at all and may be
    visited.

    The check-off must decide their status whatever the time of day: the demo dates its visits
    up to today and orders a day's visits by their time, so a household the demo visited later
    today would keep the demo's outcome.
    """
    free = [
        hid
        for (hid,) in context.db.execute(
            "SELECT id FROM households h WHERE do_not_visit = 0 "
            "AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.household_id = h.id)"
        )
    ]
    rows = sorted(row for row in map(households.row_of, free) if row >= 0)
    assert len(rows) >= count, "the demo should leave most households unvisited"
    step = len(rows) / count
    return [rows[int(i * step)] for i in range(count)]


class StallMeter:
    """The gaps between the ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.ticks: list[float] = []

    @property
    def last(self) -> float:
        return self.ticks[-1]

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self, since: float = 0.0) -> float:
        """The longest gap; with ``since``, the longest of the gaps that end after it."""
        self.tick()
        self.timer.stop()
        return max(
            (b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False) if b > since),
            default=0.0,
        )


def measure_progress_stall(app: Any, window: Any, rows: list[int]) -> dict[str, float]:
    """The progress page opened again after a check-off, with the counters and by scan."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    import buurtdesk.gui.progress_page as progress_page
    from buurtdesk.store.counters import scan_progress

    counters = progress_page.project_progress
    street_page = window.street_page
    page = window.show_page("progress")  # built once, as a user's first look
    shown: list[object] = []
    page.figuresReady.connect(shown.append)

    def wait(condition: Any) -> None:
        while not condition():
            app.processEvents()
            time.sleep(0.0002)

    wait(lambda: getattr(page, "progress", None) is not None)
    meter = StallMeter()
    stalls: dict[str, list[float]] = {"counters": [], "scan": []}
    waits: dict[str, list[float]] = {"counters": [], "scan": []}
    opened: dict[str, list[float]] = {"counters": [], "scan": []}
    idle: list[float] = []
    for i, row in enumerate(rows):
        way = "counters" if i % 2 == 0 else "scan"
        progress_page.project_progress = counters if way == "counters" else scan_progress
        window.show_page("streets")
        street_page.select_row(row)
        app.processEvents()
        QTest.keyClick(street_page.table, Qt.Key.Key_3)  # the figures are out of date now
        wait(lambda: not street_page.is_loading())
        before = len(shown)
        meter.start()
        t0 = time.perf_counter()
        window.show_page("progress")
        app.processEvents()  # the page switched and painted, with the figures of before
        painted = time.perf_counter()
        wait(lambda: len(shown) > before)  # noqa: B023  (waited for right here)
        opened[way].append(time.perf_counter() - t0)
        ticks = meter.last
        # the next tick after the figures: nothing is pending any more
        wait(lambda: meter.last > ticks)  # noqa: B023
        stalls[way].append(meter.stop())
        waits[way].append(meter.stop(painted))
        # baseline: the same timer on an idle window for as long as the opening took, right
        # after it (what the machine's load alone costs the GUI thread)
        meter.start()
        idle_until = time.perf_counter() + opened[way][-1]
        wait(lambda: time.perf_counter() > idle_until)  # noqa: B023
        idle.append(meter.stop())
    progress_page.project_progress = counters
    window.show_page("streets")
    out: dict[str, float] = {
        "idle_min_ms": min(idle) * 1000,
        "idle_median_ms": statistics.median(idle) * 1000,
        "idle_max_ms": max(idle) * 1000,
    }
    for way in ("counters", "scan"):
        out[f"stall_{way}_min_ms"] = min(stalls[way]) * 1000
        out[f"stall_{way}_max_ms"] = max(stalls[way]) * 1000
        out[f"stall_{way}_median_ms"] = statistics.median(stalls[way]) * 1000
        out[f"wait_{way}_max_ms"] = max(waits[way]) * 1000
        out[f"wait_{way}_median_ms"] = statistics.median(waits[way]) * 1000
        out[f"progress_{way}_ms"] = statistics.median(opened[way]) * 1000
    return out


def measure_in_process(db: Path, stall_repeat: int = 5, freeze: bool = True) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import buurtdesk.gui  # noqa: F401
    from buurtdesk.domain.outcomes import Status
    from buurtdesk.gui import gc_guard
    from buurtdesk.gui.context import GuiContext
    from buurtdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    # as the program does: collection on the GUI thread, the start-up's objects frozen
    gc_guard.install(app, freeze=freeze)
    context = GuiContext(db)
    window = MainWindow(context)
    window.resize(1400, 820)
    window.show()
    page = window.street_page

    def settle() -> None:
        while page.is_loading():
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()

    settle()
    total = page.households.rowCount()
    checkoffs: list[float] = []
    free = checkoff_rows(context, page.households, 30 + 2 * stall_repeat)
    step = max(1, len(free) // (2 * stall_repeat))  # spread over the table, as the check-offs
    stall_rows = free[::step][: 2 * stall_repeat]
    free = [row for row in free if row not in stall_rows]
    for row in free[:30]:
        page.select_row(row)
        app.processEvents()
        t0 = time.perf_counter()
        QTest.keyClick(page.table, Qt.Key.Key_3)
        checkoffs.append(time.perf_counter() - t0)
        assert page.households.household(row).status is Status.INTERESTED
    filters: list[float] = []
    filters_painted: list[float] = []
    searches: list[float] = []

    arrived: list[float] = []
    page.householdsLoaded.connect(lambda: arrived.append(time.perf_counter()))

    def loaded() -> None:
        while page.is_loading():
            app.processEvents()
            time.sleep(0.0002)

    for _ in range(5):
        for status in (Status.INTERESTED, Status.UNVISITED, None):
            t0 = time.perf_counter()
            index = page.status_filter.findData(status.value) if status else 0
            page.status_filter.setCurrentIndex(index)
            loaded()
            t1 = arrived[-1]  # the worker's answer in the table model, before any paint
            window.grab()
            t2 = time.perf_counter()
            if status is Status.INTERESTED:
                filters.append(t1 - t0)
                filters_painted.append(t2 - t0)
            settle()
        page.search.setText("straat")
        t0 = time.perf_counter()
        page.reload_households()  # what Enter does; typing waits 200 ms for the next key first
        loaded()
        searches.append(arrived[-1] - t0)
        page.search.setText("")
        page.reload_households()
        settle()
    stall = measure_progress_stall(app, window, stall_rows)
    # the same filter answered by household_ids alone (ordering from scratch, as before the
    # window kept the walking order), on this thread's connection
    from buurtdesk.store.street_list import HouseholdFilter, household_ids

    queries = []
    for _ in range(5):
        t0 = time.perf_counter()
        household_ids(context.db, context.project_id, HouseholdFilter(statuses=("interested",)))
        queries.append(time.perf_counter() - t0)
    window.close()
    context.close()
    return {
        "filter_query_ms": statistics.median(queries) * 1000,
        "checkoff_ms": statistics.median(checkoffs) * 1000,
        "checkoff_max_ms": max(checkoffs) * 1000,
        "filter_ms": statistics.median(filters) * 1000,
        "filter_painted_ms": statistics.median(filters_painted) * 1000,
        "search_ms": statistics.median(searches) * 1000,
        "rows": total,
        **stall,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 100_000])
    parser.add_argument("--screenshot", default=None, help="PNG of the window at the first size")
    parser.add_argument(
        "--reuse", default=None, help="a folder where the demo files are kept and reused"
    )
    parser.add_argument(
        "--stall-repeat",
        type=int,
        default=5,
        help="openings of the progress page per way (counters, scan)",
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="without gc.freeze() of the start-up's objects (the GUI stall as it was)",
    )
    parser.add_argument(
        "--skip-start", action="store_true", help="no start-up timing (the stall and the rest)"
    )
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--spawned", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--shot", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_start(Path(args.child), args.spawned, args.shot)
        return
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, size in enumerate(args.sizes):
            db = Path(args.reuse or tmp) / f"bench-{size}.buurtdesk"
            if args.reuse:
                Path(args.reuse).mkdir(parents=True, exist_ok=True)
                kept = db.with_suffix(".kept")
                if not kept.exists():
                    make_demo(kept, size)  # never written to: each run starts from a copy
                shutil.copyfile(kept, db)
            else:
                make_demo(db, size)
            runs = [
                measure_start(db, args.screenshot if n == 0 and i == 0 else None)
                for i in range(0 if args.skip_start else 3)
            ]
            figures: dict[str, Any] = {
                key: statistics.median(r[key] for r in runs) if runs else float("nan")
                for key in ("start_s", "complete_s", "rss_mib")
            }
            figures.update(measure_in_process(db, args.stall_repeat, not args.no_freeze))
            results[size] = figures
            print(size, json.dumps({k: round(v, 3) for k, v in figures.items()}), flush=True)
    small, large = results[args.sizes[0]], results[args.sizes[-1]]
    print()
    print(f"| | {args.sizes[0]:,} | {args.sizes[-1]:,} | ratio |")
    print("|---|---:|---:|---:|")
    for key, label, fmt in (
        ("start_s", "start to painted, usable window (s)", "{:.2f}"),
        ("complete_s", "start to every household in the table (s)", "{:.2f}"),
        ("rss_mib", "resident memory (MiB)", "{:.0f}"),
        ("checkoff_ms", "check-off, key to committed row (ms, median)", "{:.1f}"),
        ("checkoff_max_ms", "check-off, slowest of 30 (ms)", "{:.1f}"),
        ("filter_ms", "status filter over all households, to the table model (ms)", "{:.0f}"),
        (
            "filter_query_ms",
            "the same filter ordered from scratch, no walking order kept (ms)",
            "{:.0f}",
        ),
        ("filter_painted_ms", "the same, to the whole window repainted (ms)", "{:.0f}"),
        ("search_ms", "search by street name (ms)", "{:.0f}"),
        ("progress_counters_ms", "progress page opened again, to figures shown (ms)", "{:.0f}"),
        ("stall_counters_min_ms", "the same, longest GUI stall, min (ms)", "{:.0f}"),
        ("stall_counters_median_ms", "the same, longest GUI stall, median (ms)", "{:.0f}"),
        ("stall_counters_max_ms", "the same, longest GUI stall, slowest (ms)", "{:.0f}"),
        ("wait_counters_max_ms", "stall after the switch painted, slowest (ms)", "{:.0f}"),
        ("wait_counters_median_ms", "after the switch painted, median (ms)", "{:.0f}"),
        ("idle_min_ms", "baseline: an idle window's longest gap, min (ms)", "{:.0f}"),
        ("idle_median_ms", "baseline: an idle window's longest gap, median (ms)", "{:.0f}"),
        ("idle_max_ms", "baseline: an idle window's longest gap, slowest (ms)", "{:.0f}"),
        ("progress_scan_ms", "progress page by scan (before counters), to shown (ms)", "{:.0f}"),
        ("stall_scan_min_ms", "the same, longest GUI stall, min (ms)", "{:.0f}"),
        ("stall_scan_median_ms", "the same, longest GUI stall, median (ms)", "{:.0f}"),
        ("stall_scan_max_ms", "the same, longest GUI stall, slowest (ms)", "{:.0f}"),
        ("wait_scan_max_ms", "stall after the switch painted, slowest (ms)", "{:.0f}"),
        ("wait_scan_median_ms", "after the switch painted, median (ms)", "{:.0f}"),
    ):
        a, b = small[key], large[key]
        print(f"| {label} | {fmt.format(a)} | {fmt.format(b)} | {b / a:.2f}x |")


if __name__ == "__main__":
    main()
