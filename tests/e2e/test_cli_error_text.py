"""End to end: the command line prints the same Dutch sentences now that errors carry a
template and values (the window translates them; the command line does not)."""

from __future__ import annotations

from pathlib import Path


def _dump(db_path: Path) -> bytes:
    return db_path.read_bytes() if db_path.exists() else b""


def test_errors_print_the_exact_dutch_sentence(cli, db_path: Path, tmp_path: Path) -> None:
    assert cli("street", "add", "Zandhoek", "1-6", db=db_path).returncode == 0
    before = _dump(db_path)
    too_long = cli("street", "add", "Lindelaan", "1-9000", db=db_path)
    assert too_long.returncode == 1
    assert too_long.stderr.strip() == (
        "buurtdesk: bereik 1-9000 geeft 9000 adressen; hoogstens 2000 per straat"
    )
    no_name = cli("team", "add", " ", db=db_path)
    assert no_name.returncode == 1
    assert no_name.stderr.strip() == "buurtdesk: een teamlid heeft een naam nodig"
    missing = tmp_path / "nergens.csv"
    gone = cli("import", str(missing), db=db_path)
    assert gone.returncode == 1 and gone.stderr.strip() == f"{missing}: bestand bestaat niet"
    assert "Traceback" not in too_long.stderr + no_name.stderr + gone.stderr
    assert _dump(db_path) == before
