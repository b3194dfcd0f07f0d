"""Read-only queries for the printables: walk list rows, letter addressees, plan, report figures.

Nothing here writes. The report figures never carry an address, a name or an outcome of one
household: per street they are counts, and streets with fewer than :data:`MIN_STREET_SIZE`
households are summed into :data:`OTHER_STREETS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from ..domain.address import HouseNumber, Numbering
from ..domain.outcomes import Status
from ..domain.team import Role
from ..domain.walklist import WalkEntry
from .db import StoreError
from .projects import Project
from .team import find_member, streets_of

MIN_STREET_SIZE = 5
OTHER_STREETS = "overige straten"

_ENTRY_SQL = """
SELECT h.id, s.name, h.place, h.number, h.letter, h.addition, s.numbering, h.postcode,
       h.do_not_visit, h.note, coalesce(hs.outcome, 'unvisited'), v.visit_date
  FROM households h
  JOIN streets s ON s.id = h.street_id
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = :project
  LEFT JOIN visits v ON v.id = hs.visit_id
"""
_ENTRY_ORDER = " ORDER BY s.name COLLATE NOCASE, s.place, h.walk_key"


def _entry(row: Sequence[Any]) -> WalkEntry:
    return WalkEntry(
        household_id=row[0],
        street=row[1],
        place=row[2],
        house=HouseNumber(row[3], row[4], row[5]),
        numbering=Numbering(row[6]),
        postcode=row[7],
        do_not_visit=bool(row[8]),
        note=row[9],
        status=Status(row[10]),
        last_visit=date.fromisoformat(row[11]) if row[11] else None,
    )


def walk_entries(
    db: Database, project_id: int | None, street_ids: Sequence[int] | None = None
) -> list[WalkEntry]:
    """Households of the given streets (all streets when None) in walking order."""
    params: dict[str, Any] = {"project": project_id or 0}
    sql = _ENTRY_SQL
    if street_ids is not None:
        if not street_ids:
            return []
        marks = ", ".join(f":s{i}" for i in range(len(street_ids)))
        sql += f" WHERE h.street_id IN ({marks})"
        params.update({f"s{i}": sid for i, sid in enumerate(street_ids)})
    return [_entry(r) for r in db.conn.execute(sql + _ENTRY_ORDER, params)]


def not_home_twice(
    db: Database, project_id: int, street_ids: Sequence[int] | None = None
) -> list[WalkEntry]:
    """Households whose two latest visits that count were both "not home", in walking order."""
    rows = db.conn.execute(
        """SELECT household_id FROM (
             SELECT household_id, outcome, row_number() OVER (
                 PARTITION BY household_id
                 ORDER BY visit_date DESC, created_at DESC, id DESC) AS rn
               FROM visits WHERE project_id = ? AND retracted_at IS NULL)
            WHERE rn <= 2 GROUP BY household_id
           HAVING count(*) = 2 AND sum(outcome = 'not_home') = 2""",
        [project_id],
    ).fetchall()
    wanted = {r[0] for r in rows}
    return [e for e in walk_entries(db, project_id, street_ids) if e.household_id in wanted]


def street_ids_named(db: Database, names: Sequence[str]) -> list[int]:
    """Ids of the streets with these names (any case; all places); unknown names are an error."""
    ids: list[int] = []
    for name in names:
        found = [
            r[0]
            for r in db.execute(
                "SELECT id FROM streets WHERE name = ? COLLATE NOCASE ORDER BY place",
                [name.strip()],
            )
        ]
        if not found:
            raise StoreError(f'straat "{name}" bestaat niet')
        ids.extend(i for i in found if i not in ids)
    return ids


def connector_streets(db: Database, name: str) -> tuple[str, list[int]]:
    """A connector's name as stored and the streets assigned to them, in street order."""
    member = find_member(db, name)
    if member is None:
        raise StoreError(f'teamlid "{name}" bestaat niet')
    ids = set(streets_of(db, member.id))
    ordered = [
        r[0]
        for r in db.execute("SELECT id FROM streets ORDER BY name COLLATE NOCASE, place")
        if r[0] in ids
    ]
    return member.name, ordered


