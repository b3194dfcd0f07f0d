"""Coordinates: WGS84 (GPS latitude/longitude) to and from RD New (EPSG:28992).

Households store RD New metres (the BAG's own system). Address lists often carry latitude and
longitude instead; these functions convert with the published polynomial approximation of
Schreutelaar (revised by Strang van Hees), accurate to about a metre inside the Netherlands,
which is plenty for a street map and needs no projection library. Plain functions, no Qt, no SQL.

Reference point: Amersfoort, the origin of RD, is x=155000, y=463000 at
52.15517440 N, 5.38720621 E.
"""

from __future__ import annotations

X0 = 155000.0
Y0 = 463000.0
LAT0 = 52.15517440
LON0 = 5.38720621

# RD -> WGS84: latitude and longitude in arc seconds as sums of K[p,q]*dX^p*dY^q and
# L[p,q]*dX^p*dY^q with dX, dY in units of 100 km.
_K = (
    (0, 1, 3235.65389),
    (2, 0, -32.58297),
    (0, 2, -0.24750),
    (2, 1, -0.84978),
    (0, 3, -0.06550),
    (2, 2, -0.01709),
    (1, 0, -0.00738),
    (4, 0, 0.00530),
    (2, 3, -0.00039),
    (4, 1, 0.00033),
    (1, 1, -0.00012),
)
_L = (
    (1, 0, 5260.52916),
    (1, 1, 105.94684),
    (1, 2, 2.45656),
    (3, 0, -0.81885),
    (1, 3, 0.05594),
    (3, 1, -0.05607),
    (0, 1, 0.01199),
    (3, 2, -0.00256),
    (1, 4, 0.00128),
    (0, 2, 0.00022),
    (2, 0, -0.00022),
    (5, 0, 0.00026),
)

# WGS84 -> RD: x and y in metres as sums of R[p,q]*dphi^p*dlam^q and S[p,q]*dphi^p*dlam^q with
# dphi, dlam the differences from Amersfoort in units of 10,000 arc seconds.
_R = (
    (0, 1, 190094.945),
    (1, 1, -11832.228),
    (2, 1, -114.221),
    (0, 3, -32.391),
    (1, 0, -0.705),
    (3, 1, -2.340),
    (1, 3, -0.608),
    (0, 2, -0.008),
    (2, 3, 0.148),
)
_S = (
    (1, 0, 309056.544),
    (0, 2, 3638.893),
    (2, 0, 73.077),
    (1, 2, -157.984),
    (3, 0, 59.788),
    (0, 1, 0.433),
    (2, 2, -6.439),
    (1, 1, -0.032),
    (0, 4, 0.092),
    (1, 4, -0.054),
)

# Where the approximation is meant to be used (the Netherlands with a margin), in both systems.
RD_X_RANGE = (-7000.0, 300000.0)
RD_Y_RANGE = (289000.0, 629000.0)
LAT_RANGE = (50.5, 54.0)
LON_RANGE = (3.0, 7.5)


def rd_to_wgs84(x: float, y: float) -> tuple[float, float]:
    """RD New metres to WGS84 ``(latitude, longitude)`` in degrees."""
    dx = (x - X0) * 1e-5
    dy = (y - Y0) * 1e-5
    lat = sum(k * dx**p * dy**q for p, q, k in _K)
    lon = sum(c * dx**p * dy**q for p, q, c in _L)
    return LAT0 + lat / 3600.0, LON0 + lon / 3600.0


def wgs84_to_rd(lat: float, lon: float) -> tuple[float, float]:
    """WGS84 latitude and longitude in degrees to RD New ``(x, y)`` in metres."""
    dphi = 0.36 * (lat - LAT0)
    dlam = 0.36 * (lon - LON0)
    x = sum(r * dphi**p * dlam**q for p, q, r in _R)
    y = sum(s * dphi**p * dlam**q for p, q, s in _S)
    return X0 + x, Y0 + y


def in_rd_area(x: float, y: float) -> bool:
    """Whether RD New metres lie in the Netherlands' area (with a margin)."""
    return RD_X_RANGE[0] <= x <= RD_X_RANGE[1] and RD_Y_RANGE[0] <= y <= RD_Y_RANGE[1]


def in_wgs84_area(lat: float, lon: float) -> bool:
    """Whether a latitude/longitude lies in the Netherlands' area (with a margin)."""
    return LAT_RANGE[0] <= lat <= LAT_RANGE[1] and LON_RANGE[0] <= lon <= LON_RANGE[1]
