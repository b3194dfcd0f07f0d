"""The map's marker grid on the demo neighbourhood: a recolour after visits leaves it exactly as
a fresh build would be (colours, drawing order, cells), and the marker under a point is found."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF
from sqlite_utils import Database

from buurtdesk.domain.demo import generate
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.map_index import MarkerIndex
from buurtdesk.gui.map_view import build_index
from buurtdesk.store.db import open_db
from buurtdesk.store.demo import write_demo
from buurtdesk.store.map_data import map_statuses
from buurtdesk.store.visits import record_visit

DAY = date(2026, 9, 21)


def demo(path: Path) -> tuple[Database, int]:
    db = open_db(path)
    write_demo(db, generate(500, seed=1, today=DAY))
    return db, int(db.execute("SELECT max(id) FROM projects").fetchone()[0])


def assert_same_index(a: MarkerIndex, b: MarkerIndex) -> None:
    assert np.array_equal(a.household_status, b.household_status)
    assert np.array_equal(a.marker_status, b.marker_status)
    assert np.array_equal(a.order, b.order)
    assert np.array_equal(a.draw_x, b.draw_x) and np.array_equal(a.draw_y, b.draw_y)
    assert list(a.cells.items()) == list(b.cells.items())  # the same cells in the same order
    assert a.groups == b.groups


def test_a_recolour_leaves_the_index_as_a_fresh_build(tmp_path: Path) -> None:
    db, project = demo(tmp_path / "demo.buurtdesk")
    index = build_index(db, project)
    rng = random.Random(3)
    ids = [row[0] for row in db.execute("SELECT id FROM households ORDER BY id")]
    visited = rng.sample(ids, 60)
    for hid in visited:
        record_visit(
            db, project_id=project, household_id=hid,
            outcome=rng.choice(list(Outcome)), visit_date=date.today(),
        )  # fmt: skip
    with db.conn:
        db.conn.execute("UPDATE households SET do_not_visit = 1 WHERE id IN (?, ?)", ids[:2])
    before = index.household_status.copy()
    changed = index.recolour(map_statuses(db, project))
    fresh = build_index(db, project)
    assert changed == int(np.count_nonzero(before != fresh.household_status)) > 0
    assert_same_index(index, fresh)
    assert index.recolour(map_statuses(db, project)) == 0  # nothing new: nothing to do
    db.close()


def test_every_group_is_one_shape_and_colour_in_drawing_order(tmp_path: Path) -> None:
    db, project = demo(tmp_path / "demo.buurtdesk")
    index = build_index(db, project)
    db.close()
    layout = index.layout
    assert np.array_equal(index.draw_x, layout.marker_x[index.order])
    assert sorted(index.order.tolist()) == list(range(layout.marker_count))
    # cells in the order of their first marker: the order the whole map is painted in, which
    # decides which of two overlapping markers is on top (as before the arrays)
    firsts = [int(index.order[a:b].min()) for a, b in index.cells.values()]
    assert firsts == sorted(firsts)
    for key, (first, end) in index.cells.items():
        groups = index.groups[key]
        assert (groups[0][2], groups[-1][3]) == (first, end)
        for stacked, status, a, b in groups:
            markers = index.order[a:b]
            assert set(index.stacked[markers].tolist()) == {stacked}
            assert set(index.marker_status[markers].tolist()) == {status}
        ranks = [(stacked, status) for stacked, status, _, _ in groups]
        assert ranks == sorted(ranks)  # single houses first, stacks on top


def test_the_marker_under_a_point(tmp_path: Path) -> None:
    db, project = demo(tmp_path / "demo.buurtdesk")
    index = build_index(db, project)
    db.close()
    layout = index.layout
    for marker in range(0, layout.marker_count, 7):
        x, y = float(layout.marker_x[marker]), float(layout.marker_y[marker])
        assert index.marker_at(x + 0.3, y - 0.3, 1.0) == marker
    bounds = index.bounds
    assert index.marker_at(bounds.max_x + 500, bounds.max_y + 500, 5.0) is None
    everything = QRectF(bounds.min_x, bounds.min_y, bounds.width, bounds.height)
    assert sorted(index.cells_in(everything)) == sorted(index.cells)
