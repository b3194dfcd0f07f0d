"""A GeoPackage comes in whole and is read as someone else's database: every BAG address layer
(dwellings, berths, pitches) with counts per layer, ``--layer``, CRS84, polygons; and hostile
files (an endless view, a layer that is a view, a query that runs too long) give one message
within seconds and leave the neighbourhood file as it was. Files are built in the test; the
database is a real neighbourhood file."""

from __future__ import annotations

import importlib.util
import sqlite3
import struct
import time
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from buurtdesk.domain.geo import wgs84_to_rd
from buurtdesk.errors import UserError
from buurtdesk.io.address_import import ImportOptions, import_addresses, read_addresses
from buurtdesk.io.gpkg_geometry import (
    GeometryError,
    decode_location,
    decode_point,
    encode_polygon,
)
from buurtdesk.store import geopackage as gpkg
from buurtdesk.store.households import list_households

_spec = importlib.util.spec_from_file_location(
    "import_fixture_build", Path(__file__).parents[1] / "fixtures" / "import" / "build.py"
)
assert _spec is not None and _spec.loader is not None
build: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)


def _streets(db: Database) -> dict[str, int]:
    counts: dict[str, int] = {}
    for household in list_households(db):
        counts[household["street"]] = counts.get(household["street"], 0) + 1
    return counts


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


# --- the three BAG address layers ----------------------------------------------------------------


def test_every_bag_address_layer_comes_in_with_counts_per_layer(tmp_path: Path, db: Database):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    report = import_addresses(db, path)
    assert (report.added, report.not_dwelling, report.rows) == (35, 12, 47)
    assert _streets(db) == {"Fluitekruidlaan": 30, "Havenkade": 3, "Kampeerpad": 2}
    assert [(ly.name, ly.rows, ly.addresses, ly.not_dwelling) for ly in report.layers] == [
        ("verblijfsobjecten", 42, 30, 12),
        ("ligplaatsen", 3, 3, 0),
        ("standplaatsen", 2, 2, 0),
    ]
    assert report.as_dict()["layers"][1] == {
        "name": "ligplaatsen",
        "rows": 3,
        "addresses": 3,
        "skipped_not_dwelling": 0,
        "skipped_filter": 0,
    }
    assert "verblijfsobjecten" in report.description and "ligplaatsen" in report.description
    again = import_addresses(db, path)
    assert (again.added, again.unchanged) == (0, 35)


def test_layers_with_the_same_columns_are_all_read(tmp_path: Path, db: Database):
    """The case from the issue: without a gebruiksdoel the layers tie on their columns, and the
    first one alphabetically (the houseboats) used to be taken for the whole file."""
    layers = build.bag_layers(dwellings=18, others=0, berths=3, pitches=0)
    layers["verblijfsobjecten"] = [(x, y, v[:-1]) for x, y, v in layers["verblijfsobjecten"]]
    path = build.write_gpkg(tmp_path / "bag.gpkg", [], layer="")
    for name, features in layers.items():
        blobs = [(build.gpkg_point(x, y, 28992), v) for x, y, v in features]
        build.add_layer(path, name, blobs)
    report = import_addresses(db, path)
    assert report.added == 21
    assert _streets(db) == {"Fluitekruidlaan": 18, "Havenkade": 3}


def test_layer_option_restricts_the_import(tmp_path: Path, db: Database):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    report = import_addresses(db, path, ImportOptions(layers=("Ligplaatsen", "standplaatsen")))
    assert report.added == 5
    assert _streets(db) == {"Havenkade": 3, "Kampeerpad": 2}
    assert [ly.name for ly in report.layers] == ["ligplaatsen", "standplaatsen"]
    with pytest.raises(UserError, match="--layer panden: zo'n laag staat niet") as caught:
        read_addresses(path, ImportOptions(layers=("panden",)))
    assert "verblijfsobjecten (POINT)" in str(caught.value)
    with pytest.raises(UserError, match="laag woonplaats: geen kolom voor straat"):
        read_addresses(path, ImportOptions(layers=("woonplaats",)))
    csv = tmp_path / "a.csv"
    csv.write_text("straat;huisnummer\nBrink;1\n", encoding="utf-8")
    with pytest.raises(UserError, match="--layer geldt alleen voor een GeoPackage"):
        read_addresses(csv, ImportOptions(layers=("ligplaatsen",)))


