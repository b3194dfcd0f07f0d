"""End to end: `buurtdesk import` on real files, good and bad.

Every bad file gets one message on stderr naming the file and line, exit status 1, no traceback,
and a database exactly as it was (its ``iterdump()`` compared before and after).
"""

from __future__ import annotations

import importlib.util
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.store.db import open_db

_spec = importlib.util.spec_from_file_location(
    "import_fixture_build", Path(__file__).parents[1] / "fixtures" / "import" / "build.py"
)
assert _spec is not None and _spec.loader is not None
build: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

HEADER = "straat;huisnummer;postcode;woonplaats\n"
GOOD_ROW = "Zandhoek;4;9999AA;Ons Dorp\n"


def _dump(db_path: Path) -> str:
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text


@pytest.fixture
def filled(cli, db_path: Path, tmp_path: Path) -> Path:
    """A neighbourhood file that already holds households, so 'unchanged' means something."""
    good = tmp_path / "eerst.csv"
    good.write_text(HEADER + GOOD_ROW + "Zandhoek;6;9999AA;Ons Dorp\n", encoding="utf-8")
    result = cli("import", str(good), db=db_path)
    assert result.returncode == 0, result.stderr
    return db_path


# --- good files through the command --------------------------------------------------------------


def test_import_reports_and_twice_changes_nothing(cli, db_path: Path, tmp_path: Path) -> None:
    path = build.write_gpkg(tmp_path / "bag.gpkg", build.bag_features())
    first = cli("import", str(path), "--json", db=db_path)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert (report["added"], report["skipped_not_dwelling"]) == (12, 2)
    before = _dump(db_path)
    again = cli("import", str(path), db=db_path)
    assert again.returncode == 0
    assert "0 toegevoegd, 0 bijgewerkt, 12 ongewijzigd" in again.stdout
    assert _dump(db_path) == before


def test_dry_run_writes_nothing(cli, filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "nieuw.csv"
    path.write_text(HEADER + GOOD_ROW + "Zandhoek;8;9999AA;Ons Dorp\n", encoding="utf-8")
    before = _dump(filled)
    result = cli("import", str(path), "--dry-run", "--json", db=filled)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["added"], report["unchanged"], report["dry_run"]) == (1, 1, True)
    assert _dump(filled) == before
    text = cli("import", str(path), "--dry-run", db=filled)
    assert "proefdraai, niets opgeslagen: 1 toegevoegd" in text.stdout


def test_postcode_and_place_filters_and_map(cli, db_path: Path, tmp_path: Path) -> None:
    path = build.write_csv(
        tmp_path / "eigen.csv",
        ["Weg", "Nr", "PC", "Dorp"],
        [["Brink", 1, "9999AA", "Ons Dorp"], ["Brink", 3, "9998AA", "Ons Dorp"]],
    )
    result = cli(
        "import", str(path), "--map", "straat=Weg", "--postcode", "9999-9999", "--json", db=db_path
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["added"], report["skipped_filter"]) == (1, 1)
    households = json.loads(cli("households", "--json", db=db_path).stdout)
    assert [h["address"] for h in households] == ["Brink 1"]


def test_help_says_a_bad_file_is_refused_whole(cli) -> None:
    result = cli("import", "--help")
    assert result.returncode == 0
    assert "HELE bestand geweigerd" in result.stdout


# --- bad files -----------------------------------------------------------------------------------


