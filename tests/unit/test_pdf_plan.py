"""The plan on one page: A4 landscape, every week, every role, milestones."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.errors import UserError
from buurtdesk.io.pdf.exports import export_plan

from .pdf_seed import PLAN, TODAY, seed


def test_plan_on_one_landscape_page(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "plan.pdf"
    result = export_plan(db, project, out, today=TODAY)
    reader = PdfReader(str(out))
    assert result.pages == len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    text = reader.pages[0].extract_text()
    for week in range(1, 11):
        assert f"week {week}" in text
    assert "nu · 16 nov" in text  # the current week
    for role in ("deskundige", "verbinder", "ondernemer"):
        assert role in text
    for english in ("expert", "connector", "entrepreneur"):  # print speaks Dutch only
        assert english not in text.lower()
    for *_, title in PLAN:
        assert title in text
    assert "pagina 1 van 1" in text
    db.close()


def test_no_plan_is_a_clear_message(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk", plan=False)
    with pytest.raises(UserError, match="nog geen stappenplan"):
        export_plan(db, project, tmp_path / "plan.pdf")
    assert not (tmp_path / "plan.pdf").exists()
    db.close()


def test_a_long_project_still_fits_one_page(tmp_path: Path) -> None:
    from datetime import date

    from buurtdesk.store.db import open_db
    from buurtdesk.store.plan import start_project

    db = open_db(tmp_path / "lang.buurtdesk")
    project = start_project(db, "energy", date(2026, 10, 5), weeks=26)
    out = tmp_path / "plan.pdf"
    export_plan(db, project, out, today=date(2026, 11, 16))
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "wk 26" in text and "Kernboodschap" in text and "+ nog" not in text
    db.close()
