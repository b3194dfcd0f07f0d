"""End to end: `buurtdesk export ...` on a real file, PDFs read back, errors as one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.pdf_seed import pdf_pages, seed


@pytest.fixture
def seeded_path(tmp_path: Path) -> Path:
    path = tmp_path / "buurt.buurtdesk"
    db, _ = seed(path)
    db.close()
    return path


def test_export_walklist_for_a_connector(cli, seeded_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ann.pdf"
    args = ["export", "walklist", "--out", str(out), "--connector", "Ann de Vries"]
    result = cli(*args, "--date", "2026-11-16", "--json", db=seeded_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {"path": str(out), "pages": 5, "items": 33}
    pages = pdf_pages(out)
    assert len(pages) == 5 and "Looplijst voor Ann de Vries" in pages[0]


def test_export_walklist_per_street(cli, seeded_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "straten.pdf"
    result = cli(
        "export",
        "walklist",
        "--out",
        str(out),
        "--street",
        "hofje",
        "--street",
        "Kastanjeplein",
        db=seeded_path,
    )
    assert result.returncode == 0, result.stderr
    assert "looplijst met 15 adressen geschreven" in result.stdout
    text = "\n".join(pdf_pages(out)[1:])
    assert text.index("Hofje — oneven kant") < text.index("Kastanjeplein — doorlopend")


def test_export_doorcards_letter_report_plan(cli, seeded_path: Path, tmp_path: Path) -> None:
    for kind, extra, expect in [
        ("doorcards", ["--phone", "06 1234 5678", "--not-home-twice"], "voor: Lindelaan 3"),
        ("letter", ["--street", "Hofje", "--template", "uitnodiging"], "Uitnodiging"),
        ("report", [], "Voortgangsverslag voor de gemeente"),
        ("plan", [], "Stappenplan"),
    ]:
        out = tmp_path / f"{kind}.pdf"
        result = cli("export", kind, "--out", str(out), *extra, db=seeded_path)
        assert result.returncode == 0, (kind, result.stderr)
        assert expect in pdf_pages(out)[0], kind


def test_errors_are_one_line_and_leave_no_file(cli, seeded_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    cases = [
        (["walklist", "--street", "Nergensstraat"], 'straat "Nergensstraat" bestaat niet'),
        (["walklist", "--connector", "Niemand"], 'teamlid "Niemand" bestaat niet'),
        (["letter", "--template", "geen"], 'sjabloon "geen" bestaat niet'),
        (["doorcards", "--phone", "bel mij"], "geen telefoonnummer"),
    ]
    for args, message in cases:
        result = cli("export", args[0], "--out", str(out), *args[1:], db=seeded_path)
        assert result.returncode == 1, args
        assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    result = cli("export", "report", "--out", "/proc/verslag.pdf", db=seeded_path)
    assert result.returncode == 1
    assert result.stderr.startswith("/proc/verslag.pdf: kan hier niet schrijven")
    assert list(tmp_path.glob("*.pdf*")) == []


def test_unknown_placeholder_from_the_command_line(cli, seeded_path: Path, tmp_path: Path) -> None:
    template = tmp_path / "mijn.txt"
    template.write_text("Beste $bewoner,\n", encoding="utf-8")
    out = tmp_path / "x.pdf"
    result = cli("export", "letter", "--out", str(out), "--template", str(template), db=seeded_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith(f"{template}:1: onbekend veld $bewoner")
    assert not out.exists()