def test_a_layer_without_a_mapped_column_is_passed_over_with_the_reason(
    tmp_path: Path, db: Database
):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    report = import_addresses(db, path, ImportOptions(mapping={"use": "gebruiksdoel"}))
    assert [ly.name for ly in report.layers] == ["verblijfsobjecten"]
    assert report.skipped_layers["ligplaatsen"].startswith(
        '--map gebruiksdoel=gebruiksdoel: kolom "gebruiksdoel" staat niet in de kopregel'
    )


def test_postcode_filter_applies_to_every_layer(tmp_path: Path, db: Database):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    report = import_addresses(db, path, ImportOptions(postcode_range=("9999AC", "9999AD")))
    assert _streets(db) == {"Havenkade": 3, "Kampeerpad": 2}
    assert report.layers[0].addresses == 0


def test_a_bad_feature_names_its_layer_and_fid(tmp_path: Path, db: Database):
    layers = build.bag_layers()
    x, y, values = layers["ligplaatsen"][1]
    layers["ligplaatsen"][1] = (x, y, (*values[:2], "twee", *values[3:]))
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg", layers)
    before = _dump(db)
    with pytest.raises(UserError, match=r'bag.gpkg:2: laag ligplaatsen: huisnummer "twee"'):
        import_addresses(db, path)
    assert _dump(db) == before


# --- coordinates ---------------------------------------------------------------------------------

LON, LAT = 5.38720621, 52.15517440  # RD 155000, 463000 (Amersfoort)


def _one_dwelling() -> dict[str, list[tuple[float, float, Any]]]:
    values = ("1", "Brink", 1, "", "", "9999AA", "Ons Dorp", "woonfunctie")
    return {"verblijfsobjecten": [(LON, LAT, values)]}


def test_crs84_points_become_rd(tmp_path: Path, db: Database):
    path = build.write_bag_gpkg(tmp_path / "crs84.gpkg", _one_dwelling(), srs_id=84)
    report = import_addresses(db, path)
    assert report.description == 'GeoPackage, laag "verblijfsobjecten", CRS84'
    (household,) = list_households(db)
    assert household["rd_x"] == pytest.approx(155000, abs=0.01)
    assert household["rd_y"] == pytest.approx(463000, abs=0.01)


def test_crs84_named_only_in_the_definition(tmp_path: Path, db: Database):
    path = build.write_bag_gpkg(tmp_path / "crs84.gpkg", _one_dwelling(), srs_id=84)
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', organization_coordsys_id = 0 "
        "WHERE srs_id = 84"
    )
    conn.commit()
    conn.close()
    import_addresses(db, path)
    (household,) = list_households(db)
    assert (household["rd_x"], household["rd_y"]) == pytest.approx(wgs84_to_rd(LAT, LON), abs=0.01)


def test_berths_drawn_as_polygons_sit_at_their_middle(tmp_path: Path, db: Database):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg", berths_as_polygons=True)
    import_addresses(db, path)
    boats = [h for h in list_households(db) if h["street"] == "Havenkade"]
    assert sorted((h["rd_x"], h["rd_y"]) for h in boats) == [
        (155520.0, 463100.0),
        (155540.0, 463100.0),
        (155560.0, 463100.0),
    ]


def test_polygon_blobs_decode_to_the_middle_of_their_extent() -> None:
    ring = [(0.0, 0.0), (4.0, 0.0), (4.0, 2.0), (0.0, 2.0), (0.0, 0.0)]
    assert decode_location(encode_polygon(ring, 28992)) == (2.0, 1.0)
    assert decode_location(build.gpkg_point(3.0, 4.0, 28992, envelope=True)) == (3.0, 4.0)
    assert decode_location(None) is None


