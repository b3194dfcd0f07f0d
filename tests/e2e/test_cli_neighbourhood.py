"""``neighbourhood`` names the neighbourhood; ``team propose`` shares the streets over the
connectors, whole streets, and ``--apply`` does it in one undoable step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.store.neighbourhood import get_neighbourhood
from buurtdesk.store.team import list_members, streets_of


def _dump(path: Path) -> str:
    db = open_neighbourhood(path)
    try:
        return "\n".join(db.conn.iterdump())
    finally:
        db.close()


def test_name_and_place_are_set_shown_and_refused_when_bad(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    done = cli("neighbourhood", "--name", " Rivierenbuurt ", "--place", "Zutphen", db=db)
    assert done.returncode == 0, done.stderr
    shown = cli("neighbourhood", "--json", db=db)
    assert json.loads(shown.stdout) == {"name": "Rivierenbuurt", "place": "Zutphen"}
    before = _dump(db)
    for bad in ("", "x" * 200, "Buurt\x1b[2J", "Buurt 🏠"):
        refused = cli("neighbourhood", "--name", bad, db=db)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert refused.stderr.startswith("buurtdesk: ")
    assert _dump(db) == before
    only_place = cli("neighbourhood", "--place", "Deventer", db=db)
    assert only_place.returncode == 0
    check = open_neighbourhood(db)
    assert (get_neighbourhood(check).name, get_neighbourhood(check).place) == (
        "Rivierenbuurt",
        "Deventer",
    )
    check.close()
    missing = cli("neighbourhood", db=tmp_path / "typo.buurtdesk")
    assert missing.returncode == 1 and not (tmp_path / "typo.buurtdesk").exists()


def test_propose_apply_and_undo(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    for street, numbers in (("Kerkweg", "1-40"), ("Lange Dijk", "1-90"), ("Molenstraat", "1-25")):
        assert cli("street", "add", street, numbers, db=db).returncode == 0
    none_yet = cli("team", "propose", db=db)
    assert none_yet.returncode == 1 and "verbinder" in none_yet.stderr
    for name in ("Mehmet", "Anouk"):
        assert cli("team", "add", name, "--role", "verbinder", db=db).returncode == 0
    assert cli("team", "add", "Els", "--role", "expert", db=db).returncode == 0
    before = _dump(db)
    shown = cli("team", "propose", "--json", db=db)
    assert json.loads(shown.stdout)["applied"] == 0 and _dump(db) == before  # only a proposal
    rows = {r["connector"]: r for r in json.loads(shown.stdout)["connectors"]}
    assert set(rows) == {"Mehmet", "Anouk"}  # connectors only
    assert sorted(rows["Anouk"]["proposed"] + rows["Mehmet"]["proposed"]) == [
        "Kerkweg",
        "Lange Dijk",
        "Molenstraat",
    ]
    assert sorted(r["doors"] for r in rows.values()) == [65, 90]
    applied = cli("team", "propose", "--apply", db=db)
    assert applied.returncode == 0 and "3 straten toegewezen" in applied.stdout, applied.stderr
    check = open_neighbourhood(db)
    walks = {m.name: len(streets_of(check, m.id)) for m in list_members(check)}
    check.close()
    assert walks == {"Anouk": 1, "Mehmet": 2, "Els": 0}
    again = cli("team", "propose", db=db)
    assert "Elke straat heeft al een verbinder" in again.stdout
    assert cli("undo", db=db).returncode == 0  # one step takes the whole proposal back
    check = open_neighbourhood(db)
    assert all(streets_of(check, m.id) == [] for m in list_members(check))
    check.close()
