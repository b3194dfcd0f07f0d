"""Benchmark: `buurtdesk households --json` against a plain SELECT, and the demo generation.

    python benchmarks/bench_households.py [--households N ...] [--repeat R] [--keep DIR]

For each size (default 500 and 100,000 households) it builds a demo neighbourhood (seed 1) in a
fresh file and times, in the same run and on the same file:

- demo: :func:`buurtdesk.domain.demo.generate` streamed on its own (plan and every household with
  its visits, no database), then generated and written with :func:`buurtdesk.store.demo.write_demo`
  into an empty file (one transaction); baseline: the same households' address rows inserted with
  ``executemany`` into a plain table without indexes, in a fresh file with the same pragmas;
- listing in-process: ``buurtdesk.cli.main(["--db", F, "households", "--json"])`` with stdout
  sent to a file; baseline: a plain ``SELECT`` of the same rows (same joins, same order) through
  ``sqlite3``, each row written as ``json.dumps`` of a dict of its columns, to a file;
- listing as a process: ``python -m buurtdesk --db F households --json > file``; baseline: the
  same plain SELECT + json.dumps as a ``python -c`` process (both pay for a Python start-up; the
  bare ``python -c pass`` start-up is printed too).

Runs alternate baseline and buurtdesk; each figure is the best of R runs, as wall time and as CPU
time (this process and its children: on a shared machine the time spent waiting for a core is
not the code's). Prints a Markdown table with the ratios buurtdesk / baseline on CPU time, and
writes every figure as JSON to ``benchmarks/out/households.json`` (or the ``--keep`` folder).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from buurtdesk.cli import main as cli_main  # noqa: E402
from buurtdesk.domain.demo import generate  # noqa: E402
from buurtdesk.store.db import open_db  # noqa: E402
from buurtdesk.store.demo import write_demo  # noqa: E402

# The rows `households --json` lists, in the same order; the baseline writes them as they come.
PLAIN_SQL = """
SELECT h.id, s.name AS street, h.number, h.letter, h.addition, h.postcode, h.place,
       h.rd_x, h.rd_y, h.do_not_visit, h.do_not_visit_reason, h.note,
       coalesce(hs.outcome, 'unvisited') AS status
  FROM households h
  JOIN streets s ON s.id = h.street_id
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?
 ORDER BY s.name COLLATE NOCASE, s.place, h.walk_key
"""

BASELINE_PROGRAM = """
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
cursor = conn.execute(sys.argv[2], [int(sys.argv[3])])
names = [d[0] for d in cursor.description]
out = sys.stdout
out.write("[")
for i, row in enumerate(cursor):
    out.write(",\\n  " if i else "\\n  ")
    out.write(json.dumps(dict(zip(names, row)), ensure_ascii=False))
out.write("\\n]\\n")
"""


def cpu_seconds() -> float:
    """CPU time of this process and its finished children: steadier than wall time on a busy
    machine, since time spent waiting for a core is not counted."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(repeat: int, *runs: Callable[[], None]) -> list[tuple[float, float]]:
    """Best (wall, CPU) seconds of each run, alternating them so that a busy moment hits all
    alike."""
    best = [(float("inf"), float("inf"))] * len(runs)
    for _ in range(repeat):
        for k, run in enumerate(runs):
            cpu = cpu_seconds()
            start = time.perf_counter()
            run()
            wall = time.perf_counter() - start
            cpu = cpu_seconds() - cpu
            best[k] = (min(best[k][0], wall), min(best[k][1], cpu))
    return best


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
    return path


def plain_select(db_path: Path, project_id: int, out_path: Path) -> None:
    conn = sqlite3.connect(str(db_path))
    cursor = conn.execute(PLAIN_SQL, [project_id])
    names = [d[0] for d in cursor.description]
    with out_path.open("w", encoding="utf-8") as out:
        out.write("[")
        for i, row in enumerate(cursor):
            out.write(",\n  " if i else "\n  ")
            out.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False))
        out.write("\n]\n")
    conn.close()


def listing_in_process(db_path: Path, out_path: Path) -> None:
    with out_path.open("w", encoding="utf-8") as out, contextlib.redirect_stdout(out):
        status = cli_main(["--db", str(db_path), "households", "--json"])
    assert status == 0


