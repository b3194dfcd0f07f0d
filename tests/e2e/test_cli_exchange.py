"""Exchange between laptops with the real command, one process and one file per laptop: start
package, join, write, read in any order and twice; every bad file refused with one sentence and
the database exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CODE = "vier woorden als code"


def run(*args: str, db: Path, code: str | None = CODE) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("BUURTDESK_CODE", None)
    if code is not None:
        env["BUURTDESK_CODE"] = code
    return subprocess.run(
        [sys.executable, "-m", "buurtdesk", "--db", str(db), *args],
        capture_output=True, text=True, env=env, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def ok(*args: str, db: Path, code: str | None = CODE) -> str:
    result = run(*args, db=db, code=code)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def fails(*args: str, db: Path, code: str | None = CODE) -> str:
    before = _state(db)
    result = run(*args, db=db, code=code)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert _state(db) == before
    return result.stderr


def _state(db: Path) -> str:
    if not db.exists():
        return ""
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def visits(db: Path) -> set[str]:
    rows = json.loads(ok("visits", "--all", "--json", db=db))
    return {(r["uuid"]) for r in rows}


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A coordinator's laptop with the demo, a connector's laptop joined from a package."""
    a, b = tmp_path / "coordinator.buurtdesk", tmp_path / "mehmet.buurtdesk"
    ok("demo", db=a)
    start = tmp_path / "start.bdx"
    ok("exchange", "package", "--out", str(start), "--connector", "Mehmet Kramer", db=a)
    out = ok("exchange", "join", str(start), db=b)
    assert "laptop van de buurt" in out
    return a, b, tmp_path


def test_a_round_trip_in_any_order_twice(team: tuple[Path, Path, Path]) -> None:
    a, b, tmp = team
    households_b = json.loads(ok("households", "--json", db=b))
    assert 0 < len(households_b) < len(json.loads(ok("households", "--json", db=a)))
    address = households_b[0]["address"]
    ok("visit", address, "4", "--by", "Mehmet Kramer", db=b)
    ok("visit", "Appelgaarderf 1", "2", "--by", "Anouk Mulder", db=a)
    ok("exchange", "write", "--out", str(tmp / "b1.bdx"), db=b)
    ok("exchange", "write", "--out", str(tmp / "a1.bdx"), db=a)
    assert "niets nieuws" not in ok("exchange", "read", str(tmp / "b1.bdx"), db=a)
    assert "niets nieuws" in ok("exchange", "read", str(tmp / "b1.bdx"), db=a)  # twice
    ok("exchange", "read", str(tmp / "a1.bdx"), db=b)
    assert visits(b) <= visits(a)
    mine = json.loads(ok("visits", "--json", "--street", address.rsplit(" ", 1)[0], db=a))
    assert any(v["by"] == "Mehmet Kramer" and v["outcome"] == "takes_part" for v in mine)
    laptops = json.loads(ok("exchange", "laptops", "--json", db=a))
    assert len(laptops) == 2 and any(lt["heard_at"] for lt in laptops if not lt["self"])
    # the connector's laptop keeps only its own streets, also after a full file
    assert len(json.loads(ok("households", "--json", db=b))) == len(households_b)


def test_bad_files_change_nothing(team: tuple[Path, Path, Path]) -> None:
    a, b, tmp = team
    ok("visit", "Appelgaarderf 3", "1", "--by", "Anouk Mulder", db=a)
    good = tmp / "a.bdx"
    ok("exchange", "write", "--out", str(good), db=a)
    data = good.read_bytes()
    assert "teamcode klopt niet" in fails("exchange", "read", str(good), db=b, code="een ander!")
    changed = tmp / "changed.bdx"
    changed.write_bytes(data[:-40] + bytes([data[-40] ^ 1]) + data[-39:])
    assert "veranderd of beschadigd" in fails("exchange", "read", str(changed), db=b)
    cut = tmp / "cut.bdx"
    cut.write_bytes(data[:100])
    assert str(cut) in fails("exchange", "read", str(cut), db=b)
    other = tmp / "adressen.csv"
    other.write_text("straat;huisnummer\nDorpsstraat;1\n", encoding="utf-8")
    assert "geen uitwisselbestand" in fails("exchange", "read", str(other), db=b)
    assert "bestaat niet" in fails("exchange", "read", str(tmp / "nergens.bdx"), db=b)
    # a file of another neighbourhood
    elsewhere = tmp / "elders.buurtdesk"
    ok("demo", "--seed", "7", db=elsewhere)
    ok("exchange", "write", "--out", str(tmp / "elders.bdx"), db=elsewhere)
    assert "andere buurt" in fails("exchange", "read", str(tmp / "elders.bdx"), db=b)
    # no code at all, and a code too short to protect anything
    assert "teamcode" in fails("exchange", "read", str(good), db=b, code=None)
    assert "te kort" in fails("exchange", "write", "--out", str(tmp / "x.bdx"), db=a, code="123")
    # writing never replaces a file, nor the neighbourhood file itself
    assert "bestaat al" in fails("exchange", "write", "--out", str(good), db=a)
    assert "buurtbestand zelf" in fails("exchange", "write", "--out", str(a), "--overwrite", db=a)
    # a package is joined onto a new file only
    assert "bestaat al" in fails("exchange", "join", str(tmp / "start.bdx"), db=b)
    assert "geen startpakket" in fails("exchange", "join", str(good), db=tmp / "new.buurtdesk")
    assert not (tmp / "new.buurtdesk").exists()


def test_a_read_killed_halfway_leaves_all_or_nothing(team: tuple[Path, Path, Path]) -> None:
    a, _mehmet, tmp = team
    ok("exchange", "package", "--out", str(tmp / "all.bdx"), db=a)  # the whole neighbourhood
    b = tmp / "second.buurtdesk"
    ok("exchange", "join", str(tmp / "all.bdx"), db=b)
    for n in range(1, 30, 2):
        ok("visit", f"Appelgaarderf {n}", "2", "--by", "Anouk Mulder", db=a)
    ok("exchange", "write", "--out", str(tmp / "a.bdx"), db=a)
    before = visits(b)
    twin = tmp / "twin.buurtdesk"  # what reading the whole file gives
    source = sqlite3.connect(b)
    source.backup(dest := sqlite3.connect(twin))
    source.close()
    dest.close()
    ok("exchange", "read", str(tmp / "a.bdx"), db=twin)
    whole = visits(twin)
    assert whole != before
    env = dict(os.environ, BUURTDESK_CODE=CODE)
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4):
        proc = subprocess.Popen(
            [sys.executable, "-m", "buurtdesk", "--db", str(b), "exchange", "read",
             str(tmp / "a.bdx")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check = sqlite3.connect(b)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
        now = visits(b)
        assert now in (before, whole)  # all or nothing, never half
        if now == whole:
            break
    ok("exchange", "read", str(tmp / "a.bdx"), db=b)
    assert visits(b) == whole
    ok("exchange", "read", str(tmp / "a.bdx"), db=b)
    assert visits(b) == whole
