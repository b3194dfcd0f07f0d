"""`backups` and `restore` on the command line, in separate processes."""

from __future__ import annotations

import json
from pathlib import Path

from ..gui.street_fixtures import make_neighbourhood


def test_back_up_list_and_restore(cli, tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    made = cli("backup", db=path)
    assert made.returncode == 0, made.stderr
    listed = json.loads(cli("backups", "--json", db=path).stdout)
    assert len(listed) == 1 and not listed[0]["automatic"]
    backup = listed[0]["path"]
    cli("visit", "Kerkweg 1", "3", "--by", "anna", "--date", "2026-09-08", db=path)
    asked = cli("restore", backup, db=path)
    assert asked.returncode == 1 and "--yes" in asked.stderr
    refused = cli("restore", str(tmp_path / "niets.buurtdesk"), "--yes", db=path)
    assert refused.returncode == 1 and "bestaat niet" in refused.stderr
    done = cli("restore", backup, "--yes", db=path)
    assert done.returncode == 0, done.stderr
    assert "Teruggezet" in done.stdout
    visits = json.loads(cli("visits", "--json", db=path).stdout)
    assert "Kerkweg 1" not in [v["address"] for v in visits]  # the backup had no such visit
    assert len(json.loads(cli("backups", "--json", db=path).stdout)) == 2  # the file as it was
