"""Deleting visits (an erasure, a closed project) finds each visit's status row by index: without
one, closing a project of 100,000 households scanned the status table once per visit
(benchmarks/bench_privacy.py found it; migration 9 adds the index)."""

from __future__ import annotations

from pathlib import Path

from buurtdesk.store.db import open_db


def test_a_visits_status_row_is_found_by_index(tmp_path: Path) -> None:
    db = open_db(tmp_path / "buurt.buurtdesk")
    # the foreign key's cascade and migration 8's trigger both look it up this way
    plan = " ".join(
        str(row[-1])
        for row in db.execute(
            "EXPLAIN QUERY PLAN DELETE FROM household_status WHERE visit_id = ?", [1]
        )
    )
    assert "household_status_visit" in plan and "SCAN" not in plan, plan
    db.close()
