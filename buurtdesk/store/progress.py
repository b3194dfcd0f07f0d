"""The counts behind a project's progress, read from the counters of migration 4.

:func:`project_progress` is the one function that computes the figures; the command line and the
progress page both show its result. It reads counts that triggers keep (per street, status and
initiator mark; per day), so a city of 100,000 households costs a few thousand rows, not a scan;
:mod:`buurtdesk.store.counters` recounts them from scratch, for the tests and the benchmark.
SQLite numbers each counter row's kind (:data:`KIND_SQL`) and the rows become one list of counts
per street (:func:`kind_counts`); which kinds a figure counts is decided by the domain alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from operator import itemgetter

from sqlite_utils import Database

from ..domain.address import HouseNumber, format_address
from ..domain.outcomes import Status
from ..domain.progress import (
    KINDS,
    Cell,
    Progress,
    StreetCounts,
    by_week,
    kind,
    progress_of_streets,
    share_doors,
    street_counts,
    tally_of,
)
from ..domain.team import DEFAULT_DOORS_PER_WEEK
from ..errors import QT_TRANSLATE_NOOP
from .db import get_setting, now_iso, read_snapshot, set_setting, transaction
from .plan import WEEK_SQL
from .projects import Project
from .store_errors import StoreError

PACE_SETTING = "doors_per_connector_week"


def doors_per_week(db: Database) -> int:
    """The pace a connector keeps, doors per week (setting, default 40)."""
    value = get_setting(db, PACE_SETTING, str(DEFAULT_DOORS_PER_WEEK))
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_DOORS_PER_WEEK


def set_doors_per_week(db: Database, doors: int) -> None:
    if not 1 <= doors <= 1000:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Fout", "het tempo is 1 tot 1000 deuren per verbinder per week, niet {doors}"
            ),
            doors=doors,
        )
    set_setting(db, PACE_SETTING, str(doors))


def street_connectors(db: Database) -> dict[int, tuple[str, ...]]:
    """Per street, the names of the connectors it is assigned to (members with the connector
    role; a street assigned to someone who no longer has the role counts as nobody's)."""
    owners: dict[int, list[str]] = {}
    for street_id, name in db.execute(
        """SELECT a.street_id, m.name FROM street_assignments a
             JOIN members m ON m.id = a.member_id
            WHERE EXISTS (SELECT 1 FROM member_roles r
                           WHERE r.member_id = m.id AND r.role = 'connector')
            ORDER BY m.name COLLATE NOCASE"""
    ):
        owners.setdefault(int(street_id), []).append(str(name))
    return {k: tuple(v) for k, v in owners.items()}


CellRow = tuple[int, str, bool, bool, int]  # street id, status, initiator, do not visit, count

# The kind (buurtdesk.domain.progress.kind) of a counter row, computed by SQLite: a number per row
# instead of the status's text, which Python would decode row by row. KINDS is laid out status by
# status, then the initiator mark, then "do not visit" (tests/store/test_progress_kinds.py).
KIND_SQL = (
    "CASE outcome "
    + " ".join(f"WHEN '{s.value}' THEN {kind(s, False, False)}" for s in Status)
    + f" END + {kind(Status.UNVISITED, True, False)} * (initiator != 0)"
    + f" + {kind(Status.UNVISITED, False, True)} * (do_not_visit != 0)"
)
_BY_MARK = {  # a street's counts of the households with and without the "do not visit" mark
    skip: itemgetter(*[i for i, (_s, _i, d) in enumerate(KINDS) if d == skip])
    for skip in (False, True)
}


def kind_counts(db: Database, project_id: int) -> dict[int, list[int]]:
    """Per street id, its households per kind (:data:`~buurtdesk.domain.progress.KINDS`), from
    the counters of migration 4: the visited households and the initiators are counted per kind,
    the rest of a street's households are its unvisited ones. A few thousand counter rows become
    one list per street."""
    plain = db.conn.cursor()
    plain.row_factory = None  # tuples: thousands of rows, no names needed
    size = len(KINDS)
    per: dict[int, list[int]] = {}
    for street_id, k, count in plain.execute(
        f"SELECT street_id, {KIND_SQL}, n FROM progress_counts WHERE project_id = ? AND n > 0",
        [project_id],
    ):
        counts = per.get(street_id)
        if counts is None:
            counts = per[street_id] = [0] * size
        counts[k] += count
    for street_id, skip, count in plain.execute(
        "SELECT street_id, do_not_visit != 0, n FROM progress_households WHERE n > 0"
    ):
        counts = per.get(street_id)
        if counts is None:
            counts = per[street_id] = [0] * size
        rest = count - sum(_BY_MARK[bool(skip)](counts))
        if rest > 0:
            counts[kind(Status.UNVISITED, False, bool(skip))] += rest
    return per


def street_names(db: Database) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in db.execute("SELECT id, name FROM streets")}


