"""Letters from templates: one page per household, the window-envelope address, bad templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.errors import UserError
from buurtdesk.io.pdf.common import MM
from buurtdesk.io.pdf.exports import export_letter
from buurtdesk.io.pdf.letter import ADDRESS_TOP, LEFT, check_template, list_templates

from .pdf_seed import TODAY, pdf_pages, seed


@pytest.fixture
def seeded(tmp_path: Path):
    db, project = seed(tmp_path / "buurt.buurtdesk")
    yield db, project
    db.close()


def test_shipped_templates_are_valid() -> None:
    assert {"brief", "uitnodiging"} <= set(list_templates())


def test_one_letter_per_household_skipping_do_not_visit(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "brief.pdf"
    result = export_letter(db, project, out, streets=["Kastanjeplein"], today=TODAY)
    pages = pdf_pages(out)
    assert result.items == len(pages) == 11  # 12 addresses, Kastanjeplein 4 does not want post
    first = pages[0]
    assert "Aan de bewoners van\nKastanjeplein 1\n3581 AC  Utrecht" in first
    assert "Energie besparen thuis in onze buurt" in first
    assert "Warmtescan-avond" in first and "26 november 2026" in first
    assert "Ann de Vries" in first  # the only member who agreed to be named
    assert "Bob" not in first and "Chris" not in first
    assert not any("Kastanjeplein 4\n" in p for p in pages)


def test_address_sits_in_the_envelope_window(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "brief.pdf"
    export_letter(db, project, out, streets=["Hofje"], today=TODAY)
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: object) -> None:
        if text.startswith("Hofje 1"):
            found.append((tm[4], tm[5]))

    PdfReader(str(out)).pages[0].extract_text(visitor_text=visit)
    (x, y), *_ = found
    page_h = 297 * MM
    assert abs(x - LEFT) < 1
    top_mm = (page_h - y) / MM
    assert 55 <= top_mm <= 90  # within the window of an EA5/6 envelope (55-95 mm from the top)
    assert pytest.approx(page_h - 55 * MM) == ADDRESS_TOP


def test_invitation_to_households_not_home_twice(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "uitnodiging.pdf"
    result = export_letter(db, project, out, not_home=True, template="uitnodiging", today=TODAY)
    pages = pdf_pages(out)
    assert result.items == 2
    assert "Lindelaan 3" in pages[0] and "Lindelaan 6" in pages[1]
    assert "Beste bewoners van de Lindelaan" in pages[0]
    # lines of one paragraph stay under each other
    assert "\nWanneer: donderdag 26 november 2026, 19:30\nWaar: Buurthuis De Linde\n" in pages[0]


def test_unknown_placeholder_names_file_line_and_fields(seeded, tmp_path: Path) -> None:
    db, project = seeded
    template = tmp_path / "eigen.txt"
    template.write_text("Onderwerp: Hallo\nBeste $buren,\n\nTot $datm.\n", encoding="utf-8")
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError) as info:
        export_letter(db, project, out, template=str(template), today=TODAY)
    message = str(info.value)
    assert message.startswith(f"{template}:2: onbekend veld $buren")
    assert "$boodschap" in message
    assert not out.exists()
    with pytest.raises(UserError, match="bestaat niet"):
        export_letter(db, project, out, template="bestaat-niet")
    with pytest.raises(UserError, match=r"\$\$"):
        check_template("Kosten: $ 5", None)


def test_a_letter_longer_than_a_page_is_refused(seeded, tmp_path: Path) -> None:
    db, project = seeded
    template = tmp_path / "lang.txt"
    template.write_text("Beste buren,\n\n" + "Een lange zin over $thema. " * 400, encoding="utf-8")
    with pytest.raises(UserError, match="past niet op één pagina"):
        export_letter(db, project, tmp_path / "x.pdf", template=str(template))


def test_non_latin1_names_in_a_letter(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "tekens.pdf"
    export_letter(db, project, out, streets=["Ŝtraat van Őrs"], today=TODAY)
    assert "Ŝtraat van Őrs 2" in pdf_pages(out)[0]
