"""End to end: projects, themes, team, plan and progress through the real `buurtdesk` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.paths import resource
from buurtdesk.store.db import open_db


def _dump(db_path: Path) -> str:
    if not db_path.exists():
        return ""
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text


def _run(db: Path, *args: str, plans: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if plans is not None:
        env["BUURTDESK_PLANS"] = str(plans)
    return subprocess.run(
        [sys.executable, "-m", "buurtdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_themes_lists_every_shipped_theme(cli, db_path: Path) -> None:
    out = cli("themes", "--json", db=db_path)
    assert out.returncode == 0, out.stderr
    themes = {t["id"]: t for t in json.loads(out.stdout)}
    assert {"energy", "gas-free", "aed", "mobility", "green-gardens", "empty"} <= set(themes)
    assert all(t["available"] for t in themes.values())
    assert themes["energy"]["tasks"] > 20 and len(themes["energy"]["talking_points"]) == 3


def test_new_project_brings_its_plan(cli, db_path: Path) -> None:
    out = cli(
        "project",
        "new",
        "--theme",
        "aed",
        "--start",
        "2026-11-02",
        "--goal",
        "60",
        "--message",
        "Samen een AED",
        "--json",
        db=db_path,
    )
    assert out.returncode == 0, out.stderr
    project = json.loads(out.stdout)
    assert project["weeks"] == 10 and project["goal_pct"] == 60 and project["tasks"] == 21
    assert project["message"] == "Samen een AED"
    plan = json.loads(cli("plan", "--json", db=db_path).stdout)
    weeks = {t["week"] for t in plan["tasks"]}
    assert weeks == set(range(1, 11))
    assert plan["tasks"][0]["week_start"] == "2026-11-02" and plan["tasks"][0]["iso_week"] == 45
    assert any(t["kind"] == "door_round" and t["visits"] == 0 for t in plan["tasks"])
    text = cli("plan", db=db_path).stdout
    assert "Team gevormd" in text and "deurronde" in text


def test_a_shorter_project_fits_the_plan_into_its_weeks(cli, db_path: Path) -> None:
    assert (
        cli(
            "project",
            "new",
            "--theme",
            "energy",
            "--start",
            "2026-11-02",
            "--weeks",
            "6",
            db=db_path,
        ).returncode
        == 0
    )
    plan = json.loads(cli("plan", "--json", db=db_path).stdout)
    assert max(t["week"] for t in plan["tasks"]) == 6
    assert min(t["week"] for t in plan["tasks"]) == 1


def test_team_add_list_and_gaps(cli, db_path: Path) -> None:
    assert (
        cli(
            "team", "add", "Anna de Vries", "--role", "verbinder", "--role", "expert", db=db_path
        ).returncode
        == 0
    )
    out = cli(
        "team",
        "add",
        "Bram",
        "--role",
        "connector",
        "--phone",
        "0612345678",
        "--consent-date",
        "2026-11-01",
        "--json",
        db=db_path,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["consent_at"] == "2026-11-01"
    team = json.loads(cli("team", "--json", db=db_path).stdout)
    assert [m["name"] for m in team["members"]] == ["Anna de Vries", "Bram"]
    assert {g["kind"] for g in team["gaps"]} == {"too_few", "missing_role"}
    assert [g["role"] for g in team["gaps"] if g["role"]] == ["entrepreneur"]
    text = cli("team", "roles", db=db_path).stdout
    assert "verbinder    Anna de Vries, Bram" in text and "Niemand is ondernemer" in text


def test_progress_prints_the_figures(cli, db_path: Path) -> None:
    cli("project", "new", "--theme", "energy", "--start", "2026-11-02", db=db_path)
    cli("street", "add", "Dorpsstraat", "1-20", db=db_path)
    cli("team", "add", "Anna", "--role", "verbinder", db=db_path)
    cli("team", "assign", "Anna", "Dorpsstraat", db=db_path)
    for n in (1, 3, 5):
        cli(
            "visit",
            f"Dorpsstraat {n}",
            "takes_part",
            "--by",
            "Anna",
            "--date",
            "2026-11-10",
            db=db_path,
        )
    cli("visit", "Dorpsstraat 2", "interested", "--by", "Anna", "--date", "2026-11-18", db=db_path)
    out = cli("progress", "--json", "--today", "2026-11-20", db=db_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["households"] == 20 and data["visited"] == 4 and data["takes_part"] == 3
    assert data["goal_households"] == 10 and data["still_needed"] == 7
    assert data["current_week"] == 3 and data["weeks_left"] == 8
    assert data["pace_needed_per_week"] == 0.9
    assert data["connectors"][0]["connector"] == "Anna"
    assert data["connectors"][0]["households"] == 20  # her assigned doors, not only the visited
    assert [w["visits"] for w in data["by_week"][:3]] == [0, 3, 1]
    text = cli("progress", "--today", "2026-11-20", db=db_path).stdout
    assert "doel 50 % = 10 van 20" in text and "Dorpsstraat" in text


# --- bad input: a clear message, the file unchanged ------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "2026-02-30"], 'startdatum "2026-02-30" is geen datum'),
        (["--start", "morgen"], 'startdatum "morgen" is geen datum'),
        (["--start", "2026-11-02", "--goal", "0"], "percentage van 1 tot 100, niet 0"),
        (["--start", "2026-11-02", "--goal", "150"], "percentage van 1 tot 100, niet 150"),
        (["--start", "2026-11-02", "--weeks", "0"], "1 tot 104 weken"),
    ],
)
def test_bad_project_input(cli, db_path: Path, args: list[str], message: str) -> None:
    cli("team", "add", "Anna", db=db_path)
    before = _dump(db_path)
    out = cli("project", "new", "--theme", "energy", *args, db=db_path)
    assert out.returncode == 1
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert _dump(db_path) == before


def test_member_without_a_name(cli, db_path: Path) -> None:
    cli("team", "add", "Anna", db=db_path)
    before = _dump(db_path)
    out = cli("team", "add", "   ", "--role", "verbinder", db=db_path)
    assert out.returncode == 1 and "een teamlid heeft een naam nodig" in out.stderr
    out = cli("team", "add", "Bo", "--email", "bo@example.nl", db=db_path)
    assert out.returncode == 1 and "alleen bewaard met toestemming" in out.stderr
    out = cli("team", "add", "Bo", "--role", "bakker", db=db_path)
    assert out.returncode == 1 and 'onbekende rol "bakker"' in out.stderr
    assert _dump(db_path) == before


BROKEN = {
    "kapot": ('id = "kapot"\ntitle = "Kapot"\nweeks = 10\n[[task]\n', 4, "geen geldige TOML"),
    "rol": (
        'id = "rol"\ntitle = "Rol"\nweeks = 10\n\n[[task]]\nweek = 2\nrole = "bakker"\n'
        'title = "x"\n',
        7,
        'onbekende rol "bakker"',
    ),
    "laat": (
        'id = "laat"\ntitle = "Laat"\nweeks = 10\n\n[[task]]\nweek = 11\nrole = "expert"\n'
        'title = "x"\n',
        6,
        "week 11 ligt na het einde van het project",
    ),
}


@pytest.mark.parametrize("theme", sorted(BROKEN))
def test_broken_plan_file(tmp_path: Path, db_path: Path, theme: str) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    for src in resource("plans").glob("*.toml"):
        (plans / src.name).write_bytes(src.read_bytes())
    for name, (text, _line, _msg) in BROKEN.items():
        (plans / f"{name}.toml").write_text(text, encoding="utf-8")
    text, line, message = BROKEN[theme]
    # The other themes still work and the broken ones are listed with the reason.
    out = _run(db_path, "themes", "--json", plans=plans)
    assert out.returncode == 0, out.stderr
    listed = {t["id"]: t for t in json.loads(out.stdout)}
    assert listed["energy"]["available"]
    assert not listed[theme]["available"]
    assert f"{theme}.toml:{line}: " in listed[theme]["error"] and message in listed[theme]["error"]
    out = _run(db_path, "themes", plans=plans)
    assert "Niet beschikbaar" in out.stdout and f"{theme}.toml:{line}" in out.stdout
    assert not db_path.exists()  # a broken theme creates no file
    out = _run(db_path, "project", "new", "--theme", theme, "--start", "2026-11-02", plans=plans)
    assert out.returncode == 1
    assert "niet beschikbaar" in out.stderr and message in out.stderr
    assert not db_path.exists()
    _run(db_path, "team", "add", "Anna", plans=plans)
    before = _dump(db_path)
    out = _run(db_path, "project", "new", "--theme", theme, "--start", "2026-11-02", plans=plans)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
    assert _dump(db_path) == before


def test_no_project_yet_is_a_clear_message(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-3", db=db_path)
    out = cli("plan", db=db_path)
    assert out.returncode == 1 and "buurtdesk project new" in out.stderr


def test_mark_initiators(cli, db_path: Path) -> None:
    cli("project", "new", "--theme", "energy", "--start", "2026-11-02", db=db_path)
    cli("street", "add", "Kerkweg", "1-10", db=db_path)
    assert cli("initiator", "Kerkweg 3", db=db_path).returncode == 0
    assert cli("initiator", "kerkweg 5", db=db_path).returncode == 0
    cli("initiator", "Kerkweg 3", "--off", db=db_path)
    listed = json.loads(cli("initiator", "--json", db=db_path).stdout)
    assert [i["address"] for i in listed] == ["Kerkweg 5"]
    data = json.loads(cli("progress", "--json", db=db_path).stdout)
    assert data["initiators"] == 1 and data["takes_part"] == 1
    assert data["door_rounds_share_of_goal"] == 4
    before = _dump(db_path)
    out = cli("initiator", "Kerkweg 99", db=db_path)
    assert out.returncode == 1 and 'adres "Kerkweg 99" staat niet in de buurt' in out.stderr
    assert _dump(db_path) == before


def test_projects_side_by_side(cli, db_path: Path) -> None:
    cli("project", "new", "--theme", "energy", "--start", "2026-11-02", db=db_path)
    cli("project", "new", "--theme", "mobility", "--start", "2027-01-04", db=db_path)
    listed = json.loads(cli("project", "list", "--json", db=db_path).stdout)
    assert [(p["theme"], p["current"]) for p in listed] == [("energy", False), ("mobility", True)]
    assert cli("project", "use", "energy", db=db_path).returncode == 0
    plan = json.loads(cli("plan", "--json", db=db_path).stdout)
    assert plan["project"]["theme"] == "energy"
    other = json.loads(cli("plan", "--project", "mobility", "--json", db=db_path).stdout)
    assert other["project"]["theme"] == "mobility" and len(other["tasks"]) == 22
    out = cli("project", "use", "koken", db=db_path)
    assert out.returncode == 1 and 'project "koken" bestaat niet' in out.stderr
