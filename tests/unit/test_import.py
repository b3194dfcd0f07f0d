"""Importing addresses in-process: every header layout, encoding, delimiter, .xlsx and GeoPackage.

Files are built in a temporary folder by tests/fixtures/import/build.py; the database is a real
neighbourhood file. All data is fictional.
"""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import AddressError, HouseNumber
from buurtdesk.domain.geo import wgs84_to_rd
from buurtdesk.errors import UserError
from buurtdesk.io.address_import import (
    ImportCancelled,
    ImportOptions,
    ImportRefused,
    ImportReport,
    _Converter,
    import_addresses,
    looks_like_header,
    normalise_header,
    parse_map,
    read_addresses,
    resolve_columns,
)
from buurtdesk.io.gpkg_geometry import GeometryError, decode_point, encode_point
from buurtdesk.io.tabular import detect_encoding, sniff_kind
from buurtdesk.store.households import list_households

_spec = importlib.util.spec_from_file_location(
    "import_fixture_build", Path(__file__).parents[1] / "fixtures" / "import" / "build.py"
)
assert _spec is not None and _spec.loader is not None
build: Any = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

MUNICIPAL = ["Straatnaam", "Huisnr", "Toev.", "Postcode", "Plaats"]
MUNICIPAL_ROWS = [
    ["Café-laan", "1", "", "9999 AA", "Ons Dorp"],
    ["Café-laan", "3", "A", "9999AA", "Ons Dorp"],
    ["Café-laan", "5", "2", "9999aa", "Ons Dorp"],
    ["Café-laan", "7", "hs", "9999AA", "Ons Dorp"],
    ["Ruïnestraat", "12", "b", "9999AB", "Ons Dorp"],
]
MUNICIPAL_EXPECTED = [
    "Café-laan 1",
    "Café-laan 3A",
    "Café-laan 5-2",
    "Café-laan 7 hs",
    "Ruïnestraat 12B",
]


def _addresses(db: Database) -> list[str]:
    return [h["address"] for h in list_households(db)]


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


# --- header layouts ------------------------------------------------------------------------------


def test_municipal_spreadsheet_letter_and_addition_in_one_field(tmp_path: Path, db: Database):
    path = build.write_csv(tmp_path / "gemeente.csv", MUNICIPAL, MUNICIPAL_ROWS, encoding="cp1252")
    report = import_addresses(db, path)
    assert report.added == 5
    assert report.description == "CSV, Windows-1252, puntkomma"
    assert report.columns["addition"] == "Toev."
    assert _addresses(db) == MUNICIPAL_EXPECTED
    assert {h["postcode"] for h in list_households(db)} == {"9999 AA", "9999 AB"}


def test_nlextract_adres2csv_keeps_dwellings_and_reads_rd(tmp_path: Path, db: Database):
    header = build.NLEXTRACT_HEADER.split(";")

    def row(street: str, nr: int, letter: str, add: str, use: str, x: float, y: float) -> list:
        lat, lon = 52.1, 5.3  # deliberately not matching x/y: x/y (RD) wins
        return [street, nr, letter, add, "9999AA", "Ons Dorp", "Onze Gemeente", "Utrecht",
                "0999200000000001", use, 80, "Verblijfsobject in gebruik", "0999010000000001",
                "VBO", "N", "0999100000000001", "Pand", 1932, x, y, lon, lat]  # fmt: skip

    rows = [
        row("Zandhoek", 4, "", "2", "woonfunctie", 121000.5, 487000.25),
        row("Zandhoek", 6, "", "", "woonfunctie", 121010.0, 487000.0),
        row("Zandhoek", 8, "", "", "winkelfunctie", 121020.0, 487000.0),
        row("Zandhoek", 10, "a", "", "woonfunctie,winkelfunctie", 121030.0, 487000.0),
    ]
    path = build.write_csv(tmp_path / "adres2csv.csv", header, rows)
    report = import_addresses(db, path)
    assert (report.added, report.not_dwelling) == (3, 1)
    households = list_households(db)
    assert [h["address"] for h in households] == ["Zandhoek 4-2", "Zandhoek 6", "Zandhoek 10A"]
    assert (households[0]["rd_x"], households[0]["rd_y"]) == (121000.5, 487000.25)


