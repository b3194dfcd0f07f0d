"""ops.exchange.join_new_file: a start package into a new file (what the window's File menu and
the command line do): an existing file is never joined into, and a failed join leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.errors import UserError
from buurtdesk.ops import exchange as ops
from buurtdesk.store.db import open_db

from ..gui.street_fixtures import make_neighbourhood

CODE = "vier woorden als code"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    source = tmp_path / "a.buurtdesk"
    make_neighbourhood(source)
    db = open_db(source)
    out = tmp_path / "start.bdx"
    ops.write_file(db, out, CODE, package=True)
    db.close()
    return out


def test_a_new_file_becomes_a_laptop_of_the_neighbourhood(tmp_path: Path, package: Path) -> None:
    target = tmp_path / "nieuw" / "b.buurtdesk"
    report = ops.join_new_file(target, package, CODE)
    assert report.created["households"] == 18
    db = open_db(target)
    try:
        assert db.execute("SELECT count(*) FROM households").fetchone()[0] == 18
    finally:
        db.close()


def test_a_wrong_code_leaves_no_file_behind(tmp_path: Path, package: Path) -> None:
    target = tmp_path / "b.buurtdesk"
    with pytest.raises(UserError, match="teamcode"):
        ops.join_new_file(target, package, "een verkeerde code")
    assert not any(p.name.startswith("b.buurtdesk") for p in tmp_path.iterdir())


def test_an_existing_file_is_never_joined_into(tmp_path: Path, package: Path) -> None:
    existing = tmp_path / "a.buurtdesk"
    before = existing.read_bytes()
    with pytest.raises(UserError, match="bestaat al"):
        ops.join_new_file(existing, package, CODE)
    assert existing.read_bytes() == before
