"""`household show` and `erase` on the command line (AVG art. 15 and 17), in separate processes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from ..gui.street_fixtures import make_neighbourhood

SECRET = "HOND-HEET-BOEF-2231"


def _visited(cli, tmp_path: Path, note: str) -> Path:
    """A neighbourhood file where Anna spoke to Kerkweg 7 and wrote ``note``."""
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    done = cli("visit", "Kerkweg 7", "2", "--by", "anna", "--date", "2026-09-08",
               "--note", note, db=path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return path


def test_show_then_erase_a_household(cli, tmp_path: Path) -> None:
    path = _visited(cli, tmp_path, SECRET)
    shown = cli("household", "show", "Kerkweg 7", "--json", db=path)
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert [v["note"] for v in data["visits"]] == [SECRET]
    text = cli("household", "show", "Kerkweg 7", db=path)
    assert SECRET in text.stdout and "Anna de Vries" in text.stdout
    before = path.read_bytes()
    asked = cli("erase", "Kerkweg 7", db=path)  # no terminal to ask on: --yes is needed
    assert asked.returncode == 1 and "--yes" in asked.stderr and "1 bezoek" in asked.stderr
    assert path.read_bytes() == before
    nowhere = cli("erase", "Kerkweg 99", "--yes", db=path)
    assert nowhere.returncode == 1 and "geen huishouden" in nowhere.stderr
    erased = cli("erase", "Kerkweg 7", "--yes", db=path)
    assert erased.returncode == 0, erased.stderr
    assert "gewist" in erased.stdout and "niet aanbellen: op verzoek" in erased.stdout
    after = json.loads(cli("household", "show", "Kerkweg 7", "--json", db=path).stdout)
    assert after["visits"] == [] and after["erased_on"] and after["do_not_visit"]
    assert SECRET.encode() not in path.read_bytes()


def test_a_residents_contact_is_kept_only_with_consent_and_goes_with_erasure(
    cli, tmp_path: Path
) -> None:
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    before = path.read_bytes()
    for bad, said in (
        (["--phone", "06 1234 5678"], "alleen bewaard met toestemming"),
        (["--phone", "06 1234 5678", "--consent-date", "2026-09-08"], "waarvoor"),
        (["--phone", "bel maar", "--consent-date", "2026-09-08", "--purpose", "x"],
         "geen telefoonnummer"),
        (["--email", "piet@", "--consent-date", "2026-09-08", "--purpose", "x"],
         "geen e-mailadres"),
        (["--phone", "0612345678", "--consent-date", "2999-01-01", "--purpose", "x"],
         "toekomst"),
        (["--phone", "0612345678", "--consent-date", "gisteren", "--purpose", "x"],
         "geen datum"),
    ):  # fmt: skip
        refused = cli("household", "contact", "Kerkweg 9", *bad, db=path)
        assert refused.returncode == 1 and said in refused.stderr, (bad, refused.stderr)
        assert "Traceback" not in refused.stderr
    assert path.read_bytes() == before
    kept = cli("household", "contact", "Kerkweg 9", "--phone", "06-1234 5678", "--consent-date",
               "2026-09-08", "--purpose", "terugbellen over de warmtescan", db=path)  # fmt: skip
    assert kept.returncode == 0, kept.stderr
    shown = json.loads(cli("household", "show", "Kerkweg 9", "--json", db=path).stdout)
    assert shown["contact"]["phone"] == "06-1234 5678"
    assert shown["contact"]["purpose"] == "terugbellen over de warmtescan"
    erased = cli("erase", "Kerkweg 9", "--yes", db=path)
    assert "telefoon en e-mail" in erased.stdout
    after = json.loads(cli("household", "show", "Kerkweg 9", "--json", db=path).stdout)
    assert after["contact"] == {"phone": "", "email": "", "consent_at": None, "purpose": ""}
    assert b"1234 5678" not in path.read_bytes()


def test_closing_the_project_keeps_its_figures(cli, tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    cli("visit", "Kerkweg 1", "4", "--by", "anna", "--date", "2026-09-08", "--note", SECRET,
        db=path)  # fmt: skip
    before = json.loads(cli("progress", "--json", db=path).stdout)
    asked = cli("project", "close", db=path)
    assert asked.returncode == 1 and "--yes" in asked.stderr and "2 bezoeken" in asked.stderr
    done = cli("project", "close", "--yes", db=path)
    assert done.returncode == 0, done.stderr
    after = json.loads(cli("progress", "--json", db=path).stdout)
    assert after.pop("project")["ended"] == date.today().isoformat()  # closed today
    before.pop("project")
    assert after == before  # every figure as it was
    assert json.loads(cli("visits", "--json", db=path).stdout) == []
    again = cli("project", "close", "--yes", db=path)
    assert again.returncode == 1 and "al afgesloten" in again.stderr
    assert SECRET.encode() not in path.read_bytes()


OLD_NOTE = "BUURVROUW-IS-ZIEK-7731"


def test_correcting_a_visits_note_on_the_command_line(cli, tmp_path: Path) -> None:
    path = _visited(cli, tmp_path, OLD_NOTE)
    shown = cli("household", "show", "Kerkweg 7", db=path)
    assert " 1. 2026-09-08" in shown.stdout and OLD_NOTE in shown.stdout
    before = path.read_bytes()
    for bad, said in (
        (["Kerkweg 7", "--visit", "2", "--text", "x"], "bezoek 2 bestaat niet"),
        (["Kerkweg 7", "--last", "--text", "x" * 20_000], "hoogstens 2000 tekens"),
        (["Kerkweg 7", "--last", "--text", "rood\x1b[31m"], "stuurtekens"),
        (["Kerkweg 99", "--last", "--text", "x"], "geen huishouden"),
        (["Kerkweg 7", "--text", "x"], "--visit"),
    ):
        refused = cli("note", "correct", *bad, db=path)
        assert refused.returncode != 0 and said in refused.stderr, (bad, refused.stderr)
        assert "Traceback" not in refused.stderr
        assert path.read_bytes() == before
    fixed = cli("note", "correct", "Kerkweg 7", "--visit", "1", "--text", "ziek", db=path)
    assert fixed.returncode == 0, fixed.stderr
    assert "bezoek 1: notitie verbeterd" in fixed.stdout
    data = json.loads(cli("household", "show", "Kerkweg 7", "--json", db=path).stdout)
    assert [v["note"] for v in data["visits"]] == ["ziek"]
    raw = path.read_bytes()
    wal = Path(str(path) + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert OLD_NOTE.encode() not in raw


def test_a_printable_overview_for_the_resident(cli, tmp_path: Path) -> None:
    from pypdf import PdfReader

    path = _visited(cli, tmp_path, "hond")
    out = tmp_path / "inzage.pdf"
    made = cli("household", "show", "Kerkweg 7", "--pdf", str(out), db=path)
    assert made.returncode == 0, made.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for said in ("Kerkweg 7", "Bezoeken (1)", "Anna de Vries", "hond", "Contactgegevens",
                 "Antwoorden op vragen aan de deur"):  # fmt: skip
        assert said in text, said
    assert out.stat().st_mode & 0o077 == 0  # readable by the owner only
    printed = out.read_bytes()
    again = cli("household", "show", "Kerkweg 7", "--pdf", str(out), db=path)
    assert again.returncode == 1 and "bestaat al" in again.stderr
    assert out.read_bytes() == printed
    before = path.read_bytes()
    for onto in (path, Path(str(path) + "-wal")):
        refused = cli("household", "show", "Kerkweg 7", "--pdf", str(onto), "--overwrite",
                      db=path)  # fmt: skip
        assert refused.returncode == 1 and "buurtbestand" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    assert path.read_bytes() == before
    replaced = cli("household", "show", "Kerkweg 7", "--pdf", str(out), "--overwrite", db=path)
    assert replaced.returncode == 0, replaced.stderr