def connectors_of_streets(db: Database, street_ids: Sequence[int]) -> list[str]:
    """Names of the members assigned to any of these streets."""
    if not street_ids:
        return []
    marks = ", ".join("?" for _ in street_ids)
    return [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT m.name FROM street_assignments a JOIN members m ON m.id = a.member_id"
            f" WHERE a.street_id IN ({marks}) ORDER BY m.name COLLATE NOCASE",
            list(street_ids),
        )
    ]


def street_choices(db: Database) -> list[tuple[int, str, int]]:
    """(id, label, households) for every street, for pickers."""
    return [
        (r[0], f"{r[1]} ({r[2]})" if r[2] else r[1], r[3])
        for r in db.execute(
            "SELECT s.id, s.name, s.place, count(h.id) FROM streets s "
            "LEFT JOIN households h ON h.street_id = s.id "
            "GROUP BY s.id ORDER BY s.name COLLATE NOCASE, s.place"
        )
    ]


def connector_choices(db: Database) -> list[str]:
    """Names of the members who have streets assigned."""
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT m.name FROM members m JOIN street_assignments a "
            "ON a.member_id = m.id ORDER BY m.name COLLATE NOCASE"
        )
    ]


def neighbourhood_name(db: Database) -> str:
    row = db.execute("SELECT name, place FROM neighbourhood WHERE id = 1").fetchone()
    if row is None:
        return ""
    return str(row[0])


def team_names(db: Database) -> list[str]:
    """Members who agreed to be named on printed material."""
    return [
        r[0]
        for r in db.execute(
            "SELECT name FROM members WHERE consent_names = 1 ORDER BY name COLLATE NOCASE"
        )
    ]


# --- activities and plan -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActivityInfo:
    title: str
    day: date
    time: str
    place: str
    kind: str
    signups: int = 0
    attended: int = 0

    @property
    def when(self) -> str:
        text = format_day(self.day)
        return f"{text}, {self.time}" if self.time else text


MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def format_day(day: date, weekday: bool = True) -> str:
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def _activities(db: Database, project_id: int, where: str, params: list[Any]) -> list[Any]:
    return list(
        db.execute(
            "SELECT a.title, a.date, a.time, a.place, a.kind, count(s.household_id), "
            "coalesce(sum(s.attended), 0) FROM activities a "
            "LEFT JOIN activity_signups s ON s.activity_id = a.id "
            f"WHERE a.project_id = ? {where} GROUP BY a.id ORDER BY a.date, a.time",
            [project_id, *params],
        )
    )


def _activity(row: Sequence[Any]) -> ActivityInfo:
    return ActivityInfo(
        row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], int(row[5]), int(row[6])
    )


def next_activity(db: Database, project_id: int, today: date) -> ActivityInfo | None:
    rows = _activities(db, project_id, "AND a.date >= ?", [today.isoformat()])
    return _activity(rows[0]) if rows else None


def activities_held(db: Database, project_id: int, today: date) -> list[ActivityInfo]:
    return [
        _activity(r) for r in _activities(db, project_id, "AND a.date <= ?", [today.isoformat()])
    ]


@dataclass(frozen=True, slots=True)
class PlanItem:
    week: int
    role: Role
    title: str
    kind: str  # task, milestone, door_round
    status: str  # open, busy, done


def plan_items(db: Database, project_id: int) -> list[PlanItem]:
    return [
        PlanItem(r[0], Role(r[1]), r[2], r[3], r[4])
        for r in db.execute(
            "SELECT week, role, title, kind, status FROM plan_tasks WHERE project_id = ? "
            "ORDER BY week, position, id",
            [project_id],
        )
    ]


# --- report figures ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StreetFigures:
    label: str  # a street name, or OTHER_STREETS
    households: int
    visited: int
    interested: int
    takes_part: int
    streets: int = 1  # how many streets the row sums (more than 1 only for OTHER_STREETS)

    @property
    def participation_pct(self) -> float:
        return 100.0 * self.takes_part / self.households if self.households else 0.0


