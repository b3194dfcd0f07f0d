"""ops.demo: the demo neighbourhood in one operation, on a guarded file, only into an empty one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.errors import UserError
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.demo import plan_demo, write_demo
from buurtdesk.ops.households import add_street, new_street
from buurtdesk.store.store_errors import StoreError


@pytest.fixture
def gdb(db_path: Path) -> Database:
    database = open_neighbourhood(db_path, create=True)
    yield database
    database.close()


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def test_the_demo_is_written_whole_with_progress(gdb: Database) -> None:
    seen: list[tuple[int, int]] = []
    summary = write_demo(gdb, plan_demo(120, 3), progress=lambda d, t: seen.append((d, t)))
    assert summary.households == 120 and seen[-1] == (120, 120)
    assert gdb.execute("SELECT count(*) FROM households").fetchone()[0] == 120
    created = gdb.execute("SELECT count(*) FROM sync_state WHERE field = '*'").fetchone()
    assert created[0] > 120  # households, streets, team, project… recorded for exchange


@pytest.mark.parametrize("count", [0, -3, 250_001])
def test_impossible_sizes_are_refused_before_any_file(count: int) -> None:
    with pytest.raises(UserError, match="--households"):
        plan_demo(count)


def test_a_file_with_anything_in_it_is_refused_and_unchanged(gdb: Database) -> None:
    add_street(gdb, new_street("Zandhoek", "1-2"))
    before = _dump(gdb)
    with pytest.raises(StoreError) as caught:
        write_demo(gdb, plan_demo(50))
    assert "bevat al gegevens" in str(caught.value) and "Nieuwe buurt" in str(caught.value)
    assert _dump(gdb) == before
