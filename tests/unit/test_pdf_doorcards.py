"""Door cards read back: four per sheet, message, next activity, contact, QR."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.errors import UserError
from buurtdesk.io.pdf.doorcards import qr_for_link, qr_for_phone
from buurtdesk.io.pdf.exports import export_doorcards

from .pdf_seed import TODAY, pdf_pages, seed


@pytest.fixture
def seeded(tmp_path: Path):
    db, project = seed(tmp_path / "buurt.buurtdesk")
    yield db, project
    db.close()


def test_blank_cards_four_per_sheet(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "kaarten.pdf"
    result = export_doorcards(db, project, out, sheets=2, today=TODAY)
    pages = pdf_pages(out)
    assert result.pages == len(pages) == 2 and result.items == 8
    for text in pages:
        assert text.count("Sorry,") == 4
        assert text.count("we hebben u gemist") == 4
        assert text.count("Warmtescan-avond") == 4  # the next activity, after TODAY
        assert "Team Lindekwartier" in text
        assert "voor:" not in text


def test_cards_for_households_not_home_twice_with_a_qr(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "niet-thuis.pdf"
    result = export_doorcards(
        db, project, out, link="lindekwartier.example.org", not_home=True, today=TODAY
    )
    text = pdf_pages(out)[0]
    assert result.items == 2
    assert "voor: Lindelaan 3" in text and "voor: Lindelaan 6" in text
    assert "meer info" in text
    # the QR code is drawn as vector squares: a page with many filled rectangles
    content = PdfReader(str(out)).pages[0].get_contents().get_data()
    assert content.count(b" re") > 200


def test_qr_inputs() -> None:
    assert qr_for_link("example.org/x") == "https://example.org/x"
    assert qr_for_link("https://example.org") == "https://example.org"
    assert qr_for_phone("06 1234 5678") == "tel:+31612345678"
    assert qr_for_phone("+32 2 123 45 67") == "tel:+3221234567"
    with pytest.raises(UserError):
        qr_for_link("twee woorden")
    with pytest.raises(UserError):
        qr_for_phone("bel me")


def test_link_and_phone_together_and_empty_selection(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError, match="niet allebei"):
        export_doorcards(db, project, out, link="a.nl", phone="0612345678")
    with pytest.raises(UserError, match="geen huishoudens"):
        export_doorcards(db, project, out, not_home=True, streets=["Hofje"], today=TODAY)
    assert not out.exists()


def test_one_card_per_address_of_a_street(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "kastanjeplein.pdf"
    result = export_doorcards(db, project, out, streets=["Kastanjeplein"], today=TODAY)
    pages = pdf_pages(out)
    assert result.items == 11 and len(pages) == result.pages == 3  # 12 minus "niet aanbellen"
    assert "voor: Kastanjeplein 1" in pages[0] and "voor: Kastanjeplein 4" not in "".join(pages)
    assert pages[-1].count("we hebben u gemist") == 3  # the last sheet is not padded
