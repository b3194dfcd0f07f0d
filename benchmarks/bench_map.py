"""Street map at neighbourhood scale (500 households) against city scale (100,000).

For each size a fresh database file gets a made-up neighbourhood with RD New coordinates (streets
in blocks, houses on both sides, a few apartment buildings with several addresses at one point)
and visits for about a third of the households. Then it measures, offscreen:

- build: from ``MapPage.refresh()`` (store query, layout, scene) to a scene ready to paint;
- paint: rendering the whole map, fitted, into a 1200x800 image (median of 5);
- recolour: one visit recorded and ``visitsChanged`` emitted, to the recoloured scene;
- hit test: the marker under a point (median of 200).

Figures are reported as the ratio 100,000 : 500 measured in the same run.

    python benchmarks/bench_map.py                 # the figures
    python benchmarks/bench_map.py --screenshot docs/map.png
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.store.db import new_uuid, now_iso, open_db
from buurtdesk.store.households import upsert_households
from buurtdesk.store.projects import create_project

TREES = [
    "Linden", "Eiken", "Beuken", "Berken", "Wilgen", "Esdoorn", "Kastanje", "Populieren",
    "Iepen", "Platanen", "Elzen", "Essen", "Hazelaar", "Meidoorn", "Vlier", "Hulst",
]  # fmt: skip
KINDS = ["laan", "straat", "weg", "hof", "kade", "dreef", "singel", "plein"]
ORIGIN = (121_000.0, 487_000.0)  # RD New, somewhere in Amsterdam
HOUSE_STEP = 7.0
STREET_OFFSET = 9.0


def street_name(index: int) -> str:
    base = TREES[index % len(TREES)] + KINDS[(index // len(TREES)) % len(KINDS)]
    rounds = index // (len(TREES) * len(KINDS))
    return base if rounds == 0 else f"{base} {rounds + 1}"


def neighbourhood(households: int, seed: int = 7) -> list[AddressRecord]:
    """Addresses with RD points: streets of about 60 doors in a grid of blocks."""
    rng = random.Random(seed)
    records: list[AddressRecord] = []
    index = 0
    columns = max(2, round((households / 60) ** 0.5))
    while len(records) < households:
        name = street_name(index)
        row, column = divmod(index, columns)
        doors = rng.randint(18, 36)
        x0 = ORIGIN[0] + column * 290.0 + rng.uniform(-6, 6)
        y0 = ORIGIN[1] - row * 95.0 + rng.uniform(-6, 6)
        tilt = rng.uniform(-0.06, 0.06)
        odd = even = 0
        for door in range(doors):
            side = door % 2
            position = (odd if side == 0 else even) * HOUSE_STEP * 1.9
            if side == 0:
                odd += 1
                number = 2 * odd - 1
            else:
                even += 1
                number = 2 * even
            x = x0 + position + (HOUSE_STEP if side else 0.0)
            y = y0 + position * tilt + (STREET_OFFSET if side == 0 else -STREET_OFFSET)
            if rng.random() < 0.04:  # an apartment building: several addresses at one door
                floors = rng.randint(3, 8)
                for floor in range(floors):
                    addition = "H" if floor == 0 else str(floor)
                    records.append(
                        AddressRecord(name, HouseNumber(number, "", addition), rd_x=x, rd_y=y)
                    )
            else:
                records.append(AddressRecord(name, HouseNumber(number), rd_x=x, rd_y=y))
        index += 1
    return records[:households]


def fill(db: Database, households: int, *, with_points: bool = True, seed: int = 7) -> int:
    """A neighbourhood in ``db`` with visits for about a third; returns the project id."""
    records = neighbourhood(households, seed)
    if not with_points:
        records = [AddressRecord(r.street, r.house) for r in records]
    upsert_households(db, records, source="bench")
    project = create_project(db, theme="energie", title="Samen isoleren", start=date(2026, 9, 7))
    rng = random.Random(seed)
    outcomes = list(Outcome)
    weights = [30, 18, 14, 20, 12, 2]
    ids = [row[0] for row in db.execute("SELECT id FROM households ORDER BY id")]
    now = now_iso()
    visits = [
        (new_uuid(), project.id, hid, "2026-09-20", rng.choices(outcomes, weights)[0].value, now)
        for hid in ids
        if rng.random() < 0.35
    ]
    with db.conn:
        db.conn.executemany(
            "INSERT INTO visits (uuid, project_id, household_id, visit_date, outcome, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            visits,
        )
    return project.id


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(households: int, folder: Path) -> dict[str, float]:
    from PySide6.QtGui import QImage, QPainter

    from buurtdesk.gui.context import GuiContext
    from buurtdesk.gui.map_page import MapPage
    from buurtdesk.store.visits import record_visit

    path = folder / f"map-{households}.buurtdesk"
    db = open_db(path)
    fill(db, households)
    db.close()
    context = GuiContext(path)
    page = MapPage(context)
    page.resize(1200, 800)
    page.show()  # builds once; measured again below on a warm page
    build = statistics.median(timed(page.refresh) for _ in range(3))
    page.fit()

    def paint() -> None:
        image = QImage(page.view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        page.view.render(painter)
        painter.end()

    paint_time = statistics.median(timed(paint) for _ in range(5))
    first_id = int(context.db.execute("SELECT min(id) FROM households").fetchone()[0])

    def recolour() -> None:
        record_visit(
            context.db,
            project_id=context.project_id or 0,
            household_id=first_id,
            outcome=Outcome.TAKES_PART,
            visit_date=date(2026, 9, 21),
        )
        context.visitsChanged.emit()

    recolour_time = statistics.median(timed(recolour) for _ in range(3))
    layer = page.layer
    assert layer is not None
    rng = random.Random(1)
    bounds = page.layout_data.bounds if page.layout_data else None
    assert bounds is not None
    points = [
        (rng.uniform(bounds.min_x, bounds.max_x), rng.uniform(bounds.min_y, bounds.max_y))
        for _ in range(200)
    ]
    radius = 8.0 / page.view.scale_factor
    hits = [timed(lambda p=p: layer.marker_at(p[0], p[1], radius)) for p in points]
    page.close()
    context.close()
    return {
        "build": build,
        "paint": paint_time,
        "recolour": recolour_time,
        "hit": statistics.median(hits),
        "markers": float(len(layer.markers)),
    }


def screenshot(target: Path, households: int, with_points: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from buurtdesk.gui.context import GuiContext
    from buurtdesk.gui.map_page import MapPage

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shot.buurtdesk"
        db = open_db(path)
        fill(db, households, with_points=with_points)
        db.close()
        context = GuiContext(path)
        page = MapPage(context)
        page.resize(1280, 820)
        page.show()
        QApplication.processEvents()
        page.fit()
        QApplication.processEvents()
        page.grab().save(str(target))
        page.close()
        context.close()
    del app
    print(f"saved {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--screenshot", type=Path, help="save a picture of the map and stop")
    parser.add_argument("--strips", action="store_true", help="screenshot without coordinates")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot, args.small, not args.strips)
        return 0
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        small = measure(args.small, Path(folder))
        large = measure(args.large, Path(folder))
    print(f"{'':12}{args.small:>12,}{args.large:>12,}{'ratio':>10}")
    for key in ("build", "paint", "recolour", "hit"):
        ratio = large[key] / small[key] if small[key] else float("nan")
        print(f"{key:12}{small[key] * 1000:>10.1f}ms{large[key] * 1000:>10.1f}ms{ratio:>9.1f}x")
    print(f"{'markers':12}{small['markers']:>12,.0f}{large['markers']:>12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
