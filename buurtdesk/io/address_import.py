"""Importing households from address files: CSV, Excel (.xlsx) and the BAG GeoPackage.

The whole file is read and checked first; only a file without a single bad record reaches the
database, in one transaction (:func:`~buurtdesk.store.address_upsert.upsert_households`). A
file with bad records is refused whole: the first few problems are listed, each as
``file:line: message``, with the total count, and the database stays exactly as it was. For a
GeoPackage the "line" is the feature's id (``fid``).

Columns are found by their header, without regard to case, spaces, punctuation or accents, from a
table of the headers real exports use (NLExtract ``adres2csv``, BAG_parser, address lists with
lat/lon, PDOK's BAG GeoPackage, municipal spreadsheets); ``--map street=Straat`` overrides.
Where a file says what a building is used for (``gebruiksdoel``), only dwellings
(``woonfunctie``) are imported. No Qt here: the GUI calls :func:`import_addresses` from its
database worker with a ``progress`` callback that can also cancel.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ..domain.address import (
    AddressError,
    HouseNumber,
    fold_name,
    house_number_from_parts,
    normalise_postcode,
    postcode_in_range,
)
from ..domain.geo import RD_X_RANGE, RD_Y_RANGE, in_wgs84_area, wgs84_to_rd
from ..errors import QT_TRANSLATE_NOOP, Coded, UserError, Word
from ..store.address_upsert import AddressRow, upsert_address_rows

# The import's options, report and errors live in import_report; the command line, the window
# and the tests take them from here, with the functions that use them.
from .import_report import MAX_LISTED_PROBLEMS as MAX_LISTED_PROBLEMS
from .import_report import ImportCancelled as ImportCancelled
from .import_report import ImportOptions as ImportOptions
from .import_report import ImportRefused as ImportRefused
from .import_report import ImportReport as ImportReport
from .import_report import LayerCount as LayerCount
from .import_report import Problem as Problem
from .import_report import Problems as _Problems
from .import_report import ReadResult as ReadResult
from .printable import printable_clean_name
from .tabular import open_table, sniff_kind

Progress = Callable[[int, int], bool]
"""``progress(done, total) -> keep_going``; return False to cancel (nothing is written)."""

PROGRESS_EVERY = 2000

# --- columns -------------------------------------------------------------------------------------

STREET, NUMBER, LETTER, ADDITION = "street", "number", "letter", "addition"
POSTCODE, PLACE, X, Y, LAT, LON, USE = "postcode", "place", "x", "y", "lat", "lon", "use"
REQUIRED = (STREET, NUMBER)

# Known headers per field, in normalised form (see normalise_header), best first.
ALIASES: dict[str, tuple[str, ...]] = {
    STREET: (
        "straat",
        "straatnaam",
        "openbareruimte",
        "openbareruimtenaam",
        "naamopenbareruimte",
        "street",
        "streetname",
    ),
    NUMBER: ("huisnummer", "huisnr", "hnr", "huisno", "nummer", "nr", "number", "housenumber"),
    LETTER: ("huisletter", "letter", "hl"),
    ADDITION: (
        "huisnummertoevoeging",
        "toevoeging",
        "toev",
        "huisnrtoevoeging",
        "huisnrtoev",
        "hnrtoev",
        "addition",
    ),
    POSTCODE: ("postcode", "pc", "pc6", "postalcode", "zipcode", "zip"),
    PLACE: ("woonplaats", "woonplaatsnaam", "plaats", "plaatsnaam", "place", "city", "town"),
    X: ("x", "rdx", "xrd", "xcoord", "xcoordinaat", "rdxcoordinaat"),
    Y: ("y", "rdy", "yrd", "ycoord", "ycoordinaat", "rdycoordinaat"),
    LAT: ("lat", "latitude", "breedtegraad"),
    LON: ("lon", "lng", "long", "longitude", "lengtegraad"),
    USE: ("gebruiksdoel", "gebruiksdoelen", "verblijfsobjectgebruiksdoel", "gebruiksdoelvbo"),
}

# Names a user may give on the left of --map, in English or Dutch.
FIELD_NAMES: dict[str, str] = {
    "street": STREET,
    "straat": STREET,
    "number": NUMBER,
    "huisnummer": NUMBER,
    "letter": LETTER,
    "huisletter": LETTER,
    "addition": ADDITION,
    "toevoeging": ADDITION,
    "postcode": POSTCODE,
    "place": PLACE,
    "plaats": PLACE,
    "woonplaats": PLACE,
    "x": X,
    "y": Y,
    "lat": LAT,
    "lon": LON,
    "use": USE,
    "gebruiksdoel": USE,
}

_DUTCH = {
    STREET: "straat",
    NUMBER: "huisnummer",
    LETTER: "huisletter",
    ADDITION: "toevoeging",
    POSTCODE: "postcode",
    PLACE: "plaats",
    X: "x",
    Y: "y",
    LAT: "lat",
    LON: "lon",
    USE: "gebruiksdoel",
}


def normalise_header(text: str) -> str:
    """``"Toev."`` -> ``toev``, ``"openbare_ruimte_naam"`` -> ``openbareruimtenaam``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum() and ch.isascii())