@pytest.mark.parametrize("kind", [4, 6])  # MULTIPOINT, MULTIPOLYGON
def test_a_deeply_nested_geometry_is_refused_not_a_crash(kind: int) -> None:
    header = b"GP" + bytes([0, 1]) + struct.pack("<i", 28992)
    blob = header + struct.pack("<BII", 1, kind, 1) * 5000  # each member another multi
    with pytest.raises(GeometryError, match="geen"):
        decode_location(blob)
    with pytest.raises(GeometryError):
        decode_point(blob)


# --- a GeoPackage someone else wrote -------------------------------------------------------------


def test_an_endless_view_as_gpkg_contents_is_refused_within_seconds(tmp_path: Path, db: Database):
    path = build.make_contents_an_endless_view(build.write_bag_gpkg(tmp_path / "eindeloos.gpkg"))
    before = _dump(db)
    start = time.monotonic()
    with pytest.raises(UserError, match="gpkg_contents is in dit bestand een view") as caught:
        import_addresses(db, path)
    assert time.monotonic() - start < 5
    assert str(caught.value).startswith(f"{path}: ")
    assert _dump(db) == before


def test_a_query_that_runs_too_long_is_stopped_with_a_message(tmp_path: Path):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    package = gpkg.open_geopackage(path, seconds=0.3)
    start = time.monotonic()
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    with pytest.raises(gpkg.QueryTooSlow, match=r"langer dan 0\.3 seconden"):
        package.all(endless)
    assert time.monotonic() - start < 3
    layers, _ = gpkg.feature_layers(package)  # the connection still works afterwards
    assert len(layers) == 4
    package.close()


def test_the_file_is_opened_read_only_and_untrusted(tmp_path: Path):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    before = path.read_bytes()
    package = gpkg.open_geopackage(path)
    assert package.conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|read only"):
        package.conn.execute("DELETE FROM ligplaatsen")
    package.close()
    assert path.read_bytes() == before


def test_a_layer_that_is_a_view_is_skipped_with_its_reason(tmp_path: Path, db: Database):
    path = build.add_view_layer(build.write_bag_gpkg(tmp_path / "bag.gpkg"), "boten", "ligplaatsen")
    report = import_addresses(db, path)
    assert report.added == 35  # the boats once, from the real table
    assert report.skipped_layers == {"boten": "is een view, geen tabel"}
    with pytest.raises(UserError, match="--layer boten: deze laag is een view, geen tabel"):
        read_addresses(path, ImportOptions(layers=("boten",)))


def test_a_file_whose_only_address_layer_is_a_view_is_refused(tmp_path: Path, db: Database):
    path = build.write_gpkg(tmp_path / "bag.gpkg", build.bag_features(), layer="adressen_tabel")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM gpkg_contents WHERE table_name = 'adressen_tabel'")
    conn.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = 'adressen_tabel'")
    conn.commit()
    conn.close()
    build.add_view_layer(path, "adressen", "adressen_tabel")
    before = _dump(db)
    with pytest.raises(UserError, match=r"geen adreslaag gevonden.*adressen \(is een view"):
        import_addresses(db, path)
    assert _dump(db) == before


def test_a_layer_declared_but_missing_is_passed_over(tmp_path: Path, db: Database):
    path = build.write_bag_gpkg(tmp_path / "bag.gpkg")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO gpkg_contents (table_name, data_type) VALUES ('weg', 'features')")
    conn.execute("INSERT INTO gpkg_geometry_columns VALUES ('weg', 'geom', 'POINT', 28992, 0, 0)")
    conn.commit()
    conn.close()
    report = import_addresses(db, path)
    assert report.added == 35
    assert report.skipped_layers == {"weg": "staat in gpkg_contents maar de tabel ontbreekt"}