def test_bag_parser_layout_with_latitude_longitude(tmp_path: Path, db: Database):
    header = ["straat", "huisnummer", "toevoeging", "postcode", "gemeente", "woonplaats",
              "provincie", "latitude", "longitude", "gebruiksdoel"]  # fmt: skip
    rows = [
        ["Molenweg", 1, "", "9999AA", "Onze Gemeente", "Ons Dorp", "Utrecht",
         "52.15517440", "5.38720621", "woonfunctie"],
        ["Molenweg", 3, "B", "9999AA", "Onze Gemeente", "Ons Dorp", "Utrecht",
         "52.156", "5.388", "woonfunctie"],
        ["Molenweg", 5, "bis", "9999AA", "Onze Gemeente", "Ons Dorp", "Utrecht",
         "", "", "woonfunctie"],
    ]  # fmt: skip
    path = build.write_csv(tmp_path / "bag_parser.csv", header, rows, delimiter=",")
    import_addresses(db, path)
    households = list_households(db)
    assert [h["address"] for h in households] == ["Molenweg 1", "Molenweg 3B", "Molenweg 5 bis"]
    assert households[0]["rd_x"] == pytest.approx(155000, abs=0.01)
    assert households[0]["rd_y"] == pytest.approx(463000, abs=0.01)
    x, _ = wgs84_to_rd(52.156, 5.388)
    assert households[1]["rd_x"] == pytest.approx(x, abs=0.01)
    assert "rd_x" not in households[2]


def test_address_list_with_lat_lon_and_decimal_commas(tmp_path: Path, db: Database):
    header = ["straat", "huisnummer", "huisletter", "huisnummertoevoeging", "postcode",
              "woonplaats", "lat", "lon"]  # fmt: skip
    rows = [["Dorpsstraat", 2, "", "", "9999 AA", "Ons Dorp", "52,15517440", "5,38720621"]]
    path = build.write_csv(tmp_path / "lijst.csv", header, rows)
    import_addresses(db, path)
    (household,) = list_households(db)
    assert household["rd_x"] == pytest.approx(155000, abs=0.01)


def test_lat_and_lon_swapped_are_recognised(tmp_path: Path, db: Database):
    path = build.write_csv(
        tmp_path / "omgewisseld.csv",
        ["straat", "huisnummer", "lat", "lon"],
        [["Dorpsstraat", 2, "5.38720621", "52.15517440"]],
    )
    import_addresses(db, path)
    assert list_households(db)[0]["rd_y"] == pytest.approx(463000, abs=0.01)


def test_headers_match_without_case_space_or_accents(tmp_path: Path, db: Database):
    header = [" STRAAT ", "Huis_Nummer", "Huisletter", "Wóónplaats", "Post-code"]
    path = build.write_csv(tmp_path / "koppen.csv", header, [["Kerkpad", 9, "c", "Ons Dorp", ""]])
    import_addresses(db, path)
    (household,) = list_households(db)
    assert household["address"] == "Kerkpad 9C"
    assert household["place"] == "Ons Dorp"
    assert household["postcode"] == ""


def test_map_overrides_unknown_headers(tmp_path: Path, db: Database):
    path = build.write_csv(
        tmp_path / "eigen.csv", ["Weg", "No", "Dorp"], [["Brink", "1a", "Ons Dorp"]]
    )
    with pytest.raises(UserError, match="geen kolom voor straat en huisnummer"):
        read_addresses(path)
    options = ImportOptions(mapping=parse_map(["straat=weg", "number=NO", "plaats=Dorp"]))
    import_addresses(db, path, options)
    assert _addresses(db) == ["Brink 1A"]
    assert list_households(db)[0]["place"] == "Ons Dorp"


