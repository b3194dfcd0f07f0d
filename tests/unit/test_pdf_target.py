"""Where a PDF may go: never over the neighbourhood file or its -wal/-shm, never over an existing
file unless asked, never over a file that is not a PDF; flushed to the disk before it takes its
name; temporary files of a killed export removed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from buurtdesk.errors import UserError
from buurtdesk.io.pdf import common
from buurtdesk.io.pdf.common import atomic_pdf, check_target, remove_leftover_temps


def test_the_neighbourhood_file_and_its_siblings_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "buurt.buurtdesk"
    db.write_bytes(b"SQLite format 3\x00")
    link = tmp_path / "verslag.pdf"
    link.symlink_to(db)
    for target in (db, tmp_path / "." / "buurt.buurtdesk", link, Path(f"{db}-wal"),
                   Path(f"{db}-shm"), Path(f"{db}-journal")):  # fmt: skip
        with pytest.raises(UserError, match="buurtbestand"):
            check_target(target, overwrite=True, protect=db)


def test_an_existing_file_needs_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert check_target(out) == out
    out.write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError, match="bestaat al"):
        check_target(out)
    assert check_target(out, overwrite=True) == out


@pytest.mark.parametrize("head", [b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83"])
def test_a_database_is_never_replaced_whatever_its_name(tmp_path: Path, head: bytes) -> None:
    precious = tmp_path / "buurt.pdf"  # a neighbourhood file (or its -wal) named .pdf
    precious.write_bytes(head + b"\x00" * 100)
    with pytest.raises(UserError, match="geen PDF"), atomic_pdf(precious) as temp:
        temp.write_bytes(b"%PDF-1.4 new")
    assert precious.read_bytes().startswith(head)
    assert not list(tmp_path.glob(".*.tmp"))


def test_the_pdf_is_flushed_before_it_takes_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "kaart.pdf"
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(common.os, "fsync", fsync)
    monkeypatch.setattr(common.os, "replace", replace)
    with atomic_pdf(out) as temp:
        temp.write_bytes(b"%PDF-1.4")
    assert events == ["fsync", "replace"]
    assert out.read_bytes() == b"%PDF-1.4"
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0


def test_leftover_temporary_pdfs_are_removed_when_old(tmp_path: Path) -> None:
    old = tmp_path / ".looplijst-abc123.pdf.tmp"
    old.write_bytes(b"%PDF half")
    then = time.time() - 3600
    os.utime(old, (then, then))
    new = tmp_path / ".looplijst-def456.pdf.tmp"
    new.write_bytes(b"%PDF half")
    mine = tmp_path / "looplijst.pdf.tmp"  # not hidden: not our pattern
    mine.write_bytes(b"x")
    os.utime(mine, (then, then))
    assert remove_leftover_temps(tmp_path) == [old]
    assert new.exists() and mine.exists()