def _text(content: str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(content.encode(encoding))
        return path

    return make


def _bytes(content: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(content)
        return path

    return make


def _junk_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("README.txt", "dit is geen spreadsheet")
        archive.writestr("[Content_Types].xml", "<niet-af")
    return path


def _gpkg_without_address_layer(path: Path) -> Path:
    return build.write_gpkg(path, [], layer="")


def _gpkg_unknown_srs(path: Path) -> Path:
    features = [(1.0, 2.0, ("1", "Brink", 1, "", "", "9999AA", "Ons Dorp", "woonfunctie"))]
    return build.write_gpkg(path, features, srs_id=3857)


BAD: list[tuple[str, str, Callable[[Path], Path], int | None, str]] = [
    ("unterminated quote", "a.csv",
     _text(HEADER + GOOD_ROW + '"Zandhoek;6;9999AA;Ons Dorp\nZandhoek;8;9999AA;Ons Dorp\n'),
     3, 'een aanhalingsteken (") wordt nergens gesloten'),
    ("text after a closing quote", "a.csv",
     _text(HEADER + '"Zandhoek"x;6;9999AA;Ons Dorp\n'), 2, "hoort een scheidingsteken"),
    ("row too short", "a.csv", _text(HEADER + GOOD_ROW + "Zandhoek;6;9999AA\n"),
     3, "deze rij heeft 3 velden, de kopregel 4"),
    ("row too long", "a.csv", _text(HEADER + "Zandhoek;6;9999AA;Ons Dorp;extra\n"),
     2, "deze rij heeft 5 velden, de kopregel 4"),
    ("empty file", "a.csv", _text(""), 1, "het bestand is leeg"),
    ("only blank lines", "a.csv", _text("\n\n  \n"), 1, "geen tabel"),
    ("header without rows", "a.csv", _text(HEADER), 1, "geen adressen onder"),
    ("old xls renamed", "adressen.csv",
     _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500), 1, "oud Excel-bestand (.xls)"),
    ("png renamed", "adressen.csv",
     _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100), 1, "afbeelding (PNG)"),
    ("undecodable in windows-1252", "a.csv",
     _bytes(HEADER.encode() + GOOD_ROW.encode() + b"Zandhoek\x81;6;9999AA;Ons Dorp\n"),
     3, "niet te lezen"),
    ("utf-8 mixed with latin-1", "a.csv",
     _bytes(HEADER.encode() + "Café;4;9999AA;Ons Dorp\n".encode()
            + "Ruïne;6;9999AA;Ons Dorp\n".encode("latin-1")), 3, "geen UTF-8"),
    ("broken utf-16", "a.csv",
     _bytes((HEADER + GOOD_ROW).encode("utf-16") + b"\x00\xd8\x41\x00\n\x00"), 3, "UTF-16"),
    ("nul bytes", "a.csv",
     _bytes(HEADER.encode() + GOOD_ROW.encode() + b"Zand\x00hoek;6;9999AA;Ons Dorp\n"),
     3, "NUL-teken"),
    ("giant field", "a.csv",
     _text(HEADER + GOOD_ROW + "Zandhoek;" + "9" * 200_000 + ";9999AA;Ons Dorp\n"),
     3, "veel te lang"),
    ("house number 0", "a.csv", _text(HEADER + "Zandhoek;0;9999AA;Ons Dorp\n"),
     2, 'huisnummer "0" bestaat niet (1 tot en met 99999)'),
    ("house number -3", "a.csv", _text(HEADER + "Zandhoek;-3;9999AA;Ons Dorp\n"),
     2, 'huisnummer "-3" is negatief'),
    ("house number 12345678", "a.csv", _text(HEADER + "Zandhoek;12345678;9999AA;Ons Dorp\n"),
     2, 'huisnummer "12345678" is te groot'),
    ("house number abc", "adressen.csv",
     _text(HEADER + GOOD_ROW * 12 + "Zandhoek;abc;9999AA;Ons Dorp\n"),
     14, 'huisnummer "abc" is geen nummer'),
    ("postcode 0123AB", "a.csv", _text(HEADER + "Zandhoek;4;0123AB;Ons Dorp\n"),
     2, 'postcode "0123AB" begint met 0'),
    ("postcode 1234SS", "a.csv", _text(HEADER + "Zandhoek;4;1234SS;Ons Dorp\n"),
     2, 'postcode "1234SS" bestaat niet'),
    ("missing street column", "a.csv", _text("naam;huisnummer\nJansen;4\n"),
     1, "geen kolom voor straat gevonden"),
    ("missing both columns", "a.csv", _text("naam,telefoon\nJansen,0612345678\n"),
     1, "geen kolom voor straat en huisnummer"),
    ("xlsx that is a zip of junk", "adressen.xlsx", _junk_zip, 1, "geen geldig Excel-bestand"),
    ("gpkg without address layer", "bag.gpkg", _gpkg_without_address_layer, None,
     "geen adreslaag gevonden"),
    ("gpkg with unknown srs", "bag.gpkg", _gpkg_unknown_srs, None,
     "onbekend coördinatenstelsel EPSG:3857"),
    ("sqlite that is no geopackage", "bag.gpkg",
     lambda p: (open_db(p).close(), p)[1], None, "geen GeoPackage"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "make", "line", "message"),
    [(f, m, ln, msg) for _, f, m, ln, msg in BAD],
    ids=[case[0] for case in BAD],
)
def test_bad_file_one_message_and_database_unchanged(
    cli, filled: Path, tmp_path: Path, name: str, make, line: int | None, message: str
) -> None:
    path = make(tmp_path / name)
    before = _dump(filled)
    result = cli("import", str(path), db=filled)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    where = f"{path}:{line}: " if line is not None else f"{path}: "
    assert lines[0].startswith(where), result.stderr
    assert message in lines[0], result.stderr
    assert _dump(filled) == before


