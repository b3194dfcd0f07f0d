"""Reading addresses from a GeoPackage, such as PDOK's BAG GeoPackage: every address layer.

BAG gives addresses to three kinds of object and all three are doors: ``verblijfsobject(en)``
(dwellings and other units; only dwellings count where the layer has a ``gebruiksdoel``),
``ligplaats(en)`` (berths: houseboats) and ``standplaats(en)`` (pitches: caravans). So every
layer whose columns hold at least a street and a house number is read, and the report counts
addresses per layer; ``layers`` (``--layer``) restricts the import to the named ones. Points
may be in RD New (EPSG:28992) or in WGS 84 longitude/latitude (EPSG:4326 or OGC's CRS84); a
polygon (a berth drawn as its outline) is placed at the middle of its extent.

The file itself is opened untrusted by :mod:`buurtdesk.store.geopackage`. For a GeoPackage the
"line" of a problem is the feature's id (``fid``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..domain.address import AddressError
from ..domain.geo import in_rd_area, wgs84_to_rd
from ..errors import QT_TRANSLATE_NOOP, Coded, UserError
from ..store import geopackage as gpkg
from ..store.address_upsert import AddressRow
from .address_import import (
    PLACE,
    POSTCODE,
    PROGRESS_EVERY,
    ColumnMap,
    ColumnsNotFound,
    Progress,
    _Converter,
    _tick,
    resolve_columns,
)
from .gpkg_geometry import GeometryError, decode_location
from .import_report import ImportOptions, ImportReport, LayerCount, Problems, ReadResult
from .tabular import cell_text

RD_NEW, WGS84 = 28992, 4326
_SHAPES = ("POINT", "MULTIPOINT", "POLYGON", "MULTIPOLYGON", "GEOMETRY")


def read_geopackage(path: Path, options: ImportOptions, progress: Progress | None) -> ReadResult:
    try:
        package = gpkg.open_geopackage(path)
    except gpkg.GeoPackageError as exc:
        raise UserError.wrap(exc, path) from None
    try:
        return _read_layers(package, path, options, progress)
    except gpkg.GeoPackageError as exc:
        raise UserError.wrap(exc, path) from None
    except sqlite3.DatabaseError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "GeoPackage is beschadigd ({exc})"), path, exc=exc
        ) from None
    finally:
        package.close()


def _layer_names(layers: list[gpkg.FeatureLayer], skipped: list[gpkg.SkippedLayer]) -> str:
    names = [f"{ly.table} ({ly.geometry_type})" for ly in layers]
    names += [f"{s.table} ({s.reason})" for s in skipped]
    return ", ".join(names) or "geen"


def address_layers(
    package: gpkg.GeoPackage, path: Path, options: ImportOptions
) -> tuple[list[tuple[gpkg.FeatureLayer, ColumnMap]], list[gpkg.SkippedLayer]]:
    """The layers to read with their columns, and the layers passed over with the reason.

    Without ``options.layers``: every point or polygon layer with a street and a number column.
    With it: exactly those layers, each of which must be an address layer.
    """
    layers, skipped = gpkg.feature_layers(package)
    by_name = {ly.table.casefold(): ly for ly in layers}
    chosen: list[tuple[gpkg.FeatureLayer, ColumnMap]] = []
    if options.layers:
        not_read = {s.table.casefold(): s for s in skipped}
        for name in options.layers:
            if name.casefold() in not_read:
                reason = not_read[name.casefold()].reason
                raise UserError(
                    QT_TRANSLATE_NOOP("Fout", "--layer {name}: deze laag {reason}"),
                    path,
                    name=name,
                    reason=reason,
                )
            layer = by_name.get(name.casefold())
            if layer is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Fout",
                        "--layer {name}: zo'n laag staat niet in dit bestand (lagen: {layers})",
                    ),
                    path,
                    name=name,
                    layers=_layer_names(layers, skipped),
                )
            try:
                columns = resolve_columns(layer.columns, options.mapping, path, None)
            except UserError as exc:
                raise UserError(
                    QT_TRANSLATE_NOOP("Fout", "laag {table}: {message}"),
                    path,
                    table=layer.table,
                    message=exc.message,
                ) from None
            chosen.append((layer, columns))
        return chosen, []
    passed = list(skipped)
    for layer in layers:
        if not any(shape in layer.geometry_type for shape in _SHAPES):
            continue
        try:
            columns = resolve_columns(layer.columns, options.mapping, path, None)
        except ColumnsNotFound:
            continue  # not an address layer (buildings, places)
        except UserError as exc:  # a --map column this layer does not have
            passed.append(gpkg.SkippedLayer(layer.table, exc.message))
            continue
        chosen.append((layer, columns))
    chosen.sort(key=lambda item: (_bag_order(item[0].table), item[0].table))
    if not chosen:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "geen adreslaag gevonden: geen punt- of vlaklaag met kolommen voor straat en "
                "huisnummer (lagen: {layers})",
            ),
            path,
            layers=_layer_names(layers, skipped),
        )
    return chosen, passed


def _bag_order(table: str) -> int:
    """BAG's own order: verblijfsobjecten, ligplaatsen, standplaatsen, then anything else."""
    name = table.casefold()
    for rank, stem in enumerate(("verblijfsobject", "ligplaats", "standplaats")):
        if stem in name:
            return rank
    return 3