def test_map_rejects_unknown_field_and_column(tmp_path: Path):
    with pytest.raises(UserError, match="VELD=KOLOM"):
        parse_map(["kleur=Rood"])
    path = build.write_csv(tmp_path / "a.csv", ["straat", "huisnummer"], [["Brink", 1]])
    with pytest.raises(UserError, match='kolom "Nergens" staat niet in de kopregel'):
        read_addresses(path, ImportOptions(mapping={"place": "Nergens"}))


def test_a_title_above_the_header_is_skipped(tmp_path: Path, db: Database):
    path = tmp_path / "titel.csv"
    path.write_text("Adressen Ons Dorp;;\n;;\nstraat;huisnummer;postcode\nBrink;2;9999AA\n")
    import_addresses(db, path)
    assert _addresses(db) == ["Brink 2"]


def test_a_title_without_delimiters_does_not_fool_the_detection(tmp_path: Path, db: Database):
    path = tmp_path / "titel.csv"
    path.write_text("Adressen Ons Dorp, bijgewerkt\nstraat;huisnummer\nBrink;2\nBrink;4\n")
    assert import_addresses(db, path).description.endswith("puntkomma")
    assert _addresses(db) == ["Brink 2", "Brink 4"]


def test_names_longer_than_the_bag_allows_are_refused(tmp_path: Path):
    path = build.write_csv(tmp_path / "lang.csv", ["straat", "huisnummer"], [["B" * 81, 1]])
    with pytest.raises(ImportRefused, match=r"lang.csv:2: straatnaam is te lang \(81 tekens"):
        read_addresses(path)


def test_normalise_header_and_header_test() -> None:
    assert normalise_header("Toev.") == "toev"
    assert normalise_header("openbare_ruimte_naam") == "openbareruimtenaam"
    assert normalise_header("Wóónplaats ") == "woonplaats"
    assert looks_like_header(["Straatnaam", "Huisnr"])
    assert not looks_like_header(["Dorpsstraat", "12"])


# --- encodings and delimiters --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-8", "UTF-8"),
        ("utf-8-sig", "UTF-8 met BOM"),
        ("utf-16", "UTF-16"),
        ("utf-16-le-nobom", "UTF-16 (zonder BOM)"),
        ("utf-16-be-nobom", "UTF-16 (zonder BOM)"),
        ("cp1252", "Windows-1252"),
    ],
)
def test_every_encoding(tmp_path: Path, db: Database, encoding: str, name: str):
    path = build.write_csv(tmp_path / "enc.csv", MUNICIPAL, MUNICIPAL_ROWS, encoding=encoding)
    report = import_addresses(db, path)
    assert name in report.description
    assert _addresses(db) == MUNICIPAL_EXPECTED


@pytest.mark.parametrize(("delimiter", "name"), [(",", "komma"), (";", "puntkomma"), ("\t", "tab")])
def test_every_delimiter(tmp_path: Path, db: Database, delimiter: str, name: str):
    rows = [*MUNICIPAL_ROWS, ['Lange "Gang", achter', "2", "", "9999AC", "Ons Dorp"]]
    path = build.write_csv(tmp_path / "sep.csv", MUNICIPAL, rows, delimiter=delimiter)
    report = import_addresses(db, path)
    assert report.description.endswith(name)
    assert 'Lange "Gang", achter 2' in _addresses(db)


def test_excel_sep_hint_line_and_unix_newlines(tmp_path: Path, db: Database):
    path = tmp_path / "hint.csv"
    path.write_bytes(b"sep=,\nstraat,huisnummer\nBrink,3\nBrink,5\n")
    import_addresses(db, path)
    assert _addresses(db) == ["Brink 3", "Brink 5"]


