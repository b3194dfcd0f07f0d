"""Decoding GeoPackage geometry blobs: the ``GP`` header followed by WKB, for points.

A GeoPackage stores each geometry as ``'GP'``, a version byte, a flags byte (byte order of the
header, envelope kind, empty flag), the srs id and an optional envelope, then standard WKB. An
address layer holds points (sometimes a multipoint of one). A berth or a pitch (BAG ``ligplaats``,
``standplaats``) may be a polygon instead; :func:`decode_location` gives the middle of its extent.
"""

from __future__ import annotations

import math
import struct

from ..errors import QT_TRANSLATE_NOOP, Coded

# Envelope sizes by the envelope indicator in bits 1-3 of the flags byte.
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_POINT = 1
_POLYGON = 3
_MULTIPOINT = 4
_MULTIPOLYGON = 6
_MAX_VERTICES = 1_000_000  # a berth has tens; more is a damaged or hostile blob


class GeometryError(Coded, ValueError):
    """A geometry blob that is not a readable point; the message is Dutch."""


def decode_point(blob: bytes | None) -> tuple[float, float] | None:
    """``(x, y)`` of a GeoPackage point (or the first point of a multipoint); None when empty."""
    if blob is None:
        return None
    data = bytes(blob)
    if len(data) < 8 or data[:2] != b"GP":
        raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is geen GeoPackage-geometrie"))
    flags = data[3]
    if flags & 0b10000:
        return None  # an empty geometry
    envelope = (flags >> 1) & 0b111
    if envelope not in _ENVELOPE_BYTES:
        raise GeometryError(
            QT_TRANSLATE_NOOP("Fout", "geometrie heeft een onbekend envelop-type ({envelope})"),
            envelope=envelope,
        )
    return _wkb_point(data, 8 + _ENVELOPE_BYTES[envelope])


def decode_location(blob: bytes | None) -> tuple[float, float] | None:
    """Where a feature is, for the map: a point as such, a (multi)polygon as the middle of its
    extent (the envelope in the header when there is one, else computed from the vertices)."""
    if blob is None:
        return None
    data = bytes(blob)
    if len(data) < 8 or data[:2] != b"GP":
        raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is geen GeoPackage-geometrie"))
    flags = data[3]
    if flags & 0b10000:
        return None
    envelope = (flags >> 1) & 0b111
    if envelope not in _ENVELOPE_BYTES:
        raise GeometryError(
            QT_TRANSLATE_NOOP("Fout", "geometrie heeft een onbekend envelop-type ({envelope})"),
            envelope=envelope,
        )
    at = 8 + _ENVELOPE_BYTES[envelope]
    if len(data) < at + 5:
        raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
    order = "<" if data[at] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", data, at + 1)
    base = (kind & 0x0FFFFFFF) % 1000
    if base in (_POINT, _MULTIPOINT):
        return _wkb_point(data, at)
    if base not in (_POLYGON, _MULTIPOLYGON):
        raise GeometryError(
            QT_TRANSLATE_NOOP("Fout", "geometrie is geen punt of vlak (WKB-type {kind})"), kind=kind
        )
    if envelope:
        header = "<" if flags & 1 else ">"
        min_x, max_x, min_y, max_y = struct.unpack_from(header + "4d", data, 8)
        return _middle(min_x, max_x, min_y, max_y)
    xs: list[float] = []
    ys: list[float] = []
    _wkb_vertices(data, at, xs, ys)
    if not xs:
        return None
    return _middle(min(xs), max(xs), min(ys), max(ys))


def _middle(min_x: float, max_x: float, min_y: float, max_y: float) -> tuple[float, float] | None:
    x, y = (min_x + max_x) / 2, (min_y + max_y) / 2
    if math.isnan(x) or math.isnan(y) or math.isinf(x) or math.isinf(y):
        return None
    return x, y


def _dimensions(kind: int) -> int:
    """Coordinates per vertex: 2, or 3/4 with Z and/or M (ISO 1000s or EWKB flag bits)."""
    iso = (kind & 0x0FFFFFFF) // 1000
    has_z = iso in (1, 3) or bool(kind & 0x80000000)
    has_m = iso in (2, 3) or bool(kind & 0x40000000)
    return 2 + has_z + has_m


def _wkb_vertices(
    data: bytes, at: int, xs: list[float], ys: list[float], member: bool = False
) -> int:
    """Collect the vertices of a WKB polygon or multipolygon at ``at``; returns the end offset.
    A ``member`` of a multipolygon must be a polygon (no nesting, so no deep recursion)."""
    if len(data) < at + 9:
        raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
    order = "<" if data[at] == 1 else ">"
    kind, count = struct.unpack_from(order + "II", data, at + 1)
    base = (kind & 0x0FFFFFFF) % 1000
    at += 9
    if base == _MULTIPOLYGON and not member:
        for _ in range(count):
            at = _wkb_vertices(data, at, xs, ys, member=True)
        return at
    if base != _POLYGON:
        raise GeometryError(
            QT_TRANSLATE_NOOP("Fout", "geometrie is geen vlak (WKB-type {kind})"), kind=kind
        )
    stride = 8 * _dimensions(kind)
    for _ in range(count):
        if len(data) < at + 4:
            raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
        (points,) = struct.unpack_from(order + "I", data, at)
        at += 4
        if len(xs) + points > _MAX_VERTICES or len(data) < at + points * stride:
            raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
        for _ in range(points):
            x, y = struct.unpack_from(order + "dd", data, at)
            xs.append(x)
            ys.append(y)
            at += stride
    return at


def _wkb_point(data: bytes, at: int, member: bool = False) -> tuple[float, float] | None:
    if len(data) < at + 5:
        raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
    order = "<" if data[at] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", data, at + 1)
    base = (kind & 0x0FFFFFFF) % 1000  # ISO Z/M (1001, 2001, 3001) and EWKB flags
    if base == _MULTIPOINT and not member:
        if len(data) < at + 9:
            raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
        (count,) = struct.unpack_from(order + "I", data, at + 5)
        return _wkb_point(data, at + 9, member=True) if count else None
    if base != _POINT:
        raise GeometryError(
            QT_TRANSLATE_NOOP("Fout", "geometrie is geen punt (WKB-type {kind})"), kind=kind
        )
    if len(data) < at + 21:
        raise GeometryError(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
    x, y = struct.unpack_from(order + "dd", data, at + 5)
    if math.isnan(x) or math.isnan(y):
        return None  # WKB's way of writing an empty point
    return x, y


def encode_point(x: float, y: float, srs_id: int) -> bytes:
    """A GeoPackage point blob without envelope (for writing test files and fixtures)."""
    header = b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", srs_id)
    return header + struct.pack("<BIdd", 1, _POINT, x, y)


def encode_polygon(ring: list[tuple[float, float]], srs_id: int) -> bytes:
    """A GeoPackage polygon blob of one ring, without envelope (for test files and fixtures)."""
    header = b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", srs_id)
    body = struct.pack("<BIII", 1, _POLYGON, 1, len(ring))
    body += b"".join(struct.pack("<dd", x, y) for x, y in ring)
    return header + body
