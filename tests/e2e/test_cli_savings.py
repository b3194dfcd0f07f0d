"""`progress --json` carries the savings estimate: households that take part and chose a
measure at the door, times the theme's rule of thumb, labelled as an estimate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def test_progress_json_has_the_estimate(cli: Any, tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    for step in (
        ("street", "add", "Kerkweg", "1-12"),
        ("team", "add", "Mehmet", "--role", "verbinder"),
        ("project", "new", "--theme", "energy", "--start", "2026-11-01"),
        ("visit", "Kerkweg 1", "takes_part", "--answer", "isolatie=spouw", "--date", "2026-11-10"),
        ("visit", "Kerkweg 2", "interested", "--answer", "isolatie=dak", "--date", "2026-11-10"),
    ):
        assert cli(*step, db=db).returncode == 0, step
    savings = json.loads(cli("progress", "--json", db=db).stdout)["savings"]
    assert savings["estimate"] is True and "Milieu Centraal" in savings["source"]
    by_title = {m["title"]: m for m in savings["measures"]}
    assert by_title["Spouwmuurisolatie"]["households"] == 1
    assert by_title["Dakisolatie"]["households"] == 0  # interested is not a measure taken
    assert savings["total"] == {"gas_m3": 350.0, "kwh": 0.0, "co2_kg": 623.0}
    aed = tmp_path / "aed.buurtdesk"
    assert cli("street", "add", "Kerkweg", "1-12", db=aed).returncode == 0
    assert cli("project", "new", "--theme", "aed", "--start", "2026-11-01", db=aed).returncode == 0
    assert json.loads(cli("progress", "--json", db=aed).stdout)["savings"] is None