def test_quoted_field_over_two_lines_keeps_line_numbers(tmp_path: Path):
    path = tmp_path / "multi.csv"
    # a line break inside a quoted note (a street name with one is refused)
    path.write_text('straat;huisnummer;opmerking\nBrink;1;"hond\nbijt"\nBrink;abc;\n')
    with pytest.raises(ImportRefused) as caught:
        read_addresses(path)
    assert caught.value.line == 4


# --- Excel ---------------------------------------------------------------------------------------


def test_xlsx_first_sheet_with_a_header(tmp_path: Path, db: Database):
    path = build.write_xlsx(
        tmp_path / "gemeente.xlsx",
        [
            ("Toelichting", [["Adressen van Ons Dorp, aangeleverd door de gemeente"]]),
            (
                "Adressen",
                [
                    ["Overzicht woningen"],
                    [],
                    ["Straatnaam", "Huisnr", "Toev.", "Postcode", "Plaats"],
                    ["Zandhoek", 4, 2, "9999AA", "Ons Dorp"],
                    ["Zandhoek", 6.0, "A", "9999 AA", "Ons Dorp"],
                    ["Zandhoek", "8", None, None, "Ons Dorp"],
                ],
            ),
        ],
    )
    report = import_addresses(db, path)
    assert report.description == 'Excel, blad "Adressen"'
    assert _addresses(db) == ["Zandhoek 4-2", "Zandhoek 6A", "Zandhoek 8"]


def test_xlsx_bad_cell_names_its_row(tmp_path: Path):
    path = build.write_xlsx(
        tmp_path / "fout.xlsx",
        [("Blad1", [["straat", "huisnummer"], ["Zandhoek", 4], ["Zandhoek", "vier"]])],
    )
    with pytest.raises(ImportRefused) as caught:
        read_addresses(path)
    assert str(caught.value) == f'{path}:3: huisnummer "vier" is geen nummer'


# --- GeoPackage ----------------------------------------------------------------------------------


def test_geopackage_rd_dwellings_only(tmp_path: Path, db: Database):
    path = build.write_gpkg(tmp_path / "bag.gpkg", build.bag_features())
    report = import_addresses(db, path)
    assert report.description == 'GeoPackage, laag "verblijfsobject", EPSG:28992'
    assert (report.added, report.not_dwelling) == (12, 2)
    households = {h["address"]: h for h in list_households(db)}
    assert "Fluitekruidlaan 12" not in households  # a shop
    assert "Kamillestraat 3" not in households  # an office
    assert households["Fluitekruidlaan 10-2"]["rd_x"] == 155210.0
    assert households["Kamillestraat 1 H"]["postcode"] == "9999 AB"
    assert households["Verweg 5"]["place"] == "Elders"


def test_geopackage_filtered_by_postcode_range_and_place(tmp_path: Path, db: Database):
    path = build.write_gpkg(tmp_path / "bag.gpkg", build.bag_features())
    report = import_addresses(db, path, ImportOptions(postcode_range=("9999AB", "9999AB")))
    assert _addresses(db) == ["Kamillestraat 1 H"]
    assert report.rows == 2  # the office is read and skipped; the rest never left SQLite
    import_addresses(db, path, ImportOptions(place="elders"))
    assert "Verweg 5" in _addresses(db)
    report = import_addresses(db, path, ImportOptions(postcode_range=("9998", "9998")))
    assert report.unchanged == 1


def test_geopackage_wgs84_points_become_rd(tmp_path: Path, db: Database):
    features = [(5.38720621, 52.15517440, ("1", "Brink", 1, "", "", "9999AA", "Ons Dorp",
                                           "woonfunctie"))]  # fmt: skip
    path = build.write_gpkg(tmp_path / "wgs.gpkg", features, srs_id=4326)
    import_addresses(db, path)
    (household,) = list_households(db)
    assert household["rd_x"] == pytest.approx(155000, abs=0.01)
    assert household["rd_y"] == pytest.approx(463000, abs=0.01)


