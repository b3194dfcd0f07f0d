"""RD New <-> WGS84 with the published polynomial approximation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.geo import in_rd_area, in_wgs84_area, rd_to_wgs84, wgs84_to_rd


def test_amersfoort_is_the_origin_both_ways() -> None:
    lat, lon = rd_to_wgs84(155000, 463000)
    assert lat == pytest.approx(52.15517440, abs=1e-9)
    assert lon == pytest.approx(5.38720621, abs=1e-9)
    x, y = wgs84_to_rd(52.15517440, 5.38720621)
    assert x == pytest.approx(155000, abs=0.001)
    assert y == pytest.approx(463000, abs=0.001)


def test_known_directions_and_scale() -> None:
    # 100 km north of Amersfoort is about 0.9 degrees of latitude, 100 km east about 1.47 degrees
    # of longitude at this latitude; north stays (almost) north.
    lat, lon = rd_to_wgs84(155000, 563000)
    assert lat == pytest.approx(53.054, abs=0.01)
    assert lon == pytest.approx(5.387, abs=0.05)
    lat, lon = rd_to_wgs84(255000, 463000)
    assert lat == pytest.approx(52.14, abs=0.03)
    assert lon == pytest.approx(6.85, abs=0.03)


def test_a_place_in_groningen_lands_in_groningen() -> None:
    # Martinitoren, Groningen: about 53.2192 N, 6.5682 E; RD about (233880, 582040).
    x, y = wgs84_to_rd(53.21917, 6.56820)
    assert x == pytest.approx(233880, abs=50)
    assert y == pytest.approx(582040, abs=50)


@given(
    x=st.floats(min_value=10000, max_value=280000),
    y=st.floats(min_value=300000, max_value=620000),
)
def test_round_trip_within_a_metre(x: float, y: float) -> None:
    lat, lon = rd_to_wgs84(x, y)
    assert in_wgs84_area(lat, lon)
    x2, y2 = wgs84_to_rd(lat, lon)
    assert abs(x2 - x) < 1.0 and abs(y2 - y) < 1.0
    assert in_rd_area(x2, y2)


def test_areas_reject_the_rest_of_the_world() -> None:
    assert not in_wgs84_area(48.85, 2.35)  # Paris
    assert not in_rd_area(0, 0)
    assert in_rd_area(121000, 487000)
