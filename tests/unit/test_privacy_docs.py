"""The privacy statement for residents and the team's register of processing: filled from the
file, read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.errors import UserError
from buurtdesk.io.pdf.privacy_docs import statement_text
from buurtdesk.ops import privacy
from buurtdesk.store.projects import current_project, set_contact
from tests.unit.pdf_seed import TODAY, seed


def _text(pdf: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages).replace("\n", " ")


def test_the_statement_names_the_project_its_contact_and_the_group_size(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "verklaring.pdf"
    pages = privacy.privacy_statement(db, current_project(db), out, today=TODAY)
    text = _text(out)
    assert pages == len(PdfReader(out).pages) >= 1
    assert project.title in text and project.contact.split(",")[0] in text
    assert "kleiner dan 10 huishoudens" in text and "Autoriteit Persoonsgegevens" in text
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "v")], check=True)
    assert list(tmp_path.glob("v-*.png"))
    with pytest.raises(UserError, match="bestaat al"):
        privacy.privacy_statement(db, current_project(db), out, today=TODAY)


def test_no_statement_without_a_way_to_reach_the_team(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    set_contact(db, project.id, "")
    with pytest.raises(UserError, match="contact"):
        privacy.privacy_statement(db, current_project(db), tmp_path / "v.pdf", today=TODAY)
    assert not (tmp_path / "v.pdf").exists()


def test_the_register_counts_what_the_file_holds(tmp_path: Path) -> None:
    db, _project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "register.pdf"
    privacy.processing_register(db, out, today=date(2026, 11, 30))
    text = _text(out)
    households = db.execute("SELECT count(*) FROM households").fetchone()[0]
    visits = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    assert f"{households} huishoudens" in text and f"{visits} bezoeken" in text
    assert "toestemming" in text and "AVG art. 17" in text


def test_a_template_with_an_unknown_field_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "sjabloon.txt"
    bad.write_text("# Verklaring\nWij zijn $onbekend.\n", encoding="utf-8")
    with pytest.raises(UserError, match="onbekend"):
        statement_text({"buurt": "x"}, bad)
    bad.write_bytes(b"\xff\xfe\x00kapot")
    with pytest.raises(UserError, match="sjabloon"):
        statement_text({}, bad)
