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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

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
    numbers, xs, ys = _mean_points(points)
    return {int(n): (float(x), float(y)) for n, x, y in zip(numbers, xs, ys, strict=True)}


def guess_numbering(points: Mapping[int, tuple[float, float]]) -> NumberingGuess:
    """How the street whose house numbers stand at ``points`` (number -> RD x, y) is numbered."""
    numbers = np.fromiter(points.keys(), dtype=np.int64, count=len(points))
    xy = np.array(list(points.values()), dtype=np.float64).reshape(-1, 2)
    order = np.argsort(numbers, kind="stable")
    return _guess(numbers[order], xy[order, 0], xy[order, 1])


def guess_numbering_of(points: Sequence[tuple[int, float, float]]) -> NumberingGuess:
    """:func:`guess_numbering` straight from ``(number, x, y)`` of every address (an import
    hands over 100,000 of them in one go: arrays, not a dict per street)."""
    return _guess(*_mean_points(points))


_Array = npt.NDArray[np.float64]


def _mean_points(
    points: Iterable[tuple[int, float, float]],
) -> tuple[npt.NDArray[np.int64], _Array, _Array]:
    """The house numbers in order and the mean point (x, y) of each one's addresses."""
    table = np.array(list(points), dtype=np.float64).reshape(-1, 3)
    numbers, which = np.unique(table[:, 0].astype(np.int64), return_inverse=True)
    count = np.bincount(which, minlength=len(numbers))
    xs = np.bincount(which, weights=table[:, 1], minlength=len(numbers)) / count
    ys = np.bincount(which, weights=table[:, 2], minlength=len(numbers)) / count
    return numbers, xs, ys


def _guess(numbers: npt.NDArray[np.int64], xs: _Array, ys: _Array) -> NumberingGuess:
    """The test of the module's docstring over the house numbers (ascending, each once) and
    their points."""
    is_odd = numbers % 2 == 1
    odd_count = int(is_odd.sum())
    even_count = len(numbers) - odd_count
    if len(numbers) < MIN_NUMBERS or odd_count < MIN_PER_PARITY or even_count < MIN_PER_PARITY:
        return NumberingGuess(Numbering.ODD_EVEN, "te weinig huisnummers met coördinaten")
    dx = xs - xs.mean()
    dy = ys - ys.mean()
    sxx = float(dx @ dx)
    syy = float(dy @ dy)
    sxy = float(dx @ dy)
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)  # direction of the principal axis
    ux, uy = math.cos(angle), math.sin(angle)
    spread_along = math.sqrt(max(sxx * ux * ux + 2 * sxy * ux * uy + syy * uy * uy, 0.0))
    if spread_along == 0.0:
        return NumberingGuess(Numbering.ODD_EVEN, "alle huisnummers op één punt")
    offset = -dx * uy + dy * ux  # signed distance to the street's line
    odd_off, even_off = offset[is_odd], offset[~is_odd]
    odd_mean = float(odd_off.mean())
    even_mean = float(even_off.mean())
    apart = abs(odd_mean - even_mean)
    within = math.sqrt(
        (float(((odd_off - odd_mean) ** 2).sum()) + float(((even_off - even_mean) ** 2).sum()))
        / len(numbers)
    )
    if apart >= max(SAME_SIDE_METRES, 0.5 * within):
        return NumberingGuess(
            Numbering.ODD_EVEN,
            f"oneven en even staan {apart:.0f} m uit elkaar, aan weerszijden van de straat",
        )
    across = _distances(numbers, xs, ys, 1)
    along = _distances(numbers, xs, ys, 2)
    if len(across) < MIN_PAIRS or len(along) < MIN_PAIRS:
        return NumberingGuess(Numbering.ODD_EVEN, "te weinig opeenvolgende huisnummers")
    if float(np.median(across)) >= NEIGHBOUR_RATIO * float(np.median(along)):
        return NumberingGuess(
            Numbering.ODD_EVEN, "opeenvolgende nummers staan niet naast elkaar (twijfel)"
        )
    return NumberingGuess(
        Numbering.STRAIGHT,
        "oneven en even nummers staan aan dezelfde kant, opeenvolgende nummers naast elkaar",
    )


def _distances(numbers: npt.NDArray[np.int64], xs: _Array, ys: _Array, step: int) -> _Array:
    """The distance from each house number n to n + ``step``, where both have a point."""
    at = np.searchsorted(numbers, numbers + step)
    at_clipped = np.minimum(at, len(numbers) - 1)
    both = numbers[at_clipped] == numbers + step
    here, there = np.nonzero(both)[0], at_clipped[both]
    distances: _Array = np.hypot(xs[here] - xs[there], ys[here] - ys[there])
    return distances
