"""Operations on the team: members, their roles, the streets of connectors, the pace.

The command line (cli/team.py) and the window (team page, member dialog, street page) call these;
neither keeps a rule of its own. Changing roles and giving or taking streets are undoable (kinds
``roles`` and ``assign``): undo restores exactly what was there before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.team import Role
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import progress as store_progress
from ..store import team as store
from ..store.team import Member
from . import undo
from .base import operation

KIND_ROLES = "roles"
KIND_ASSIGN = "assign"


@dataclass(frozen=True)
class RolesChanged:
    member: Member
    entry_id: int | None  # None: nothing changed, nothing to undo


@dataclass(frozen=True)
class Assigned:
    member: Member
    changed: tuple[int, ...]  # the streets whose assignment really changed
    streets: int  # how many streets the member has now
    entry_id: int | None


def _member(db: Database, member_id: int) -> Member:
    return store.get_member(db, member_id)  # an unknown id is said plainly


def member_named(db: Database, name: str) -> Member:
    """A member by name (without regard to case), or a clear error."""
    member = store.find_member(db, name)
    if member is None:
        raise UserError(QT_TRANSLATE_NOOP("Fout", 'teamlid "{name}" bestaat niet'), name=name)
    return member


def _check_streets(db: Database, street_ids: Iterable[int]) -> list[int]:
    ids = sorted({int(s) for s in street_ids})
    unknown = store.unknown_streets(db, ids)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "straat {street_id} bestaat niet"), street_id=unknown[0]
        )
    return ids


def _set_streets(db: Database, member_id: int, wanted: Iterable[int]) -> None:
    want = set(_check_streets(db, wanted))
    own = set(store.streets_of(db, member_id))
    store.assign_streets(db, member_id, sorted(want - own))
    store.unassign_streets(db, member_id, sorted(own - want))


def add_member(
    db: Database,
    name: str,
    roles: Iterable[Role] = (),
    *,
    phone: str = "",
    email: str = "",
    consent_at: str | None = None,
    named: bool = False,
    streets: Iterable[int] | None = None,
) -> Member:
    """A new member with roles, contact details (only with a dated consent), the consent to be
    named in reports, and the streets they walk, all in one transaction."""
    with operation(db, "add_member"):
        member = store.add_member(
            db, name, roles, phone=phone, email=email, consent_at=consent_at, named=named
        )
        if streets is not None:
            _set_streets(db, member.id, streets)
    return store.get_member(db, member.id)


def update_member(
    db: Database,
    member_id: int,
    *,
    name: str | None = None,
    roles: Iterable[Role] | None = None,
    phone: str | None = None,
    email: str | None = None,
    consent_at: str | None = None,
    withdraw_consent: bool = False,
    named: bool | None = None,
    streets: Iterable[int] | None = None,
) -> Member:
    """Change what is given (None keeps a field as it is). ``withdraw_consent`` clears the consent
    and with it the phone and e-mail; it does not go with a new phone, e-mail or consent date."""
    if withdraw_consent and (consent_at or phone or email):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "toestemming intrekken gaat niet samen met een datum van toestemming, "
                "telefoon of e-mail",
            )
        )
    with operation(db, "update_member"):
        member = _member(db, member_id)
        if withdraw_consent:
            consent, new_phone, new_email = None, "", ""
        else:
            consent = consent_at or member.consent_at
            new_phone = member.phone if phone is None else phone
            new_email = member.email if email is None else email
        saved = store.update_member(
            db,
            member_id,
            name=member.name if name is None else name,
            roles=member.roles if roles is None else roles,
            phone=new_phone,
            email=new_email,
            consent_at=consent,
            named=named,
        )
        if streets is not None:
            _set_streets(db, member_id, streets)
    return store.get_member(db, saved.id)


def save_member(
    db: Database,
    member_id: int | None,
    *,
    name: str,
    roles: Iterable[Role],
    consent_at: str | None,
    phone: str,
    email: str,
    named: bool,
    streets: Iterable[int] | None = None,
) -> Member:
    """What the member dialog saves: every field as shown, in one transaction."""
    if member_id is None:
        return add_member(
            db, name, roles, phone=phone, email=email, consent_at=consent_at, named=named,
            streets=streets,
        )  # fmt: skip
    with operation(db, "save_member"):
        store.update_member(
            db, member_id, name=name, roles=roles, phone=phone, email=email,
            consent_at=consent_at, named=named,
        )  # fmt: skip
        if streets is not None:
            _set_streets(db, member_id, streets)
    return store.get_member(db, member_id)


def remove_member(db: Database, member_id: int) -> Member:
    """Remove a member (a tombstone for exchange, and for their roles and streets); their
    visits keep the name as typed."""
    with operation(db, "remove_member"):
        _member(db, member_id)
        return store.remove_member(db, member_id)


def set_roles(db: Database, member_id: int, roles: Iterable[Role]) -> RolesChanged:
    """Give a member exactly these roles (undoable)."""
    wanted = tuple(dict.fromkeys(Role(r) for r in roles))
    with operation(db, "set_roles"):
        member = _member(db, member_id)
        return _change_roles(db, member, wanted)


def move_role(
    db: Database, member_id: int, source: Role | None, target: Role | None, *, copy: bool = False
) -> RolesChanged:
    """Drag and drop on the role board: take ``source`` away (unless ``copy``) and give
    ``target``; either may be None, the column of members without a role. Undoable."""
    with operation(db, "move_role"):
        member = _member(db, member_id)
        roles = [r for r in member.roles if copy or r != source]
        if target is not None and target not in roles:
            roles.append(target)
        return _change_roles(db, member, tuple(roles))


def _change_roles(db: Database, member: Member, roles: tuple[Role, ...]) -> RolesChanged:
    if set(roles) == set(member.roles):
        return RolesChanged(member, None)
    saved = store.set_roles(db, member.id, roles)
    entry = undo.record(
        db,
        KIND_ROLES,
        f"rollen van {member.name}",
        {
            "member_id": member.id,
            "before": [r.value for r in member.roles],
            "after": [r.value for r in roles],
        },
    )
    return RolesChanged(saved, entry)


def _roles_step(which: str) -> undo.Step:
    def step(db: Database, payload: dict[str, Any]) -> None:
        member_id = int(payload["member_id"])
        _member(db, member_id)
        store.set_roles(db, member_id, [Role(r) for r in payload[which]])

    return step


def assign_streets(
    db: Database,
    member_id: int,
    street_ids: Iterable[int],
    *,
    assign: bool = True,
    record: bool = True,
) -> Assigned:
    """Give streets to a connector (or, ``assign=False``, take them away). Undoable: undo
    restores exactly the assignments that were there (a street that already was the member's
    stays so). ``record=False``: a larger operation records the undo step for it."""
    with operation(db, "assign_streets" if assign else "unassign_streets"):
        member = _member(db, member_id)
        ids = _check_streets(db, street_ids)
        had = set(store.streets_of(db, member_id))
        changed = [s for s in ids if (s in had) != assign]
        entry: int | None = None
        if changed:
            _assign(db, member_id, changed, assign)
        if changed and record:
            entry = undo.record(
                db,
                KIND_ASSIGN,
                f"straten van {member.name}" if assign else f"straten weg bij {member.name}",
                {"member_id": member_id, "streets": changed, "assign": assign},
            )
        count = len(store.streets_of(db, member_id))
    return Assigned(member, tuple(changed), count, entry)


def _assign(db: Database, member_id: int, street_ids: list[int], assign: bool) -> None:
    if assign:
        store.assign_streets(db, member_id, street_ids)
    else:
        store.unassign_streets(db, member_id, street_ids)


def assign_step(undoing: bool) -> undo.Step:
    def step(db: Database, payload: dict[str, Any]) -> None:
        member_id = int(payload["member_id"])
        _member(db, member_id)
        streets = [int(s) for s in payload["streets"]]
        present = [s for s in streets if s not in store.unknown_streets(db, streets)]
        _assign(db, member_id, present, bool(payload["assign"]) != undoing)

    return step


def set_doors_per_week(db: Database, doors: int) -> int:
    """The pace a connector keeps (doors per week), which the team's gaps are counted with."""
    with operation(db, "set_doors_per_week"):
        store_progress.set_doors_per_week(db, doors)
        return store_progress.doors_per_week(db)


undo.undoable(KIND_ROLES, undo=_roles_step("before"), redo=_roles_step("after"))
undo.undoable(KIND_ASSIGN, undo=assign_step(True), redo=assign_step(False))
