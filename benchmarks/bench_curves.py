"""Scaling curves: import, progress figures, map build and window start at 1,000 to 1,000,000
households, and where each stops growing linearly.

For each size N (``--sizes``) one neighbourhood file is made the way a city would make it:

- import: ``import_addresses`` of a generated address CSV of N rows (``bench_import.make_csv``:
  streets of 20-400 doors, 5 % house letters, 5 % additions, postcodes, RD points) into a fresh
  file; best of ``--repeat``; the last import is the file measured below;
- then a project of ten weeks, 20 connectors with the streets shared out, 12 % initiators and
  0.5 visits per household spread over the weeks, written through the schema's triggers as in
  ``bench_progress.py`` (``buurtdesk demo`` stops at 250,000 households);
- progress: ``project_progress`` (the figures of the progress page and ``buurtdesk progress``);
- map: ``build_index`` (the map page's read, layout and index, what runs on the worker);
- start: from spawning ``python`` to a painted, usable main window on that file, and to every
  household in the table (``bench_gui.py``'s child), with the resident memory then.

Each is the best of ``--repeat`` runs (1 at a million and above). "per 10x" is the time at N
divided by the time at N/10: 10 means linear, more means it grows faster than the data; "µs per
household" is the time divided by N. The CSVs and files are kept in ``--reuse``
(``benchmarks/out/curves``); with ``--skip import`` the files of an earlier run are measured.

    python benchmarks/bench_curves.py
    python benchmarks/bench_curves.py --sizes 1000 10000 100000 --repeat 3
    python benchmarks/bench_curves.py --skip import start
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]  # this checkout's buurtdesk, not an installed one
sys.path.insert(0, str(ROOT))
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_import import make_csv  # noqa: E402  (after the path above)

MEASURES = ("import", "progress", "map", "start")


def best(fn: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs)


def city_file(folder: Path, households: int, repeat: int, *, timed: bool) -> tuple[Path, float]:
    """The neighbourhood of N households: imported, then a project with visits. With ``timed``
    the import is timed (best of ``repeat``) and the file made again."""
    from buurtdesk.io.address_import import import_addresses
    from buurtdesk.store.db import open_db

    path = folder / f"city-{households}.buurtdesk"
    if path.exists() and not timed:
        return path, float("nan")
    csv_path = folder / f"adressen-{households}.csv"
    if not csv_path.exists():
        make_csv(csv_path, households)
    target = folder / "import.buurtdesk"

    def run() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        db = open_db(target)
        import_addresses(db, csv_path)
        db.close()

    seconds = best(run, repeat)
    add_project(target)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    target.rename(path)
    return path, seconds


def add_project(path: Path, visits_per_household: float = 0.5, seed: int = 1) -> None:
    """A project with connectors, initiators and visits, as bench_progress.py writes them."""
    from bench_progress import OUTCOMES, START, TODAY

    from buurtdesk.store.db import open_db
    from buurtdesk.store.plan import start_project

    rng = random.Random(seed)
    db = open_db(path)
    project = start_project(db, "energy", START, title="Bench")
    now = "2026-09-01T00:00:00.000000Z"
    conn = db.conn
    streets = [s for (s,) in conn.execute("SELECT id FROM streets ORDER BY id")]
    households = list(conn.execute("SELECT id, street_id FROM households ORDER BY id"))
    connectors = 20
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO members (id, uuid, name, created_at) VALUES (?, ?, ?, ?)",
        [(m + 1, str(uuid.uuid4()), f"Verbinder {m + 1:02d}", now) for m in range(connectors)],
    )
    conn.executemany(
        "INSERT INTO member_roles (member_id, role) VALUES (?, 'connector')",
        [(m + 1,) for m in range(connectors)],
    )
    conn.executemany(
        "INSERT INTO street_assignments (street_id, member_id) VALUES (?, ?)",
        [(s, i % connectors + 1) for i, s in enumerate(streets)],
    )
    conn.executemany(
        "INSERT INTO initiators (project_id, household_id, marked_at) VALUES (?, ?, ?)",
        [(project.id, h, now) for h, _s in rng.sample(households, len(households) * 12 // 100)],
    )
    names, weights = zip(*OUTCOMES, strict=True)
    days = (TODAY - START).days
    visits = []
    for i in range(int(len(households) * visits_per_household)):
        household, street = households[rng.randrange(len(households))]
        day = START + timedelta(days=rng.randint(14, days))
        visits.append(
            (str(uuid.uuid4()), project.id, household, street % connectors + 1,
             day.isoformat(), rng.choices(names, weights)[0],
             f"2026-09-01T00:00:{i // 1000000:02d}.{i % 1000000:06d}Z")
        )  # fmt: skip
    conn.executemany(
        "INSERT INTO visits (uuid, project_id, household_id, member_id, visit_date, outcome, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        visits,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    db.close()


def measure_progress(db_path: Path, repeat: int) -> float:
    from datetime import date

    from buurtdesk.store.db import open_db
    from buurtdesk.store.progress import project_progress
    from buurtdesk.store.projects import current_project

    db = open_db(db_path)
    project = current_project(db)
    assert project is not None
    project_progress(db, project, date.today())  # the file in the page cache, as in the window
    seconds = best(lambda: project_progress(db, project, date.today()), repeat)
    db.close()
    return seconds


def measure_map(db_path: Path, repeat: int) -> float:
    from buurtdesk.gui.map_view import build_index
    from buurtdesk.store.db import open_db
    from buurtdesk.store.projects import current_project

    db = open_db(db_path)
    project = current_project(db)
    project_id = project.id if project else None
    build_index(db, project_id)
    seconds = best(lambda: build_index(db, project_id), repeat)
    db.close()
    return seconds


def measure_start(db_path: Path, repeat: int) -> dict[str, float]:
    """bench_gui.py's child: spawn to usable window, to every household, memory (best)."""
    runs = []
    for _ in range(repeat):
        argv = [sys.executable, str(ROOT / "benchmarks" / "bench_gui.py"), "--child",
                str(db_path), "--spawned", repr(time.time())]  # fmt: skip
        out = subprocess.run(argv, check=True, capture_output=True, text=True, timeout=1800)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "start_s": min(r["start_s"] for r in runs),
        "complete_s": min(r["complete_s"] for r in runs),
        "rss_mib": min(r["rss_mib"] for r in runs),
    }


