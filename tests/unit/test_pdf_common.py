"""Text that prints: missing glyphs, right-to-left runs, shortening and wrapping; safe writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.errors import UserError
from buurtdesk.io.pdf.common import FONT, MISSING, atomic_pdf, fit, safe_text, width, wrap


def test_latin_extended_prints_as_typed() -> None:
    assert safe_text("Ŝtraat van Őrs, café, ĳs") == "Ŝtraat van Őrs, café, ĳs"


def test_missing_glyphs_become_one_visible_box() -> None:
    assert safe_text("hond 🐕 en 👨‍👩‍👧 gezin") == f"hond {MISSING} en {MISSING} gezin"
    assert safe_text("tab\tnul\x00") == "tab nul "


def test_right_to_left_runs_in_visual_order() -> None:
    assert safe_text("bel aan: שלום") == "bel aan: םולש"
    assert safe_text("שלום עולם!") == "םלוע םולש!"
    # Arabic letters are reversed too (not shaped: reportlab lays out left to right)
    assert safe_text("مرحبا") == "ابحرم"


def test_fit_and_wrap_never_exceed_the_width() -> None:
    note = "Mevrouw werkt thuis op dinsdag en wil graag gebeld worden. " * 6
    short = fit(note, FONT, 10, 200)
    assert short.endswith("…") and width(short, FONT, 10) <= 200
    lines = wrap(note, FONT, 10, 200, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(width(line, FONT, 10) <= 200 for line in lines)
    assert wrap("a" * 500, FONT, 10, 100)[0].endswith("…")


def test_atomic_pdf_moves_into_place_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    with atomic_pdf(target) as temp:
        temp.write_bytes(b"%PDF-1.4 done")
    assert target.read_bytes() == b"%PDF-1.4 done"
    with pytest.raises(RuntimeError), atomic_pdf(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("stopped halfway")
    assert target.read_bytes() == b"%PDF-1.4 done"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]
    with pytest.raises(UserError, match="map bestaat niet"), atomic_pdf(tmp_path / "a" / "b.pdf"):
        pass
