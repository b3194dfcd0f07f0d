"""Activities with the neighbours (meetings, workshops, a collective purchase) and their sign-ups.

An activity belongs to a project and sits on the timeline in the week of its date. Households sign
up for it, and afterwards the team ticks who attended.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from ..domain.address import HouseNumber, format_address
from ..errors import QT_TRANSLATE_NOOP
from .db import new_uuid, now_iso, transaction
from .projects import get_project
from .store_errors import StoreError


class ActivityKind(StrEnum):
    MEETING = "meeting"
    WORKSHOP = "workshop"
    PURCHASE = "purchase"
    OTHER = "other"

    @property
    def dutch(self) -> str:
        return {
            "meeting": "bijeenkomst",
            "workshop": "workshop",
            "purchase": "gezamenlijke inkoop",
            "other": "anders",
        }[self.value]


@dataclass(frozen=True)
class Activity:
    id: int
    uuid: str
    project_id: int
    kind: ActivityKind
    title: str
    date: date
    time: str
    place: str
    description: str
    signed_up: int = 0
    attended: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "title": self.title,
            "date": self.date.isoformat(),
            "time": self.time,
            "place": self.place,
            "description": self.description,
            "signed_up": self.signed_up,
            "attended": self.attended,
        }


@dataclass(frozen=True)
class Signup:
    household_id: int
    address: str
    attended: bool


_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")

_ACTIVITY_SQL = """
SELECT a.id, a.uuid, a.project_id, a.kind, a.title, a.date, a.time, a.place, a.description,
       count(s.household_id), coalesce(sum(s.attended), 0)
  FROM activities a LEFT JOIN activity_signups s ON s.activity_id = a.id
"""


def _activity(row: Any) -> Activity:
    return Activity(
        id=row[0],
        uuid=row[1],
        project_id=row[2],
        kind=ActivityKind(row[3]),
        title=row[4],
        date=date.fromisoformat(row[5]),
        time=row[6],
        place=row[7],
        description=row[8],
        signed_up=int(row[9]),
        attended=int(row[10]),
    )


def _clean(title: str, time: str) -> tuple[str, str]:
    title = title.strip()
    if not title:
        raise StoreError(QT_TRANSLATE_NOOP("Fout", "een activiteit heeft een titel nodig"))
    time = time.strip()
    if time:
        found = _TIME.match(time)
        if not found:
            raise StoreError(
                QT_TRANSLATE_NOOP("Fout", 'tijd "{time}" is geen tijd (UU:MM, bijv. 19:30)'),
                time=time,
            )
        time = f"{int(found.group(1)):02d}:{found.group(2)}"
    return title, time


def add_activity(
    db: Database,
    project_id: int,
    *,
    title: str,
    day: date,
    kind: ActivityKind = ActivityKind.MEETING,
    time: str = "",
    place: str = "",
    description: str = "",
) -> Activity:
    get_project(db, project_id)
    title, time = _clean(title, time)
    cursor = db.execute(
        "INSERT INTO activities (uuid, project_id, kind, title, date, time, place, description, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_uuid(),
            project_id,
            ActivityKind(kind).value,
            title,
            day.isoformat(),
            time,
            place.strip(),
            description.strip(),
            now_iso(),
        ],
    )
    return get_activity(db, int(cursor.lastrowid or 0))


def update_activity(
    db: Database,
    activity_id: int,
    *,
    title: str,
    day: date,
    kind: ActivityKind,
    time: str = "",
    place: str = "",
    description: str = "",
) -> Activity:
    get_activity(db, activity_id)
    title, time = _clean(title, time)
    db.execute(
        "UPDATE activities SET kind = ?, title = ?, date = ?, time = ?, place = ?, "
        "description = ? WHERE id = ?",
        [
            ActivityKind(kind).value,
            title,
            day.isoformat(),
            time,
            place.strip(),
            description.strip(),
            activity_id,
        ],
    )
    return get_activity(db, activity_id)


def delete_activity(db: Database, activity_id: int) -> None:
    get_activity(db, activity_id)  # an unknown id is said plainly
    with transaction(db):
        db.execute("DELETE FROM activities WHERE id = ?", [activity_id])


def get_activity(db: Database, activity_id: int) -> Activity:
    row = db.execute(_ACTIVITY_SQL + " WHERE a.id = ? GROUP BY a.id", [activity_id]).fetchone()
    if row is None:
        raise StoreError(
            QT_TRANSLATE_NOOP("Fout", "activiteit {activity_id} bestaat niet"),
            activity_id=activity_id,
        )
    return _activity(row)


def list_activities(db: Database, project_id: int) -> list[Activity]:
    rows = db.execute(
        _ACTIVITY_SQL + " WHERE a.project_id = ? GROUP BY a.id ORDER BY a.date, a.time, a.id",
        [project_id],
    )
    return [_activity(r) for r in rows]


# --- sign-ups ------------------------------------------------------------------------------------

_ADDRESS_SQL = """
SELECT h.id, s.name, h.number, h.letter, h.addition
  FROM households h JOIN streets s ON s.id = h.street_id
