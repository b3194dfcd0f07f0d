"""Closing a project: the figures stay exactly as they were (the progress page, `progress` and
the report all come from project_progress), the per-household data is gone from the bytes, the
closure travels, and visits that arrive later are counted, never kept per household."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.errors import UserError
from buurtdesk.ops import closing
from buurtdesk.ops.privacy import set_contact
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.db import open_db
from buurtdesk.store.exchange import apply, collect, join
from buurtdesk.store.progress import project_progress
from buurtdesk.store.projects import get_project

from ..gui.street_fixtures import make_neighbourhood
from ..store.test_exchange_merge import wire

SECRET = "ROZE-OLIFANT-5521"
TODAY = date(2026, 11, 30)


def _bytes(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _setup(path: Path) -> tuple[object, dict[str, int]]:
    ids = make_neighbourhood(path)
    db = open_db(path)
    for name, outcome in (("Kerkweg 1", Outcome.TAKES_PART), ("Kerkweg 3", Outcome.INTERESTED),
                          ("Kerkweg 5", Outcome.NOT_HOME)):  # fmt: skip
        record_visit(db, household_id=ids[f"h:{name}"], outcome=outcome, note=SECRET,
                     visit_date=date(2026, 9, 10), visitor="Anna de Vries")  # fmt: skip
    set_contact(db, ids["h:Kerkweg 3"], phone="0612345678", consent_at=date(2026, 9, 10),
                purpose="terugbellen over de warmtescan")  # fmt: skip
    return db, ids


def test_closing_keeps_the_figures_and_removes_the_households_data(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    db, ids = _setup(path)
    project = get_project(db, ids["project"])
    before = project_progress(db, project, TODAY).as_dict()
    preview = closing.what_goes(db, project)
    assert preview["visits"] == 4 and preview["notes"] == 3 and preview["contacts"] == 1
    gone = closing.close(db, project, TODAY)
    assert gone == preview
    assert project_progress(db, project, TODAY).as_dict() == before  # exactly as they were
    assert (
        db.execute("SELECT count(*) FROM visits WHERE project_id = ?", [project.id]).fetchone()[0]
        == 0
    )
    assert db.execute("SELECT count(*) FROM progress_first_visits").fetchone()[0] == 0
    with pytest.raises(UserError, match="al afgesloten"):
        closing.close(db, project, TODAY)
    db.close()
    assert SECRET.encode() not in _bytes(path) and b"0612345678" not in _bytes(path)


def test_the_closure_travels_and_late_visits_are_counted_not_kept(tmp_path: Path) -> None:
    a_path = tmp_path / "a.buurtdesk"
    a, ids = _setup(a_path)
    b = open_db(tmp_path / "b.buurtdesk")
    join(b, wire(collect(a)))
    uuid = a.execute("SELECT uuid FROM households WHERE id = ?", [ids["h:Kerkweg 7"]]).fetchone()[0]
    b_door = b.execute("SELECT id FROM households WHERE uuid = ?", [uuid]).fetchone()[0]
    b_project = b.execute("SELECT id FROM projects").fetchone()[0]
    # b records a visit before it hears of the closure
    record_visit(b, household_id=b_door, outcome=Outcome.SPOKE, visit_date=date(2026, 9, 17),
                 visitor="Bram Jansen", project_id=b_project, note=SECRET)  # fmt: skip
    late = wire(collect(b))
    project = get_project(a, ids["project"])
    figures = project_progress(a, project, TODAY).as_dict()
    closing.close(a, project, TODAY)
    apply(a, late)  # the late visit: counted into week 3, not kept
    assert a.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
    after = project_progress(a, project, TODAY).as_dict()
    week3 = {w["week"]: w["visits"] for w in after["by_week"]}[3]
    assert week3 == {w["week"]: w["visits"] for w in figures["by_week"]}.get(3, 0) + 1
    apply(b, wire(collect(a)))  # the closure reaches b
    assert b.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
    assert project_progress(b, get_project(b, b_project), TODAY).as_dict() == after
    a.close()
    b.close()


def test_a_project_over_for_three_months_is_due_for_closing(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    db, ids = _setup(path)
    project = get_project(db, ids["project"])  # 2026-09-01 + 10 weeks: ended 2026-11-10
    assert closing.due_for_closing(db, date(2026, 12, 1)) == []
    assert [p.id for p in closing.due_for_closing(db, date(2027, 3, 1))] == [project.id]
    closing.close(db, project, date(2027, 3, 1))
    assert closing.due_for_closing(db, date(2027, 3, 1)) == []
    db.close()
