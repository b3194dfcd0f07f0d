"""Benchmark: exchange files against SQLite's own backup of the same file, and check-off with
change recording.

    python benchmarks/bench_exchange.py [--households N ...] [--repeat R]

For each size (default 500 and 100,000 households; the demo generator, which writes about two
visits for every five households, topped up to two visits per household) it builds a file in
``benchmarks/out/`` with ``buurtdesk demo`` and measures, best and median of R runs:

- baseline: ``sqlite3 .backup`` of the file through Python's backup API (a full copy);
- package: a start package of the whole neighbourhood (collect, JSON, seal);
- write: an exchange file (the same work as a package today: every row with its stamps);
- read (nothing new): reading that file back into the laptop that wrote it is skipped by design,
  so it is read into a second laptop that already holds everything (the merge compares every row);
- read (join): a start package into a new, empty file;
- check-off: one visit recorded through the store with the recording triggers, median of 200,
  against the same insert with recording paused (the triggers' own cost).

Prints a table and writes JSON to ``benchmarks/out/exchange.json``. Ratios are against the
baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from buurtdesk.domain.demo import generate
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.ops.exchange import join_file, read_file, write_file
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.sync import not_recording
from buurtdesk.store.visits import record_visit

OUT = Path(__file__).resolve().parent / "out"
CODE = "benchmark code van vier woorden"


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return min(runs), statistics.median(runs)


def build(path: Path, households: int) -> None:
    if path.exists():
        return
    db = open_db(path)
    write_demo(db, generate(seed=3, households=households))
    # top up to two visits per household, the figure the issue names
    project = db.execute("SELECT id FROM projects").fetchone()[0]
    have = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    ids = [r[0] for r in db.execute("SELECT id FROM households ORDER BY id")]
    day = date.today() - timedelta(days=1)
    for i in range(max(0, 2 * households - have)):
        record_visit(db, project_id=project, household_id=ids[i % len(ids)],
                     outcome=Outcome.SPOKE, visit_date=day)  # fmt: skip
    db.close()


def measure(households: int, repeat: int) -> dict[str, float]:
    OUT.mkdir(exist_ok=True)
    source = OUT / f"exchange-{households}.buurtdesk"
    build(source, households)
    db = open_db(source)
    work = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    result: dict[str, float] = {
        "households": households,
        "visits": db.execute("SELECT count(*) FROM visits").fetchone()[0],
    }
    counter = iter(range(10**6))

    def backup() -> None:
        dest = sqlite3.connect(work / f"copy-{next(counter)}.sqlite")
        db.conn.backup(dest)
        dest.close()

    def package() -> None:
        write_file(db, work / f"p-{next(counter)}.bdx", CODE, package=True)

    def write() -> None:
        write_file(db, work / f"w-{next(counter)}.bdx", CODE)

    package_file = work / "start.bdx"
    write_file(db, package_file, CODE, package=True)
    second = open_db(work / "second.buurtdesk")
    join_file(second, package_file, CODE)
    exchange_file = work / "exchange.bdx"
    write_file(db, exchange_file, CODE)

    def read() -> None:
        read_file(second, exchange_file, CODE)

    def join() -> None:
        new = open_db(work / f"j-{next(counter)}.buurtdesk")
        join_file(new, package_file, CODE)
        new.close()

    for name, fn in (("baseline", backup), ("package", package), ("write", write),
                     ("read", read), ("join", join)):  # fmt: skip
        best, median = timed(fn, repeat)
        result[f"{name}_s"] = best
        result[f"{name}_median_s"] = median
    for name in ("package", "write", "read", "join"):
        result[f"{name}_ratio"] = result[f"{name}_s"] / result["baseline_s"]
    result["file_mb"] = exchange_file.stat().st_size / 1e6
    result["db_mb"] = source.stat().st_size / 1e6

    project = db.execute("SELECT id FROM projects").fetchone()[0]
    ids = [r[0] for r in db.execute("SELECT id FROM households ORDER BY id LIMIT 400")]
    day = date.today()

    def check_off(i: int) -> float:
        start = time.perf_counter()
        record_visit(db, project_id=project, household_id=ids[i], outcome=Outcome.INTERESTED,
                     visit_date=day)  # fmt: skip
        return time.perf_counter() - start

    recorded = [check_off(i) for i in range(200)]
    with not_recording(db):
        paused = [check_off(200 + i) for i in range(200)]
    result["checkoff_ms"] = statistics.median(recorded) * 1000
    result["checkoff_paused_ms"] = statistics.median(paused) * 1000
    db.close()
    second.close()
    shutil.rmtree(work, ignore_errors=True)
    source.unlink()  # the check-offs changed it; the next run builds it afresh
    for suffix in ("-wal", "-shm"):
        Path(str(source) + suffix).unlink(missing_ok=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, nargs="+", default=[500, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = [measure(n, args.repeat) for n in args.households]
    print(f"{'households':>10} {'visits':>8} {'backup':>8} {'package':>14} {'write':>14} "
          f"{'read':>14} {'join':>14} {'check-off':>14}")  # fmt: skip
    for r in results:
        cells = " ".join(
            f"{r[f'{k}_s']:6.2f}s {r[f'{k}_ratio']:5.1f}x"
            for k in ("package", "write", "read", "join")
        )
        check = f"{r['checkoff_ms']:6.1f} ms ({r['checkoff_paused_ms']:.1f} without recording)"
        print(f"{r['households']:>10,} {r['visits']:>8,} {r['baseline_s']:7.3f}s {cells} {check}")
    (OUT / "exchange.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
