"""Read-only queries for the printables: walk list rows, letter addressees, plan, report figures.

Nothing here writes. The report figures never carry an address, a name or an outcome of one
household: per street they are counts, and only groups of at least the minimum size
(:func:`~buurtdesk.domain.privacy.report_groups`) are shown; smaller streets are summed into
:data:`OTHER_STREETS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain import outcomes
from ..domain.address import HouseNumber, Numbering
from ..domain.outcomes import Status, door_card_due
from ..domain.plan import TaskKind, TaskStatus, find_theme
from ..domain.privacy import OTHER_GROUP, report_groups
from ..domain.questions import QuestionReport, report_questions
from ..domain.savings import Savings, estimate
from ..domain.team import Role
from ..domain.walklist import WalkEntry
from ..errors import QT_TRANSLATE_NOOP, Coded
from .activities import Activity, list_activities
from .ideas import ideas_per_theme
from .neighbourhood import get_neighbourhood
from .plan import list_tasks, plans_dir
from .progress import project_progress
from .projects import Project, report_min_group
from .questions import figures as question_figures
from .savings import measure_counts
from .store_errors import StoreError
from .team import find_member, streets_of

OTHER_STREETS = OTHER_GROUP

_ENTRY_SQL = """
SELECT h.id, s.name, h.place, h.number, h.letter, h.addition, s.numbering, h.postcode,
       h.do_not_visit, h.note, coalesce(hs.outcome, 'unvisited'), v.visit_date
  FROM households h
  JOIN streets s ON s.id = h.street_id
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = :project
  LEFT JOIN visits v ON v.id = hs.visit_id
"""
_ENTRY_ORDER = " ORDER BY dutch_key(s.name), s.place, h.walk_key"


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
    """Households for a door card (the domain's :func:`door_card_due` on their latest visits
    that count), in walking order."""
    rows = db.conn.execute(
        """SELECT household_id, outcome FROM (
             SELECT household_id, outcome, row_number() OVER (
                 PARTITION BY household_id
                 ORDER BY visit_date DESC, created_at DESC, id DESC) AS rn
               FROM visits WHERE project_id = ? AND retracted_at IS NULL
                 AND household_id IN (SELECT household_id FROM visits
                                       WHERE project_id = ? AND outcome = 'not_home'))
            WHERE rn <= ? ORDER BY household_id, rn""",
        [project_id, project_id, outcomes.DOOR_CARD_AFTER_NOT_HOME],
    ).fetchall()
    latest: dict[int, list[str]] = {}
    for household_id, outcome in rows:
        latest.setdefault(household_id, []).append(outcome)
    wanted = {h for h, recent in latest.items() if door_card_due(recent)}
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
            raise StoreError(QT_TRANSLATE_NOOP("Fout", 'straat "{name}" bestaat niet'), name=name)
        ids.extend(i for i in found if i not in ids)
    return ids


def connector_streets(db: Database, name: str) -> tuple[str, list[int]]:
    """A connector's name as stored and the streets assigned to them, in street order."""
    member = find_member(db, name)
    if member is None:
        raise StoreError(QT_TRANSLATE_NOOP("Fout", 'teamlid "{name}" bestaat niet'), name=name)
    ids = set(streets_of(db, member.id))
    ordered = [
        r[0]
        for r in db.execute("SELECT id FROM streets ORDER BY name COLLATE dutch, place")
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
            "GROUP BY s.id ORDER BY s.name COLLATE dutch, s.place"
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
    return get_neighbourhood(db).name


def team_names(db: Database) -> list[str]:
    """Members who agreed to be named on printed material."""
    return [
        r[0]
        for r in db.execute(
            "SELECT name FROM members WHERE consent_names = 1 ORDER BY name COLLATE NOCASE"
        )
    ]


# --- activities ----------------------------------------------------------------------------------

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


def activity_when(activity: Activity) -> str:
    text = format_day(activity.date)
    return f"{text}, {activity.time}" if activity.time else text


def next_activity(db: Database, project_id: int, today: date) -> Activity | None:
    """The first activity on or after ``today``."""
    return next((a for a in list_activities(db, project_id) if a.date >= today), None)


def activities_held(db: Database, project_id: int, today: date) -> list[Activity]:
    return [a for a in list_activities(db, project_id) if a.date <= today]


# --- report figures ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StreetFigures:
    label: str  # a street name, or OTHER_STREETS
    households: int
    visited: int
    interested: int
    takes_part: int  # participants: "doet mee" at the door, or initiator
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
    takes_part: int  # participants by the end of the week (cumulative, initiators included)


@dataclass(frozen=True)
class ReportFigures:
    households: int
    visited: int
    interested: int
    takes_part: int
    initiators: int
    streets: list[StreetFigures]
    weeks: list[WeekFigures]
    roles: dict[Role, int]
    members: int
    named_members: list[str]
    milestones_done: list[str] = field(default_factory=list)
    milestones_open: list[str] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    min_group: int = 10  # the smallest group of households shown
    ideas: list[tuple[str, int]] = field(default_factory=list)  # (theme title, residents' ideas)
    questions: list[QuestionReport] = field(default_factory=list)  # door questions' answers
    savings: Savings | None = None  # the estimate of what the measures taken save (issue 12)

    @property
    def participation_pct(self) -> float:
        return 100.0 * self.takes_part / self.households if self.households else 0.0


def report_figures(db: Database, project: Project, today: date) -> ReportFigures:
    """The report's counts, from the same progress figures the progress screen shows."""
    progress = project_progress(db, project, today)
    minimum = report_min_group(db)
    groups = report_groups(progress.streets, minimum)
    per_street = [
        StreetFigures(
            g.label,
            g.tally.households,
            g.tally.visited,
            g.tally.interested,
            g.tally.participants,
            len(g.members),
        )
        for g in groups
    ]
    weeks = [
        WeekFigures(w.week, w.start, w.visits, w.visited_total, w.participants_total)
        for w in progress.by_week
        if w.start <= today
    ]
    roles = dict.fromkeys(Role, 0)
    for role, count in db.execute("SELECT role, count(*) FROM member_roles GROUP BY role"):
        roles[Role(role)] = int(count)
    members = int(db.execute("SELECT count(*) FROM members").fetchone()[0])
    milestones = [t for t in list_tasks(db, project.id) if t.kind is TaskKind.MILESTONE]
    total = progress.total
    return ReportFigures(
        households=total.households,
        visited=total.visited,
        interested=total.interested,
        takes_part=total.participants,
        initiators=total.initiators,
        streets=per_street,
        weeks=weeks,
        roles=roles,
        members=members,
        named_members=team_names(db),
        milestones_done=[t.title for t in milestones if t.status is TaskStatus.DONE],
        milestones_open=[t.title for t in milestones if t.status is not TaskStatus.DONE],
        activities=activities_held(db, project.id, today),
        min_group=minimum,
        ideas=ideas_per_theme(db),
        questions=report_questions(
            question_figures(db, project.id), [(g.label, g.members or (g.label,)) for g in groups]
        ),
        savings=project_savings(db, project),
    )


def project_savings(db: Database, project: Project) -> Savings | None:
    """The estimate from the theme's measures (None: the theme has none, or its plan cannot be
    read now)."""
    try:
        plan = find_theme(plans_dir(), project.theme)
    except Coded:
        return None
    if not plan.measures:
        return None
    return estimate(plan.measures, measure_counts(db, project.id), plan.savings_source)
