"""Door questions on walk lists: one tick column per live question, headed by its short key, in
the full and the compact layout; read back with pypdf and rendered (nothing past the margin)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.ops import questions as ops

from .pdf_seed import TODAY, pdf_pages, render, seed

QUESTIONS = [
    ("warmtescan", "Wilt u een gratis warmtescan?", ()),
    ("isolatie", "Doet u mee met de inkoop van isolatie?", ("dak", "spouw", "vloer")),
    ("zonnepanelen", "Heeft u interesse in zonnepanelen?", ()),
    ("feest", "Komt u naar het feest?", ()),
]


@pytest.fixture
def seeded(tmp_path: Path):
    db, project = seed(tmp_path / "buurt.buurtdesk")
    for short, text, choices in QUESTIONS:
        ops.add_question(db, text, short=short, choices=choices, project_id=project.id)
    ops.remove_question(db, "feest", project_id=project.id)  # not live: not printed
    yield db, project
    db.close()


def _right_margin_is_blank(png: Path, margin_mm: float) -> bool:
    image = Image.open(png).convert("L")
    w, h = image.size
    edge = int(w * (1 - (margin_mm - 2) / 210))  # a strip inside the right margin
    strip = image.crop((edge, 0, w, h))
    return strip.getextrema()[0] > 200  # nothing dark drawn there


def test_the_full_list_has_a_column_per_live_question(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "full.pdf"
    export_walklist(db, project, out, streets=["Lindelaan"], today=TODAY)
    pages = pdf_pages(out)
    assert "VRAGEN AAN DE DEUR" in pages[0]
    assert "warmtescan: Wilt u een gratis warmtescan?" in pages[0]
    assert "feest" not in "".join(pages)
    rows_page = pages[1]
    for short in ("warmtescan", "isolatie", "zonnepanelen"):
        assert rows_page.count(short) >= 5  # on every row of the page
    png = render(out, tmp_path / "full.png", page=2, dpi=60)
    assert _right_margin_is_blank(png, 15)


def test_the_compact_list_has_the_columns_and_still_fits(seeded, tmp_path: Path) -> None:
    db, project = seeded
    out = tmp_path / "compact.pdf"
    export_walklist(db, project, out, compact=True, today=TODAY)
    pages = pdf_pages(out)
    heads = pages[0]
    assert "warmtescan" in heads and "isolatie" in heads and "zonnepan" in heads
    assert "feest" not in heads
    streets = ("Lindelaan", "Kastanjeplein", "Hofje", "traat van")
    rows = sum(1 for line in pages[0].splitlines() if line.strip().endswith(streets))
    assert rows >= 20  # still at least 20 doors a page with three questions
    png = render(out, tmp_path / "compact.png", page=1, dpi=60)
    assert _right_margin_is_blank(png, 12)


def test_without_questions_the_lists_are_as_before(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "plain.pdf"
    export_walklist(db, project, out, streets=["Lindelaan"], today=TODAY)
    assert "VRAGEN AAN DE DEUR" not in pdf_pages(out)[0]
    db.close()
