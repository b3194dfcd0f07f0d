"""The progress counters of migration 4, read back, and the full recount they must equal.

The triggers of :mod:`buurtdesk.store.migrations.m004_counters` keep the counts; this module
reads them (:func:`stored`) and counts the same things again from the rows themselves
(:func:`recount`), the way the figures were computed before the counters. The tests compare the
two after random writes; ``benchmarks/bench_progress.py`` times the one against the other.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.progress import Progress, street_counts
from .db import read_snapshot
from .plan import WEEK_SQL
from .progress import cells_from_rows, progress_from
from .projects import Project

COUNTER_TABLES = (
    "progress_households",
    "progress_counts",
    "progress_first_visits",
    "progress_days",
)

Rows = set[tuple[Any, ...]]

# What each counter table must hold, counted from scratch (rows with only zero counts left out).
_RECOUNT = {
    "progress_households": """
        SELECT street_id, do_not_visit, count(*) FROM households GROUP BY 1, 2""",
    "progress_counts": """
        SELECT p.id, h.street_id, h.do_not_visit, coalesce(hs.outcome, 'unvisited'),
               i.household_id IS NOT NULL, count(*)
          FROM projects p CROSS JOIN households h
          LEFT JOIN household_status hs ON hs.project_id = p.id AND hs.household_id = h.id
          LEFT JOIN initiators i ON i.project_id = p.id AND i.household_id = h.id
         WHERE hs.outcome IS NOT NULL OR i.household_id IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5""",
    "progress_first_visits": """
        SELECT project_id, household_id, min(visit_date) FROM visits
         WHERE retracted_at IS NULL GROUP BY 1, 2""",
    "progress_days": """
        SELECT project_id, day, sum(visits), sum(first_visits), sum(takes_part) FROM (
            SELECT project_id, visit_date AS day, count(*) AS visits, 0 AS first_visits,
                   0 AS takes_part
              FROM visits WHERE retracted_at IS NULL GROUP BY 1, 2
            UNION ALL
            SELECT project_id, first, 0, count(*), 0 FROM (
                SELECT project_id, min(visit_date) AS first FROM visits
                 WHERE retracted_at IS NULL GROUP BY project_id, household_id)
             GROUP BY 1, 2
            UNION ALL
            SELECT hs.project_id, v.visit_date, 0, 0, count(*)
              FROM household_status hs JOIN visits v ON v.id = hs.visit_id
             WHERE hs.outcome = 'takes_part'
               AND NOT EXISTS (SELECT 1 FROM initiators i WHERE i.project_id = hs.project_id
                                  AND i.household_id = hs.household_id)
             GROUP BY 1, 2)
         GROUP BY 1, 2""",
}

_STORED = {
    "progress_households": "SELECT street_id, do_not_visit, n FROM progress_households "
    "WHERE n <> 0",
    "progress_counts": "SELECT project_id, street_id, do_not_visit, outcome, initiator, n "
    "FROM progress_counts WHERE n <> 0",
    "progress_first_visits": "SELECT project_id, household_id, visit_date "
    "FROM progress_first_visits",
    "progress_days": "SELECT project_id, day, visits, first_visits, takes_part FROM progress_days "
    "WHERE visits <> 0 OR first_visits <> 0 OR takes_part <> 0",
}


def recount(db: Database, table: str) -> Rows:
    """What counter ``table`` must hold, counted again from the households, statuses, initiators
    and visits."""
    return {tuple(r) for r in db.execute(_RECOUNT[table])}


def stored(db: Database, table: str) -> Rows:
    """What counter ``table`` holds (rows whose counts all went back to 0 left out)."""
    return {tuple(r) for r in db.execute(_STORED[table])}


def mismatches(db: Database) -> dict[str, tuple[Rows, Rows]]:
    """Per counter table that differs from its recount: (rows only stored, rows only recounted).
    Empty when every counter is exact."""
    out: dict[str, tuple[Rows, Rows]] = {}
    for table in COUNTER_TABLES:
        have, want = stored(db, table), recount(db, table)
        if have != want:
            out[table] = (have - want, want - have)
    return out


# --- the figures as they were computed before the counters (a scan), to compare against --------


def scan_cell_rows(db: Database, project_id: int) -> list[tuple[int, str, bool, bool, int]]:
    """:func:`buurtdesk.store.progress.cell_rows` by grouping every household."""
    rows = db.execute(
        """SELECT h.street_id, coalesce(hs.outcome, 'unvisited'),
                  i.household_id IS NOT NULL, h.do_not_visit != 0, count(*)
             FROM households h
             LEFT JOIN household_status hs ON hs.project_id = ? AND hs.household_id = h.id
             LEFT JOIN initiators i ON i.project_id = ? AND i.household_id = h.id
            GROUP BY 1, 2, 3, 4""",
        [project_id, project_id],
    )
    return [(int(s), str(o), bool(i), bool(d), int(n)) for s, o, i, d, n in rows]


def scan_weekly(
    db: Database, project: Project
) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """:func:`buurtdesk.store.progress.weekly_counts` from the visits themselves."""
    start = project.start_date.isoformat()
    queries = (
        f"""SELECT {WEEK_SQL} AS week, count(*) FROM visits
             WHERE project_id = ? AND retracted_at IS NULL GROUP BY week""",
        f"""SELECT {WEEK_SQL} AS week, count(*) FROM (
                SELECT min(visit_date) AS visit_date FROM visits
                 WHERE project_id = ? AND retracted_at IS NULL GROUP BY household_id)
            GROUP BY week""",
        f"""SELECT {WEEK_SQL} AS week, count(*)
              FROM household_status hs JOIN visits v ON v.id = hs.visit_id
             WHERE hs.project_id = ? AND hs.outcome = 'takes_part'
               AND NOT EXISTS (SELECT 1 FROM initiators i WHERE i.project_id = hs.project_id
                                  AND i.household_id = hs.household_id)
             GROUP BY week""",
    )
    visits, first, takes_part = (
        {int(r[0]): int(r[1]) for r in db.execute(sql, [start, project.id])} for sql in queries
    )
    return visits, first, takes_part


def scan_progress(db: Database, project: Project, today: date) -> Progress:
    """:func:`buurtdesk.store.progress.project_progress` without the counters."""
    with read_snapshot(db):
        weekly = scan_weekly(db, project)
        initiators = int(
            db.execute(
                "SELECT count(*) FROM initiators WHERE project_id = ?", [project.id]
            ).fetchone()[0]
        )
        cells = cells_from_rows(db, scan_cell_rows(db, project.id))
    return progress_from(project, today, street_counts(cells), weekly, initiators)
