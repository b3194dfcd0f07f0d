"""End to end: `street set` switches a street's numbering and its walking order follows;
`street add --straight` renumbers a known street with or without --json; names the printed
pages cannot draw are refused; `households` lists streets the Dutch way."""

from __future__ import annotations

import json
from pathlib import Path

from buurtdesk.store.db import open_db


def _dump(db_path: Path) -> bytes:
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text.encode()


def _numbers(cli, db_path: Path, street: str) -> list[int]:
    out = cli("households", "--street", street, "--json", db=db_path)
    assert out.returncode == 0, out.stderr
    return [r["number"] for r in json.loads(out.stdout)]


def test_street_set_switches_numbering_and_walking_order(cli, db_path: Path) -> None:
    assert cli("street", "add", "Zandhoek", "1-6", db=db_path).returncode == 0
    assert _numbers(cli, db_path, "Zandhoek") == [1, 3, 5, 2, 4, 6]
    out = cli("street", "set", "zandhoek", "--numbering", "straight", db=db_path)
    assert out.returncode == 0, out.stderr
    assert "doorlopend" in out.stdout
    assert _numbers(cli, db_path, "Zandhoek") == [1, 2, 3, 4, 5, 6]
    back = cli("street", "set", "Zandhoek", "--numbering", "odd-even", "--json", db=db_path)
    assert json.loads(back.stdout) == {"street": "Zandhoek", "place": "", "numbering": "odd_even"}
    assert _numbers(cli, db_path, "Zandhoek") == [1, 3, 5, 2, 4, 6]
    dutch = cli("street", "set", "Zandhoek", "--numbering", "doorlopend", db=db_path)
    assert dutch.returncode == 0 and _numbers(cli, db_path, "Zandhoek") == [1, 2, 3, 4, 5, 6]


