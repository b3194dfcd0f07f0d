"""End to end: `buurtdesk demo` on a real file, read back through the other commands."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from buurtdesk.store.db import open_db


def _dump(db_path: Path) -> str:
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text


def test_demo_makes_a_neighbourhood_the_other_commands_can_read(cli, db_path: Path) -> None:
    made = cli("demo", "--json", db=db_path)
    assert made.returncode == 0, made.stderr
    summary = json.loads(made.stdout)
    assert summary["households"] == 450
    assert 8 <= summary["streets"] <= 12
    assert summary["members"] == 7
    assert summary["project"]["current_week"] == 5 and summary["project"]["weeks"] == 10

    listed = cli("households", "--json", db=db_path)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 450
    assert all("rd_x" in r and "rd_y" in r for r in rows)
    assert any(r["letter"] for r in rows)
    assert any(" H" in r["address"] for r in rows)
    assert any("-" in r["house_number"] for r in rows)
    status = Counter(r["status"] for r in rows)
    assert status["unvisited"] < 450 and status["takes_part"] > 0
    assert sum(n for s, n in status.items() if s != "unvisited") == summary["visited"]

    visits = cli("visits", "--json", db=db_path)
    assert visits.returncode == 0, visits.stderr
    assert len(json.loads(visits.stdout)) == summary["visits"]

    checked = cli("check", db=db_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_human_summary_is_dutch(cli, db_path: Path) -> None:
    made = cli("demo", "--households", "60", db=db_path)
    assert made.returncode == 0, made.stderr
    assert "Demobuurt" in made.stdout and "60 huishoudens" in made.stdout


def test_same_seed_same_neighbourhood_in_two_files(cli, tmp_path: Path) -> None:
    listings = []
    for name in ("een.buurtdesk", "twee.buurtdesk"):
        path = tmp_path / name
        assert cli("demo", "--seed", "11", "--households", "300", db=path).returncode == 0
        rows = json.loads(cli("households", "--json", db=path).stdout)
        listings.append(
            [(r["address"], r["postcode"], r["place"], r["rd_x"], r["rd_y"]) for r in rows]
        )
    assert listings[0] == listings[1]
    other = tmp_path / "ander.buurtdesk"
    assert cli("demo", "--seed", "12", "--households", "300", db=other).returncode == 0
    rows = json.loads(cli("households", "--json", db=other).stdout)
    assert [(r["address"], r["rd_x"]) for r in rows] != [(a, x) for a, _, _, x, _ in listings[0]]


def test_a_file_with_data_is_refused_and_unchanged(cli, db_path: Path) -> None:
    assert cli("street", "add", "Dorpsstraat", "1-9", db=db_path).returncode == 0
    before = _dump(db_path)
    refused = cli("demo", db=db_path)
    assert refused.returncode == 1
    assert "bevat al gegevens" in refused.stderr and "--db" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _dump(db_path) == before


def test_a_second_demo_is_refused(cli, db_path: Path) -> None:
    assert cli("demo", "--households", "50", db=db_path).returncode == 0
    before = _dump(db_path)
    again = cli("demo", "--households", "50", "--seed", "2", db=db_path)
    assert again.returncode == 1 and "bevat al gegevens" in again.stderr
    assert _dump(db_path) == before


@pytest.mark.parametrize("count", ["0", "-3", "250001"])
def test_impossible_sizes_get_a_message(cli, db_path: Path, count: str) -> None:
    out = cli("demo", "--households", count, db=db_path)
    assert out.returncode == 1
    assert "--households" in out.stderr and "Traceback" not in out.stderr


def test_not_a_number(cli, db_path: Path) -> None:
    out = cli("demo", "--households", "veel", db=db_path)
    assert out.returncode == 2 and "Traceback" not in out.stderr


@pytest.mark.slow
def test_city_scale(cli, db_path: Path) -> None:
    made = cli("demo", "--households", "100000", "--json", db=db_path)
    assert made.returncode == 0, made.stderr
    summary = json.loads(made.stdout)
    assert summary["households"] == 100_000 and summary["streets"] > 1000
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM households").fetchone()[0] == 100_000
    names = db.execute("SELECT count(DISTINCT name), count(*) FROM streets").fetchone()
    assert names[0] == names[1]
    db.close()


def test_demo_has_no_visit_in_the_future(cli, db_path: Path) -> None:
    from datetime import UTC, date, datetime

    made = cli("demo", "--households", "80", db=db_path)
    assert made.returncode == 0, made.stderr
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    db = open_db(db_path)
    latest, last_day, count = db.execute(
        "SELECT max(created_at), max(visit_date), count(*) FROM visits"
    ).fetchone()
    db.close()
    assert count > 0
    assert latest <= now and last_day < date.today().isoformat()
