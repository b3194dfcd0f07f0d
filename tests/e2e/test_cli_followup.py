"""``followup``: who to call back (interested, with consent to be contacted — and only then the
contact details), where a door card is due (not at home twice), each with the street's
connector; ticking one done, undoing the tick, and the printable."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from buurtdesk.ops.base import open_neighbourhood


def _dump(path: Path) -> str:
    db = open_neighbourhood(path)
    try:
        return "\n".join(db.conn.iterdump())
    finally:
        db.close()


def _neighbourhood(cli: Any, db: Path) -> None:
    steps = [
        ("street", "add", "Kerkweg", "1-12"),
        ("team", "add", "Mehmet", "--role", "verbinder"),
        ("team", "assign", "Mehmet", "Kerkweg"),
        ("project", "new", "--theme", "energy", "--start", "2026-11-01"),
        ("visit", "Kerkweg 1", "interested", "--date", "2026-11-10"),
        ("household", "contact", "Kerkweg 1", "--phone", "06-55501234",
         "--consent-date", "2026-11-10", "--purpose", "terugbellen over de warmtescan"),
        ("visit", "Kerkweg 2", "interested", "--date", "2026-11-10"),  # no consent: not listed
        ("visit", "Kerkweg 3", "not_home", "--date", "2026-11-10"),
        ("visit", "Kerkweg 3", "not_home", "--date", "2026-11-17"),
        ("visit", "Kerkweg 4", "not_home", "--date", "2026-11-17"),  # once: not yet
        ("visit", "Kerkweg 5", "not_home", "--date", "2026-11-10"),
        ("visit", "Kerkweg 5", "takes_part", "--date", "2026-11-17"),  # found at home later
    ]  # fmt: skip
    for step in steps:
        done = cli(*step, db=db)
        assert done.returncode == 0, (step, done.stderr)


def test_the_list_its_rules_and_a_tick(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    _neighbourhood(cli, db)
    listed = json.loads(cli("followup", "--json", db=db).stdout)
    assert [(i["kind"], i["address"], i["who"], i["contact"]) for i in listed] == [
        ("call_back", "Kerkweg 1", ["Mehmet"], "06-55501234"),
        ("door_card", "Kerkweg 3", ["Mehmet"], ""),
    ]
    assert all(i["done_on"] is None for i in listed)
    text = cli("followup", db=db).stdout
    assert "terugbellen" in text and "deurkaart" in text and "06-55501234" in text
    ticked = cli("followup", "--done", "Kerkweg 3", "--kind", "deurkaart", db=db)
    assert ticked.returncode == 0 and "gedaan" in ticked.stdout
    after = json.loads(cli("followup", "--json", db=db).stdout)
    assert [i["done_on"] is not None for i in after] == [False, True]
    still = json.loads(cli("followup", "--json", "--open", db=db).stdout)
    assert [i["address"] for i in still] == ["Kerkweg 1"]
    assert cli("undo", db=db).returncode == 0  # the tick is one undo step
    assert all(i["done_on"] is None for i in json.loads(cli("followup", "--json", db=db).stdout))
    cli("redo", db=db)
    assert (
        cli(
            "followup", "--done", "Kerkweg 3", "--kind", "door_card", "--not-done", db=db
        ).returncode
        == 0
    )
    assert all(i["done_on"] is None for i in json.loads(cli("followup", "--json", db=db).stdout))


def test_what_is_not_on_the_list_cannot_be_ticked(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    _neighbourhood(cli, db)
    before = _dump(db)
    for args in (
        ("--done", "Kerkweg 2", "--kind", "terugbellen"),  # interested, but no consent
        ("--done", "Kerkweg 4", "--kind", "deurkaart"),  # not at home once
        ("--done", "Kerkweg 3", "--kind", "pizza"),
        ("--done", "Kerkweg 3"),
        ("--done", "Kerkweg 99", "--kind", "deurkaart"),
        ("--done", "Kerkweg 3\x1b[2J", "--kind", "deurkaart"),
    ):
        refused = cli("followup", *args, db=db)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr, args
        assert refused.stderr.startswith("buurtdesk: "), refused.stderr
    assert _dump(db) == before


def test_the_printable_lists_them_with_a_box_and_is_confidential(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    _neighbourhood(cli, db)
    cli("followup", "--done", "Kerkweg 1", "--kind", "call_back", db=db)
    out = tmp_path / "opvolgen.pdf"
    done = cli("export", "followup", "--out", str(out), db=db)
    assert done.returncode == 0, done.stderr
    text = PdfReader(out).pages[0].extract_text()
    for words in (
        "Opvolglijst",
        "Terugbellen",
        "Deurkaart",
        "Kerkweg 1",
        "Kerkweg 3",
        "06-55501234",
        "Mehmet",
        "vertrouwelijk",
        "1 nog te doen, 1 gedaan",
    ):
        assert words in text, words  # fmt: skip
    assert "Kerkweg 2" not in text and "Kerkweg 4" not in text
    again = cli("export", "followup", "--out", str(out), db=db)
    assert again.returncode == 1  # never over an existing file without --overwrite
    png = tmp_path / "opvolgen"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(png)],
                   check=True)  # fmt: skip
    assert (tmp_path / "opvolgen-1.png").stat().st_size > 5000


def test_an_erasure_takes_the_tick_along(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    _neighbourhood(cli, db)
    assert cli("followup", "--done", "Kerkweg 3", "--kind", "deurkaart", db=db).returncode == 0
    assert cli("erase", "Kerkweg 3", "--yes", db=db).returncode == 0
    check = open_neighbourhood(db)
    try:
        assert check.execute("SELECT count(*) FROM followups_done").fetchone()[0] == 0
    finally:
        check.close()
    listed = json.loads(cli("followup", "--json", db=db).stdout)
    assert [i["address"] for i in listed] == ["Kerkweg 1"]
