"""Benchmark: `buurtdesk import` of an address CSV against the sqlite3 shell's `.import`.

    python benchmarks/bench_import.py [--rows N ...] [--repeat R]

Generates fictional address CSVs (semicolon, UTF-8, the address-list layout with RD x/y) of
100,000 and 500 rows (or the given sizes), then times, in the same run, on the same file:

- baseline: ``sqlite3 -csv -separator ";" plain.db ".import FILE t"`` into a plain table (the
  command-line shell, started as a process, so its start-up is included);
- buurtdesk: :func:`buurtdesk.io.address_import.import_addresses` in-process into a fresh
  neighbourhood file (detect, parse, check every address, upsert in one transaction);
- buurtdesk again on the same file (nothing changes: every address is recognised).

Each is the best of R runs. Prints the times and the ratio buurtdesk / .import; the target at
100,000 rows is at most 3x.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from buurtdesk.io.address_import import import_addresses  # noqa: E402
from buurtdesk.store.db import open_db  # noqa: E402

STREET_WORDS = [
    "Linden", "Eiken", "Beuken", "Wilgen", "Berken", "Kastanje", "Meidoorn", "Vlier", "Hazel",
    "Esdoorn", "Zwaluw", "Merel", "Lijster", "Reiger", "Kievit", "Spreeuw", "Specht", "Uilen",
    "Molen", "Kerk", "School", "Dijk", "Vaart", "Haven", "Markt", "Brink", "Veld", "Akker",
    "Heide", "Duin", "Zand", "Klei", "Veen", "Rozen", "Tulpen", "Lelie", "Iris", "Distel",
]  # fmt: skip
STREET_KINDS = ["laan", "straat", "weg", "hof", "plein", "pad", "singel", "kade", "dreef"]
LETTERS = "ABCEGHJKLMNPRTUVWXYZ"  # no S: SA, SD and SS are never used
PLACES = ["Ons Dorp", "Westerbuurt", "Oosterveld", "Noorderhaven", "Zuiderzand"]


def make_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A fictional city: streets of 20-400 doors, letters and additions, postcodes, RD points."""
    rng = random.Random(seed)
    out = ["straat;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats;x;y"]
    streets = [f"{a}{k}" for a in STREET_WORDS for k in STREET_KINDS]
    rng.shuffle(streets)
    street_no = 0
    postcode_no = 0
    while len(out) <= rows:
        base = streets[street_no % len(streets)]
        place = PLACES[(street_no // len(streets)) % len(PLACES)]
        street_no += 1
        x0, y0 = rng.uniform(20000, 270000), rng.uniform(320000, 600000)
        for number in range(1, rng.randint(20, 400)):
            if number % 16 == 1:
                postcode_no += 1
            pc = (
                f"{1000 + postcode_no // 400 % 9000}"
                f"{LETTERS[postcode_no // 20 % 20]}{LETTERS[postcode_no % 20]}"
            )
            letter, addition = "", ""
            roll = rng.random()
            if roll < 0.05:
                letter = rng.choice("ABC")
            elif roll < 0.10:
                addition = rng.choice(["1", "2", "3", "H", "hs", "bis"])
            x = x0 + number * 4.5
            y = y0 + (number % 2) * 18
            out.append(f"{base};{number};{letter};{addition};{pc};{place};{x:.3f};{y:.3f}")
            if len(out) > rows:
                break
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def time_sqlite_import(csv_path: Path, work: Path) -> float:
    target = work / "plain.db"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(
        ["sqlite3", "-csv", "-separator", ";", str(target), f".import '{csv_path}' t"],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def time_buurtdesk_import(csv_path: Path, work: Path, *, again: bool) -> float:
    target = work / "buurt.buurtdesk"
    if not again:
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    db = open_db(target)
    start = time.perf_counter()
    report = import_addresses(db, csv_path)
    elapsed = time.perf_counter() - start
    db.close()
    expected_unchanged = report.records if again else 0
    assert report.unchanged == expected_unchanged, report
    return elapsed


def best(fn: object, repeat: int) -> float:
    assert callable(fn)
    return min(fn() for _ in range(repeat))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[100_000, 500])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        print("sqlite3 (the command-line shell) is needed for the baseline", file=sys.stderr)
        return 2
    print(f"python {sys.version.split()[0]}, best of {args.repeat}")
    print(f"{'rows':>8}  {'.import':>9}  {'buurtdesk':>9}  {'ratio':>6}  {'again':>9}  {'ratio':>6}")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        work = Path(tmp)
        for rows in args.rows:
            csv_path = work / f"adressen-{rows}.csv"
            make_csv(csv_path, rows)
            base = best(lambda p=csv_path: time_sqlite_import(p, work), args.repeat)
            ours = best(
                lambda p=csv_path: time_buurtdesk_import(p, work, again=False), args.repeat
            )
            again = best(
                lambda p=csv_path: time_buurtdesk_import(p, work, again=True), args.repeat
            )
            print(
                f"{rows:>8}  {base:>8.3f}s  {ours:>8.3f}s  {ours / base:>5.1f}x  "
                f"{again:>8.3f}s  {again / base:>5.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
