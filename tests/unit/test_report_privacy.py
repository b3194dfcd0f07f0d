"""The report for the municipality shows no group small enough to read a household off: real
SQLite files, real PDFs read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.outcomes import Outcome
from buurtdesk.errors import UserError
from buurtdesk.io.pdf.exports import export_report
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.households import list_households
from buurtdesk.store.printing import OTHER_STREETS, report_figures
from buurtdesk.store.projects import (
    Project,
    create_project,
    report_min_group,
    set_report_min_group,
)
from buurtdesk.store.store_errors import StoreError
from buurtdesk.store.visits import record_visit

from .pdf_seed import pdf_pages

START = date(2026, 10, 5)
TODAY = date(2026, 11, 16)


def _neighbourhood(path: Path, sizes: dict[str, int]) -> tuple[Database, Project]:
    """Streets of the given sizes in which every household takes part."""
    db = open_db(path)
    records = [
        AddressRecord(street, HouseNumber(n), "3581AB", "Utrecht")
        for street, size in sizes.items()
        for n in range(1, size + 1)
    ]
    upsert_households(db, records)
    project = create_project(db, theme="energy", title="Energie besparen thuis", start=START)
    for household in list_households(db):
        record_visit(
            db,
            project_id=project.id,
            household_id=household["id"],
            outcome=Outcome.TAKES_PART,
            visit_date=START,
        )
    return db, project


def _report(tmp_path: Path, sizes: dict[str, int], minimum: int | None = None) -> str:
    db, project = _neighbourhood(tmp_path / "buurt.buurtdesk", sizes)
    if minimum is not None:
        set_report_min_group(db, minimum)
    out = tmp_path / "verslag.pdf"
    export_report(db, project, out, today=TODAY)
    db.close()
    return "\n".join(pdf_pages(out))


def test_a_street_of_one_and_of_five_never_appear(tmp_path: Path) -> None:
    text = _report(tmp_path, {"Eenhuis": 1, "Vijfhof": 5, "Lange Laan": 40, "Brede Weg": 30})
    assert "Eenhuis" not in text and "Vijfhof" not in text
    assert "Lange Laan" in text
    # Eenhuis and Vijfhof (6) are too few on their own; the smallest shown street joins them
    assert "overige straten (3)" in text
    assert "Brede Weg" not in text


def test_street_of_ten_is_shown_of_nine_is_not(tmp_path: Path) -> None:
    ten = _report(tmp_path / "a", {"Tienweg": 10, "Negenhof": 20})
    assert "Tienweg" in ten
    nine = _report(tmp_path / "b", {"Negenhof": 9, "Lange Laan": 40, "Brede Weg": 30})
    assert "Negenhof" not in nine and "Lange Laan" in nine


def test_merged_group_of_ten_is_shown_of_nine_only_in_the_total(tmp_path: Path) -> None:
    db, project = _neighbourhood(
        tmp_path / "tien.buurtdesk", {"Aweg": 4, "Bweg": 6, "Lange Laan": 40}
    )
    figures = report_figures(db, project, TODAY)
    assert [(s.label, s.households, s.streets) for s in figures.streets] == [
        ("Lange Laan", 40, 1),
        (OTHER_STREETS, 10, 2),
    ]
    db.close()
    db, project = _neighbourhood(
        tmp_path / "negen.buurtdesk", {"Aweg": 4, "Bweg": 5, "Lange Laan": 40}
    )
    figures = report_figures(db, project, TODAY)
    assert all(s.households >= 10 for s in figures.streets)
    assert not any(s.households == 9 for s in figures.streets)
    assert figures.households == 49 and figures.takes_part == 49  # in the total all the same
    db.close()


def test_the_minimum_is_a_setting_never_below_five(tmp_path: Path) -> None:
    db = open_db(tmp_path / "buurt.buurtdesk")
    assert report_min_group(db) == 10
    assert set_report_min_group(db, 5) == 5
    with pytest.raises(StoreError, match="5 tot 1000"):
        set_report_min_group(db, 4)
    db.execute("UPDATE settings SET value = '1' WHERE key = 'report_min_group'")
    assert report_min_group(db) == 5  # a file edited by hand still gets the floor
    db.close()
    text = _report(
        tmp_path / "vijf", {"Vijfhof": 5, "Vierhof": 4, "Eenhof": 1, "Lange Laan": 40}, 5
    )
    assert "Vijfhof" in text and "overige straten (2)" in text
    assert "Vierhof" not in text and "Eenhof" not in text


def test_a_neighbourhood_below_the_minimum_gets_no_report(tmp_path: Path) -> None:
    db, project = _neighbourhood(tmp_path / "klein.buurtdesk", {"Hofje": 9})
    out = tmp_path / "verslag.pdf"
    with pytest.raises(UserError, match="minstens 10"):
        export_report(db, project, out, today=TODAY)
    assert not out.exists()
    db.close()


def test_header_names_the_theme_once(tmp_path: Path) -> None:
    text = _report(tmp_path, {"Lange Laan": 40})
    assert "Energie besparen thuis · Energie besparen thuis" not in text
    assert text.count("Energie besparen thuis") >= 1


def test_plan_names_the_theme_once(tmp_path: Path) -> None:
    from buurtdesk.io.pdf.exports import export_plan
    from buurtdesk.store.plan import start_project

    db = open_db(tmp_path / "buurt.buurtdesk")
    project = start_project(db, "energy", START)  # named after its theme
    assert project.title == "Energie besparen thuis"
    out = tmp_path / "plan.pdf"
    export_plan(db, project, out, today=TODAY)
    db.close()
    text = "\n".join(pdf_pages(out))
    assert text.count("Energie besparen thuis") == 1
