"""The municipality report: figures and charts, never a household's address, name or outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.errors import UserError
from buurtdesk.io.pdf.exports import export_report
from buurtdesk.store.households import list_households
from buurtdesk.store.printing import OTHER_STREETS, report_figures
from buurtdesk.store.projects import create_project

from .pdf_seed import TODAY, pdf_pages, seed


@pytest.fixture
def seeded(tmp_path: Path):
    db, project = seed(tmp_path / "buurt.buurtdesk")
    yield db, project
    db.close()


def test_figures_merge_small_streets(seeded) -> None:
    db, project = seeded
    figures = report_figures(db, project, TODAY)
    labels = [s.label for s in figures.streets]
    assert labels == ["Lindelaan", OTHER_STREETS] and figures.min_group == 10
    assert figures.households == 50 and figures.takes_part == 7
    assert sum(s.households for s in figures.streets) == 50
    assert [w.week for w in figures.weeks] == list(range(1, 8))
    assert figures.weeks[-1].takes_part == 7


def test_report_has_figures_and_no_household_data(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "verslag.pdf"
    result = export_report(db, project, out, today=TODAY)
    pages = pdf_pages(out)
    assert len(pages) == result.pages
    text = "\n".join(pages)
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in page
    assert "Voortgangsverslag voor de gemeente" in text
    assert "Deelname per straat" in text and "Week voor week" in text
    assert "overige straten" in text and "doel 50%" in text
    assert "Lindelaan" in text  # 30 households: shown on its own
    # Hofje (3) and Ŝtraat van Őrs (5) together are 8, fewer than 10: Kastanjeplein (12) joins
    # them, so that "total minus the streets shown" does not give the 8 away.
    assert "overige straten (3)" in text
    # never a street below the minimum, an address, a note or a name without consent
    assert "Hofje" not in text and "Kastanjeplein" not in text and "Őrs" not in text
    for household in list_households(db):
        assert household["address"] not in text
        assert household["postcode"] not in text
    assert "Hond" not in text and "nee-nee" not in text
    assert "Bob" not in text and "Chris" not in text
    assert "Ann de Vries" in text  # she agreed to be named
    assert "deskundige" in text and "verbinder" in text and "ondernemer" in text
    assert "Team gevormd" in text and "Buurtbijeenkomst" in text


def test_report_without_households(tmp_path: Path) -> None:
    from buurtdesk.store.db import open_db

    db = open_db(tmp_path / "leeg.buurtdesk")
    project = create_project(db, theme="energy", title="Leeg", start=TODAY)
    with pytest.raises(UserError, match="nog geen huishoudens"):
        export_report(db, project, tmp_path / "x.pdf")
    db.close()
    assert not (tmp_path / "x.pdf").exists()
