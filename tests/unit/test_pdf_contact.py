"""Letters and door cards give residents a way to reach the team: the project's contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.errors import UserError
from buurtdesk.io.pdf.exports import export_doorcards, export_letter
from buurtdesk.store.projects import get_project, set_contact

from .pdf_seed import TODAY, pdf_pages, seed


def test_letter_and_door_cards_print_the_contact(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    project = set_contact(db, project.id, "  Buurtteam Linde  · 06 9876 5432 ·  linde@example.org ")
    assert project.contact == "Buurtteam Linde · 06 9876 5432 · linde@example.org"
    letter, cards = tmp_path / "brief.pdf", tmp_path / "kaarten.pdf"
    export_letter(db, project, letter, streets=["Hofje"], today=TODAY)
    export_doorcards(db, project, cards, today=TODAY)
    for pdf in (letter, cards):
        for page in pdf_pages(pdf):
            text = " ".join(page.split())
            assert "06 9876 5432" in text and "linde@example.org" in text, pdf.name
    db.close()


@pytest.mark.parametrize("export", [export_letter, export_doorcards])
def test_no_letter_or_card_without_a_way_to_reach_the_team(tmp_path: Path, export) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    set_contact(db, project.id, "   ")
    project = get_project(db, project.id)
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError, match="hoe bewoners het team bereiken"):
        export(db, project, out, today=TODAY)
    assert not out.exists()
    db.close()
