"""``question add``, ``question remove``, ``questions``, ``visit --answer``, ``reentry`` with
answers and ``progress --json``: the real command in a child process; bad input leaves the file
byte for byte unchanged, with one Dutch line and exit status 1."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ..unit.pdf_seed import pdf_pages, seed


@pytest.fixture
def neighbourhood(tmp_path: Path) -> Path:
    path = tmp_path / "buurt.buurtdesk"
    db, _ = seed(path)
    db.close()
    return path


def test_questions_answers_and_progress(cli, neighbourhood: Path) -> None:
    done = cli("question", "add", "Wilt u een gratis warmtescan?", "--short", "warmtescan",
               db=neighbourhood)  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = cli("question", "add", "Welke isolatie?", "--short", "isolatie", "--choices",
               "dak,spouw,vloer", db=neighbourhood)  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = json.loads(cli("questions", "--json", db=neighbourhood).stdout)
    assert [q["short"] for q in listed["questions"]] == ["warmtescan", "isolatie"]
    assert listed["questions"][1]["answers"] == ["dak", "spouw", "vloer", "nee"]
    answers = ("--answer", "warmtescan=ja", "--answer", "isolatie=Spouw")
    done = cli("visit", "Lindelaan 3", "3", "--by", "Ann", *answers, "--json", db=neighbourhood)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["answers"] == {"warmtescan": "ja", "isolatie": "spouw"}
    progress = json.loads(cli("progress", "--json", db=neighbourhood).stdout)
    scan = progress["questions"][0]
    assert scan["short"] == "warmtescan" and scan["total"] == {"ja": 1, "nee": 0}
    assert scan["streets"] == {"Lindelaan": {"ja": 1}}
    text = cli("progress", db=neighbourhood).stdout
    assert "deurvraag" in text and "warmtescan" in text
    shown = cli("household", "show", "Lindelaan 3", db=neighbourhood).stdout
    assert "Wilt u een gratis warmtescan? → ja" in shown and "Welke isolatie? → spouw" in shown
    removed = cli("question", "remove", "warmtescan", db=neighbourhood)
    assert removed.returncode == 0 and "verborgen" in removed.stdout


def test_reentry_takes_answers_after_the_outcome(cli, neighbourhood: Path, tmp_path: Path) -> None:
    cli("question", "add", "Wilt u een gratis warmtescan?", "--short", "warmtescan",
        db=neighbourhood)  # fmt: skip
    out = tmp_path / "lijst.pdf"
    printed = cli("export", "walklist", "--street", "Hofje", "--out", str(out), "--json",
                  db=neighbourhood)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    code = re.search(r"LL-\d{4}-[0-9A-F]{4}", pdf_pages(out)[0])
    assert code is not None
    done = cli("reentry", code.group(0), "1 3 warmtescan=ja komt terug", "2 1", "--by", "Ann",
               "--json", db=neighbourhood)  # fmt: skip
    assert done.returncode == 0, done.stderr
    progress = json.loads(cli("progress", "--json", db=neighbourhood).stdout)
    assert progress["questions"][0]["total"] == {"ja": 1, "nee": 0}
    bad = cli("reentry", code.group(0), "3 3 warmtescan=misschien", "--by", "Ann",
              db=neighbourhood)  # fmt: skip
    assert bad.returncode == 1 and "misschien" in bad.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("question", "add", "Nog eens?", "--short", "warmtescan"),
        ("question", "add", "", "--short", "leeg"),
        ("question", "add", "x" * 20_000, "--short", "lang"),
        ("question", "add", "Welke?", "--short", "keuze", "--choices", "a,,b"),
        ("question", "add", "Welke?", "--short", "keuze", "--choices", "a,A"),
        ("question", "remove", "bestaatniet"),
        ("visit", "Lindelaan 5", "2", "--by", "Ann", "--answer", "onbekend=ja"),
        ("visit", "Lindelaan 5", "2", "--by", "Ann", "--answer", "warmtescan=misschien"),
        ("visit", "Lindelaan 5", "2", "--by", "Ann", "--answer", "warmtescan"),
    ],
)
def test_bad_input_changes_nothing(cli, neighbourhood: Path, args: tuple[str, ...]) -> None:
    cli("question", "add", "Wilt u een gratis warmtescan?", "--short", "warmtescan",
        db=neighbourhood)  # fmt: skip
    before = neighbourhood.read_bytes()
    done = cli(*args, db=neighbourhood)
    assert done.returncode == 1
    assert done.stderr.startswith("buurtdesk: ") and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert neighbourhood.read_bytes() == before


def test_followup_lists_expert_visits_from_the_heat_scan(cli, neighbourhood: Path) -> None:
    cli("question", "add", "Wilt u een gratis warmtescan?", "--short", "warmtescan",
        db=neighbourhood)  # fmt: skip
    done = cli("visit", "Lindelaan 9", "2", "--by", "Ann", "--answer", "warmtescan=ja",
               db=neighbourhood)  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = json.loads(cli("followup", "--json", db=neighbourhood).stdout)
    assert any(f["kind"] == "expert_visit" and f["address"] == "Lindelaan 9" for f in listed)
    assert "bezoek deskundige" in cli("followup", db=neighbourhood).stdout
