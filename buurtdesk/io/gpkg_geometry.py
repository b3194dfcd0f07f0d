"""Decoding GeoPackage geometry blobs: the ``GP`` header followed by WKB, for points.

A GeoPackage stores each geometry as ``'GP'``, a version byte, a flags byte (byte order of the
header, envelope kind, empty flag), the srs id and an optional envelope, then standard WKB. An
address layer holds points (sometimes a multipoint of one); only those are read here.
"""

from __future__ import annotations

import math
import struct

# Envelope sizes by the envelope indicator in bits 1-3 of the flags byte.
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_POINT = 1
_MULTIPOINT = 4


class GeometryError(ValueError):
    """A geometry blob that is not a readable point; the message is Dutch."""


def decode_point(blob: bytes | None) -> tuple[float, float] | None:
    """``(x, y)`` of a GeoPackage point (or the first point of a multipoint); None when empty."""
    if blob is None:
        return None
    data = bytes(blob)
    if len(data) < 8 or data[:2] != b"GP":
        raise GeometryError("geometrie is geen GeoPackage-geometrie")
    flags = data[3]
    if flags & 0b10000:
        return None  # an empty geometry
    envelope = (flags >> 1) & 0b111
    if envelope not in _ENVELOPE_BYTES:
        raise GeometryError(f"geometrie heeft een onbekend envelop-type ({envelope})")
    return _wkb_point(data, 8 + _ENVELOPE_BYTES[envelope])


def _wkb_point(data: bytes, at: int) -> tuple[float, float] | None:
    if len(data) < at + 5:
        raise GeometryError("geometrie is afgebroken")
    order = "<" if data[at] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", data, at + 1)
    base = (kind & 0x0FFFFFFF) % 1000  # ISO Z/M (1001, 2001, 3001) and EWKB flags
    if base == _MULTIPOINT:
        if len(data) < at + 9:
            raise GeometryError("geometrie is afgebroken")
        (count,) = struct.unpack_from(order + "I", data, at + 5)
        return _wkb_point(data, at + 9) if count else None
    if base != _POINT:
        raise GeometryError(f"geometrie is geen punt (WKB-type {kind})")
    if len(data) < at + 21:
        raise GeometryError("geometrie is afgebroken")
    x, y = struct.unpack_from(order + "dd", data, at + 5)
    if math.isnan(x) or math.isnan(y):
        return None  # WKB's way of writing an empty point
    return x, y


def encode_point(x: float, y: float, srs_id: int) -> bytes:
    """A GeoPackage point blob without envelope (for writing test files and fixtures)."""
    header = b"GP" + bytes([0, 0b00000001]) + struct.pack("<i", srs_id)
    return header + struct.pack("<BIdd", 1, _POINT, x, y)
