"""Team members, their roles and the streets assigned to connectors.

Phone and e-mail are stored only with the member's consent (``consent_at``, the date; the schema
enforces it). Being named in printed reports is a consent of its own (``named``, the column
``consent_names``): agreeing to one says nothing about the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.team import Role
from ..errors import QT_TRANSLATE_NOOP
from .db import new_uuid, now_iso, transaction
from .store_errors import StoreError


@dataclass(frozen=True)
class Member:
    id: int
    uuid: str
    name: str
    phone: str
    email: str
    consent_at: str | None
    roles: tuple[Role, ...] = field(default_factory=tuple)
    named: bool = False  # agreed to be named in printed reports

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "roles": [r.value for r in self.roles],
            "phone": self.phone,
            "email": self.email,
            "consent_at": self.consent_at,
            "named_in_reports": self.named,
        }


def add_member(
    db: Database,
    name: str,
    roles: Iterable[Role] = (),
    *,
    phone: str = "",
    email: str = "",
    consent_at: str | None = None,
    named: bool = False,
) -> Member:
    name, phone, email, consent_at = _checked(name, phone, email, consent_at)
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO members (uuid, name, phone, email, consent_at, consent_names, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [new_uuid(), name, phone, email, consent_at, int(bool(named)), now_iso()],
        )
        member_id = int(cursor.lastrowid or 0)
        db.conn.executemany(
            "INSERT OR IGNORE INTO member_roles (member_id, role) VALUES (?, ?)",
            [(member_id, Role(r).value) for r in roles],
        )
    return get_member(db, member_id)


def get_member(db: Database, member_id: int) -> Member:
    for member in list_members(db):
        if member.id == member_id:
            return member
    raise StoreError(
        QT_TRANSLATE_NOOP("Fout", "teamlid {member_id} bestaat niet"), member_id=member_id
    )


def list_members(db: Database) -> list[Member]:
    roles: dict[int, list[Role]] = {}
    for member_id, role in db.execute("SELECT member_id, role FROM member_roles ORDER BY role"):
        roles.setdefault(member_id, []).append(Role(role))
    return [
        Member(r[0], r[1], r[2], r[3], r[4], r[5], tuple(roles.get(r[0], ())), bool(r[6]))
        for r in db.execute(
            "SELECT id, uuid, name, phone, email, consent_at, consent_names FROM members "
            "ORDER BY name COLLATE NOCASE"
        )
    ]


def find_member(db: Database, name: str) -> Member | None:
    """A member by name, without regard to case; None when nobody has that name."""
    wanted = name.strip().casefold()
    for member in list_members(db):
        if member.name.casefold() == wanted:
            return member
    return None


def assign_streets(db: Database, member_id: int, street_ids: Iterable[int]) -> None:
    with transaction(db):
        db.conn.executemany(
            "INSERT OR IGNORE INTO street_assignments (street_id, member_id) VALUES (?, ?)",
            [(sid, member_id) for sid in street_ids],
        )


def unassign_streets(db: Database, member_id: int, street_ids: Iterable[int]) -> None:
    with transaction(db):
        db.conn.executemany(
            "DELETE FROM street_assignments WHERE street_id = ? AND member_id = ?",
            [(sid, member_id) for sid in street_ids],
        )


def unknown_streets(db: Database, street_ids: Iterable[int]) -> list[int]:
    """The ids among ``street_ids`` that are no street of this neighbourhood."""
    known = {int(r[0]) for r in db.execute("SELECT id FROM streets")}
    return sorted({int(s) for s in street_ids} - known)


def streets_of(db: Database, member_id: int) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT street_id FROM street_assignments WHERE member_id = ?", [member_id]
        )
    ]


def update_member(
    db: Database,
    member_id: int,
    *,
    name: str,
    roles: Iterable[Role],
    phone: str = "",
    email: str = "",
    consent_at: str | None = None,
    named: bool | None = None,
) -> Member:
    """Change a member's name, roles and contact details in one transaction (and the consent to
    be named in reports, unless ``named`` is None)."""
    current = get_member(db, member_id)
    name, phone, email, consent_at = _checked(name, phone, email, consent_at)
    named = current.named if named is None else named
    with transaction(db):
        db.execute(
            "UPDATE members SET name = ?, phone = ?, email = ?, consent_at = ?, "
            "consent_names = ? WHERE id = ?",
            [name, phone, email, consent_at, int(bool(named)), member_id],
        )
        _set_roles(db, member_id, roles)
    return get_member(db, member_id)


def set_named(db: Database, member_id: int, named: bool) -> Member:
    """Record whether a member agreed to be named in printed reports (apart from the consent to
    keep their phone and e-mail)."""
    get_member(db, member_id)
    with transaction(db):
        db.execute(
            "UPDATE members SET consent_names = ? WHERE id = ?", [int(bool(named)), member_id]
        )
    return get_member(db, member_id)


def _checked(
    name: str, phone: str, email: str, consent_at: str | None
) -> tuple[str, str, str, str | None]:
    name = name.strip()
    if not name:
        raise StoreError(QT_TRANSLATE_NOOP("Fout", "een teamlid heeft een naam nodig"))
    phone, email = phone.strip(), email.strip()
    consent_at = (consent_at or "").strip() or None
    if (phone or email) and not consent_at:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "telefoon en e-mail van {name} worden alleen bewaard met toestemming (met datum)",
            ),
            name=name,
        )
    if consent_at is not None:
        try:
            date.fromisoformat(consent_at)
        except ValueError:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Fout", 'datum van toestemming "{consent_at}" is geen datum (JJJJ-MM-DD)'
                ),
                consent_at=consent_at,
            ) from None
    if email and ("@" not in email or " " in email):
        raise StoreError(QT_TRANSLATE_NOOP("Fout", '"{email}" is geen e-mailadres'), email=email)
    return name, phone, email, consent_at


def _set_roles(db: Database, member_id: int, roles: Iterable[Role]) -> None:
    """Only the roles that change are written: a role kept is not deleted and made anew (that
    would give it a newer stamp than another laptop's removal of it, and bring it back there)."""
    wanted = {Role(r).value for r in roles}
    have = {
        str(r[0])
        for r in db.execute("SELECT role FROM member_roles WHERE member_id = ?", [member_id])
    }
    db.conn.executemany(
        "DELETE FROM member_roles WHERE member_id = ? AND role = ?",
        [(member_id, r) for r in sorted(have - wanted)],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO member_roles (member_id, role) VALUES (?, ?)",
        [(member_id, r) for r in sorted(wanted - have)],
    )


def set_roles(db: Database, member_id: int, roles: Iterable[Role]) -> Member:
    get_member(db, member_id)
    with transaction(db):
        _set_roles(db, member_id, roles)
    return get_member(db, member_id)


def move_role(db: Database, member_id: int, source: Role | None, target: Role | None) -> Member:
    """Drag and drop on the role board: take ``source`` away and give ``target`` (either may be
    None, the column of members without a role)."""
    member = get_member(db, member_id)
    roles = [r for r in member.roles if r != source]
    if target is not None and target not in roles:
        roles.append(target)
    return set_roles(db, member_id, roles)


def remove_member(db: Database, member_id: int) -> Member:
    """Remove a member (a tombstone for exchange); their visits keep the name as typed."""
    member = get_member(db, member_id)
    with transaction(db):
        db.execute(
            "UPDATE visits SET visitor = ? WHERE member_id = ? AND visitor = ''",
            [member.name, member_id],
        )
        db.execute("DELETE FROM members WHERE id = ?", [member_id])
    return member
