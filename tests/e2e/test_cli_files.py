"""End to end, the real command: an export never writes over the neighbourhood file or an
existing file, a damaged file is found, summarised, never backed up and repaired, and a stored
value that is not UTF-8 is no traceback."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from tests.store.damage import neighbourhood, swap_index_roots
from tests.unit.pdf_seed import pdf_pages, seed


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seeded_path(tmp_path: Path) -> Path:
    path = tmp_path / "buurt.buurtdesk"
    db, _ = seed(path)
    db.close()
    return path


def test_an_export_never_writes_over_the_neighbourhood_file(
    cli, seeded_path: Path, tmp_path: Path
) -> None:
    before = _hash(seeded_path)
    result = cli("export", "report", "--out", str(seeded_path), "--overwrite", db=seeded_path)
    assert result.returncode == 1 and "buurtbestand" in result.stderr
    assert "Traceback" not in result.stderr and str(seeded_path) in result.stderr
    assert _hash(seeded_path) == before
    # the same file by another name, and SQLite's files next to it
    for out in ("./buurt.buurtdesk", f"{seeded_path}-wal", f"{seeded_path}-shm"):
        refused = cli("export", "plan", "--out", out, "--overwrite", db=seeded_path, cwd=tmp_path)
        assert refused.returncode == 1 and "buurtbestand" in refused.stderr, out
    assert _hash(seeded_path) == before
    assert not Path(f"{seeded_path}-wal").exists()


def test_an_export_refuses_an_existing_file_unless_overwrite(
    cli, seeded_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "verslag.pdf"
    out.write_bytes(b"%PDF-1.4 an older report")
    refused = cli("export", "report", "--out", str(out), db=seeded_path)
    assert refused.returncode == 1
    assert refused.stderr.strip() == (f"{out}: bestaat al; kies een andere naam (of --overwrite)")
    assert out.read_bytes() == b"%PDF-1.4 an older report"
    done = cli("export", "report", "--out", str(out), "--overwrite", db=seeded_path)
    assert done.returncode == 0, done.stderr
    assert "verslag" in pdf_pages(out)[0].lower()
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0


def test_a_killed_exports_temporary_file_is_removed(cli, seeded_path: Path, tmp_path: Path) -> None:
    left = tmp_path / ".verslag-k1ll3d.pdf.tmp"
    left.write_bytes(b"%PDF-1.4 half")
    then = time.time() - 3600
    os.utime(left, (then, then))
    fresh = tmp_path / ".plan-b3zig.pdf.tmp"  # another export writing right now
    fresh.write_bytes(b"%PDF-1.4 half")
    result = cli("export", "plan", "--out", str(tmp_path / "plan.pdf"), db=seeded_path)
    assert result.returncode == 0, result.stderr
    assert not left.exists() and fresh.exists()


def test_check_backup_and_repair_of_a_damaged_index(cli, tmp_path: Path) -> None:
    path = neighbourhood(tmp_path / "buurt.buurtdesk")
    swap_index_roots(path)
    damaged = _hash(path)

    check = cli("check", db=path)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    lines = check.stdout.strip().splitlines()
    assert 2 <= len(lines) <= 6, lines  # a summary, not one line per row
    assert any("30×" in line and "households_postcode" in line for line in lines)
    assert "repair" in lines[-1]

    backup = cli("backup", "--to", str(tmp_path / "kopie.buurtdesk"), db=path)
    assert backup.returncode == 1 and "beschadigd" in backup.stderr
    assert not (tmp_path / "kopie.buurtdesk").exists()
    assert _hash(path) == damaged

    repair = cli("repair", "--json", db=path)
    assert repair.returncode == 0, repair.stderr
    data = json.loads(repair.stdout)
    assert data["repaired"] and data["ok"]
    assert _hash(Path(data["kept"])) == damaged

    assert cli("check", db=path).returncode == 0
    assert cli("backup", "--to", str(tmp_path / "kopie.buurtdesk"), db=path).returncode == 0
    again = cli("repair", db=path)
    assert again.returncode == 0 and "niets te herstellen" in again.stdout


def test_text_that_is_not_utf8_gives_no_traceback(cli, tmp_path: Path) -> None:
    path = neighbourhood(tmp_path / "buurt.buurtdesk", 3)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE households SET note = CAST(x'ff' AS TEXT) WHERE id = 1")
    raw.commit()
    raw.close()
    for args in (["check"], ["households"], ["households", "--json"], ["backup"]):
        result = cli(*args, db=path)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_an_empty_file_and_a_foreign_database_are_refused_unchanged(cli, tmp_path: Path) -> None:
    empty = tmp_path / "leeg.buurtdesk"
    empty.write_bytes(b"")
    result = cli("street", "add", "Zandhoek", "1-4", db=empty)
    assert result.returncode == 1 and "leeg" in result.stderr
    assert empty.read_bytes() == b""
    other = tmp_path / "ander.sqlite"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE contacts (name)")
    raw.execute("PRAGMA user_version = 5")
    raw.commit()
    raw.close()
    before = _hash(other)
    result = cli("street", "add", "Zandhoek", "1-4", db=other)
    assert result.returncode == 1 and "geen BuurtDesk-bestand" in result.stderr
    assert _hash(other) == before
