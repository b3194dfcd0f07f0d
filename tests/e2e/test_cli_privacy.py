"""`household show` and `erase` on the command line (AVG art. 15 and 17), in separate processes."""

from __future__ import annotations

import json
from pathlib import Path

from ..gui.street_fixtures import make_neighbourhood

SECRET = "HOND-HEET-BOEF-2231"


def test_show_then_erase_a_household(cli, tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    done = cli("visit", "Kerkweg 7", "2", "--by", "anna", "--date", "2026-09-08",
               "--note", SECRET, db=path)  # fmt: skip
    assert done.returncode == 0, done.stderr
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
