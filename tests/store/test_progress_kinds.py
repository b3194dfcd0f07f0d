"""The progress figures read per street and kind: SQLite numbers each counter row's kind as the
domain does, and a project closed before this way of reading keeps its recorded figures."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from buurtdesk.domain.outcomes import Status
from buurtdesk.domain.progress import KINDS, UNASSIGNED, kind
from buurtdesk.store.db import open_db
from buurtdesk.store.progress import KIND_SQL, kind_counts, project_progress
from buurtdesk.store.projects import get_project

from ..gui.street_fixtures import make_neighbourhood

TODAY = date(2026, 9, 20)


def test_sqlite_numbers_every_kind_as_the_domain_does(tmp_path: Path) -> None:
    db = open_db(tmp_path / "buurt.buurtdesk")
    for status, initiator, skip in KINDS:
        for marks in ((int(initiator), int(skip)), (7 * initiator, 3 * skip)):  # any non-zero
            row = db.execute(
                f"SELECT {KIND_SQL} FROM (SELECT ? AS outcome, ? AS initiator, ? AS do_not_visit)",
                [status.value, *marks],
            ).fetchone()
            assert row[0] == kind(status, initiator, skip), (status, marks)
    db.close()


def test_a_street_without_visits_is_all_unvisited_households(tmp_path: Path) -> None:
    ids = make_neighbourhood(tmp_path / "buurt.buurtdesk")
    db = open_db(tmp_path / "buurt.buurtdesk")
    counts = kind_counts(db, ids["project"])
    kerkweg = counts[ids["kerkweg"]]
    assert kerkweg[kind(Status.UNVISITED, False, False)] == 12 == sum(kerkweg)
    dorpsstraat = counts[ids["dorpsstraat"]]
    assert dorpsstraat[kind(Status.INTERESTED, False, False)] == 1
    assert dorpsstraat[kind(Status.UNVISITED, False, False)] == 5 == sum(dorpsstraat) - 1
    db.close()


def test_a_project_closed_before_keeps_its_recorded_figures(tmp_path: Path) -> None:
    """The record as closing wrote it (cells of street, connectors, status, initiator, count,
    "do not visit"; the unvisited rest of each street last) is read as before."""
    ids = make_neighbourhood(tmp_path / "buurt.buurtdesk")
    db = open_db(tmp_path / "buurt.buurtdesk")
    record = {
        "cells": [
            ["Kerkweg", ["Anna de Vries"], "takes_part", False, 40, False],
            ["Kerkweg", ["Anna de Vries"], "takes_part", True, 5, False],
            ["Kerkweg", ["Anna de Vries"], "unvisited", True, 3, False],
            ["Kerkweg", ["Anna de Vries"], "interested", False, 20, False],
            ["Kerkweg", ["Anna de Vries"], "do_not_visit", False, 2, True],
            ["Molenlaan", ["Bram Jansen", "Anna de Vries"], "not_home", False, 10, False],
            ["Dorpsstraat", [], "spoke", True, 4, False],
            ["Kerkweg", ["Anna de Vries"], "unvisited", False, 30, False],
            ["Kerkweg", ["Anna de Vries"], "unvisited", False, 1, True],
            ["Molenlaan", ["Bram Jansen", "Anna de Vries"], "unvisited", False, 15, False],
            ["Dorpsstraat", [], "unvisited", False, 70, False],
        ],
        "weekly": {
            "visits": {"2": 50, "3": 31},
            "first_visits": {"2": 60},
            "takes_part": {"3": 40},
        },
        "initiators": 12,
        "answers": [],
        "measures": [],
        "seen": {},
    }
    with db.conn:
        db.execute(
            "INSERT INTO closed_projects (uuid, project_id, closed_on, figures) "
            "VALUES ('c-1', ?, '2026-12-01', ?)",
            [ids["project"], json.dumps(record)],
        )
    p = project_progress(db, get_project(db, ids["project"]), TODAY)
    t = p.total
    assert (t.households, t.visited, t.interested, t.takes_part) == (200, 81, 20, 45)
    assert (t.initiators, t.participants, p.doors_left) == (12, 52, 118)
    assert list(p.streets) == ["Dorpsstraat", "Kerkweg", "Molenlaan"]
    kerkweg = p.streets["Kerkweg"]
    assert (kerkweg.households, kerkweg.participants, kerkweg.doors_left) == (101, 48, 33)
    assert list(p.connectors) == ["Anna de Vries", "Anna de Vries + Bram Jansen", UNASSIGNED]
    assert p.connectors[UNASSIGNED].households == 74
    assert [(w.week, w.visits, w.participants_total) for w in p.by_week[:3]] == [
        (1, 0, 12),
        (2, 50, 12),
        (3, 31, 52),
    ]
    db.close()
