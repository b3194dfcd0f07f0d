"""The report for the municipality counts residents' ideas per theme: no text, no street, no
name (issue 12)."""

from __future__ import annotations

from pathlib import Path

from buurtdesk.io.pdf.exports import export_report
from buurtdesk.store.ideas import insert_idea

from .pdf_seed import TODAY, pdf_pages, seed


def test_report_counts_ideas_per_theme_and_shows_none_of_them(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    hofje = db.execute("SELECT id FROM streets WHERE name = 'Hofje'").fetchone()[0]
    for text, theme, street in (
        ("Geheim plan van mevrouw Jansen", "energy", hofje),
        ("Zonnepanelen op de school", "energy", None),
        ("Samen isoleren", "energy", None),
        ("Een buurtbus naar de markt", "mobility", hofje),
        ("Bankjes langs het water", "", None),
    ):
        insert_idea(db, text, theme, street)
    out = tmp_path / "verslag.pdf"
    export_report(db, project, out, today=TODAY)
    text = "\n".join(pdf_pages(out))
    section = text[text.index("Ideeën van bewoners") :]
    assert "Energie besparen thuis\n3" in section
    assert "Buurtbus en deelvervoer\n1" in section and "zonder thema\n1" in section
    assert "totaal\n5" in section
    for private in ("Jansen", "Zonnepanelen op de school", "buurtbus naar", "Bankjes"):
        assert private not in text
    assert "Hofje" not in section  # per street nothing: Hofje has 3 households (< 10)
    db.close()


def test_report_without_ideas_says_so(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "verslag.pdf"
    export_report(db, project, out, today=TODAY)
    assert "Er zijn nog geen ideeën van bewoners bewaard." in "\n".join(pdf_pages(out))
    db.close()