def test_many_bad_rows_are_listed_with_their_count(cli, filled: Path, tmp_path: Path) -> None:
    rows = [f"Zandhoek;{n};9999AA;Ons Dorp\n" for n in ("abc", "0", "-3", "12345678", "x1", "1")]
    rows += ["Zandhoek;4;0123AB;Ons Dorp\n", "Zandhoek;4;1234SS;Ons Dorp\n"]
    path = tmp_path / "adressen.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    before = _dump(filled)
    result = cli("import", str(path), db=filled)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[:5] == [
        f'{path}:2: huisnummer "abc" is geen nummer',
        f'{path}:3: huisnummer "0" bestaat niet (1 tot en met 99999)',
        f'{path}:4: huisnummer "-3" is negatief',
        f'{path}:5: huisnummer "12345678" is te groot (hoogstens 99999)',
        f'{path}:6: huisnummer "x1" is geen nummer',
    ]
    assert lines[5] == f"{path}: 7 fouten, de eerste 5 staan hierboven; er is niets geïmporteerd"
    assert len(lines) == 6
    assert _dump(filled) == before


def test_a_missing_file_is_one_message(cli, filled: Path, tmp_path: Path) -> None:
    result = cli("import", str(tmp_path / "nergens.csv"), db=filled)
    assert result.returncode == 1
    assert result.stderr.strip() == f"{tmp_path / 'nergens.csv'}: bestand bestaat niet"


def test_bad_options_are_one_message(cli, filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(HEADER + GOOD_ROW, encoding="utf-8")
    bad_range = cli("import", str(path), "--postcode", "9999-1000", db=filled)
    assert bad_range.returncode == 1 and "loopt achteruit" in bad_range.stderr
    bad_map = cli("import", str(path), "--map", "straat", db=filled)
    assert bad_map.returncode == 1 and "VELD=KOLOM" in bad_map.stderr
    assert len(bad_map.stderr.splitlines()) == 1


def test_a_bad_file_does_not_even_create_the_database(cli, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "Zandhoek;abc;9999AA;Ons Dorp\n", encoding="utf-8")
    db_path = tmp_path / "nieuw.buurtdesk"
    result = cli("import", str(path), db=db_path)
    assert result.returncode == 1
    assert result.stderr.strip() == f'{path}:2: huisnummer "abc" is geen nummer'
    assert not db_path.exists()
