"""Read-only queries on an OGC GeoPackage (an SQLite file), such as PDOK's BAG GeoPackage.

A GeoPackage is a database someone else wrote, so it is read as untrusted input:

- opened read-only through a URI (``mode=ro``; not ``immutable``, because another program may
  still be writing it), with ``PRAGMA trusted_schema = OFF`` so that a view or trigger in the file
  cannot call functions with side effects;
- only real tables are read: the GeoPackage's own tables and the layers must be ``type='table'``
  in ``sqlite_master`` (not views, not virtual tables); a layer that is a view is skipped with a
  reason, a ``gpkg_contents`` that is a view refuses the file;
- every step of every query runs under a time limit (SQLite's progress handler): a query that
  runs past :data:`QUERY_SECONDS` (:data:`SCAN_SECONDS` for a step through a layer's table) is
  stopped and reported as :class:`QueryTooSlow`.

The national BAG file holds millions of addresses, so filtering by postcode range or place
happens here in SQL. Decoding the geometry blobs is :mod:`buurtdesk.io.gpkg_geometry`'s job.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP
from .store_errors import StoreError

QUERY_SECONDS = 5.0
"""How long one step of a query on a GeoPackage may run before it is stopped."""
SCAN_SECONDS = 60.0
"""The same for a step through a layer (a real table, checked): in the national BAG file with a
postcode filter, the next matching row may lie millions of rows further on."""

_PROGRESS_OPS = 10_000  # SQLite virtual-machine instructions between two looks at the clock
_GPKG_TABLES = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys")


class GeoPackageError(StoreError):
    """The file is not a readable GeoPackage; the message is Dutch."""


class QueryTooSlow(GeoPackageError):
    """A query on the GeoPackage ran past the time limit and was stopped."""


@dataclass(frozen=True)
class FeatureLayer:
    table: str
    geometry_column: str
    geometry_type: str  # POINT, MULTIPOINT, POLYGON, ... as declared in gpkg_geometry_columns
    srs_id: int
    columns: tuple[str, ...]  # attribute columns, without the geometry
    key: str  # the integer primary key column (``fid``), or ``rowid``


@dataclass(frozen=True)
class SkippedLayer:
    """A layer declared in ``gpkg_contents`` that is not read, and why (Dutch)."""

    table: str
    reason: str


@dataclass(frozen=True)
class SpatialRef:
    srs_id: int
    organization: str
    code: str  # organization_coordsys_id as written: 28992, or "CRS84"
    name: str
    definition: str

    @property
    def epsg(self) -> int | None:
        if self.organization.strip().upper() == "EPSG" and self.code.strip().isdigit():
            return int(self.code)
        return None

    @property
    def is_crs84(self) -> bool:
        """OGC's CRS84: WGS 84 longitude/latitude (the order a GeoPackage stores anyway)."""
        org, code = self.organization.strip().upper(), self.code.strip().upper()
        if org == "OGC" and code in ("CRS84", "84"):
            return True
        return "CRS84" in self.definition.upper().replace(" ", "")

    def describe(self) -> str:
        return f"{self.organization}:{self.code} ({self.name})"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _Clock:
    """The progress handler: stops a query step that runs past ``seconds``."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.limit = seconds
        self.deadline = time.monotonic() + seconds
        self.fired = False

    def restart(self, limit: float) -> None:
        self.limit = limit
        self.deadline = time.monotonic() + limit
        self.fired = False

    def __call__(self) -> int:
        if time.monotonic() > self.deadline:
            self.fired = True
            return 1  # non-zero: SQLite interrupts the statement
        return 0


class GeoPackage:
    """An open, read-only GeoPackage; every query goes through :meth:`rows` and its time limit."""

    def __init__(self, conn: sqlite3.Connection, clock: _Clock):
        self.conn = conn
        self.clock = clock

    def close(self) -> None:
        self.conn.close()

    def rows(
        self, sql: str, params: Sequence[Any] = (), *, scan: bool = False
    ) -> Iterator[tuple[Any, ...]]:
        """The rows of one query; each step (to the next row) gets the full time limit, the
        longer one for a ``scan`` through a layer's table."""
        limit = max(self.clock.seconds, SCAN_SECONDS) if scan else self.clock.seconds
        self.clock.restart(limit)
        try:
            cursor = self.conn.execute(sql, list(params))
            while True:
                self.clock.restart(limit)
                row = cursor.fetchone()
                if row is None:
                    return
                yield tuple(row)
        except sqlite3.OperationalError:
            if self.clock.fired:
                raise QueryTooSlow(
                    QT_TRANSLATE_NOOP(
                        "Fout",
                        "het lezen van de GeoPackage duurde langer dan {limit:g} seconden en is "
                        "gestopt; het bestand zit vreemd in elkaar (een view die niet eindigt?)",
                    ),
                    limit=self.clock.limit,
                ) from None
            raise

    def all(
        self, sql: str, params: Sequence[Any] = (), *, scan: bool = False
    ) -> list[tuple[Any, ...]]:
        return list(self.rows(sql, params, scan=scan))


