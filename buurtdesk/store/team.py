"""Team members, their roles and the streets assigned to connectors.

Phone and e-mail are stored only with the member's consent (the schema enforces it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain.team import Role
from .db import StoreError, new_uuid, now_iso, transaction


@dataclass(frozen=True)
class Member:
    id: int
    uuid: str
    name: str
    phone: str
    email: str
    consent_at: str | None
    roles: tuple[Role, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "roles": [r.value for r in self.roles],
            "phone": self.phone,
            "email": self.email,
            "consent_at": self.consent_at,
        }


def add_member(
    db: Database,
    name: str,
    roles: Iterable[Role] = (),
    *,
    phone: str = "",
    email: str = "",
    consent_at: str | None = None,
) -> Member:
    name = name.strip()
    if not name:
        raise StoreError("een teamlid heeft een naam nodig")
    if (phone or email) and not consent_at:
        raise StoreError(
            f"telefoon en e-mail van {name} worden alleen bewaard met toestemming (met datum)"
        )
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO members (uuid, name, phone, email, consent_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [new_uuid(), name, phone, email, consent_at, now_iso()],
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
    raise StoreError(f"teamlid {member_id} bestaat niet")


def list_members(db: Database) -> list[Member]:
    roles: dict[int, list[Role]] = {}
    for member_id, role in db.execute("SELECT member_id, role FROM member_roles ORDER BY role"):
        roles.setdefault(member_id, []).append(Role(role))
    return [
        Member(r[0], r[1], r[2], r[3], r[4], r[5], tuple(roles.get(r[0], ())))
        for r in db.execute(
            "SELECT id, uuid, name, phone, email, consent_at FROM members "
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
    db.conn.executemany(
        "INSERT OR IGNORE INTO street_assignments (street_id, member_id) VALUES (?, ?)",
        [(sid, member_id) for sid in street_ids],
    )


def unassign_streets(db: Database, member_id: int, street_ids: Iterable[int]) -> None:
    db.conn.executemany(
        "DELETE FROM street_assignments WHERE street_id = ? AND member_id = ?",
        [(sid, member_id) for sid in street_ids],
    )


def streets_of(db: Database, member_id: int) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT street_id FROM street_assignments WHERE member_id = ?", [member_id]
        )
    ]