def progress_streets(db: Database, project_id: int) -> list[StreetCounts]:
    """Per street, its households per kind, with its name and connectors."""
    names = street_names(db)
    owners = street_connectors(db)
    return [
        StreetCounts(names[street_id], owners.get(street_id, ()), counts)
        for street_id, counts in kind_counts(db, project_id).items()
    ]


def cell_rows(db: Database, project_id: int) -> list[CellRow]:
    """Households per (street, status, initiator, "do not visit"): :func:`kind_counts` as rows,
    for a closed project's record."""
    return [
        (street_id, status.value, initiator, skip, count)
        for street_id, counts in kind_counts(db, project_id).items()
        for (status, initiator, skip), count in zip(KINDS, counts, strict=True)
        if count > 0
    ]


def cells_from_rows(db: Database, rows: Iterable[CellRow]) -> list[Cell]:
    """The cells of :func:`cell_rows`, with street names and the streets' connectors."""
    streets = street_names(db)
    owners = street_connectors(db)
    statuses = {s.value: s for s in Status}
    return [
        Cell(
            street=streets[street_id],
            connectors=owners.get(street_id, ()),
            status=statuses[status],
            initiator=bool(initiator),
            count=count,
            do_not_visit=bool(skip),
        )
        for street_id, status, initiator, skip, count in rows
    ]


def progress_cells(db: Database, project_id: int) -> list[Cell]:
    """Households per (street, status, initiator), with the connectors of the street."""
    return cells_from_rows(db, cell_rows(db, project_id))


Weekly = tuple[dict[int, int], dict[int, int], dict[int, int]]


def weekly_counts(db: Database, project: Project) -> Weekly:
    """Per project week: visits, households first visited, door-round participants (from the
    day counters of migration 4: one row per day with visits)."""
    visits: dict[int, int] = {}
    first: dict[int, int] = {}
    takes_part: dict[int, int] = {}
    for week, v, f, t in db.execute(
        f"""SELECT {WEEK_SQL.replace("visit_date", "day")} AS week,
                   sum(visits), sum(first_visits), sum(takes_part)
              FROM progress_days WHERE project_id = ? GROUP BY week""",
        [project.start_date.isoformat(), project.id],
    ):
        for target, count in ((visits, v), (first, f), (takes_part, t)):
            if int(count):
                target[int(week)] = int(count)
    return visits, first, takes_part


def initiator_count(db: Database, project_id: int) -> int:
    row = db.execute(
        "SELECT coalesce(sum(n), 0) FROM progress_counts WHERE project_id = ? AND initiator = 1",
        [project_id],
    )
    return int(row.fetchone()[0])