def open_geopackage(path: Path, seconds: float | None = None) -> GeoPackage:
    """Open a GeoPackage read-only and untrusted; refuse a file without the GeoPackage tables
    or with one of them that is not a real table."""
    uri = path.resolve().as_uri() + "?mode=ro"
    clock = _Clock(QUERY_SECONDS if seconds is None else seconds)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.DatabaseError as exc:
        raise GeoPackageError(
            QT_TRANSLATE_NOOP("Fout", "geen leesbaar SQLite-bestand ({exc})"), exc=exc
        ) from None
    package = GeoPackage(conn, clock)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        conn.set_progress_handler(clock, _PROGRESS_OPS)
        kinds = dict(
            package.all(
                "SELECT name, type FROM sqlite_master "
                "WHERE type IN ('table', 'view') AND name IN (?, ?, ?)",
                _GPKG_TABLES,
            )
        )
    except GeoPackageError:
        conn.close()
        raise
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise GeoPackageError(
            QT_TRANSLATE_NOOP("Fout", "geen leesbaar SQLite-bestand ({exc})"), exc=exc
        ) from None
    if "gpkg_contents" not in kinds or "gpkg_geometry_columns" not in kinds:
        conn.close()
        raise GeoPackageError(
            QT_TRANSLATE_NOOP(
                "Fout", "dit is een SQLite-bestand maar geen GeoPackage (gpkg_contents ontbreekt)"
            )
        )
    views = [name for name in _GPKG_TABLES if kinds.get(name) == "view"]
    if views:
        conn.close()
        raise GeoPackageError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "{views} is in dit bestand een view in plaats van een tabel; zo'n GeoPackage "
                "wordt niet gelezen",
            ),
            views=views[0],
        )
    return package


def _real_tables(gpkg: GeoPackage) -> dict[str, str]:
    """Name -> kind ('table', 'view', 'virtual') of every table and view in the file."""
    kinds: dict[str, str] = {}
    for name, kind, sql in gpkg.rows(
        "SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view')"
    ):
        virtual = kind == "table" and str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL")
        kinds[str(name)] = "virtual" if virtual else str(kind)
    return kinds


def feature_layers(gpkg: GeoPackage) -> tuple[list[FeatureLayer], list[SkippedLayer]]:
    """The feature layers that are real tables, with their geometry column, declared type and
    reference system; and the declared layers that are not read (a view, a virtual table, a
    missing table), with the reason."""
    rows = gpkg.all(
        """SELECT c.table_name, g.column_name, upper(g.geometry_type_name), g.srs_id
             FROM gpkg_contents c
             JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            WHERE c.data_type = 'features'
            ORDER BY c.table_name"""
    )
    kinds = _real_tables(gpkg)
    layers: list[FeatureLayer] = []
    skipped: list[SkippedLayer] = []
    for table, geometry_column, geometry_type, srs_id in rows:
        table = str(table)
        kind = kinds.get(table)
        if kind != "table":
            reason = {
                "view": "is een view, geen tabel",
                "virtual": "is een virtuele tabel",
                None: "staat in gpkg_contents maar de tabel ontbreekt",
            }.get(kind, "is geen tabel")
            skipped.append(SkippedLayer(table, reason))
            continue
        info = gpkg.all(f"PRAGMA table_info({_quote(table)})")
        key = next((r[1] for r in info if r[5] == 1 and str(r[2]).upper() == "INTEGER"), "rowid")
        columns = tuple(str(r[1]) for r in info if r[1] != geometry_column)
        try:
            srs = int(srs_id)
        except (TypeError, ValueError):
            skipped.append(SkippedLayer(table, f"heeft een ongeldig srs_id ({srs_id!r})"))
            continue
        layers.append(
            FeatureLayer(table, str(geometry_column), str(geometry_type), srs, columns, str(key))
        )
    return layers, skipped


def spatial_ref(gpkg: GeoPackage, srs_id: int) -> SpatialRef | None:
    if "gpkg_spatial_ref_sys" not in _real_tables(gpkg):
        return None
    found = gpkg.all(
        "SELECT srs_id, srs_name, organization, organization_coordsys_id, definition "
        "FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
        [srs_id],
    )
    if not found:
        return None
    row = found[0]
    return SpatialRef(
        int(row[0]), str(row[2] or ""), str(row[3] or ""), str(row[1] or ""), str(row[4] or "")
    )


@dataclass(frozen=True)
class FeatureFilter:
    """Postcode range (normalised bounds, a four-digit bound covers its letters) and/or place."""

    postcode_column: str | None = None
    postcode_low: str = ""
    postcode_high: str = ""
    place_column: str | None = None
    place: str = ""

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.postcode_column and self.postcode_low:
            low = self.postcode_low if len(self.postcode_low) == 6 else self.postcode_low + "AA"
            high = self.postcode_high if len(self.postcode_high) == 6 else self.postcode_high + "ZZ"
            clauses.append(
                f"replace(upper({_quote(self.postcode_column)}), ' ', '') BETWEEN ? AND ?"
            )
            params += [low, high]
        if self.place_column and self.place:
            clauses.append(f"trim({_quote(self.place_column)}) = ? COLLATE NOCASE")
            params.append(self.place.strip())
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_features(gpkg: GeoPackage, layer: FeatureLayer, filt: FeatureFilter) -> int:
    where, params = filt.where()
    found = gpkg.all(f"SELECT count(*) FROM {_quote(layer.table)}{where}", params, scan=True)
    return int(found[0][0])


def iter_features(
    gpkg: GeoPackage,
    layer: FeatureLayer,
    columns: Sequence[str],
    filt: FeatureFilter,
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``(key, geometry blob, *columns)`` in key order, filtered in SQL."""
    where, params = filt.where()
    wanted = ", ".join(_quote(c) for c in columns)
    sql = (
        f"SELECT {_quote(layer.key) if layer.key != 'rowid' else 'rowid'}, "
        f"{_quote(layer.geometry_column)}{', ' + wanted if wanted else ''} "
        f"FROM {_quote(layer.table)}{where} ORDER BY 1"
    )
    yield from gpkg.rows(sql, params, scan=True)