def table(results: dict[int, dict[str, float]], sizes: list[int]) -> list[str]:
    lines = ["| | " + " | ".join(f"{n:,}" for n in sizes) + " |"]
    lines.append("|---|" + "---:|" * len(sizes))
    for key, label in (
        ("import_s", "import (s)"),
        ("progress_s", "progress figures (s)"),
        ("map_s", "map build (s)"),
        ("start_s", "window start, usable (s)"),
        ("complete_s", "window start, every household in the table (s)"),
        ("rss_mib", "window memory (MiB)"),
    ):
        if not any(key in results.get(n, {}) for n in sizes):
            continue
        cells, growth, per = [], [], []
        for i, n in enumerate(sizes):
            value = results.get(n, {}).get(key)
            cells.append(
                "—" if value is None else f"{value:,.3f}" if value < 10 else f"{value:,.1f}"
            )
            before = results.get(sizes[i - 1], {}).get(key) if i else None
            growth.append(
                "—"
                if value is None or not before
                else f"{value / before * (10 * sizes[i - 1] / n):.1f}"
            )
            per.append("—" if value is None else f"{value / n * 1e6:,.1f}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
        if key != "rss_mib":
            lines.append("| per 10x | " + " | ".join(growth) + " |")
            lines.append("| µs per household | " + " | ".join(per) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reuse", type=Path, default=ROOT / "benchmarks" / "out" / "curves")
    parser.add_argument("--skip", nargs="*", default=[], choices=MEASURES)
    args = parser.parse_args()
    args.reuse.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, Any]] = {}
    for n in args.sizes:
        repeat = 1 if n >= 1_000_000 else args.repeat
        row: dict[str, Any] = {}
        db_path, seconds = city_file(args.reuse, n, repeat, timed="import" not in args.skip)
        if "import" not in args.skip:
            row["import_s"] = seconds
        if "progress" not in args.skip:
            row["progress_s"] = measure_progress(db_path, repeat)
        if "map" not in args.skip:
            row["map_s"] = measure_map(db_path, repeat)
        if "start" not in args.skip:
            row.update(measure_start(db_path, repeat))
        results[n] = row
        print(n, json.dumps({k: round(v, 4) for k, v in row.items()}), flush=True)
    print()
    print("\n".join(table(results, args.sizes)))


if __name__ == "__main__":
    main()
