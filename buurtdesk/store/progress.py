"""The counts behind a project's progress, in a few ``GROUP BY`` queries.

:func:`project_progress` is the one function that computes the figures; the command line and the
progress page both show its result. The queries group in SQLite, over the status cache
(``household_status``) and the visits' date index, so 100,000 households come back as a few
hundred cells rather than 100,000 Python rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from ..domain.address import HouseNumber, format_address
from ..domain.outcomes import Status
from ..domain.progress import UNKNOWN_CONNECTOR, Cell, Progress, by_week, progress
from ..domain.team import DEFAULT_DOORS_PER_WEEK
from .db import StoreError, get_setting, now_iso, read_snapshot, set_setting, transaction
from .plan import WEEK_SQL
from .projects import Project

PACE_SETTING = "doors_per_connector_week"


def doors_per_week(db: Database) -> int:
    """The pace a connector keeps, doors per week (setting, default 40)."""
    value = get_setting(db, PACE_SETTING, str(DEFAULT_DOORS_PER_WEEK))
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_DOORS_PER_WEEK


def set_doors_per_week(db: Database, doors: int) -> None:
    if not 1 <= doors <= 1000:
        raise StoreError(f"het tempo is 1 tot 1000 deuren per verbinder per week, niet {doors}")
    set_setting(db, PACE_SETTING, str(doors))


def progress_cells(db: Database, project_id: int) -> list[Cell]:
    """Households per (street, connector of the latest visit, status, initiator).

    Grouped on ids (integers compare fast); the few street and member names are looked up after.
    """
    rows = db.execute(
        """SELECT h.street_id, hs.household_id IS NOT NULL, v.member_id,
                  CASE WHEN v.member_id IS NULL THEN trim(v.visitor) END,
                  coalesce(hs.outcome, 'unvisited'), i.household_id IS NOT NULL, count(*)
             FROM households h
             LEFT JOIN household_status hs ON hs.project_id = ? AND hs.household_id = h.id
             LEFT JOIN visits v ON v.id = hs.visit_id
             LEFT JOIN initiators i ON i.project_id = ? AND i.household_id = h.id
            GROUP BY 1, 2, 3, 4, 5, 6""",
        [project_id, project_id],
    ).fetchall()
    streets = {int(r[0]): str(r[1]) for r in db.execute("SELECT id, name FROM streets")}
    members = {int(r[0]): str(r[1]) for r in db.execute("SELECT id, name FROM members")}
    cells = []
    for street_id, visited, member_id, visitor, status, initiator, count in rows:
        if not visited:
            connector = None
        elif member_id is not None:
            connector = members.get(int(member_id), UNKNOWN_CONNECTOR)
        else:
            connector = visitor or UNKNOWN_CONNECTOR
        cells.append(
            Cell(
                street=streets[int(street_id)],
                connector=connector,
                status=Status(status),
                initiator=bool(initiator),
                count=int(count),
            )
        )
    return cells


def weekly_counts(
    db: Database, project: Project
) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """Per project week: visits, households first visited, door-round participants."""
    start = project.start_date.isoformat()
    visits = {
        int(r[0]): int(r[1])
        for r in db.execute(
            f"""SELECT {WEEK_SQL} AS week, count(*) FROM visits
                 WHERE project_id = ? AND retracted_at IS NULL GROUP BY week""",
            [start, project.id],
        )
    }
    first = {
        int(r[0]): int(r[1])
        for r in db.execute(
            f"""SELECT {WEEK_SQL} AS week, count(*) FROM (
                    SELECT min(visit_date) AS visit_date FROM visits
                     WHERE project_id = ? AND retracted_at IS NULL GROUP BY household_id)
                GROUP BY week""",
            [start, project.id],
        )
    }
    takes_part = {
        int(r[0]): int(r[1])
        for r in db.execute(
            f"""SELECT {WEEK_SQL} AS week, count(*)
                  FROM household_status hs JOIN visits v ON v.id = hs.visit_id
                 WHERE hs.project_id = ? AND hs.outcome = 'takes_part'
                   AND NOT EXISTS (SELECT 1 FROM initiators i
                                    WHERE i.project_id = hs.project_id
                                      AND i.household_id = hs.household_id)
                 GROUP BY week""",
            [start, project.id],
        )
    }
    return visits, first, takes_part


def initiator_count(db: Database, project_id: int) -> int:
    row = db.execute("SELECT count(*) FROM initiators WHERE project_id = ?", [project_id])
    return int(row.fetchone()[0])


def project_progress(db: Database, project: Project, today: date | None = None) -> Progress:
    """Every figure of the progress view and ``buurtdesk progress``.

    All queries read one snapshot (one read transaction), so the week-by-week totals and the
    tables agree even while another connection records visits.
    """
    today = today or date.today()
    with read_snapshot(db):
        visits, first, takes_part = weekly_counts(db, project)
        initiators = initiator_count(db, project.id)
        cells = progress_cells(db, project.id)
    weekly = by_week(
        project.start_date,
        project.weeks,
        visits=visits,
        first_visits=first,
        takes_part=takes_part,
        initiators=initiators,
    )
    return progress(
        cells,
        goal_pct=project.goal_pct,
        start=project.start_date,
        weeks=project.weeks,
        today=today,
        weekly=weekly,
    )


def set_initiator(db: Database, project_id: int, household_id: int, flag: bool) -> None:
    """Mark a household as initiator of the project (signed up on its own, came to the kick-off)."""
    if flag:
        db.execute(
            "INSERT OR IGNORE INTO initiators (project_id, household_id, marked_at) "
            "VALUES (?, ?, ?)",
            [project_id, household_id, now_iso()],
        )
    else:
        db.execute(
            "DELETE FROM initiators WHERE project_id = ? AND household_id = ?",
            [project_id, household_id],
        )


def doors_left_per_connector(db: Database, project_id: int) -> dict[str, int]:
    """Doors still to visit per connector: unvisited households (not marked "do not visit") in
    the streets assigned to them, split evenly where a street has several connectors; doors in
    streets nobody has are shared out over all connectors."""
    connectors = {
        int(r[0]): str(r[1])
        for r in db.execute(
            "SELECT m.id, m.name FROM members m JOIN member_roles r ON r.member_id = m.id "
            "WHERE r.role = 'connector'"
        )
    }
    if not connectors:
        return {}
    left_by_street = {
        int(r[0]): int(r[1])
        for r in db.execute(
            """SELECT h.street_id, count(*) FROM households h
                WHERE h.do_not_visit = 0
                  AND NOT EXISTS (SELECT 1 FROM household_status hs
                                   WHERE hs.project_id = ? AND hs.household_id = h.id)
                GROUP BY h.street_id""",
            [project_id],
        )
    }
    owners: dict[int, list[int]] = {}
    for street_id, member_id in db.execute(
        "SELECT street_id, member_id FROM street_assignments"
    ).fetchall():
        if int(member_id) in connectors:
            owners.setdefault(int(street_id), []).append(int(member_id))
    doors = dict.fromkeys(connectors, 0.0)
    unassigned = 0
    for street_id, left in left_by_street.items():
        who = owners.get(street_id)
        if who:
            for member_id in who:
                doors[member_id] += left / len(who)
        else:
            unassigned += left
    for member_id in doors:
        doors[member_id] += unassigned / len(connectors)
    return {connectors[m]: round(d) for m, d in doors.items()}


def list_initiators(db: Database, project_id: int) -> list[tuple[int, str]]:
    """The initiators of a project as (household id, address), in street and walking order."""
    rows = db.execute(
        """SELECT h.id, s.name, h.number, h.letter, h.addition
             FROM initiators i
             JOIN households h ON h.id = i.household_id
             JOIN streets s ON s.id = h.street_id
            WHERE i.project_id = ?
            ORDER BY s.name COLLATE NOCASE, h.walk_key""",
        [project_id],
    )
    return [(int(r[0]), format_address(r[1], HouseNumber(r[2], r[3], r[4]))) for r in rows]


def set_initiators(db: Database, project_id: int, household_ids: Iterable[int]) -> None:
    """Make the project's initiators exactly these households, in one transaction."""
    wanted = {int(h) for h in household_ids}
    with transaction(db):
        current = {
            int(r[0])
            for r in db.execute(
                "SELECT household_id FROM initiators WHERE project_id = ?", [project_id]
            )
        }
        for household_id in current - wanted:
            set_initiator(db, project_id, household_id, False)
        for household_id in wanted - current:
            set_initiator(db, project_id, household_id, True)
