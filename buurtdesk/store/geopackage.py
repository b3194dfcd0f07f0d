"""Read-only queries on an OGC GeoPackage (an SQLite file), such as PDOK's BAG GeoPackage.

The national BAG file holds millions of addresses, so filtering by postcode range or place
happens here in SQL. The file is opened read-only through a URI (``mode=ro``): an import never
changes the file it reads. Decoding the geometry blobs is :mod:`buurtdesk.io.gpkg_geometry`'s job.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .db import StoreError


class GeoPackageError(StoreError):
    """The file is not a readable GeoPackage; the message is Dutch."""


@dataclass(frozen=True)
class FeatureLayer:
    table: str
    geometry_column: str
    geometry_type: str  # POINT, MULTIPOINT, ... as declared in gpkg_geometry_columns
    srs_id: int
    columns: tuple[str, ...]  # attribute columns, without the geometry
    key: str  # the integer primary key column (``fid``), or ``rowid``


@dataclass(frozen=True)
class SpatialRef:
    srs_id: int
    organization: str
    code: int
    name: str

    @property
    def epsg(self) -> int | None:
        return self.code if self.organization.upper() == "EPSG" else None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def open_geopackage(path: Path) -> sqlite3.Connection:
    """Open a GeoPackage read-only; refuse a file without the GeoPackage tables."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        names = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
    except sqlite3.DatabaseError as exc:
        raise GeoPackageError(f"geen leesbaar SQLite-bestand ({exc})") from None
    if "gpkg_contents" not in names or "gpkg_geometry_columns" not in names:
        conn.close()
        raise GeoPackageError(
            "dit is een SQLite-bestand maar geen GeoPackage (gpkg_contents ontbreekt)"
        )
    return conn


def feature_layers(conn: sqlite3.Connection) -> list[FeatureLayer]:
    """The feature layers with their geometry column, declared type and reference system."""
    rows = conn.execute(
        """SELECT c.table_name, g.column_name, upper(g.geometry_type_name), g.srs_id
             FROM gpkg_contents c
             JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            WHERE c.data_type = 'features'
            ORDER BY c.table_name"""
    ).fetchall()
    layers: list[FeatureLayer] = []
    for table, geometry_column, geometry_type, srs_id in rows:
        info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
        if not info:
            continue  # declared in gpkg_contents but the table is missing
        key = next((r[1] for r in info if r[5] == 1 and str(r[2]).upper() == "INTEGER"), "rowid")
        columns = tuple(r[1] for r in info if r[1] != geometry_column)
        layers.append(
            FeatureLayer(
                str(table), str(geometry_column), str(geometry_type), int(srs_id), columns, str(key)
            )
        )
    return layers


def spatial_ref(conn: sqlite3.Connection, srs_id: int) -> SpatialRef | None:
    row = conn.execute(
        "SELECT srs_id, srs_name, organization, organization_coordsys_id "
        "FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
        [srs_id],
    ).fetchone()
    if row is None:
        return None
    return SpatialRef(int(row[0]), str(row[2] or ""), int(row[3] or 0), str(row[1] or ""))


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


def count_features(conn: sqlite3.Connection, layer: FeatureLayer, filt: FeatureFilter) -> int:
    where, params = filt.where()
    return int(
        conn.execute(f"SELECT count(*) FROM {_quote(layer.table)}{where}", params).fetchone()[0]
    )


def iter_features(
    conn: sqlite3.Connection,
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
    yield from conn.execute(sql, params)
