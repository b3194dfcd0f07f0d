"""The follow-up list: residents to call back (interested, with consent to be contacted), door
cards due (not at home twice in a row), expert visits asked for (a yes to the heat scan), each
with who should do it; undone visits do not count."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlite_utils import Database

from buurtdesk.domain.followup import FollowUpKind
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.ops import team as team_ops
from buurtdesk.ops import undo
from buurtdesk.ops.privacy import set_contact
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.followup import follow_ups
from buurtdesk.store.projects import current_project

from .laptops import neighbourhood


def _door(db: Database, street: str, number: int) -> int:
    return int(
        db.execute(
            "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
            "WHERE s.name = ? AND h.number = ?",
            [street, number],
        ).fetchone()[0]
    )


def _visit(db: Database, number: int, outcome: Outcome, day: int, **answers: str) -> None:
    record_visit(db, household_id=_door(db, "Kerkweg", number), outcome=outcome,
                 visit_date=date(2026, 9, day), visitor="Anouk", answers=answers)  # fmt: skip


def test_the_follow_up_list(tmp_path: Path) -> None:
    db = neighbourhood(tmp_path / "buurt.buurtdesk")
    project = current_project(db)
    assert project is not None
    kerkweg = db.execute("SELECT id FROM streets WHERE name = 'Kerkweg'").fetchone()[0]
    anouk = db.execute("SELECT id FROM members WHERE name = 'Anouk'").fetchone()[0]
    team_ops.assign_streets(db, anouk, [kerkweg])
    # 1: interested and may be called; 2: interested without consent
    _visit(db, 1, Outcome.INTERESTED, 8)
    set_contact(db, _door(db, "Kerkweg", 1), phone="0612345678", consent_at=date(2026, 9, 8),
                purpose="terugbellen over de inkoop")  # fmt: skip
    _visit(db, 2, Outcome.INTERESTED, 8)
    # 3: not at home twice; 4: not at home, then spoke, then not at home (once in a row)
    _visit(db, 3, Outcome.NOT_HOME, 8)
    _visit(db, 3, Outcome.NOT_HOME, 9)
    for day, outcome in ((8, Outcome.NOT_HOME), (9, Outcome.SPOKE), (10, Outcome.NOT_HOME)):
        _visit(db, 4, outcome, day)
    # 5: yes to the heat scan; 6: first yes, later no; 7: yes, but that visit was undone
    _visit(db, 5, Outcome.SPOKE, 8, warmtescan="ja")
    _visit(db, 6, Outcome.SPOKE, 8, warmtescan="ja")
    _visit(db, 6, Outcome.SPOKE, 9, warmtescan="nee")
    _visit(db, 7, Outcome.SPOKE, 9, warmtescan="ja")
    undo.undo(db)
    found = [(f.kind, f.address, f.who, f.contact) for f in follow_ups(db, project.id)]
    assert found == [
        (FollowUpKind.CALL_BACK, "Kerkweg 1", ("Anouk",), "0612345678"),
        (FollowUpKind.DOOR_CARD, "Kerkweg 3", ("Anouk",), ""),
        (FollowUpKind.EXPERT_VISIT, "Kerkweg 5", ("Mehmet",), ""),  # the team's expert
    ]
    reasons = [f.reason for f in follow_ups(db, project.id)]
    assert reasons[0].endswith(": terugbellen over de inkoop") and "warmtescan" in reasons[2]