def test_geopackage_bad_geometry_names_the_feature(tmp_path: Path):
    features = [(0.0, 0.0, ("1", "Brink", 1, "", "", "9999AA", "Ons Dorp", "woonfunctie"))]
    path = build.write_gpkg(tmp_path / "kapot.gpkg", features, blob=b"GP\x00\x01junk")
    with pytest.raises(ImportRefused, match=r"kapot.gpkg:1: geometrie"):
        read_addresses(path)


def test_point_blobs_with_envelope_big_endian_multipoint_and_empty() -> None:
    assert decode_point(encode_point(1.5, 2.5, 28992)) == (1.5, 2.5)
    assert decode_point(build.gpkg_point(3.0, 4.0, 28992, envelope=True)) == (3.0, 4.0)
    assert decode_point(build.gpkg_point(5.0, 6.0, 28992, big=True)) == (5.0, 6.0)
    header = b"GP\x00\x01" + struct.pack("<i", 28992)
    multi = header + struct.pack("<BII", 1, 4, 1) + struct.pack("<BIdd", 1, 1, 7.0, 8.0)
    assert decode_point(multi) == (7.0, 8.0)
    assert decode_point(b"GP\x00\x11" + struct.pack("<i", 28992)) is None  # empty flag
    nan_point = header + struct.pack("<BIdd", 1, 1, float("nan"), float("nan"))
    assert decode_point(nan_point) is None
    assert decode_point(None) is None
    line = header + struct.pack("<BII", 1, 2, 0)
    with pytest.raises(GeometryError, match="geen punt"):
        decode_point(line)
    with pytest.raises(GeometryError, match="afgebroken"):
        decode_point(header + b"\x01\x01\x00")


# --- idempotence, dry run, updates, progress -----------------------------------------------------


def test_import_twice_changes_nothing(tmp_path: Path, db: Database):
    path = build.write_csv(tmp_path / "a.csv", MUNICIPAL, MUNICIPAL_ROWS)
    import_addresses(db, path)
    before = _dump(db)
    report = import_addresses(db, path)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 5)
    assert _dump(db) == before


def test_dry_run_reports_and_writes_nothing(tmp_path: Path, db: Database):
    path = build.write_csv(tmp_path / "a.csv", MUNICIPAL, MUNICIPAL_ROWS)
    before = _dump(db)
    report = import_addresses(db, path, dry_run=True)
    assert (report.added, report.dry_run) == (5, True)
    assert _dump(db) == before


def test_a_changed_postcode_is_an_update_not_a_double(tmp_path: Path, db: Database):
    import_addresses(db, build.write_csv(tmp_path / "a.csv", MUNICIPAL, MUNICIPAL_ROWS))
    rows = [list(r) for r in MUNICIPAL_ROWS]
    rows[0][3] = "9999 AZ"
    report = import_addresses(db, build.write_csv(tmp_path / "b.csv", MUNICIPAL, rows))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 4)
    assert len(list_households(db)) == 5


def test_progress_is_reported_and_can_cancel(tmp_path: Path, db: Database):
    rows = [["Lange Laan", str(n), "", "9999AA", "Ons Dorp"] for n in range(1, 5001)]
    path = build.write_csv(tmp_path / "groot.csv", MUNICIPAL, rows)
    seen: list[tuple[int, int]] = []
    import_addresses(db, path, dry_run=True, progress=lambda d, t: seen.append((d, t)) or True)
    assert len(seen) >= 3 and seen[-1] == (1, 1)
    assert all(0 < d <= t for d, t in seen)
    before = _dump(db)
    with pytest.raises(ImportCancelled):
        import_addresses(db, path, progress=lambda d, t: False)
    assert _dump(db) == before


def test_place_option_fills_a_file_without_places(tmp_path: Path, db: Database):
    path = build.write_csv(tmp_path / "a.csv", ["straat", "huisnummer"], [["Brink", 1]])
    import_addresses(db, path, ImportOptions(place="Ons Dorp"))
    assert list_households(db)[0]["place"] == "Ons Dorp"


