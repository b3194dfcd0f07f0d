"""End to end: one figure, one meaning across the street list, the progress figures and
`progress --json`; the team's contact and a member's consent to be named, set on the command
line and printed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from buurtdesk.store.db import open_db
from buurtdesk.store.progress import doors_left, project_progress
from buurtdesk.store.projects import current_project
from buurtdesk.store.street_list import street_summaries, street_summary

from ..unit.pdf_seed import pdf_pages


def _dump(db_path: Path) -> str:
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text


def _ok(cli, db_path: Path, *args: str) -> str:
    out = cli(*args, db=db_path)
    assert out.returncode == 0, (args, out.stderr)
    return str(out.stdout)


def _neighbourhood(cli, db_path: Path) -> None:
    _ok(cli, db_path, "project", "new", "--theme", "energy", "--start", "2026-11-02")
    _ok(cli, db_path, "street", "add", "Dorpsstraat", "1-40")
    _ok(cli, db_path, "street", "add", "Kerkweg", "1-12")
    _ok(cli, db_path, "street", "add", "Molenlaan", "1-9")
    _ok(cli, db_path, "team", "add", "Anna", "--role", "verbinder")
    _ok(cli, db_path, "team", "add", "Bram", "--role", "verbinder")
    _ok(cli, db_path, "team", "assign", "Anna", "Dorpsstraat")
    _ok(cli, db_path, "team", "assign", "Bram", "Kerkweg")
    for n in (1, 2, 3, 4):  # initiators; 1 and 2 also said "doet mee" at the door
        _ok(cli, db_path, "initiator", f"Dorpsstraat {n}")
    _ok(cli, db_path, "initiator", "Molenlaan 1")
    for address, outcome in [
        ("Dorpsstraat 1", "takes_part"),
        ("Dorpsstraat 2", "takes_part"),
        ("Dorpsstraat 3", "not_interested"),  # an initiator who said no at the door
        ("Dorpsstraat 5", "takes_part"),
        ("Dorpsstraat 6", "interested"),
        ("Kerkweg 1", "takes_part"),
        ("Kerkweg 2", "not_home"),
        ("Molenlaan 2", "takes_part"),
    ]:
        _ok(cli, db_path, "visit", address, outcome, "--by", "Anna", "--date", "2026-11-10")


def test_doet_mee_is_one_figure_everywhere(cli, db_path: Path) -> None:
    _neighbourhood(cli, db_path)
    data = json.loads(_ok(cli, db_path, "progress", "--json", "--today", "2026-11-20"))
    # initiators 5 (Dorpsstraat 1-4, Molenlaan 1) + door "doet mee" not initiators 3
    assert data["takes_part"] == 8 and data["initiators"] == 5
    assert "initiatiefnemers" in data["takes_part_counts"]
    db = open_db(db_path)
    project = current_project(db)
    assert project is not None
    figures = project_progress(db, project, date(2026, 11, 20))
    streets = street_summaries(db, project.id)
    assert sum(s.taking_part for s in streets) == figures.total.participants == 8
    assert sum(s.initiators for s in streets) == figures.total.initiators == 5
    assert sum(s.visited for s in streets) == figures.total.visited == data["visited"]
    by_name = {s.name: s for s in streets}
    for row in data["streets"]:
        assert by_name[row["street"]].taking_part == row["takes_part"]
        single = street_summary(db, project.id, by_name[row["street"]].id)
        assert single == by_name[row["street"]]
    assert (by_name["Dorpsstraat"].taking_part, by_name["Dorpsstraat"].initiators) == (5, 4)
    # per connector: the doors of their streets; with the unassigned street all households
    connectors = {c["connector"]: c for c in data["connectors"]}
    assert connectors["Anna"]["households"] == 40 and connectors["Anna"]["takes_part"] == 5
    assert connectors["Bram"]["households"] == 12 and connectors["Bram"]["takes_part"] == 1
    assert connectors["niet toegewezen"]["households"] == 9
    assert sum(c["households"] for c in data["connectors"]) == data["households"] == 61
    assert sum(c["doors_left"] for c in data["connectors"]) == data["doors_left"]
    per_connector, unassigned = doors_left(db, project.id)
    assert per_connector == {"Anna": 35, "Bram": 10} and unassigned == 8
    db.close()
    rows = json.loads(_ok(cli, db_path, "households", "--json"))
    assert sum(r["takes_part"] for r in rows) == data["takes_part"]
    assert sum(r["initiator"] for r in rows) == data["initiators"]
    text = _ok(cli, db_path, "progress", "--today", "2026-11-20")
    assert "incl. initiatiefnemers   5" in text and "straten zonder verbinder" in text
    team = json.loads(_ok(cli, db_path, "team", "--json"))
    assert [g["count"] for g in team["gaps"] if g["kind"] == "unassigned_doors"] == [8]


def test_project_contact_and_min_group_on_the_command_line(
    cli, db_path: Path, tmp_path: Path
) -> None:
    _neighbourhood(cli, db_path)
    shown = json.loads(_ok(cli, db_path, "project", "set", "--json"))
    assert shown["contact"] == "" and shown["report_min_group"] == 10
    out = _ok(
        cli,
        db_path,
        "project",
        "set",
        "--contact",
        "Buurtteam Dorp · 06 1234 5678 · team@dorp.example",
        "--min-group",
        "12",
    )
    assert "06 1234 5678" in out and "12 huishoudens" in out
    listed = json.loads(_ok(cli, db_path, "project", "list", "--json"))
    assert listed[0]["contact"] == "Buurtteam Dorp · 06 1234 5678 · team@dorp.example"
    # the letter and the door cards print it
    letter, cards = tmp_path / "brief.pdf", tmp_path / "kaarten.pdf"
    _ok(cli, db_path, "export", "letter", "--out", str(letter), "--street", "Kerkweg")
    _ok(cli, db_path, "export", "doorcards", "--out", str(cards))
    for pdf in (letter, cards):
        text = " ".join(" ".join(pdf_pages(pdf)).split())
        assert "06 1234 5678" in text and "team@dorp.example" in text, pdf.name
    # bad values: one clear message, exit 1, the file unchanged
    before = _dump(db_path)
    for args, message in [
        (["--min-group", "4"], "5 tot 1000 huishoudens, niet 4"),
        (["--min-group", "vijf"], 'kleinste groep "vijf" is geen geheel getal'),
        (["--contact", "x" * 201, "--min-group", "20"], "het contact is te lang"),
        (["--contact", "06 \x1b[31m1234"], "stuurteken"),
    ]:
        out = cli("project", "set", *args, db=db_path)
        assert out.returncode != 0 and message in out.stderr, out.stderr
        assert "Traceback" not in out.stderr
        assert _dump(db_path) == before


def test_consent_to_be_named_apart_from_contact_consent(cli, db_path: Path, tmp_path: Path) -> None:
    _neighbourhood(cli, db_path)
    _ok(
        cli, db_path, "team", "set", "Anna", "--phone", "0612345678", "--consent-date", "2026-11-01"
    )
    _ok(cli, db_path, "team", "add", "Cor", "--role", "expert", "--named", "ja")
    members = {m["name"]: m for m in json.loads(_ok(cli, db_path, "team", "--json"))["members"]}
    assert members["Anna"]["consent_at"] == "2026-11-01"
    assert members["Anna"]["named_in_reports"] is False  # contact consent is not a name consent
    assert members["Cor"]["named_in_reports"] is True and members["Cor"]["consent_at"] is None
    report = tmp_path / "verslag.pdf"
    _ok(cli, db_path, "export", "report", "--out", str(report), "--date", "2026-11-20")
    text = " ".join(pdf_pages(report))
    assert "Cor" in text and "Anna" not in text
    _ok(cli, db_path, "team", "set", "Anna", "--named", "yes")
    _ok(cli, db_path, "team", "set", "Cor", "--named", "nee")
    _ok(
        cli,
        db_path,
        "export",
        "report",
        "--out",
        str(report),
        "--date",
        "2026-11-20",
        "--overwrite",
    )
    text = " ".join(pdf_pages(report))
    assert "Anna" in text and "Cor" not in text
    member = json.loads(_ok(cli, db_path, "team", "set", "Anna", "--no-consent", "--json"))
    assert member["phone"] == "" and member["consent_at"] is None
    assert member["named_in_reports"] is True  # withdrawing one consent keeps the other
    before = _dump(db_path)
    for args, message in [
        (["Anna", "--named", "misschien"], '"misschien" is geen ja of nee'),
        (["Niemand", "--named", "ja"], 'teamlid "Niemand" bestaat niet'),
        (["Anna", "--email", "geen-adres"], "alleen bewaard met toestemming"),
        (["Anna", "--no-consent", "--phone", "06"], "gaat niet samen"),
    ]:
        out = cli("team", "set", *args, db=db_path)
        assert out.returncode != 0 and message in out.stderr, (args, out.stderr)
        assert "Traceback" not in out.stderr
        assert _dump(db_path) == before
