"""Closing a project (storage limitation): the figures stay, the per-household data goes.

Closing records, in ``closed_projects`` (migration 6), the counts the project's figures are made
of — households per street, status, initiator mark and "do not visit" with the street's
connectors; visits, first visits and participants per week; the initiators — and then deletes
every visit of the project (outcome and note), their undo and redo, its initiator marks, the
sign-ups for its activities, the residents' contact details (they were given for its follow-up)
and the per-household counters. From then on :func:`buurtdesk.store.progress.project_progress`
makes the figures from the recorded counts, so the progress page, ``progress`` and the report for
the municipality show exactly what they showed before.

The closure travels between laptops as an event; a laptop that receives it deletes the same.
Visits of a closed project that arrive later (an exchange file from a laptop that had not heard
of the closure) are counted into its visits per week and then deleted: never kept per household.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from .db import new_uuid
from .privacy import delete_visits
from .progress import cell_rows, cells_from_rows, initiator_count, weekly_counts
from .projects import Project
from .questions import answer_rows
from .savings import measure_rows
from .sync import next_stamps

# the counters kept per project and household, or per project and day
_PER_PROJECT = ("progress_counts", "progress_days", "progress_first_visits")


def snapshot(db: Database, project: Project) -> dict[str, Any]:
    """The counts the figures come from, as JSON-able values."""
    cells = cells_from_rows(db, cell_rows(db, project.id))
    visits, first, takes_part = weekly_counts(db, project)
    return {
        "cells": [
            [c.street, list(c.connectors), c.status.value, c.initiator, c.count, c.do_not_visit]
            for c in cells
        ],
        "weekly": {
            "visits": {str(k): v for k, v in visits.items()},
            "first_visits": {str(k): v for k, v in first.items()},
            "takes_part": {str(k): v for k, v in takes_part.items()},
        },
        "initiators": initiator_count(db, project.id),
        "answers": [list(row) for row in answer_rows(db, project.id)],  # door questions
        "measures": [list(row) for row in measure_rows(db, project.id)],  # the savings estimate
        # per laptop, the newest visit counted: a later exchange file holds each laptop's visits
        # up to some stamp, so what is at or below this was counted already
        "seen": _seen(db, project.id),
    }


def _laptop(stamp: str) -> str:
    return stamp.split("-", 2)[2] if stamp.count("-") >= 2 else ""


def _seen(db: Database, project_id: int) -> dict[str, str]:
    seen: dict[str, str] = {}
    for (stamp,) in db.execute("SELECT stamp FROM visits WHERE project_id = ?", [project_id]):
        laptop = _laptop(str(stamp))
        seen[laptop] = max(seen.get(laptop, ""), str(stamp))
    return seen


def is_closed(db: Database, project_id: int) -> bool:
    return (
        db.execute("SELECT 1 FROM closed_projects WHERE project_id = ?", [project_id]).fetchone()
        is not None
    )


def what_goes(db: Database, project_id: int) -> dict[str, int]:
    one = {
        "visits": "SELECT count(*) FROM visits WHERE project_id = ?",
        "households": "SELECT count(DISTINCT household_id) FROM visits WHERE project_id = ?",
        "notes": "SELECT count(*) FROM visits WHERE project_id = ? AND note <> ''",
        "initiators": "SELECT count(*) FROM initiators WHERE project_id = ?",
        "signups": "SELECT count(*) FROM activity_signups s JOIN activities a "
        "ON a.id = s.activity_id WHERE a.project_id = ?",
    }
    found = {k: int(db.execute(sql, [project_id]).fetchone()[0]) for k, sql in one.items()}
    found["contacts"] = int(
        db.execute(
            "SELECT count(*) FROM households WHERE contact_phone || contact_email <> ''"
        ).fetchone()[0]
    )
    return found


def close_project(db: Database, project: Project, on: date) -> dict[str, int]:
    """Close (inside the caller's transaction); returns what went."""
    gone = what_goes(db, project.id)
    db.execute(
        "INSERT INTO closed_projects (uuid, project_id, closed_on, figures, stamp) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            new_uuid(),
            project.id,
            on.isoformat(),
            json.dumps(snapshot(db, project)),
            next_stamps(db)[0],
        ],
    )
    db.execute(
        "UPDATE projects SET ended_at = coalesce(ended_at, ?) WHERE id = ?",
        [on.isoformat(), project.id],
    )
    _strip(db, project.id, links=True)
    return gone


def _strip(db: Database, project_id: int, *, links: bool) -> None:
    """Delete what the closed project kept per household (and, ``links``, the marks, sign-ups
    and contacts: on the laptop that closes; they travel as tombstones and field changes)."""
    delete_visits(db, "project_id = ?", [project_id])
    if links:
        db.execute("DELETE FROM initiators WHERE project_id = ?", [project_id])
        db.execute("DELETE FROM followups_done WHERE project_id = ?", [project_id])
        db.execute(
            "DELETE FROM activity_signups WHERE activity_id IN "
            "(SELECT id FROM activities WHERE project_id = ?)",
            [project_id],
        )
        db.execute(
            "UPDATE households SET contact_phone = '', contact_email = '', "
            "contact_consent_at = NULL, contact_purpose = '' "
            "WHERE contact_phone || contact_email <> ''"
        )
    for table in _PER_PROJECT:
        db.execute(f"DELETE FROM {table} WHERE project_id = ?", [project_id])
    db.execute("DELETE FROM undo_log")  # it could hold the deleted visits' notes


def apply_closures(db: Database) -> int:
    """Visits of a closed project that arrived later: counted into its visits per week, then
    deleted. Returns how many."""
    late = 0
    for project_id, figures, start in db.execute(
        "SELECT c.project_id, c.figures, p.start_date FROM closed_projects c "
        "JOIN projects p ON p.id = c.project_id "
        "WHERE EXISTS (SELECT 1 FROM visits v WHERE v.project_id = c.project_id)"
    ).fetchall():
        data = json.loads(figures)
        visits = data["weekly"]["visits"]
        seen: dict[str, str] = data.get("seen", {})
        first = date.fromisoformat(str(start))
        newest = dict(seen)
        for day, stamp, live in db.execute(
            "SELECT visit_date, stamp, retracted_at IS NULL FROM visits WHERE project_id = ?",
            [project_id],
        ).fetchall():
            laptop = _laptop(str(stamp))
            if str(stamp) <= seen.get(laptop, ""):
                continue  # counted when the project was closed, or since
            newest[laptop] = max(newest.get(laptop, ""), str(stamp))
            if live:
                # the week as WEEK_SQL counts it (store/plan.py), days before the start included
                week = str(((date.fromisoformat(str(day)) - first).days + 7000) // 7 - 999)
                visits[week] = int(visits.get(week, 0)) + 1
                late += 1
        data["seen"] = newest
        db.execute(
            "UPDATE closed_projects SET figures = ? WHERE project_id = ?",
            [json.dumps(data), project_id],
        )
        _strip(db, int(project_id), links=False)
    return late
