"""Households per (door question, answer) among those that take part: what the savings
estimate (:mod:`buurtdesk.domain.savings`) counts. A closed project keeps these counts in its
closing snapshot, since its answers are gone."""

from __future__ import annotations

import json

from sqlite_utils import Database

# (question short key, answer, households)
MeasureRow = tuple[str, str, int]


def measure_rows(db: Database, project_id: int) -> list[MeasureRow]:
    """Households whose status is "takes part", per question and the answer of their latest
    visit that answered it (not undone)."""
    return [
        (str(r[0]), str(r[1]), int(r[2]))
        for r in db.execute(
            """WITH latest AS (
                 SELECT a.question_id, v.household_id, a.value,
                        row_number() OVER (PARTITION BY a.question_id, v.household_id
                          ORDER BY v.visit_date DESC, v.stamp DESC, v.created_at DESC) AS n
                   FROM answers a JOIN visits v ON v.id = a.visit_id
                  WHERE v.project_id = ? AND v.retracted_at IS NULL)
               SELECT q.short, l.value, count(*) FROM latest l
                 JOIN questions q ON q.id = l.question_id
                 JOIN household_status s ON s.household_id = l.household_id
                      AND s.project_id = ? AND s.outcome = 'takes_part'
                WHERE l.n = 1 GROUP BY q.short, l.value ORDER BY q.short, l.value""",
            [project_id, project_id],
        )
    ]


def measure_counts(db: Database, project_id: int) -> dict[tuple[str, str], int]:
    """(question, answer) -> households taking part; a closed project: as it was closed."""
    row = db.execute(
        "SELECT figures FROM closed_projects WHERE project_id = ?", [project_id]
    ).fetchone()
    rows = (
        [(str(q), str(a), int(n)) for q, a, n in json.loads(row[0]).get("measures", [])]
        if row is not None
        else measure_rows(db, project_id)
    )
    return {(q, a): n for q, a, n in rows}