"""


def _address(row: Any) -> str:
    return format_address(row[1], HouseNumber(row[2], row[3], row[4]))


def signups(db: Database, activity_id: int) -> list[Signup]:
    rows = db.execute(
        """SELECT h.id, s.name, h.number, h.letter, h.addition, a.attended
             FROM activity_signups a
             JOIN households h ON h.id = a.household_id
             JOIN streets s ON s.id = h.street_id
            WHERE a.activity_id = ?
            ORDER BY dutch_key(s.name), h.walk_key""",
        [activity_id],
    )
    return [Signup(r[0], _address(r), bool(r[5])) for r in rows]


def set_signups(db: Database, activity_id: int, wanted: Iterable[tuple[int, bool]]) -> None:
    """Make the sign-ups exactly ``(household_id, attended)``, in one transaction."""
    get_activity(db, activity_id)
    rows = list(wanted)
    now = now_iso()
    with transaction(db):
        keep = [hid for hid, _ in rows]
        db.execute(
            "DELETE FROM activity_signups WHERE activity_id = ? AND household_id NOT IN "
            "(SELECT value FROM json_each(?))",
            [activity_id, "[" + ",".join(str(int(h)) for h in keep) + "]"],
        )
        db.conn.executemany(
            "INSERT INTO activity_signups (activity_id, household_id, signed_up_at, attended) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (activity_id, household_id) "
            "DO UPDATE SET attended = excluded.attended",
            [(activity_id, int(hid), now, 1 if attended else 0) for hid, attended in rows],
        )


def unknown_households(db: Database, household_ids: Iterable[int]) -> list[int]:
    """The ids among ``household_ids`` that are no household of this neighbourhood."""
    wanted = sorted({int(h) for h in household_ids})
    if not wanted:
        return []
    known = {
        int(r[0])
        for r in db.execute(
            "SELECT id FROM households WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(wanted)],
        )
    }
    return [h for h in wanted if h not in known]


def search_households(db: Database, text: str, limit: int = 50) -> list[tuple[int, str]]:
    """Households whose address starts like ``text`` ("Dorps", "Dorpsstraat 1", "dorpsstraat 12a").

    Fast on a large neighbourhood: the street is matched by prefix, the number exactly.
    """
    text = " ".join(text.split())
    if not text:
        return []
    found = re.match(r"^(.*?)(?:\s+(\d+)\s*([A-Za-z0-9 -]*))?$", text)
    street = (found.group(1) if found else text).strip()
    number = found.group(2) if found else None
    params: list[Any] = [street.replace("%", "").replace("_", "") + "%"]
    sql = _ADDRESS_SQL + " WHERE s.name LIKE ?"
    if number:
        sql += " AND h.number = ?"
        params.append(int(number))
    sql += " ORDER BY dutch_key(s.name), h.walk_key LIMIT ?"
    params.append(limit)
    return [(r[0], _address(r)) for r in db.execute(sql, params)]
