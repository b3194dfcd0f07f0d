"""Operations on the team (ops/team.py) on a guarded file: their rules, what they return, undo
and redo of roles and street assignments (also after reopening the file), and the removals of
links (a role, a street assignment) that leave a tombstone and travel to another laptop."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.team import Role
from buurtdesk.errors import Coded
from buurtdesk.ops import team as ops
from buurtdesk.ops import undo
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.store.team import get_member, streets_of

from .laptops import ids, member_id, neighbourhood, second_laptop, send, state, tombstones


@pytest.fixture
def db(db_path: Path) -> Database:
    database = neighbourhood(db_path)
    yield database
    database.close()


def _roles(db: Database, name: str) -> set[Role]:
    return set(get_member(db, member_id(db, name)).roles)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"name": "  "},  # no name
        {"name": "Piet", "phone": "06 1234 5678"},  # a phone without consent
        {"name": "Piet", "consent_at": "gisteren", "phone": "06"},  # not a date
        {"name": "Piet", "consent_at": "2026-09-01", "email": "geen adres"},
        {"name": "Piet", "streets": [999]},  # no such street
    ],
)
def test_add_member_refused_leaves_the_file_unchanged(db: Database, kwargs: dict) -> None:
    before = state(db)
    name = kwargs.pop("name")
    with pytest.raises(Coded):
        ops.add_member(db, name, [Role.EXPERT], **kwargs)
    assert state(db) == before


def test_add_member_with_streets_in_one_operation(db: Database) -> None:
    streets = ids(db, "streets")
    member = ops.add_member(
        db, " Piet ", [Role.CONNECTOR], phone="06", consent_at="2026-09-01", streets=streets
    )
    assert member.name == "Piet" and member.phone == "06"
    assert sorted(streets_of(db, member.id)) == streets


def test_update_member_keeps_what_is_not_given(db: Database) -> None:
    anouk = member_id(db, "Anouk")
    ops.update_member(db, anouk, phone="06 1", consent_at="2026-09-02")
    member = ops.update_member(db, anouk, email="anouk@example.nl", named=True)
    assert (member.phone, member.email, member.consent_at, member.named) == (
        "06 1", "anouk@example.nl", "2026-09-02", True,
    )  # fmt: skip
    assert member.roles == (Role.CONNECTOR,)
    withdrawn = ops.update_member(db, anouk, withdraw_consent=True)
    assert (withdrawn.phone, withdrawn.email, withdrawn.consent_at) == ("", "", None)
    before = state(db)
    with pytest.raises(Coded, match="gaat niet samen"):
        ops.update_member(db, anouk, withdraw_consent=True, phone="06 2")
    assert state(db) == before


def test_roles_undo_and_redo_survive_reopening(db: Database, db_path: Path) -> None:
    mehmet = member_id(db, "Mehmet")
    before = state(db)
    changed = ops.move_role(db, mehmet, Role.EXPERT, Role.ENTREPRENEUR)
    assert changed.entry_id is not None
    assert set(changed.member.roles) == {Role.CONNECTOR, Role.ENTREPRENEUR}
    after = _roles(db, "Mehmet")
    db.close()
    db = open_neighbourhood(db_path)
    undo.undo(db, changed.entry_id)
    assert _roles(db, "Mehmet") == {Role.CONNECTOR, Role.EXPERT}
    undo.redo(db, changed.entry_id)
    assert _roles(db, "Mehmet") == after
    undo.undo(db)
    assert _roles(db, "Mehmet") == {Role.CONNECTOR, Role.EXPERT}
    del before
    db.close()


def test_move_role_with_ctrl_keeps_the_old_role_and_no_change_is_no_step(db: Database) -> None:
    anouk = member_id(db, "Anouk")
    copied = ops.move_role(db, anouk, Role.CONNECTOR, Role.EXPERT, copy=True)
    assert set(copied.member.roles) == {Role.CONNECTOR, Role.EXPERT}
    before = state(db)
    same = ops.set_roles(db, anouk, [Role.EXPERT, Role.CONNECTOR])
    assert same.entry_id is None and state(db) == before


def test_a_kept_role_is_not_written_again(db: Database) -> None:
    """Setting roles writes only the roles that change: a kept role keeps its stamp."""
    mehmet = member_id(db, "Mehmet")
    stamp = "SELECT stamp FROM sync_state WHERE tbl = 'member_roles' AND row LIKE '%/connector' "
    stamp += "AND row LIKE (SELECT uuid FROM members WHERE name = 'Mehmet') || '%'"
    kept = db.execute(stamp).fetchone()
    ops.set_roles(db, mehmet, [Role.CONNECTOR])
    assert db.execute(stamp).fetchone() == kept


def test_assign_undo_restores_exactly_what_was_there(db: Database, db_path: Path) -> None:
    anouk = member_id(db, "Anouk")
    first, second = ids(db, "streets")
    ops.assign_streets(db, anouk, [first])
    assigned = ops.assign_streets(db, anouk, [first, second])
    assert assigned.changed == (second,) and assigned.streets == 2
    db.close()
    db = open_neighbourhood(db_path)
    undo.undo(db, assigned.entry_id)
    assert streets_of(db, anouk) == [first]  # the street she already had stays hers
    undo.redo(db, assigned.entry_id)
    assert sorted(streets_of(db, anouk)) == [first, second]
    taken = ops.assign_streets(db, anouk, [second], assign=False)
    assert streets_of(db, anouk) == [first]
    undo.undo(db, taken.entry_id)
    assert sorted(streets_of(db, anouk)) == [first, second]
    before = state(db)
    nothing = ops.assign_streets(db, anouk, [first])
    assert nothing.entry_id is None and state(db) == before
    db.close()


def test_assign_refused_for_an_unknown_street_or_member(db: Database) -> None:
    before = state(db)
    with pytest.raises(Coded, match="straat 999 bestaat niet"):
        ops.assign_streets(db, member_id(db, "Anouk"), [ids(db, "streets")[0], 999])
    with pytest.raises(Coded, match="teamlid 999 bestaat niet"):
        ops.assign_streets(db, 999, ids(db, "streets"))
    assert state(db) == before


def test_member_named_says_who_is_unknown(db: Database) -> None:
    assert ops.member_named(db, "anouk").name == "Anouk"
    with pytest.raises(Coded, match='teamlid "Kees" bestaat niet'):
        ops.member_named(db, "Kees")


def test_pace_is_refused_out_of_range(db: Database) -> None:
    assert ops.set_doors_per_week(db, 25) == 25
    before = state(db)
    with pytest.raises(Coded):
        ops.set_doors_per_week(db, 0)
    assert state(db) == before


# --- removals of links: a tombstone here, gone on the other laptop after an exchange -----------


def test_removing_a_role_leaves_a_tombstone_that_travels(db: Database, tmp_path: Path) -> None:
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    mehmet = member_id(db, "Mehmet")
    uuid = get_member(db, mehmet).uuid
    ops.set_roles(db, mehmet, [Role.CONNECTOR])
    assert f"{uuid}/expert" in tombstones(db, "member_roles")
    send(db, other)
    assert set(get_member(other, member_id(other, "Mehmet")).roles) == {Role.CONNECTOR}
    other.close()


def test_a_role_removed_elsewhere_stays_removed_when_roles_are_edited_here(
    db: Database, tmp_path: Path
) -> None:
    """Laptop B edits Mehmet's roles (keeping expert) after laptop A took expert away; after the
    exchange expert is gone on both: keeping a role is not adding it again."""
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    ops.set_roles(db, member_id(db, "Mehmet"), [Role.CONNECTOR])
    ops.set_roles(other, member_id(other, "Mehmet"), [Role.CONNECTOR, Role.EXPERT,
                                                     Role.ENTREPRENEUR])  # fmt: skip
    send(db, other)
    send(other, db)
    for laptop in (db, other):
        assert _roles(laptop, "Mehmet") == {Role.CONNECTOR, Role.ENTREPRENEUR}
    other.close()


def test_unassigning_leaves_a_tombstone_that_travels(db: Database, tmp_path: Path) -> None:
    anouk = member_id(db, "Anouk")
    street = ids(db, "streets")[0]
    ops.assign_streets(db, anouk, [street])
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    assert streets_of(other, member_id(other, "Anouk")) == [street]
    ops.assign_streets(db, anouk, [street], assign=False)
    street_uuid = db.execute("SELECT uuid FROM streets WHERE id = ?", [street]).fetchone()[0]
    assert f"{street_uuid}/{get_member(db, anouk).uuid}" in tombstones(db, "street_assignments")
    send(db, other)
    assert streets_of(other, member_id(other, "Anouk")) == []
    other.close()


def test_undoing_an_assignment_travels_too(db: Database, tmp_path: Path) -> None:
    anouk = member_id(db, "Anouk")
    street = ids(db, "streets")[1]
    assigned = ops.assign_streets(db, anouk, [street])
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    undo.undo(db, assigned.entry_id)
    send(db, other)
    assert streets_of(other, member_id(other, "Anouk")) == []
    undo.redo(db, assigned.entry_id)
    send(db, other)
    assert streets_of(other, member_id(other, "Anouk")) == [street]
    other.close()


def test_removing_a_member_travels(db: Database, tmp_path: Path) -> None:
    other = second_laptop(db, tmp_path / "b.buurtdesk")
    removed = ops.remove_member(db, member_id(db, "Anouk"))
    assert removed.uuid in tombstones(db, "members")
    send(db, other)
    assert [m[0] for m in other.execute("SELECT name FROM members")] == ["Mehmet"]
    other.close()