@dataclass(frozen=True, slots=True)
class WeekFigures:
    week: int
    start: date
    visits: int
    reached: int  # households visited at least once by the end of the week (cumulative)
    takes_part: int  # households that said "doet mee" by the end of the week (cumulative)


@dataclass(frozen=True)
class ReportFigures:
    households: int
    visited: int
    interested: int
    takes_part: int
    streets: list[StreetFigures]
    weeks: list[WeekFigures]
    roles: dict[Role, int]
    members: int
    named_members: list[str]
    milestones_done: list[str] = field(default_factory=list)
    milestones_open: list[str] = field(default_factory=list)
    activities: list[ActivityInfo] = field(default_factory=list)

    @property
    def participation_pct(self) -> float:
        return 100.0 * self.takes_part / self.households if self.households else 0.0


def report_figures(db: Database, project: Project, today: date) -> ReportFigures:
    per_street: list[StreetFigures] = []
    other = [0, 0, 0, 0, 0]
    for row in db.execute(
        """SELECT s.name, count(h.id),
                  sum(hs.outcome IS NOT NULL),
                  sum(hs.outcome IN ('interested', 'takes_part')),
                  sum(hs.outcome = 'takes_part')
             FROM streets s JOIN households h ON h.street_id = s.id
             LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?
            GROUP BY s.id ORDER BY s.name COLLATE NOCASE, s.place""",
        [project.id],
    ):
        counts = [int(v or 0) for v in row[1:]]
        if counts[0] < MIN_STREET_SIZE:
            other = [a + b for a, b in zip(other, [*counts, 1], strict=True)]
        else:
            per_street.append(StreetFigures(row[0], *counts))
    if other[0]:
        per_street.append(StreetFigures(OTHER_STREETS, *other))
    total = [sum(getattr(s, f) for s in per_street) for f in ("households", "visited")]
    interested = sum(s.interested for s in per_street)
    takes_part = sum(s.takes_part for s in per_street)

    weeks: list[WeekFigures] = []
    for week in range(1, project.weeks + 1):
        start = project.start_date + timedelta(weeks=week - 1)
        if start > today:
            break
        end = (start + timedelta(days=6)).isoformat()
        visits, reached, part = db.execute(
            """SELECT
                 (SELECT count(*) FROM visits WHERE project_id = :p AND retracted_at IS NULL
                     AND visit_date BETWEEN :start AND :end),
                 (SELECT count(DISTINCT household_id) FROM visits WHERE project_id = :p
                     AND retracted_at IS NULL AND visit_date <= :end),
                 (SELECT count(DISTINCT household_id) FROM visits WHERE project_id = :p
                     AND retracted_at IS NULL AND outcome = 'takes_part' AND visit_date <= :end)""",
            {"p": project.id, "start": start.isoformat(), "end": end},
        ).fetchone()
        weeks.append(WeekFigures(week, start, int(visits), int(reached), int(part)))

    roles = dict.fromkeys(Role, 0)
    for role, count in db.execute("SELECT role, count(*) FROM member_roles GROUP BY role"):
        roles[Role(role)] = int(count)
    members = int(db.execute("SELECT count(*) FROM members").fetchone()[0])
    done: list[str] = []
    open_: list[str] = []
    for title, status in db.execute(
        "SELECT title, status FROM plan_tasks WHERE project_id = ? AND kind = 'milestone' "
        "ORDER BY week, position, id",
        [project.id],
    ):
        (done if status == "done" else open_).append(title)
    return ReportFigures(
        households=total[0],
        visited=total[1],
        interested=interested,
        takes_part=takes_part,
        streets=per_street,
        weeks=weeks,
        roles=roles,
        members=members,
        named_members=team_names(db),
        milestones_done=done,
        milestones_open=open_,
        activities=activities_held(db, project.id, today),
    )