def closed_figures(db: Database, project_id: int) -> tuple[list[Cell], Weekly, int] | None:
    """The recorded counts of a closed project; None for an open one."""
    row = db.execute(
        "SELECT figures FROM closed_projects WHERE project_id = ?", [project_id]
    ).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    cells = [
        Cell(str(s), tuple(str(c) for c in conn), Status(st), bool(i), int(n), bool(d))
        for s, conn, st, i, n, d in data["cells"]
    ]
    weekly = data["weekly"]
    counts: Weekly = tuple(  # type: ignore[assignment]
        {int(k): int(v) for k, v in weekly[name].items()}
        for name in ("visits", "first_visits", "takes_part")
    )
    return cells, counts, int(data["initiators"])


def progress_from(
    project: Project,
    today: date,
    streets: list[StreetCounts],
    weekly: Weekly,
    initiators: int | None = None,
) -> Progress:
    """The figures from the streets' counts and the week-by-week counts; the initiators, where
    the week-by-week totals start, are counted from the streets unless given (as recorded)."""
    figures = progress_of_streets(
        streets,
        goal_pct=project.goal_pct,
        start=project.start_date,
        weeks=project.weeks,
        today=today,
    )
    visits, first, takes_part = weekly
    by_weeks = by_week(
        project.start_date,
        project.weeks,
        visits=visits,
        first_visits=first,
        takes_part=takes_part,
        initiators=figures.total.initiators if initiators is None else initiators,
    )
    return replace(figures, by_week=by_weeks)


def project_progress(db: Database, project: Project, today: date | None = None) -> Progress:
    """Every figure of the progress view and ``buurtdesk progress``.

    All queries read one snapshot (one read transaction), so the week-by-week totals and the
    tables agree even while another connection records visits.
    """
    today = today or date.today()
    with read_snapshot(db):
        closed = closed_figures(db, project.id)
        if closed is not None:  # a closed project keeps the counts it was closed with
            cells, weekly, recorded = closed
            return progress_from(project, today, street_counts(cells), weekly, recorded)
        weekly = weekly_counts(db, project)
        streets = progress_streets(db, project.id)
    return progress_from(project, today, streets, weekly)


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


def doors_left(db: Database, project_id: int) -> tuple[dict[str, int], int]:
    """Doors still to visit (:func:`~buurtdesk.domain.progress.is_door_left`) per connector, and
    those in streets no connector has. A shared street's doors are split between its connectors
    (:func:`~buurtdesk.domain.progress.share_doors`), so the connectors' doors and the unassigned
    ones add up to all doors left, the figure the progress page shows. Every connector is
    listed, also with 0 doors."""
    owners = street_connectors(db)
    by_group: dict[tuple[str, ...], int] = {}
    for street_id, counts in kind_counts(db, project_id).items():
        group = owners.get(street_id, ())
        by_group[group] = by_group.get(group, 0) + tally_of(counts).doors_left
    for row in db.execute(
        "SELECT m.name FROM members m JOIN member_roles r ON r.member_id = m.id "
        "WHERE r.role = 'connector'"
    ):
        by_group.setdefault((str(row[0]),), 0)
    return share_doors(by_group)


def doors_left_per_connector(db: Database, project_id: int) -> dict[str, int]:
    """Doors still to visit in each connector's assigned streets (see :func:`doors_left`)."""
    return doors_left(db, project_id)[0]


def initiator_ids(db: Database, project_id: int) -> set[int]:
    """The households that are initiators of the project."""
    return {
        int(r[0])
        for r in db.execute(
            "SELECT household_id FROM initiators WHERE project_id = ?", [project_id]
        )
    }


def list_initiators(db: Database, project_id: int) -> list[tuple[int, str]]:
    """The initiators of a project as (household id, address), in street and walking order."""
    rows = db.execute(
        """SELECT h.id, s.name, h.number, h.letter, h.addition
             FROM initiators i
             JOIN households h ON h.id = i.household_id
             JOIN streets s ON s.id = h.street_id
            WHERE i.project_id = ?
            ORDER BY dutch_key(s.name), h.walk_key""",
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