def test_records_are_address_records(tmp_path: Path):
    path = build.write_csv(tmp_path / "a.csv", MUNICIPAL, MUNICIPAL_ROWS[:2])
    records = read_addresses(path).records
    assert records[1].house == HouseNumber(3, "A")
    assert records[1].postcode == "9999AA"


# --- what kind of file ---------------------------------------------------------------------------


def test_kind_comes_from_the_bytes_not_the_name(tmp_path: Path) -> None:
    xlsx = build.write_xlsx(tmp_path / "echt.csv", [("A", [["straat", "huisnummer"]])])
    assert sniff_kind(xlsx) == "xlsx"
    gpkg = build.write_gpkg(tmp_path / "bag.csv", build.bag_features())
    assert sniff_kind(gpkg) == "sqlite"
    (tmp_path / "t.csv").write_text("straat;huisnummer\n")
    assert sniff_kind(tmp_path / "t.csv") == "csv"


def test_mixed_utf8_and_latin1_is_refused_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "gemengd.csv"
    path.write_bytes("straat;huisnummer\nCafé;1\n".encode() + "Ruïne;2\n".encode("latin-1"))
    with pytest.raises(UserError) as caught:
        detect_encoding(path)
    assert caught.value.line == 3


_FAST_HEADER = [
    "straat",
    "huisnummer",
    "huisletter",
    "toevoeging",
    "postcode",
    "woonplaats",
    "x",
    "y",
]
_FAST_CELLS = [
    ["Dorpsstraat", "12", "", "", "1234 ab", "Ons Dorp", "155000", "463000"],
    [" Dorpsstraat ", "12", "a", "", "1234AB", "Ons Dorp", "155000.5", "463000.25"],
    ["Dorpsstraat", "12", "", "bis", "", "", "", ""],
    ["Dorpsstraat", "12.0", "", "-2", " 1234ab ", "Ons Dorp", "155000,5", "463000,5"],
    ["Dorpsstraat", "12", "", "", "0234AB", "Ons Dorp", "155000", "463000"],
    ["Dorpsstraat", "12", "", "", "1234SS", "Ons Dorp", "155000", "463000"],
    ["Dorpsstraat", "0", "", "", "1234AB", "Ons Dorp", "155000", "463000"],
    ["Dorpsstraat", "12", "AB", "", "1234AB", "Ons Dorp", "155000", "463000"],
    ["", "12", "", "", "1234AB", "Ons Dorp", "155000", "463000"],
    ["Dorpsstraat", "12", "", "", "1234AB", "Ons Dorp", "5", "463000"],
    ["Dorpsstraat", "12", "", "", "1234AB", "Ons Dorp", "nan", "463000"],
    ["Dorpsstraat", "12", "", "", "1234AB", "Ons Dorp", "155000", ""],
    ["Dorpsstraat", "12", "", "", "1234AB", "Ons Dorp", "x", "y"],
    ["Dorp\u200bsstraat", "12", "", "", "1234AB", "Ons\x07Dorp", "155000", "463000"],
]


@pytest.mark.parametrize("cells", _FAST_CELLS)
def test_the_fast_row_reader_gives_what_the_general_one_gives(cells: list[str]) -> None:
    """The common layout is read without a call per value (``convert_all``); every row, good or
    bad, comes out as the general ``convert`` makes it: the same address or the same message."""
    columns = resolve_columns(_FAST_HEADER, {}, Path("adressen.csv"), 1)
    fast = _Converter(
        columns, ImportOptions(), ImportReport(file="adressen.csv", description="CSV")
    )
    general = _Converter(
        columns, ImportOptions(), ImportReport(file="adressen.csv", description="CSV")
    )
    assert fast.fast

    def outcome(convert: Any) -> object:
        try:
            return convert(cells)
        except AddressError as exc:
            return str(exc)

    for _ in range(2):  # the second time from the caches
        assert outcome(fast.convert_all) == outcome(general.convert)