def run_process(argv: list[str], out_path: Path) -> None:
    with out_path.open("w", encoding="utf-8") as out:
        subprocess.run(argv, stdout=out, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def demo_plain_insert(households: int, path: Path) -> None:
    """Baseline for the demo: the same address rows into a plain table, nothing else."""
    rows = [
        (
            h.record.street,
            h.record.house.number,
            h.record.house.letter,
            h.record.house.addition,
            h.record.postcode,
            h.record.place,
            h.record.rd_x,
            h.record.rd_y,
        )
        for h in generate(households, seed=1).iter_households()
    ]
    conn = sqlite3.connect(str(fresh(path)), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (street, number, letter, addition, postcode, place, x, y)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()


def demo_write(households: int, path: Path) -> None:
    db = open_db(fresh(path))
    write_demo(db, generate(households, seed=1))
    db.close()


def demo_stream(households: int) -> None:
    for _ in generate(households, seed=1).iter_households():
        pass


def measure(households: int, repeat: int, folder: Path) -> dict[str, Any]:
    db_path = folder / f"demo-{households}.buurtdesk"
    plain_db = folder / f"plain-{households}.sqlite"
    stream_s, write_s, plain_s = best_of(
        repeat,
        lambda: demo_stream(households),
        lambda: demo_write(households, db_path),
        lambda: demo_plain_insert(households, plain_db),
    )
    db = open_db(db_path)
    project_id = int(db.execute("SELECT value FROM settings WHERE key = 'current_project'")
                     .fetchone()[0])  # fmt: skip
    db.close()
    out_bd = folder / f"households-{households}.json"
    out_plain = folder / f"plain-{households}.json"
    list_plain, list_bd = best_of(
        repeat,
        lambda: plain_select(db_path, project_id, out_plain),
        lambda: listing_in_process(db_path, out_bd),
    )
    ours, theirs = json.loads(out_bd.read_text("utf-8")), json.loads(out_plain.read_text("utf-8"))
    assert [r["id"] for r in ours] == [r["id"] for r in theirs], "not the same rows"
    py = sys.executable
    proc_plain, proc_bd, startup = best_of(
        repeat,
        lambda: run_process(
            [py, "-c", BASELINE_PROGRAM, str(db_path), PLAIN_SQL, str(project_id)], out_plain
        ),
        lambda: run_process(
            [py, "-m", "buurtdesk", "--db", str(db_path), "households", "--json"], out_bd
        ),
        lambda: run_process([py, "-c", "pass"], folder / "startup.txt"),
    )
    figures = {
        "demo_generate": stream_s,
        "demo_write": write_s,
        "demo_plain_insert": plain_s,
        "listing_plain": list_plain,
        "listing_buurtdesk": list_bd,
        "process_plain": proc_plain,
        "process_buurtdesk": proc_bd,
        "python_startup": startup,
    }
    result: dict[str, Any] = {"households": households, "output_bytes": out_bd.stat().st_size}
    for name, (wall, cpu) in figures.items():
        result[f"{name}_s"] = wall
        result[f"{name}_cpu_s"] = cpu
    return result


def report(results: list[dict[str, Any]]) -> str:
    rows = [
        ("demo: generate (no database)", "demo_generate", None),
        ("demo: generate + write", "demo_write", "demo_plain_insert"),
        ("listing in-process", "listing_buurtdesk", "listing_plain"),
        ("listing as a process", "process_buurtdesk", "process_plain"),
        ("python -c pass", "python_startup", None),
    ]
    head = "| | " + " | ".join(f"{r['households']:,}: wall | CPU | ratio (CPU)" for r in results)
    lines = [head + " |", "|---|" + "---:|---:|---:|" * len(results)]
    for label, ours, base in rows:
        cells = [label]
        for r in results:
            cells.append(f"{r[ours + '_s']:.3f} s")
            cells.append(f"{r[ours + '_cpu_s']:.3f} s")
            cells.append(f"{r[ours + '_cpu_s'] / r[base + '_cpu_s']:.2f}x" if base else "")
        lines.append("| " + " | ".join(cells) + " |")
        if base:
            cells = ["  baseline"]
            for r in results:
                cells += [f"{r[base + '_s']:.3f} s", f"{r[base + '_cpu_s']:.3f} s", ""]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--households", type=int, nargs="+", default=[500, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=ROOT / "benchmarks" / "out")
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory(dir=args.keep) as tmp:
        for households in args.households:
            result = measure(households, args.repeat, Path(tmp))
            results.append(result)
            print(json.dumps(result), file=sys.stderr)
    (args.keep / "households.json").write_text(json.dumps(results, indent=2), "utf-8")
    print(report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
