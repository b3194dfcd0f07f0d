"""Every font in every printable is embedded: a PDF that names a font without carrying it
(reportlab's starting Helvetica) prints with whatever the reader substitutes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader

from .pdf_seed import TODAY, seed


def _fonts(pdf: Path) -> dict[str, bool]:
    """Base font name → embedded, over every page of the file."""
    found: dict[str, bool] = {}
    for page in PdfReader(str(pdf)).pages:
        resources: Any = page.get("/Resources") or {}
        fonts: Any = resources.get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


def test_every_printable_embeds_every_font(tmp_path: Path) -> None:
    from buurtdesk.io.pdf.exports import (
        export_doorcards,
        export_letter,
        export_plan,
        export_report,
        export_walklist,
    )

    db, project = seed(tmp_path / "buurt.buurtdesk")
    made = {
        "walklist": export_walklist(db, project, tmp_path / "w.pdf", today=TODAY),
        "doorcards": export_doorcards(db, project, tmp_path / "d.pdf", today=TODAY),
        "letter": export_letter(db, project, tmp_path / "l.pdf", today=TODAY),
        "report": export_report(db, project, tmp_path / "r.pdf", today=TODAY),
        "plan": export_plan(db, project, tmp_path / "p.pdf", today=TODAY),
    }
    db.close()
    for kind, result in made.items():
        fonts = _fonts(result.path)
        assert fonts, kind
        assert all(fonts.values()), f"{kind}: not embedded: {fonts}"
        assert all("DejaVu" in name for name in fonts), f"{kind}: {fonts}"