_ALIAS_FIELD = {alias: name for name, aliases in ALIASES.items() for alias in aliases}


def looks_like_header(cells: Sequence[str]) -> bool:
    found = {_ALIAS_FIELD.get(normalise_header(c)) for c in cells}
    return all(f in found for f in REQUIRED)


def detect_columns(header: Sequence[str]) -> dict[str, str]:
    """The columns recognised by their header alone: field -> header text (for a window that
    lets a person choose, starting from what is recognised)."""
    index = _recognised([normalise_header(h) for h in header])
    return {name: header[column] for name, column in index.items()}


def _recognised(normalised: Sequence[str]) -> dict[str, int]:
    """field -> column index, from the known headers (ALIASES, best first)."""
    index: dict[str, int] = {}
    for name, aliases in ALIASES.items():
        for alias in aliases:
            if alias in normalised:
                index[name] = normalised.index(alias)
                break
    return index


def parse_map(items: Iterable[str]) -> dict[str, str]:
    """``["street=Straat", "huisnummer=Nr"]`` -> ``{"street": "Straat", "number": "Nr"}``."""
    mapping: dict[str, str] = {}
    for item in items:
        name, sep, column = item.partition("=")
        key = FIELD_NAMES.get(normalise_header(name))
        if not sep or not column.strip() or key is None:
            known = ", ".join(sorted({k for k in FIELD_NAMES if k.isascii()}))
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", '--map "{item}" moet VELD=KOLOM zijn, met VELD een van: {known}'
                ),
                item=item,
                known=known,
            )
        mapping[key] = column.strip()
    return mapping


@dataclass(frozen=True)
class ColumnMap:
    """Which column (index) holds which field; ``letter_in_addition`` when one field holds both
    the house letter and the addition (municipal ``Toev.``; a single letter is the huisletter)."""

    index: dict[str, int]
    header: tuple[str, ...]

    @property
    def letter_in_addition(self) -> bool:
        return ADDITION in self.index and LETTER not in self.index

    def describe(self) -> dict[str, str]:
        return {f: self.header[i] for f, i in self.index.items()}


class ColumnsNotFound(UserError):
    """The header has no column for a required field. The command line says to use ``--map``;
    the window shows the file and lets the user choose the columns (the same mapping)."""

    def __init__(
        self,
        header: Sequence[str],
        template: str,
        /,
        path: Path,
        line: int | None,
        **values: object,
    ):
        super().__init__(template, path, line, **values)
        self.header = tuple(header)


def resolve_columns(
    header: Sequence[str],
    overrides: dict[str, str],
    path: Path,
    line: int | None,
) -> ColumnMap:
    """Map fields to columns; raises :class:`UserError` when a required one is missing."""
    normalised = [normalise_header(h) for h in header]
    index = _recognised(normalised)
    for name, column in overrides.items():
        wanted = normalise_header(column)
        if wanted not in normalised:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "--map {dutch}={column}: "
                    'kolom "{column}" staat niet in de kopregel ({columns})',
                ),
                path,
                line,
                dutch=_DUTCH[name],
                column=column,
                columns=_list_columns(header),
            )
        index[name] = normalised.index(wanted)
    missing = [_DUTCH[f] for f in REQUIRED if f not in index]
    if missing:
        raise ColumnsNotFound(
            header,
            QT_TRANSLATE_NOOP(
                "Fout",
                "geen kolom voor {missing} gevonden in de kopregel ({columns}); wijs ze aan met "
                "--map, bijv. --map straat=KOLOM",
            ),
            path,
            line,
            missing=" en ".join(missing),
            columns=_list_columns(header),
        )
    return ColumnMap(index, tuple(header))


