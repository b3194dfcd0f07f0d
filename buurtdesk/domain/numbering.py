"""Recognising, from the households' coordinates, how a street is numbered.

Most streets have their odd numbers on one side and the even numbers on the other; quays, dikes
and one-sided streets are often numbered straight through (1, 2, 3 … along one side), and walking
those odd-then-even sends a connector up the street and back along the same houses.

The test, in plain geometry (RD New metres):

1. one point per house number (the mean of its addresses: 1-H, 1-1, 1-2 share a door);
2. the street's line: the principal axis of those points (the direction in which they spread
   most), through their centre;
3. the side of each house: its signed distance to that line. On an odd/even street the odd
   houses stand on one side and the even ones on the other, so the mean distances of the odd
   and the even houses lie a street's width apart. On a straight-numbered street odd and even
   houses stand together, so the two means nearly coincide;
4. a second, independent look: on an odd/even street the house across the street (n, n+1) is
   further away than the next house on the same side (n, n+2); on a straight-numbered street
   it is the other way round.

Only when both say "straight", with enough houses on the street, is the answer straight; anything
few or ambiguous stays odd/even, which is what a street is unless someone says otherwise.
No Qt, no SQL, no files.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import median

from .address import Numbering

MIN_NUMBERS = 8  # fewer house numbers with coordinates: too little to tell
MIN_PER_PARITY = 3  # at least this many odd and this many even numbers
MIN_PAIRS = 3  # neighbours (n, n+1) and (n, n+2) to compare
SAME_SIDE_METRES = 3.0  # odd and even means closer than this (or than half the spread): one side
NEIGHBOUR_RATIO = 0.75  # across (n, n+1) shorter than this times along (n, n+2): one side


@dataclass(frozen=True)
class NumberingGuess:
    numbering: Numbering
    reason: str  # why, for the import report and for tests (Dutch)


def points_per_number(
    points: Iterable[tuple[int, float, float]],
) -> dict[int, tuple[float, float]]:
    """``(number, x, y)`` of every address -> one mean point per house number."""
    sums: dict[int, list[float]] = {}
    for number, x, y in points:
        acc = sums.setdefault(number, [0.0, 0.0, 0.0])
        acc[0] += x
        acc[1] += y
        acc[2] += 1
    return {n: (a[0] / a[2], a[1] / a[2]) for n, a in sums.items()}


def guess_numbering(points: Mapping[int, tuple[float, float]]) -> NumberingGuess:
    """How the street whose house numbers stand at ``points`` (number -> RD x, y) is numbered."""
    odd = [n for n in points if n % 2]
    even = [n for n in points if not n % 2]
    if len(points) < MIN_NUMBERS or len(odd) < MIN_PER_PARITY or len(even) < MIN_PER_PARITY:
        return NumberingGuess(Numbering.ODD_EVEN, "te weinig huisnummers met coördinaten")
    cx = sum(x for x, _ in points.values()) / len(points)
    cy = sum(y for _, y in points.values()) / len(points)
    sxx = sum((x - cx) ** 2 for x, _ in points.values())
    syy = sum((y - cy) ** 2 for _, y in points.values())
    sxy = sum((x - cx) * (y - cy) for x, y in points.values())
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)  # direction of the principal axis
    ux, uy = math.cos(angle), math.sin(angle)
    spread_along = math.sqrt(max(sxx * ux * ux + 2 * sxy * ux * uy + syy * uy * uy, 0.0))
    if spread_along == 0.0:
        return NumberingGuess(Numbering.ODD_EVEN, "alle huisnummers op één punt")

    def offset(n: int) -> float:  # signed distance to the street's line
        x, y = points[n]
        return -(x - cx) * uy + (y - cy) * ux

    odd_off = [offset(n) for n in odd]
    even_off = [offset(n) for n in even]
    odd_mean = sum(odd_off) / len(odd_off)
    even_mean = sum(even_off) / len(even_off)
    apart = abs(odd_mean - even_mean)
    within = math.sqrt(
        (sum((d - odd_mean) ** 2 for d in odd_off) + sum((d - even_mean) ** 2 for d in even_off))
        / len(points)
    )
    if apart >= max(SAME_SIDE_METRES, 0.5 * within):
        return NumberingGuess(
            Numbering.ODD_EVEN,
            f"oneven en even staan {apart:.0f} m uit elkaar, aan weerszijden van de straat",
        )
    across = [_distance(points, n, n + 1) for n in points if n + 1 in points]
    along = [_distance(points, n, n + 2) for n in points if n + 2 in points]
    if len(across) < MIN_PAIRS or len(along) < MIN_PAIRS:
        return NumberingGuess(Numbering.ODD_EVEN, "te weinig opeenvolgende huisnummers")
    if median(across) >= NEIGHBOUR_RATIO * median(along):
        return NumberingGuess(
            Numbering.ODD_EVEN, "opeenvolgende nummers staan niet naast elkaar (twijfel)"
        )
    return NumberingGuess(
        Numbering.STRAIGHT,
        "oneven en even nummers staan aan dezelfde kant, opeenvolgende nummers naast elkaar",
    )


def _distance(points: Mapping[int, tuple[float, float]], a: int, b: int) -> float:
    (ax, ay), (bx, by) = points[a], points[b]
    return math.hypot(ax - bx, ay - by)
