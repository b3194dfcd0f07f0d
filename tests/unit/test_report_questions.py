"""The report for the municipality counts the door questions' answers: households per answer, in
total and per group of at least the minimum size (a small street shows in the total only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.io.pdf.exports import export_report
from buurtdesk.ops import questions as ops
from buurtdesk.ops.visits import record_visit

from .pdf_seed import TODAY, pdf_pages, seed


def _door(db, street: str, number: int) -> int:
    return int(
        db.execute(
            "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
            "WHERE s.name = ? AND h.number = ? AND h.addition = ''",
            [street, number],
        ).fetchone()[0]
    )


def test_report_counts_answers_per_group_and_hides_small_streets(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    ops.add_question(db, "Wilt u een gratis warmtescan?", short="warmtescan", project_id=project.id)
    answers = [("Lindelaan", n, "ja") for n in (3, 5, 6, 9, 11)] + [("Lindelaan", 12, "nee")]
    answers += [("Hofje", 2, "ja"), ("Hofje", 3, "nee")]  # Hofje: 3 households, below the minimum
    for street, number, answer in answers:
        record_visit(db, household_id=_door(db, street, number), outcome=Outcome.SPOKE,
                     visit_date=date(2026, 11, 10), visitor="Ann de Vries",
                     answers={"warmtescan": answer}, project_id=project.id)  # fmt: skip
    out = tmp_path / "verslag.pdf"
    export_report(db, project, out, today=TODAY)
    text = "\n".join(pdf_pages(out))
    section = text[text.index("Antwoorden op de deurvragen") :]
    assert "Wilt u een gratis warmtescan?" in section
    assert "Lindelaan\n5\n1" in section  # ja 5, nee 1
    assert "totaal\n6\n2" in section  # Hofje's two answers count in the total only
    assert "Hofje" not in section
    db.close()


def test_report_without_questions_has_no_answer_section(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    out = tmp_path / "verslag.pdf"
    export_report(db, project, out, today=TODAY)
    assert "Antwoorden op de deurvragen" not in "\n".join(pdf_pages(out))
    db.close()