def _list_columns(header: Sequence[str]) -> str:
    shown = [h if len(h) <= 40 else h[:37] + "..." for h in header[:20]]
    more = f" en {len(header) - 20} meer" if len(header) > 20 else ""
    return "kolommen: " + ", ".join(f'"{h}"' for h in shown) + more if shown else "geen kolommen"


# --- one row -------------------------------------------------------------------------------------

_LETTER_AND_ADDITION = re.compile(r"^([A-Za-z])[\s\-/]+([A-Za-z0-9]{1,4})$")


class _Converter:
    """Turns cells into an :class:`AddressRow`, or None when a filter skips the row.

    Remembers every street and place name, house number (with letter and addition) and postcode
    it parsed: a city file of 100,000 rows has only a few thousand distinct ones, so the hot
    path is a dict look-up per value. A value that fails is parsed again each time it occurs,
    and fails the same way (only a file that is refused pays that).
    """

    def __init__(self, columns: ColumnMap, options: ImportOptions, report: ImportReport):
        idx = columns.index
        self.street = idx[STREET]
        self.number = idx[NUMBER]
        self.letter = idx.get(LETTER)
        self.addition = idx.get(ADDITION)
        self.combined = columns.letter_in_addition
        self.postcode = idx.get(POSTCODE)
        self.place = idx.get(PLACE)
        self.x, self.y = idx.get(X), idx.get(Y)
        self.lat, self.lon = idx.get(LAT), idx.get(LON)
        self.use = idx.get(USE)
        self.range = options.postcode_range
        self.place_filter = fold_name(options.place) if self.place is not None else ""
        self.default_place = (
            printable_clean_name(options.place, "plaats") if self.place is None else ""
        )
        self.report = report
        self._houses: dict[tuple[str, str, str], HouseNumber] = {}
        self._postcodes: dict[str, str] = {}
        self._names: dict[str, str] = {}
        # the common layout, read by one function without a call per value: street, number,
        # postcode and x/y columns (letter, addition, place optional), no filters
        self.fast = (
            self.use is None
            and self.range is None
            and not self.place_filter
            and self.postcode is not None
            and self.x is not None
            and self.y is not None
        )

    def convert_all(self, cells: Sequence[str]) -> AddressRow:
        """:meth:`convert` for the common layout (:attr:`fast`): the same result, faster."""
        names = self._names
        raw = cells[self.street]
        street = names.get(raw)
        if street is None:
            street = self._new_name(raw, "straatnaam")
        if self.place is not None:
            raw = cells[self.place]
            place = names.get(raw)
            if place is None:
                place = self._new_name(raw, "plaats")
        else:
            place = self.default_place
        if not street:
            raise AddressError(QT_TRANSLATE_NOOP("Fout", "straatnaam ontbreekt"))
        key = (
            cells[self.number],
            cells[self.letter] if self.letter is not None else "",
            cells[self.addition] if self.addition is not None else "",
        )
        house = self._houses.get(key)
        if house is None:
            house = self._houses[key] = self._parse_house(*key)
        raw = cells[self.postcode]  # type: ignore[index]
        postcode = self._postcodes.get(raw)
        if postcode is None:
            postcode = self._new_postcode(raw)
        try:
            x, y = float(cells[self.x]), float(cells[self.y])  # type: ignore[index]
        except ValueError:
            point = self._point(cells)
        else:
            if _RD_X[0] <= x <= _RD_X[1] and _RD_Y[0] <= y <= _RD_Y[1]:
                return (street, place, house, postcode, x, y)
            point = self._point(cells)  # raises: not in the Netherlands
        if point is None:
            return (street, place, house, postcode, None, None)
        return (street, place, house, postcode, point[0], point[1])

    def convert(
        self, cells: Sequence[str], point: tuple[float, float] | None = None
    ) -> AddressRow | None:
        if self.use is not None and "woonfunctie" not in cells[self.use].casefold():
            self.report.not_dwelling += 1
            return None
        postcode_text = cells[self.postcode] if self.postcode is not None else ""
        if self.range is not None and not postcode_in_range(
            postcode_text.strip().replace(" ", "").upper(), *self.range
        ):
            self.report.filtered += 1
            return None
        place = (
            self._name(cells[self.place], "plaats")
            if self.place is not None
            else self.default_place
        )
        if self.place_filter and fold_name(place) != self.place_filter:
            self.report.filtered += 1
            return None
        street = self._name(cells[self.street], "straatnaam")
        if not street:
            raise AddressError(QT_TRANSLATE_NOOP("Fout", "straatnaam ontbreekt"))
        house = self._house(cells)
        postcode = self._postcodes.get(postcode_text) or self._new_postcode(postcode_text)
        if point is None:
            point = self._point(cells)
        if point is None:
            return (street, place, house, postcode, None, None)
        return (street, place, house, postcode, point[0], point[1])

    def _name(self, text: str, what: str) -> str:
        found = self._names.get(text)
        return self._new_name(text, what) if found is None else found

    def _new_name(self, text: str, what: str) -> str:
        name = self._names[text] = printable_clean_name(text, what)
        return name

    def _new_postcode(self, text: str) -> str:
        stripped = text.strip()
        postcode = self._postcodes[text] = normalise_postcode(stripped) if stripped else ""
        return postcode

    def _house(self, cells: Sequence[str]) -> HouseNumber:
        number = cells[self.number]
        letter = cells[self.letter] if self.letter is not None else ""
        addition = cells[self.addition] if self.addition is not None else ""
        key = (number, letter, addition)
        house = self._houses.get(key)
        if house is None:
            house = self._houses[key] = self._parse_house(number, letter, addition)
        return house

    def _parse_house(self, number: str, letter: str, addition: str) -> HouseNumber:
        letter, addition = letter.strip(), addition.strip()
        if self.combined and addition:
            # Municipal "Toev.": one field for letter and addition; a single letter is the
            # huisletter ("A"), a letter then an addition is both ("A-2"), else an addition.
            if len(addition) == 1 and addition.isalpha():
                letter, addition = addition, ""
            elif match := _LETTER_AND_ADDITION.match(addition):
                letter, addition = match.group(1), match.group(2)
        return house_number_from_parts(number, letter, addition)

    def _point(self, cells: Sequence[str]) -> tuple[float, float] | None:
        if self.x is not None and self.y is not None:
            found = True
            try:
                x, y = float(cells[self.x]), float(cells[self.y])
            except ValueError:
                found = bool(cells[self.x].strip() and cells[self.y].strip())
                if found:
                    x = _number(cells[self.x], QT_TRANSLATE_NOOP("Fout", "x-coördinaat"))
                    y = _number(cells[self.y], QT_TRANSLATE_NOOP("Fout", "y-coördinaat"))
            if found:
                if not (_RD_X[0] <= x <= _RD_X[1] and _RD_Y[0] <= y <= _RD_Y[1]):
                    raise AddressError(
                        QT_TRANSLATE_NOOP(
                            "Fout", "coördinaten x={x:g}, y={y:g} liggen niet in Nederland (RD)"
                        ),
                        x=x,
                        y=y,
                    )
                return x, y
        if (
            self.lat is not None
            and self.lon is not None
            and cells[self.lat].strip()
            and cells[self.lon].strip()
        ):
            lat = _number(cells[self.lat], QT_TRANSLATE_NOOP("Fout", "breedtegraad (lat)"))
            lon = _number(cells[self.lon], QT_TRANSLATE_NOOP("Fout", "lengtegraad (lon)"))
            if not in_wgs84_area(lat, lon) and in_wgs84_area(lon, lat):
                lat, lon = lon, lat  # lat and lon swapped: the ranges do not overlap in NL
            if not in_wgs84_area(lat, lon):
                raise AddressError(
                    QT_TRANSLATE_NOOP(
                        "Fout", "coördinaten lat={lat:g}, lon={lon:g} liggen niet in Nederland"
                    ),
                    lat=lat,
                    lon=lon,
                )
            x, y = wgs84_to_rd(lat, lon)
            return round(x, 3), round(y, 3)
        return None


