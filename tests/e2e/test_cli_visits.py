"""End to end: every visit on the command line is credited to the right team member, a printed
walk list typed back by its code credits the connector on the paper, and a door that asked not
to be visited is only recorded with --force."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.store.db import open_db
from buurtdesk.store.walklists import find_list
from tests.unit.pdf_seed import seed


def _dump(db_path: Path) -> str:
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text


def _visits(db_path: Path) -> list[tuple[str, str, str]]:
    db = open_db(db_path)
    rows = [
        (r[0], r[1], r[2])
        for r in db.execute(
            "SELECT s.name || ' ' || h.number || h.letter || "
            "CASE WHEN h.addition = '' THEN '' ELSE '-' || h.addition END, v.outcome, v.visitor "
            "FROM visits v JOIN households h ON h.id = v.household_id "
            "JOIN streets s ON s.id = h.street_id ORDER BY v.id"
        )
    ]
    db.close()
    return rows


@pytest.fixture
def team_file(cli, tmp_path: Path) -> Path:
    path = tmp_path / "buurt.buurtdesk"
    cli("street", "add", "Zandhoek", "1-6", db=path)
    cli("project", "new", "--theme", "energy", "--start", "2026-11-02", db=path)
    cli("team", "add", "Mehmet Yilmaz", "--role", "verbinder", db=path)
    cli("team", "add", "Anouk", "--role", "verbinder", db=path)
    cli("team", "add", "Annemiek", "--role", "deskundige", db=path)
    return path


def test_by_takes_a_start_of_a_name_and_refuses_a_stranger(cli, team_file: Path) -> None:
    done = cli("visit", "Zandhoek 1", "spoke", "--by", "meh", "--json", db=team_file)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["by"] == "Mehmet Yilmaz"
    exact = cli("visit", "Zandhoek 2", "spoke", "--by", "ANOUK", db=team_file)
    assert exact.returncode == 0, exact.stderr  # any case
    before = _dump(team_file)
    stranger = cli("visit", "Zandhoek 3", "spoke", "--by", "Piet", db=team_file)
    assert stranger.returncode == 1 and "Traceback" not in stranger.stderr
    assert '"Piet" is geen teamlid' in stranger.stderr
    assert "Annemiek, Anouk, Mehmet Yilmaz" in stranger.stderr  # the candidates
    ambiguous = cli("visit", "Zandhoek 3", "spoke", "--by", "an", db=team_file)
    assert ambiguous.returncode == 1
    assert "past op meer teamleden: Annemiek, Anouk" in ambiguous.stderr
    assert _dump(team_file) == before
    assert _visits(team_file) == [
        ("Zandhoek 1", "spoke", "Mehmet Yilmaz"),
        ("Zandhoek 2", "spoke", "Anouk"),
    ]


def test_without_by_a_team_of_connectors_is_asked_not_the_last_one(cli, team_file: Path) -> None:
    cli("visit", "Zandhoek 1", "spoke", "--by", "Anouk", db=team_file)
    before = _dump(team_file)
    refused = cli("visit", "Zandhoek 2", "spoke", db=team_file)
    assert refused.returncode == 1
    assert "meer verbinders: Anouk, Mehmet Yilmaz" in refused.stderr
    assert "--by" in refused.stderr
    assert _dump(team_file) == before


def test_without_by_the_only_connector_is_credited(cli, tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    cli("street", "add", "Zandhoek", "1-3", db=path)
    cli("team", "add", "Mehmet", "--role", "verbinder", db=path)
    cli("team", "add", "Annemiek", "--role", "deskundige", db=path)
    done = cli("visit", "Zandhoek 1", "interested", "--json", db=path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["by"] == "Mehmet"


def test_a_visit_before_the_project_start_is_saved_with_a_warning(cli, team_file: Path) -> None:
    done = cli("visit", "Zandhoek 1", "spoke", "--by", "Anouk", "--date", "2026-10-30",
               db=team_file)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "voor de start van het project" in done.stderr and "2026-11-02" in done.stderr
    assert _visits(team_file) == [("Zandhoek 1", "spoke", "Anouk")]


def test_a_do_not_visit_door_takes_force(cli, team_file: Path) -> None:
    cli("visit", "Zandhoek 4", "do_not_visit", "--by", "Anouk", "--note", "nee-nee",
        db=team_file)  # fmt: skip
    before = _dump(team_file)
    typo = cli("visit", "Zandhoek 4", "interested", "--by", "Anouk", db=team_file)
    assert typo.returncode == 1 and "niet aanbellen" in typo.stderr and "--force" in typo.stderr
    assert _dump(team_file) == before
    forced = cli("visit", "Zandhoek 4", "interested", "--by", "Anouk", "--force", db=team_file)
    assert forced.returncode == 0, forced.stderr
    assert _visits(team_file)[-1] == ("Zandhoek 4", "interested", "Anouk")


# --- reentry of a printed walk list ---------------------------------------------------------------


@pytest.fixture
def printed(cli, tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "lijst.buurtdesk"
    db, _ = seed(path)
    db.close()
    bob = tmp_path / "bob.pdf"
    hofje = tmp_path / "hofje.pdf"
    for args in (("--connector", "Bob Ŝmit 🚲", "--out", str(bob)),
                 ("--street", "Hofje", "--out", str(hofje))):  # fmt: skip
        done = cli("export", "walklist", *args, db=path)
        assert done.returncode == 0, done.stderr
    return path, tmp_path


def _code(pdf: Path) -> str:
    match = re.search(r"LL-\d{4}-[0-9A-F]{4}", PdfReader(pdf).pages[1].extract_text())
    assert match
    return match.group(0)


def _row_of(db_path: Path, code: str, address: str) -> int:
    db = open_db(db_path)
    walk = find_list(db, code[-4:])
    street, number = address.rsplit(" ", 1)
    (hid,) = db.execute(
        "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
        "WHERE s.name = ? AND h.number = ?",
        [street, int(number)],
    ).fetchone()
    db.close()
    assert walk is not None
    return walk.household_ids.index(hid) + 1


def test_reentry_credits_the_connector_on_the_paper(cli, printed: tuple[Path, Path]) -> None:
    path, folder = printed
    code = _code(folder / "bob.pdf")
    # the last visit was Ann's: her name must not stick to Bob's list
    done = cli("reentry", code, "1 3", "2 1 komt dinsdag terug", "--json", db=path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["by"] == "Bob Ŝmit 🚲" and data["list"] == code
    assert [(v["row"], v["outcome"], v["by"]) for v in data["visits"]] == [
        (1, "interested", "Bob Ŝmit 🚲"),
        (2, "not_home", "Bob Ŝmit 🚲"),
    ]
    assert [v[2] for v in _visits(path)[-2:]] == ["Bob Ŝmit 🚲"] * 2
    other = cli("reentry", code, "3 2", "--by", "Ann", db=path)
    assert other.returncode == 1 and "gedrukt voor Bob" in other.stderr


def test_reentry_of_a_street_list_asks_who_walked_it(cli, printed: tuple[Path, Path]) -> None:
    path, folder = printed
    code = _code(folder / "hofje.pdf").lower()  # typed in any case
    before = _dump(path)
    asked = cli("reentry", code, "1 2", db=path)
    assert asked.returncode == 1
    assert "voor straten (Hofje)" in asked.stderr and "--by" in asked.stderr
    assert "Ann de Vries, Bob Ŝmit 🚲" in asked.stderr
    assert _dump(path) == before
    done = cli("reentry", code, "1 2", "--by", "bob", db=path)
    assert done.returncode == 0, done.stderr
    assert _visits(path)[-1] == ("Hofje 1", "spoke", "Bob Ŝmit 🚲")


def test_reentry_of_a_do_not_visit_row_takes_force_and_is_all_or_nothing(
    cli, printed: tuple[Path, Path]
) -> None:
    path, folder = printed
    code = _code(folder / "bob.pdf")
    skip = _row_of(path, code, "Kastanjeplein 4")  # printed "niet aanbellen"
    before = _dump(path)
    typo = cli("reentry", code, "1 3", f"{skip} 1", db=path)
    assert typo.returncode == 1 and "Traceback" not in typo.stderr
    assert f'regel 2 ("{skip} 1"): rij {skip} (Kastanjeplein 4) staat op niet aanbellen' in (
        typo.stderr
    )
    assert _dump(path) == before  # row 1 was not recorded either
    for bad, message in (
        (["999 1"], "rij 999 staat niet op lijst"),
        (["1 7"], "typ een rijnummer en een uitkomst 1-6"),
    ):
        refused = cli("reentry", code, *bad, db=path)
        assert refused.returncode == 1 and message in refused.stderr
    unknown = cli("reentry", "LL-0101-ZZZZ", "1 1", db=path)
    assert unknown.returncode == 1 and "geen lijstcode" in unknown.stderr
    assert _dump(path) == before
    forced = cli("reentry", code, f"{skip} 1", "--force", db=path)
    assert forced.returncode == 0, forced.stderr
    assert _visits(path)[-1] == ("Kastanjeplein 4", "not_home", "Bob Ŝmit 🚲")


def test_reentry_date_before_start_warns(cli, printed: tuple[Path, Path]) -> None:
    path, folder = printed
    early = (date(2026, 9, 1) - timedelta(days=400)).isoformat()
    done = cli("reentry", _code(folder / "bob.pdf"), "1 2", "--date", early, db=path)
    assert done.returncode == 0, done.stderr
    assert "voor de start van het project" in done.stderr
