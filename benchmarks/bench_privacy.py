"""Benchmark: erasing a household's data on request, against a VACUUM of the same file.

    python benchmarks/bench_privacy.py [--households N ...] [--repeat R]

For each size (default 500 and 100,000 households, two visits each, the demo's generator with
seed 3 as bench_exchange.py uses it, built once in ``benchmarks/out/privacy-N.buurtdesk``; the
top-up visits go in one transaction, so that 100,000 households build in minutes, not hours)
every run works on a fresh copy and measures, min and median of R runs:

- baseline: ``VACUUM`` of the copy (SQLite rewriting the whole file);
- erase one: ops.privacy.erase of one household (its visits, note, marks; secure_delete is on,
  then the WAL is checkpointed), in one operation;
- erase 100: a hundred households one after the other (a hundred operations);
- close: closing the project (its figures kept as counts, every visit deleted), one operation.

Ratios are against the baseline measured in the same run. Prints a table and writes JSON to
``benchmarks/out/privacy.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_exchange import OUT

from buurtdesk.domain.demo import generate
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.ops import closing, privacy
from buurtdesk.store.db import open_db, transaction
from buurtdesk.store.demo import write_demo
from buurtdesk.store.projects import current_project
from buurtdesk.store.visits import record_visit


def build(path: Path, households: int) -> None:
    """The neighbourhood of the demo generator, topped up to two visits per household."""
    if path.exists():
        return
    part = path.with_name(path.name + ".part")
    for suffix in ("", "-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    db = open_db(part)
    write_demo(db, generate(seed=3, households=households))
    project = db.execute("SELECT id FROM projects").fetchone()[0]
    have = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    ids = [r[0] for r in db.execute("SELECT id FROM households ORDER BY id")]
    day = date.today() - timedelta(days=1)
    with transaction(db):
        for i in range(max(0, 2 * households - have)):
            record_visit(db, project_id=project, household_id=ids[i % len(ids)],
                         outcome=Outcome.SPOKE, visit_date=day)  # fmt: skip
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    part.rename(path)  # only a finished file is ever used


def _copy(source: Path, work: Path, n: int) -> Path:
    target = work / f"copy-{n}.buurtdesk"
    shutil.copyfile(source, target)
    return target


def measure(households: int, repeat: int) -> dict[str, float]:
    OUT.mkdir(exist_ok=True)
    source = OUT / f"privacy-{households}.buurtdesk"
    build(source, households)
    work = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
    runs: dict[str, list[float]] = {"vacuum": [], "erase_one": [], "erase_100": [], "close": []}
    try:
        for n in range(repeat):
            for kind in runs:  # alternating, so that a busy moment hits all alike
                path = _copy(source, work, n)
                db = open_db(path)
                visited = [
                    r[0]
                    for r in db.execute(
                        "SELECT household_id FROM visits GROUP BY household_id ORDER BY "
                        "household_id LIMIT 100"
                    )
                ]
                start = time.perf_counter()
                if kind == "vacuum":
                    db.execute("VACUUM")
                elif kind == "erase_one":
                    privacy.erase(db, visited[0])
                elif kind == "close":
                    closing.close(db, current_project(db))  # type: ignore[arg-type]
                else:
                    for household in visited:
                        privacy.erase(db, household)
                runs[kind].append(time.perf_counter() - start)
                db.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result: dict[str, float] = {"households": households}
    for kind, times in runs.items():
        result[f"{kind}_min"] = min(times)
        result[f"{kind}_median"] = statistics.median(times)
    base = result["vacuum_median"]
    for kind in ("erase_one", "erase_100", "close"):
        result[f"{kind}_ratio"] = result[f"{kind}_median"] / base
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, nargs="+", default=[500, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = [measure(n, args.repeat) for n in args.households]
    print(f"{'households':>10}  {'VACUUM':>9}  {'erase 1':>9}  {'ratio':>6}  {'erase 100':>9}  "
          f"{'ratio':>6}  {'close':>9}  {'ratio':>6}")  # fmt: skip
    for r in results:
        print(
            f"{r['households']:>10,}  {r['vacuum_median']:>8.3f}s  {r['erase_one_median']:>8.3f}s"
            f"  {r['erase_one_ratio']:>5.2f}x  {r['erase_100_median']:>8.3f}s"
            f"  {r['erase_100_ratio']:>5.2f}x"
            f"  {r['close_median']:>8.3f}s  {r['close_ratio']:>5.2f}x"
        )
    (OUT / "privacy.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