_RD_X, _RD_Y = RD_X_RANGE, RD_Y_RANGE  # NaN fails these comparisons too


def _number(text: str, what: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", '{what} "{text}" is geen getal'), what=Word(what), text=text
        ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", '{what} "{text}" is geen getal'), what=Word(what), text=text
        )
    return value


# --- reading a whole file ------------------------------------------------------------------------


def read_addresses(
    path: str | Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ReadResult:
    """Read and check a whole address file; raises :class:`UserError` (file and line) or
    :class:`ImportRefused` (all problems counted, the first few listed)."""
    path = Path(path)
    options = options or ImportOptions()
    if not path.exists():
        raise UserError(QT_TRANSLATE_NOOP("Fout", "bestand bestaat niet"), path)
    kind = sniff_kind(path)
    if kind == "sqlite":
        from .gpkg_import import read_geopackage  # it builds on this module

        return read_geopackage(path, options, progress)
    if options.layers:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "--layer geldt alleen voor een GeoPackage (.gpkg)"), path
        )
    with open_table(path, looks_like_header, kind) as table:
        report = ImportReport(file=str(path), description=table.description)
        columns = resolve_columns(table.header, options.mapping, path, table.header_line)
        report.columns = columns.describe()
        converter = _Converter(columns, options, report)
        convert = converter.convert_all if converter.fast else converter.convert
        problems = _Problems(path)
        records: list[AddressRow] = []
        width = len(table.header)
        total = max(table.total_lines, 1)
        rows = 0
        for line, cells in table.rows:
            rows += 1
            if len(cells) != width:
                if len(cells) > width and not any(c.strip() for c in cells[width:]):
                    cells = cells[:width]
                elif len(cells) < width and table.pads_short_rows:
                    cells = cells + [""] * (width - len(cells))
                else:
                    problems.add(
                        line,
                        Coded(
                            QT_TRANSLATE_NOOP(
                                "Fout", "deze rij heeft {cells} velden, de kopregel {width}"
                            ),
                            cells=len(cells),
                            width=width,
                        ),
                    )
                    continue
            try:
                record = convert(cells)
            except AddressError as exc:
                problems.add(line, exc)
                continue
            if record is not None:
                records.append(record)
            if progress is not None and rows % PROGRESS_EVERY == 0:
                _tick(progress, path, min(line, total), total)
        report.rows = rows
        if rows == 0:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", "er staat een kopregel, maar er staan geen adressen onder"
                ),
                path,
                table.header_line,
            )
        problems.raise_if_any()
    report.records = len(records)
    return ReadResult(records, report)


