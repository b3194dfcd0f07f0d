"""ops.maintenance.repair: a file-level job, not an operation (see its module): it rebuilds the
file and changes no data, so it cannot slip a change past the operations and their record for
exchange. Held to that here: every synchronised row, its stamps and the clock come through
exactly."""

from __future__ import annotations

from pathlib import Path

from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.demo import plan_demo, write_demo
from buurtdesk.ops.households import set_numbering
from buurtdesk.ops.maintenance import repair
from buurtdesk.store.db import open_db
from buurtdesk.store.households import find_streets
from buurtdesk.store.integrity import check
from buurtdesk.store.sync_spec import TABLES
from tests.store.damage import swap_index_roots

KEPT = [spec.table for spec in TABLES] + ["sync_state", "tombstones", "laptops", "undo_log"]


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    db = open_db(path)
    try:
        return {
            table: sorted((tuple(r) for r in db.execute(f"SELECT * FROM {table}")), key=repr)
            for table in KEPT
        }
    finally:
        db.close()


def test_repair_keeps_every_synchronised_row_and_its_stamps(db_path: Path) -> None:
    db = open_neighbourhood(db_path, create=True)
    write_demo(db, plan_demo(80, 5))
    set_numbering(db, [find_streets(db, "Korensteeg")[0].id], "straight")
    db.close()
    before = _content(db_path)
    assert all(before[t] for t in ("households", "visits", "sync_state", "laptops"))
    swap_index_roots(db_path)
    damaged = open_db(db_path)
    assert not check(damaged).ok
    damaged.close()
    result = repair(db_path)
    assert result is not None and result.report.ok and result.kept.exists()
    assert _content(db_path) == before
    assert repair(db_path) is None  # in order now: nothing to do
