"""Benchmark: the progress figures against a single SQL ``GROUP BY`` over the same rows.

    python benchmarks/bench_progress.py [--households N ...] [--visits-per-household V] [--repeat R]
                                        [--reuse]

For each size (default 500 and 100,000 households, with twice as many visits: 1,000 and 200,000)
it builds a file in ``benchmarks/out/``: streets of 250 households, one project of ten weeks, 20
connectors with streets assigned, 12 % of the households marked initiator, and the visits spread
over the weeks with realistic outcomes, written through the schema's own triggers so that
``household_status`` is what check-off would have left. Then, on that file, alternating:

- figures: :func:`buurtdesk.store.progress.project_progress`, everything the progress page and
  ``buurtdesk progress`` show (totals, initiators, per street, per connector, week by week), read
  from the counters of migration 4;
- scan: the same figures computed the way they were before the counters, by grouping every
  household and visit (:func:`buurtdesk.store.counters.scan_progress`); the two must be equal;
- baseline: one ``SELECT outcome, count(*) FROM household_status WHERE project_id = ? GROUP BY
  outcome``, the least any progress view has to do;
- naive: every household's status fetched into Python and counted there, for contrast;
- doors per connector (the role board's check) on its own;
- check-off: one visit recorded (``record_visit``, its own transaction) on a household without
  visits, on the file and on a copy of it without the counters' triggers.

The measurements alternate (so a busy moment does not favour one side); each is reported as the
minimum and the median of R runs, and as a ratio to the baseline of the same run. Prints a table
and writes JSON to ``benchmarks/out/progress.json``. Never a timed test: figures, not a verdict.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import time
import uuid
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from buurtdesk.domain.address import HouseNumber, walk_key
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.store.counters import scan_progress
from buurtdesk.store.db import open_db
from buurtdesk.store.plan import start_project
from buurtdesk.store.progress import doors_left_per_connector, project_progress
from buurtdesk.store.visits import record_visit

OUT = Path(__file__).resolve().parent / "out"
START = date(2026, 9, 7)
TODAY = START + timedelta(days=7 * 7 + 3)  # week 8 of 10
OUTCOMES = [
    ("not_home", 0.30),
    ("spoke", 0.15),
    ("interested", 0.17),
    ("takes_part", 0.26),
    ("not_interested", 0.10),
    ("do_not_visit", 0.02),
]


def build(path: Path, households: int, visits: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(path)
    project = start_project(db, "energy", START, title="Bench")
    now = "2026-09-01T00:00:00.000000Z"
    per_street = 250
    streets = (households + per_street - 1) // per_street
    conn = db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO streets (id, uuid, name, place, created_at) VALUES (?, ?, ?, 'Bench', ?)",
        [(s + 1, str(uuid.uuid4()), f"Straat {s + 1:04d}", now) for s in range(streets)],
    )
    rows = []
    for h in range(households):
        street = h // per_street + 1
        number = h % per_street + 1
        rows.append(
            (h + 1, str(uuid.uuid4()), street, number, walk_key(HouseNumber(number)), now, now)
        )
    conn.executemany(
        "INSERT INTO households (id, uuid, street_id, number, walk_key, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    connectors = 20
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
        [(s + 1, s % connectors + 1) for s in range(streets)],
    )
    conn.executemany(
        "INSERT INTO initiators (project_id, household_id, marked_at) VALUES (?, ?, ?)",
        [
            (project.id, h, now)
            for h in rng.sample(range(1, households + 1), households * 12 // 100)
        ],
    )
    names, weights = zip(*OUTCOMES, strict=True)
    visit_rows = []
    for i in range(visits):
        household = rng.randint(1, households)
        day = START + timedelta(days=rng.randint(14, (TODAY - START).days))
        member = (household - 1) // per_street % connectors + 1
        outcome = rng.choices(names, weights)[0]
        visit_rows.append(
            (
                str(uuid.uuid4()),
                project.id,
                household,
                member,
                day.isoformat(),
                outcome,
                f"2026-09-01T00:00:{i // 1000000:02d}.{i % 1000000:06d}Z",
            )
        )
    conn.executemany(
        "INSERT INTO visits (uuid, project_id, household_id, member_id, visit_date, outcome, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        visit_rows,
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    db.close()
    return project.id


def checkoff(path: Path, project_id: int, repeat: int) -> dict[str, list[float]]:
    """Seconds per recorded visit, with the counters and on a copy without their triggers."""
    plain = path.with_name(path.stem + "-plain.buurtdesk")
    shutil.copyfile(path, plain)
    dbs = {"checkoff": open_db(path), "checkoff_plain": open_db(plain)}
    db = dbs["checkoff_plain"]
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'progress_%'"
    ).fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.conn.commit()
    free = [
        int(r[0])
        for r in db.execute(
            "SELECT id FROM households h WHERE NOT EXISTS (SELECT 1 FROM visits v "
            "WHERE v.household_id = h.id) ORDER BY id LIMIT ?",
            [2 * repeat],
        )
    ]
    times: dict[str, list[float]] = {name: [] for name in dbs}
    for i, household in enumerate(free):
        for name, target in dbs.items():
            start = time.perf_counter()
            day = TODAY - timedelta(days=i % 5)
            record_visit(target, project_id=project_id, household_id=household,
                         outcome=Outcome.INTERESTED, visit_date=day)  # fmt: skip
            times[name].append(time.perf_counter() - start)
    for target in dbs.values():
        target.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(plain) + suffix).unlink(missing_ok=True)
    return times


def measure(path: Path, project_id: int, repeat: int) -> dict[str, Any]:
    db = open_db(path)
    from buurtdesk.store.projects import get_project

    project = get_project(db, project_id)
    conn = db.conn

    def figures() -> Any:
        return project_progress(db, project, TODAY)

    def scan() -> Any:
        return scan_progress(db, project, TODAY)

    def baseline() -> Any:
        return conn.execute(
            "SELECT outcome, count(*) FROM household_status WHERE project_id = ? GROUP BY outcome",
            [project_id],
        ).fetchall()

    def naive() -> Any:
        counts: Counter[str] = Counter()
        for (outcome,) in conn.execute(
            "SELECT coalesce(hs.outcome, 'unvisited') FROM households h LEFT JOIN "
            "household_status hs ON hs.project_id = ? AND hs.household_id = h.id",
            [project_id],
        ):
            counts[outcome] += 1
        return counts

    def doors() -> Any:
        return doors_left_per_connector(db, project_id)

    scan()  # warm the page cache for every query alike
    runs: dict[str, list[float]] = {}
    for _ in range(repeat):  # alternate, so a busy moment does not favour one side
        for name, fn in (("baseline", baseline), ("figures", figures), ("scan", scan),
                         ("naive", naive), ("doors", doors)):  # fmt: skip
            start = time.perf_counter()
            fn()
            runs.setdefault(name, []).append(time.perf_counter() - start)
    result = figures()
    assert result.as_dict() == scan().as_dict(), "counters and scan disagree"
    check = dict(baseline())
    assert result.total.visited == sum(check.values()), "figures and GROUP BY disagree"
    assert result.total.takes_part == check.get("takes_part", 0)
    visits = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    db.close()
    runs.update(checkoff(path, project_id, max(repeat, 20)))
    row: dict[str, Any] = {
        "households": result.total.households,
        "visits": visits,
        "streets": len(result.streets),
        "connectors": len(result.connectors),
        "visited": result.total.visited,
        "takes_part": result.total.participants,
        "repeats": repeat,
    }
    for name, seconds in runs.items():
        row[f"{name}_min_ms"] = round(min(seconds) * 1000, 3)
        row[f"{name}_median_ms"] = round(statistics.median(seconds) * 1000, 3)
    for name in ("figures", "scan", "naive"):
        for stat in ("min", "median"):
            row[f"ratio_{name}_{stat}"] = round(
                row[f"{name}_{stat}_ms"] / row[f"baseline_{stat}_ms"], 2
            )
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, nargs="+", default=[500, 100_000])
    parser.add_argument("--visits-per-household", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--reuse", action="store_true", help="measure the files of an earlier run, if present"
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    results = []
    for households in args.households:
        path = OUT / f"progress-{households}.buurtdesk"
        visits = int(households * args.visits_per_household)
        start = time.perf_counter()
        project_id = 1 if args.reuse and path.exists() else build(path, households, visits)
        built = time.perf_counter() - start
        row = measure(path, project_id, args.repeat)
        row["build_s"] = round(built, 1)
        results.append(row)
        print(json.dumps(row), flush=True)
    (OUT / "progress.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print()
    print("| | " + " | ".join(f"{r['households']:,}" for r in results) + " |")
    print("|---|" + "---:|" * len(results))
    rows = [("visits", "visits")]
    for name, label in (
        ("baseline", "baseline: one GROUP BY outcome (ms)"),
        ("figures", "progress figures from the counters (ms)"),
        ("scan", "the same figures by scan, before the counters (ms)"),
        ("naive", "naive: every status into Python (ms)"),
        ("doors", "doors per connector, role board (ms)"),
        ("checkoff", "check-off, one visit, with counters (ms)"),
        ("checkoff_plain", "check-off, one visit, without counters (ms)"),
    ):
        rows.append((f"{name}_min_ms", label + ", min"))
        rows.append((f"{name}_median_ms", label + ", median"))
    for name, label in (("figures", "figures : GROUP BY"), ("scan", "scan : GROUP BY"),
                        ("naive", "naive : GROUP BY")):  # fmt: skip
        rows.append((f"ratio_{name}_min", label + ", min"))
        rows.append((f"ratio_{name}_median", label + ", median"))
    for key, label in rows:
        print(f"| {label} | " + " | ".join(f"{r[key]:,}" for r in results) + " |")


if __name__ == "__main__":
    main()
