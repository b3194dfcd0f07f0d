"""Writing a generated demo neighbourhood (:mod:`buurtdesk.domain.demo`) into an empty file.

Everything goes in one transaction: the neighbourhood, its streets, the households (bulk insert
with their walking-order keys), the project, the team with roles and assigned streets, the
visits (bulk insert; the triggers of migration 1 keep ``household_status`` right) and the
initiators. A file that already holds a neighbourhood is refused and left as it was: a demo
mixed into real addresses could never be told apart from them again.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlite_utils import Database

from ..domain.address import walk_key
from ..domain.demo import Demo
from ..domain.demo_types import DemoHousehold
from ..domain.identity import household_uuid, street_uuid
from ..domain.outcomes import Outcome
from ..errors import QT_TRANSLATE_NOOP
from .activities import ActivityKind, add_activity, set_signups
from .db import neighbourhood_uuid, new_uuid, now_iso, set_setting, transaction
from .plan import apply_theme_plan
from .projects import create_project
from .store_errors import StoreError
from .sync import next_stamps
from .team import add_member, assign_streets

BATCH = 5000  # households per executemany; also how often progress is reported
BULK_CACHE_KIB = 64 * 1024

Progress = Callable[[int, int], None]  # (households written, households in all)


@dataclass(frozen=True)
class DemoSummary:
    neighbourhood: str
    place: str
    seed: int
    households: int
    streets: int
    members: int
    visits: int
    visited: int
    takes_part: int
    initiators: int
    project_id: int
    project_title: str
    start: str
    current_week: int
    weeks: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "neighbourhood": self.neighbourhood,
            "place": self.place,
            "seed": self.seed,
            "households": self.households,
            "streets": self.streets,
            "members": self.members,
            "visits": self.visits,
            "visited": self.visited,
            "takes_part": self.takes_part,
            "initiators": self.initiators,
            "project": {
                "id": self.project_id,
                "title": self.project_title,
                "start": self.start,
                "current_week": self.current_week,
                "weeks": self.weeks,
            },
        }


def existing_content(db: Database) -> dict[str, int]:
    """What the file already holds that a demo must not be mixed with (empty when nothing)."""
    counts: dict[str, int] = {}
    for table in ("households", "streets", "projects", "members", "visits"):
        n = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        if n:
            counts[table] = n
    return counts


_DUTCH_TABLES = {  # (one, more)
    "households": ("huishouden", "huishoudens"),
    "streets": ("straat", "straten"),
    "projects": ("project", "projecten"),
    "members": ("teamlid", "teamleden"),
    "visits": ("bezoek", "bezoeken"),
}


def write_demo(db: Database, demo: Demo, *, progress: Progress | None = None) -> DemoSummary:
    """Put ``demo`` into an empty file. Raises :class:`StoreError` (Dutch) if it is not empty."""
    now = now_iso()
    # A bigger page cache while the bulk insert runs: the uuid indexes grow in random order.
    cache = int(db.execute("PRAGMA cache_size").fetchone()[0])
    db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        return _write(db, demo, now, progress)
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")


def _write(db: Database, demo: Demo, now: str, progress: Progress | None) -> DemoSummary:
    with transaction(db):
        found = existing_content(db)  # checked inside the transaction that writes
        if found:
            what = ", ".join(f"{n} {_DUTCH_TABLES[t][n != 1]}" for t, n in found.items())
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "dit bestand bevat al gegevens ({what}); een demobuurt komt alleen in een "
                    "leeg bestand. Kies een nieuw bestand (Bestand > Nieuwe buurt…, of --db, "
                    "bijvoorbeeld --db demo.buurtdesk)",
                ),
                what=what,
            )
        db.execute(
            "INSERT INTO neighbourhood (id, uuid, name, place, created_at) VALUES (1, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, place = excluded.place",
            [new_uuid(), demo.name, demo.place, now],
        )
        hood = neighbourhood_uuid(db)
        project = demo.project
        created = create_project(
            db,
            theme=project.theme,
            title=project.title,
            start=project.start,
            weeks=project.weeks,
            goal_pct=project.goal_pct,
            message=project.message,
            contact=project.contact,
        )
        member_ids: dict[str, int] = {}
        for member in demo.members:
            added = add_member(
                db,
                member.name,
                member.roles,
                phone=member.phone,
                email=member.email,
                consent_at=member.consent_at.isoformat() if member.consent_at else None,
            )
            member_ids[member.name] = added.id
        db.conn.executemany(
            "INSERT INTO streets (id, uuid, name, place, numbering, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    s.index + 1,
                    street_uuid(hood, s.name, demo.place),
                    s.name,
                    demo.place,
                    s.numbering.value,
                    now,
                )
                for s in demo.streets
            ],
        )
        street_ids = [s.index + 1 for s in demo.streets]
        street_uuids = [street_uuid(hood, s.name, demo.place) for s in demo.streets]
        for street in demo.streets:
            assign_streets(db, member_ids[street.connector], [street_ids[street.index]])
        counts = _write_households(
            db, demo, created.id, street_ids, street_uuids, member_ids, now, progress=progress
        )
        _write_plan_and_activities(db, demo, created.id, counts["households"])
        set_setting(db, "demo_seed", str(demo.seed))
    return DemoSummary(
        neighbourhood=demo.name,
        place=demo.place,
        seed=demo.seed,
        households=counts["households"],
        streets=len(demo.streets),
        members=len(demo.members),
        visits=counts["visits"],
        visited=counts["visited"],
        takes_part=counts["takes_part"],
        initiators=counts["initiators"],
        project_id=created.id,
        project_title=created.title,
        start=created.start_date.isoformat(),
        current_week=project.current_week(demo.today),
        weeks=created.weeks,
    )


def _write_plan_and_activities(db: Database, demo: Demo, project_id: int, households: int) -> None:
    """The theme's step plan, done up to last week and busy this week, and two activities: the
    kick-off that was held (with who came) and the neighbourhood meeting still to come."""
    apply_theme_plan(db, project_id)
    week = demo.project.current_week(demo.today)
    db.execute(
        "UPDATE plan_tasks SET status = CASE WHEN week < ? THEN 'done' ELSE 'busy' END "
        "WHERE project_id = ? AND week <= ?",
        [week, project_id, week],
    )
    rng = random.Random(demo.seed)
    start = demo.project.start
    kickoff = add_activity(
        db,
        project_id,
        title="Aftrap in het buurthuis",
        day=start + timedelta(days=3),
        kind=ActivityKind.MEETING,
        time="19:30",
        place="Buurthuis De Linde",
        description="Kennismaken met het team en het plan voor de komende weken.",
    )
    came = rng.sample(range(1, households + 1), min(households, max(3, households // 25)))
    set_signups(db, kickoff.id, [(hid, rng.random() < 0.8) for hid in came])
    meeting = add_activity(
        db,
        project_id,
        title="Buurtavond: samen isoleren",
        day=demo.today + timedelta(days=(3 - demo.today.weekday()) % 7 + 7),
        kind=ActivityKind.MEETING,
        time="20:00",
        place="Buurthuis De Linde",
        description="Een energiecoach vertelt wat isoleren oplevert; daarna de collectieve inkoop.",
    )
    signed = rng.sample(range(1, households + 1), min(households, max(2, households // 20)))
    set_signups(db, meeting.id, [(hid, False) for hid in signed])


def _write_households(
    db: Database,
    demo: Demo,
    project_id: int,
    street_ids: list[int],
    street_uuids: list[str],
    member_ids: dict[str, int],
    now: str,
    *,
    progress: Progress | None,
) -> dict[str, int]:
    """Bulk insert in batches; ids are given (the file is empty), so visits can refer to them."""
    counts = dict.fromkeys(("households", "visits", "visited", "takes_part", "initiators"), 0)
    numbering = {s.index: s.numbering for s in demo.streets}
    marked_at = demo.project.start.isoformat()
    conn = db.conn
    for batch in _batches(demo.iter_households(), BATCH):
        # sorted: each batch fills the uuid indexes in order rather than all over the tree
        uuids = iter(sorted(_uuids(sum(len(item.visits) for item in batch))))
        stamps = iter(next_stamps(db, sum(len(item.visits) for item in batch)))
        households: list[tuple[Any, ...]] = []
        visits: list[tuple[Any, ...]] = []
        initiators: list[tuple[Any, ...]] = []
        for item in batch:
            counts["households"] += 1
            hid = counts["households"]
            rec = item.record
            house = rec.house
            refused = item.do_not_visit
            households.append(
                (
                    hid,
                    household_uuid(
                        street_uuids[item.street], house.number, house.letter, house.addition
                    ),
                    street_ids[item.street],
                    house.number,
                    house.letter,
                    house.addition,
                    rec.postcode,
                    rec.place,
                    rec.rd_x,
                    rec.rd_y,
                    int(refused),
                    _refusal_reason(item) if refused else "",
                    walk_key(house, numbering[item.street]),
                    now,
                    now,
                )
            )
            for visit in item.visits:
                day = visit.visit_date.isoformat()
                visits.append(
                    (
                        next(uuids),
                        project_id,
                        hid,
                        member_ids.get(visit.visitor),
                        visit.visitor,
                        day,
                        visit.outcome.value,
                        visit.note,
                        # never later than now, whatever the time zone: the demo's visits
                        # come before any real check-off
                        min(f"{day}T{visit.time}.000000Z", now),
                        next(stamps),
                    )
                )
            if item.visits:
                counts["visited"] += 1
                counts["takes_part"] += item.visits[-1].outcome is Outcome.TAKES_PART
            if item.initiator:
                initiators.append((project_id, hid, marked_at))
        conn.executemany(
            "INSERT INTO households (id, uuid, street_id, number, letter, addition, postcode, "
            "place, rd_x, rd_y, do_not_visit, do_not_visit_reason, walk_key, source, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)",
            households,
        )
        conn.executemany(
            "INSERT INTO visits (uuid, project_id, household_id, member_id, visitor, visit_date, "
            "outcome, note, created_at, stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            visits,
        )
        conn.executemany(
            "INSERT INTO initiators (project_id, household_id, marked_at) VALUES (?, ?, ?)",
            initiators,
        )
        counts["visits"] += len(visits)
        counts["initiators"] += len(initiators)
        if progress is not None:
            progress(counts["households"], demo.households)
    return counts


def _uuids(count: int) -> Iterator[str]:
    """Random (version 4) UUIDs, as :func:`uuid.uuid4` makes them, many times faster in bulk."""
    raw = bytearray(os.urandom(16 * count))
    for k in range(count):
        raw[16 * k + 6] = (raw[16 * k + 6] & 0x0F) | 0x40  # version 4
        raw[16 * k + 8] = (raw[16 * k + 8] & 0x3F) | 0x80  # RFC 4122 variant
    text = raw.hex()
    for k in range(count):
        h = text[32 * k : 32 * k + 32]
        yield f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _refusal_reason(item: DemoHousehold) -> str:
    last = item.visits[-1]
    return last.note or "wil geen bezoek"


def _batches(items: Iterator[DemoHousehold], size: int) -> Iterator[list[DemoHousehold]]:
    batch: list[DemoHousehold] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
