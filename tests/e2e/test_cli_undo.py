"""`undo` and `redo` on the command line: the same history as the window's Ctrl+Z, each step one
transaction, in separate processes."""

from __future__ import annotations

import json
from pathlib import Path

from ..gui.street_fixtures import make_neighbourhood


def _live(cli, path: Path) -> list[tuple[str, str]]:
    shown = cli("visits", "--json", db=path)
    assert shown.returncode == 0, shown.stderr
    return [(v["address"], v["outcome"]) for v in json.loads(shown.stdout)]


def test_undo_and_redo_a_visit_from_the_command_line(cli, tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    before = _live(cli, path)
    nothing = cli("undo", db=path)
    assert nothing.returncode == 1 and "niets om ongedaan te maken" in nothing.stderr
    done = cli("visit", "Kerkweg 3", "interesse", "--by", "anna", "--date", "2026-09-08", db=path)
    assert done.returncode == 0, done.stderr
    assert ("Kerkweg 3", "interested") in _live(cli, path)
    undone = cli("undo", db=path)
    assert undone.returncode == 0, undone.stderr
    assert "Kerkweg 3" in undone.stdout and "ongedaan gemaakt" in undone.stdout
    assert _live(cli, path) == before
    history = cli("undo", "--list", "--json", db=path)
    assert [(e["label"], e["undone"]) for e in json.loads(history.stdout)] == [
        ("Kerkweg 3: geïnteresseerd", True)
    ]
    everything = cli("visits", "--all", db=path)
    assert "(ongedaan)" in everything.stdout  # the visit stays in the history
    redone = cli("redo", db=path)
    assert redone.returncode == 0 and "opnieuw gedaan" in redone.stdout
    assert ("Kerkweg 3", "interested") in _live(cli, path)
    again = cli("redo", db=path)
    assert again.returncode == 1 and "niets om opnieuw te doen" in again.stderr