def _tick(progress: Progress, path: Path, done: int, total: int) -> None:
    if not progress(done, total):
        raise ImportCancelled(path)


# --- the import ----------------------------------------------------------------------------------


def import_addresses(
    db: Database,
    path: str | Path,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read, check and store the addresses of one file.

    Nothing is written unless the whole file is good (and not with ``dry_run``); the write is
    one transaction. ``progress(done, total)`` is called now and then while reading; returning
    False cancels the import before anything is written.
    """
    path = Path(path)
    result = read_addresses(path, options, progress)
    if progress is not None:
        _tick(progress, path, 1, 1)
    return store_addresses(db, result, dry_run=dry_run)


def store_addresses(db: Database, result: ReadResult, *, dry_run: bool = False) -> ImportReport:
    """Write what :func:`read_addresses` read and checked, in one transaction."""
    source = f"import:{Path(result.report.file).name}"
    upsert = upsert_address_rows(db, result.rows, source=source, dry_run=dry_run)
    report = result.report
    report.added = upsert.added
    report.updated = upsert.updated
    report.unchanged = upsert.unchanged
    report.streets_added = upsert.streets_added
    report.duplicates = upsert.duplicates
    report.other_reading = upsert.other_reading
    report.other_reading_examples = upsert.other_reading_examples
    report.straight_streets = upsert.straight_streets
    report.dry_run = dry_run
    return report
