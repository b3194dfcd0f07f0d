"""End to end: `buurtdesk import` on a whole BAG GeoPackage (three address layers, counts per
layer, --layer, CRS84) and on hostile files (an endless view, a layer that is a view, a binary
file, an .xlsx zip bomb): one message, exit status 1, no traceback, the database unchanged."""

from __future__ import annotations

import importlib.util
import json
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.io.tabular import BINARY_MESSAGE
from buurtdesk.store.db import open_db

_spec = importlib.util.spec_from_file_location(
    "import_fixture_build", Path(__file__).parents[1] / "fixtures" / "import" / "build.py"
)
assert _spec is not None and _spec.loader is not None
build: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def _dump(db_path: Path) -> str:
    db = open_db(db_path)
    text = "\n".join(db.conn.iterdump())
    db.close()
    return text


@pytest.fixture
def filled(cli, db_path: Path, tmp_path: Path) -> Path:
    good = tmp_path / "eerst.csv"
    good.write_text("straat;huisnummer\nZandhoek;4\n", encoding="utf-8")
    assert cli("import", str(good), db=db_path).returncode == 0
    return db_path


def _streets(cli, db_path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for household in json.loads(cli("households", "--json", db=db_path).stdout):
        counts[household["street"]] = counts.get(household["street"], 0) + 1
    return counts


def test_all_three_bag_layers_with_counts_per_layer(cli, db_path: Path, tmp_path: Path) -> None:
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    result = cli("import", str(path), db=db_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].endswith(": 35 toegevoegd, 0 bijgewerkt, 0 ongewijzigd")
    assert lines[1] == (
        "per laag: verblijfsobjecten 30 adressen (12 geen woning); ligplaatsen 3 adressen; "
        "standplaatsen 2 adressen"
    )
    assert _streets(cli, db_path) == {"Fluitekruidlaan": 30, "Havenkade": 3, "Kampeerpad": 2}
    again = cli("import", str(path), "--json", db=db_path)
    report = json.loads(again.stdout)
    assert (report["added"], report["unchanged"]) == (0, 35)
    assert [(ly["name"], ly["addresses"]) for ly in report["layers"]] == [
        ("verblijfsobjecten", 30),
        ("ligplaatsen", 3),
        ("standplaatsen", 2),
    ]
    assert report["layers"][0]["skipped_not_dwelling"] == 12


def test_layer_option_reads_only_the_named_layers(cli, db_path: Path, tmp_path: Path) -> None:
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    result = cli(
        "import", str(path), "--layer", "ligplaatsen", "--layer", "standplaatsen", db=db_path
    )
    assert result.returncode == 0, result.stderr
    assert _streets(cli, db_path) == {"Havenkade": 3, "Kampeerpad": 2}
    wrong = cli("import", str(path), "--layer", "panden", db=db_path)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert wrong.stderr.startswith(f"{path}: --layer panden: zo'n laag staat niet in dit bestand")
    assert len(wrong.stderr.splitlines()) == 1
    assert "--layer NAAM" in cli("import", "--help").stdout


def test_crs84_file_gets_the_right_coordinates(cli, db_path: Path, tmp_path: Path) -> None:
    values = ("1", "Brink", 1, "", "", "9999AA", "Ons Dorp", "woonfunctie")
    layers = {"verblijfsobjecten": [(5.38720621, 52.15517440, values)]}
    path = build.write_bag_gpkg(tmp_path / "crs84.gpkg", layers, srs_id=84)
    result = cli("import", str(path), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "CRS84" in result.stdout
    (household,) = json.loads(cli("households", "--json", db=db_path).stdout)
    assert household["rd_x"] == pytest.approx(155000, abs=0.01)
    assert household["rd_y"] == pytest.approx(463000, abs=0.01)


def test_an_endless_view_gives_a_message_within_seconds(cli, filled: Path, tmp_path: Path) -> None:
    path = build.make_contents_an_endless_view(build.write_bag_gpkg(tmp_path / "eindeloos.gpkg"))
    before = _dump(filled)
    start = time.monotonic()
    result = cli("import", str(path), db=filled)
    assert time.monotonic() - start < 20  # the process start included; it used to never end
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{path}: gpkg_contents is in dit bestand een view in plaats van een tabel; "
        "zo'n GeoPackage wordt niet gelezen"
    ]
    assert _dump(filled) == before


def test_a_layer_that_is_a_view_is_skipped_with_a_message(
    cli, db_path: Path, tmp_path: Path
) -> None:
    path = build.add_view_layer(build.write_bag_gpkg(tmp_path / "bag.gpkg"), "boten", "ligplaatsen")
    result = cli("import", str(path), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "laag boten niet gelezen: is een view, geen tabel" in result.stdout
    assert _streets(cli, db_path)["Havenkade"] == 3
    only = cli("import", str(path), "--layer", "boten", db=db_path)
    assert only.returncode == 1 and "Traceback" not in only.stderr
    assert only.stderr.strip() == f"{path}: --layer boten: deze laag is een view, geen tabel"


def test_a_binary_file_is_one_sentence(cli, filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "adressen.csv"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 0x44, 0x44]) * 300)
    before = _dump(filled)
    result = cli("import", str(path), db=filled)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{path}:1: {BINARY_MESSAGE}"]
    assert _dump(filled) == before


def test_an_xlsx_zip_bomb_is_refused(cli, filled: Path, tmp_path: Path) -> None:
    path = tmp_path / "adressen.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            for _ in range(300):
                sheet.write(b"<row/>" * (1 << 17))  # 768 KB a time, 225 MB in all
    assert path.stat().st_size < 2_000_000
    before = _dump(filled)
    result = cli("import", str(path), db=filled)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}:1: dit Excel-bestand zou uitgepakt")
    assert "het wordt niet geopend" in lines[0]
    assert _dump(filled) == before
