"""``idea add``, ``idea remove`` and ``ideas``: the real command in a child process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from buurtdesk.store.db import open_db

from ..unit.pdf_seed import seed


@pytest.fixture
def neighbourhood(tmp_path: Path) -> Path:
    path = tmp_path / "buurt.buurtdesk"
    db, _ = seed(path)
    db.close()
    return path


def _dump(path: Path) -> str:
    db = open_db(path)
    try:
        return "\n".join(db.conn.iterdump())
    finally:
        db.close()


def test_ideas_with_a_count_per_theme(cli, neighbourhood: Path) -> None:
    for args in (
        ("Een buurtbus naar de markt", "--theme", "mobility", "--street", "lindelaan"),
        ("Zonnepanelen op het dak van de school", "--theme", "Energie besparen thuis"),
        ("Samen isolatie inkopen", "--theme", "energy", "--street", "Hofje"),
        ("Meer bankjes 🪑 langs het water",),
    ):
        done = cli("idea", "add", *args, db=neighbourhood)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("idee ") and "bewaard" in done.stdout
    listed = cli("ideas", "--json", db=neighbourhood)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert [(i["text"][:10], i["theme"], i["street"]) for i in data["ideas"]] == [
        ("Een buurtb", "mobility", "Lindelaan"),
        ("Zonnepanel", "energy", ""),
        ("Samen isol", "energy", "Hofje"),
        ("Meer bankj", "", ""),
    ]
    assert data["per_theme"][0] == {"theme": "energy", "title": "Energie besparen thuis",
                                    "count": 2}  # fmt: skip
    assert {t["theme"]: t["count"] for t in data["per_theme"]} == {
        "energy": 2,
        "mobility": 1,
        "": 1,
    }
    text = cli("ideas", db=neighbourhood)
    assert "Buurtbus en deelvervoer" in text.stdout and "Lindelaan" in text.stdout
    assert "per thema: Energie besparen thuis 2" in text.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("",), "een idee mag niet leeg zijn"),
        (("x" * 20_000,), "een idee is hoogstens 2000 tekens (20000 gegeven)"),
        (("goed\x1b[2J idee",), "stuurteken"),
        (("goed idee", "--street", "Nergensstraat"), 'straat "Nergensstraat" bestaat niet'),
        (("goed idee", "--theme", "raketten"), 'onbekend thema "raketten"'),
    ],
)
def test_bad_ideas_are_refused_and_change_nothing(
    cli, neighbourhood: Path, args: tuple[str, ...], message: str
) -> None:
    before = _dump(neighbourhood)
    refused = cli("idea", "add", *args, db=neighbourhood)
    assert refused.returncode == 1
    assert message in refused.stderr and "Traceback" not in refused.stderr
    assert _dump(neighbourhood) == before


def test_remove_and_undo(cli, neighbourhood: Path) -> None:
    added = cli("idea", "add", "Buurtmoestuin", "--json", db=neighbourhood)
    number = json.loads(added.stdout)["id"]
    unknown = cli("idea", "remove", "999", db=neighbourhood)
    assert unknown.returncode == 1 and "idee 999 bestaat niet" in unknown.stderr
    removed = cli("idea", "remove", str(number), db=neighbourhood)
    assert removed.returncode == 0, removed.stderr
    assert json.loads(cli("ideas", "--json", db=neighbourhood).stdout)["ideas"] == []
    undone = cli("undo", db=neighbourhood)  # a fresh process knows how to undo it
    assert undone.returncode == 0, undone.stderr
    ideas = json.loads(cli("ideas", "--json", db=neighbourhood).stdout)["ideas"]
    assert [i["text"] for i in ideas] == ["Buurtmoestuin"]