def _reference_system(
    package: gpkg.GeoPackage, path: Path, layer: gpkg.FeatureLayer
) -> tuple[int, str]:
    """RD_NEW or WGS84 (EPSG:4326 and CRS84 alike: a GeoPackage stores x=lon, y=lat), with its
    name for the report."""
    srs = gpkg.spatial_ref(package, layer.srs_id)
    if srs is not None and srs.epsg in (RD_NEW, WGS84):
        return srs.epsg, f"EPSG:{srs.epsg}"
    if srs is not None and srs.is_crs84:
        return WGS84, "CRS84"
    what = srs.describe() if srs else f"srs_id {layer.srs_id}"
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Fout",
            'laag "{table}" gebruikt een onbekend coördinatenstelsel {what}; alleen EPSG:28992 '
            "(RD New) en EPSG:4326 of CRS84 (WGS84) worden gelezen",
        ),
        path,
        table=layer.table,
        what=what,
    )


def _read_layers(
    package: gpkg.GeoPackage, path: Path, options: ImportOptions, progress: Progress | None
) -> ReadResult:
    chosen, passed = address_layers(package, path, options)
    found = [_reference_system(package, path, layer) for layer, _ in chosen]
    systems = [system for system, _ in found]
    if len(chosen) == 1:
        description = f'GeoPackage, laag "{chosen[0][0].table}", {found[0][1]}'
    else:
        description = "GeoPackage, lagen " + ", ".join(f'"{ly.table}"' for ly, _ in chosen)
    report = ImportReport(file=str(path), description=description)
    report.columns = chosen[0][1].describe()
    report.skipped_layers = {s.table: s.reason for s in passed}
    filters = [_filter(columns, options) for _, columns in chosen]
    counted = zip(chosen, filters, strict=True)
    total = max(sum(gpkg.count_features(package, ly, f) for (ly, _), f in counted), 1)
    problems = Problems(path)
    records: list[AddressRow] = []
    done = 0
    named = len(chosen) > 1  # with several layers a fid alone does not say where
    for (layer, columns), system, filt in zip(chosen, systems, filters, strict=True):
        count = LayerCount(layer.table)
        layer_report = ImportReport(file=str(path), description=description)
        converter = _Converter(columns, options, layer_report)
        before = len(records)
        for row in gpkg.iter_features(package, layer, list(columns.header), filt):
            done += 1
            count.rows += 1
            fid = int(row[0])
            cells = [cell_text(v) for v in row[2:]]
            try:
                point = _location(row[1], system)
            except (GeometryError, AddressError) as exc:
                problems.add(fid, _in_layer(exc, layer.table) if named else exc)
                continue
            try:
                record = converter.convert(cells, point)
            except AddressError as exc:
                problems.add(fid, _in_layer(exc, layer.table) if named else exc)
                continue
            if record is not None:
                records.append(record)
            if progress is not None and done % PROGRESS_EVERY == 0:
                _tick(progress, path, done, total)
        count.addresses = len(records) - before
        count.not_dwelling = layer_report.not_dwelling
        count.filtered = layer_report.filtered
        report.layers.append(count)
        report.not_dwelling += layer_report.not_dwelling
        report.filtered += layer_report.filtered
    report.rows = done
    problems.raise_if_any()
    report.records = len(records)
    return ReadResult(records, report)


def _filter(columns: ColumnMap, options: ImportOptions) -> gpkg.FeatureFilter:
    header = list(columns.header)
    low, high = options.postcode_range or ("", "")
    return gpkg.FeatureFilter(
        postcode_column=header[columns.index[POSTCODE]] if POSTCODE in columns.index else None,
        postcode_low=low,
        postcode_high=high,
        place_column=header[columns.index[PLACE]] if PLACE in columns.index else None,
        place=options.place,
    )


def _location(blob: bytes | None, system: int) -> tuple[float, float] | None:
    point = decode_location(blob)
    if point is None:
        return None
    if system == WGS84:
        point = wgs84_to_rd(point[1], point[0])  # GeoPackage axis order: x=lon, y=lat
    point = (round(point[0], 3), round(point[1], 3))
    if not in_rd_area(*point):
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", "punt x={x:g}, y={y:g} ligt niet in Nederland"),
            x=point[0],
            y=point[1],
        )
    return point


def _in_layer(error: Coded, table: str) -> Coded:
    """A problem of a feature in a file with several layers names its layer."""
    return Coded(QT_TRANSLATE_NOOP("Fout", "laag {table}: {message}"), table=table, message=error)