def test_street_set_refuses_unknown_and_ambiguous_streets(cli, db_path: Path) -> None:
    cli("street", "add", "Dorpsstraat", "1-4", "--place", "Ons Dorp", db=db_path)
    cli("street", "add", "Dorpsstraat", "1-4", "--place", "Ander Dorp", db=db_path)
    before = _dump(db_path)
    unknown = cli("street", "set", "Kerkweg", "--numbering", "straight", db=db_path)
    assert unknown.returncode == 1
    assert 'straat "Kerkweg" bestaat niet' in unknown.stderr
    assert unknown.stderr.count("\n") == 1
    two = cli("street", "set", "Dorpsstraat", "--numbering", "straight", db=db_path)
    assert two.returncode == 1 and "--place" in two.stderr and "Traceback" not in two.stderr
    bad = cli("street", "set", "Dorpsstraat", "--numbering", "rond", db=db_path)
    assert bad.returncode != 0
    assert _dump(db_path) == before
    ok = cli(
        "street", "set", "Dorpsstraat", "--place", "ons dorp", "--numbering", "straight",
        db=db_path,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr


def test_street_add_straight_renumbers_a_known_street_also_with_json(cli, db_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-6", db=db_path)
    out = cli("street", "add", "Zandhoek", "7-8", "--straight", "--json", db=db_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["renumbered_streets"] == ["Zandhoek"]
    assert _numbers(cli, db_path, "Zandhoek") == list(range(1, 9))
    # without --straight a known street keeps its numbering
    cli("street", "add", "Zandhoek", "9-10", "--json", db=db_path)
    assert _numbers(cli, db_path, "Zandhoek") == list(range(1, 11))


def test_straight_with_and_without_json_does_the_same_and_names_the_street(
    cli, db_path: Path, tmp_path: Path
) -> None:
    """Issue 9: `street add --straight --json` once skipped the renumbering the text output did;
    both now run one operation, which also names the street as the file writes it."""
    other = tmp_path / "tekst.buurtdesk"
    for path in (db_path, other):
        assert cli("street", "add", "Zandhoek", "1-6", db=path).returncode == 0
    out = cli("street", "add", "zandhoek", "7-8", "--straight", "--json", db=db_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["renumbered_streets"] == ["Zandhoek"]
    text = cli("street", "add", "zandhoek", "7-8", "--straight", db=other)
    assert text.stdout.startswith("Zandhoek: 2 adressen toegevoegd") and "doorlopend" in text.stdout
    assert (
        _numbers(cli, db_path, "Zandhoek") == _numbers(cli, other, "Zandhoek") == list(range(1, 9))
    )


def test_street_add_refuses_a_name_in_two_places_without_place(cli, db_path: Path) -> None:
    """Without --place the addresses used to go into a third, place-less street beside the two
    (`street set` refused the same name); now both refuse, the file unchanged."""
    cli("street", "add", "Dorpsstraat", "1-4", "--place", "Ons Dorp", db=db_path)
    cli("street", "add", "Dorpsstraat", "1-4", "--place", "Ander Dorp", db=db_path)
    before = _dump(db_path)
    for extra in ([], ["--json"], ["--straight"]):
        out = cli("street", "add", "Dorpsstraat", "5-8", *extra, db=db_path)
        assert out.returncode == 1 and "meer plaatsen" in out.stderr and "--place" in out.stderr
        assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1
    assert _dump(db_path) == before
    ok = cli("street", "add", "Dorpsstraat", "5-8", "--place", "Ons Dorp", db=db_path)
    assert ok.returncode == 0, ok.stderr


def test_names_the_pages_cannot_draw_are_refused(cli, db_path: Path, tmp_path: Path) -> None:
    cli("street", "add", "Zandhoek", "1-2", db=db_path)
    before = _dump(db_path)
    out = cli("street", "add", "Zonnestraat \U0001f31e", "1-4", db=db_path)
    assert out.returncode == 1
    assert "U+1F31E" in out.stderr and "afgedrukt" in out.stderr
    assert "Traceback" not in out.stderr and out.stderr.count("\n") == 1
    place = cli("street", "add", "Zonnestraat", "1-4", "--place", "Dorp \u2705", db=db_path)
    assert place.returncode == 1 and "U+2705" in place.stderr
    path = tmp_path / "adressen.csv"
    path.write_text(
        "straat;huisnummer;postcode;woonplaats\r\n"
        "Églantierstraat;1;9999AA;Ons Dorp\r\n"
        "Tulpstraat \U0001f337;3;9999AA;Ons Dorp\r\n",
        encoding="utf-8",
    )
    imported = cli("import", str(path), db=db_path)
    assert imported.returncode == 1
    assert f"{path}:3:" in imported.stderr and "U+1F337" in imported.stderr
    assert "Traceback" not in imported.stderr
    assert _dump(db_path) == before
    # the letters of Dutch (and its neighbours) are fine
    fine = cli("street", "add", "Ĳsselkade Ŝ", "1-2", db=db_path)
    assert fine.returncode == 0, fine.stderr


def test_households_lists_streets_the_dutch_way(cli, db_path: Path) -> None:
    for name in ("Zandhoek", "van Ostadestraat", "Églantierstraat", "Esdoornstraat", "Eikenlaan"):
        cli("street", "add", name, "1", db=db_path)
    out = cli("households", db=db_path)
    assert out.returncode == 0, out.stderr
    order = [line.split()[1] for line in out.stdout.splitlines()[1:] if line.strip()]
    assert order == ["Églantierstraat", "Eikenlaan", "Esdoornstraat", "van", "Zandhoek"], out.stdout


def test_import_report_says_which_doors_matched_the_other_reading(
    cli, db_path: Path, tmp_path: Path
) -> None:
    bag = tmp_path / "bag.csv"
    bag.write_text(
        "openbareruimte;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats\n"
        "Ruïnekade;4;;H;9999AA;Ons Dorp\nRuïnekade;4;;1;9999AA;Ons Dorp\n",
        encoding="utf-8",
    )
    gemeente = tmp_path / "gemeente.csv"
    gemeente.write_bytes(
        "Straatnaam;Huisnr;Toev.;Postcode;Plaats\r\n"
        "Ruïnekade;4;H;9999 AA;Ons Dorp\r\nRuïnekade;4;1;9999 AA;Ons Dorp\r\n".encode("cp1252")
    )
    assert cli("import", str(bag), db=db_path).returncode == 0
    out = cli("import", str(gemeente), db=db_path)
    assert out.returncode == 0, out.stderr
    assert "0 toegevoegd" in out.stdout
    assert "1 adres anders geschreven" in out.stdout and "Ruïnekade 4H = 4 H" in out.stdout
    report = json.loads(cli("import", str(gemeente), "--json", db=db_path).stdout)
    assert (report["added"], report["other_reading"]) == (0, 1)
    listed = json.loads(cli("households", "--json", db=db_path).stdout)
    assert [h["address"] for h in listed] == ["Ruïnekade 4 H", "Ruïnekade 4-1"]
