"""Where the street names go on the map, in screen pixels: each street gets its name where there
is room, never over a house or the house numbers written beside it, nor over another name.

A name is a bar (its text on a light tag) along its street or level. The first choice is the
street's own centre line; where houses or numbers are in the way the name moves sideways off
the street, step by step, and a street too short on screen for its name along it gets the name
level beside it. Longer streets choose first. :func:`place_labels` is plain arithmetic on
arrays; :func:`place_street_names` applies it to the map page's label items.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QFontMetricsF

from .map_view import LABEL_MAX_MARKERS, LABEL_MIN_SCALE, LabelItem, marker_size, stack_size

if TYPE_CHECKING:
    from .map_page import MapPage

Floats = npt.NDArray[np.float64]

MAX_LABELS = 200  # names placed at once; beyond that the map is zoomed too far out to read them
CELL = 3.0  # pixels: the side of a cell of the grid of what names must not cover
CROWDED = 80  # more streets in view than this: fewer places tried for each
MAX_TRIED = 600  # streets tried at once (each costs up to 40 tries): the scroll stays smooth
STEPS = (0.0, 1.0, -1.0, 1.7, -1.7, 2.4, -2.4, 3.2, -3.2)  # sideways moves, in tag heights


@dataclass(frozen=True, slots=True)
class Candidate:
    """A street name to place: its street's centre ``(x, y)`` in pixels, the street's ``angle``
    (degrees) and length on screen (``extent``), and the tag's ``length`` and ``height``."""

    x: float
    y: float
    angle: float
    extent: float
    length: float
    height: float


@dataclass(frozen=True, slots=True)
class Placed:
    x: float  # the tag's centre, pixels
    y: float
    angle: float


class Obstacles:
    """What a name must not cover, as a grid of :data:`CELL`-pixel cells over the view: the
    houses (each a disc of its radius: the marker, and the numbers beside it) and the names
    placed so far. A test is a few lookups, however many houses are in view."""

    def __init__(self, x: Floats, y: Floats, radius: Floats, width: float, height: float) -> None:
        self.rows, self.columns = int(height // CELL) + 2, int(width // CELL) + 2
        self.grid = np.zeros((self.rows, self.columns), dtype=bool)
        inside = (x >= -CELL) & (x <= width + CELL) & (y >= -CELL) & (y <= height + CELL)
        x, y, radius = x[inside], y[inside], radius[inside]
        for r in np.unique(np.ceil(radius / CELL)).tolist():  # a few sizes of disc
            chosen = np.ceil(radius / CELL) == r
            self._mark_discs(x[chosen], y[chosen], int(r))

    def _mark_discs(self, x: Floats, y: Floats, r: int) -> None:
        kx, ky = np.floor(x / CELL).astype(np.int64), np.floor(y / CELL).astype(np.int64)
        for dy in range(-r, r + 1):
            for dx in range(-r, r + 1):
                if dx * dx + dy * dy > (r + 0.5) ** 2:
                    continue
                cy, cx = ky + dy, kx + dx
                ok = (cy >= 0) & (cy < self.rows) & (cx >= 0) & (cx < self.columns)
                self.grid[cy[ok], cx[ok]] = True

    def _cells(
        self, x0: float, y0: float, x1: float, y1: float, half: float
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The cells under the bar from (x0, y0) to (x1, y1), ``half`` thick on each side:
        points a cell apart along it, on lines a cell apart across it."""
        length = math.hypot(x1 - x0, y1 - y0)
        ux, uy = ((x1 - x0) / length, (y1 - y0) / length) if length else (1.0, 0.0)
        along = np.arange(-half, length + half + CELL, CELL)
        across = np.arange(-half, half + CELL, CELL)
        px = (x0 + along * ux)[None, :] - (across * uy)[:, None]
        py = (y0 + along * uy)[None, :] + (across * ux)[:, None]
        cx = np.clip((px / CELL).astype(np.int64), 0, self.columns - 1)
        cy = np.clip((py / CELL).astype(np.int64), 0, self.rows - 1)
        return cy.ravel(), cx.ravel()

    def _box(self, x0: float, y0: float, x1: float, y1: float, half: float) -> Any:
        """A level bar's cells, as a slice of the grid."""
        c0 = max(0, int((min(x0, x1) - half) // CELL))
        c1 = min(self.columns, int((max(x0, x1) + half) // CELL) + 1)
        r0 = max(0, int((min(y0, y1) - half) // CELL))
        r1 = min(self.rows, int((max(y0, y1) + half) // CELL) + 1)
        return self.grid[r0:r1, c0:c1]

    def hits(self, x0: float, y0: float, x1: float, y1: float, half: float) -> bool:
        """Whether the bar touches a house, a house number or a placed name."""
        if y0 == y1:
            return bool(self._box(x0, y0, x1, y1, half).any())
        cy, cx = self._cells(x0, y0, x1, y1, half)
        return bool(self.grid[cy, cx].any())

    def add_bar(self, x0: float, y0: float, x1: float, y1: float, half: float) -> None:
        """A placed name: its cells are taken."""
        if y0 == y1:
            self._box(x0, y0, x1, y1, half)[...] = True
            return
        cy, cx = self._cells(x0, y0, x1, y1, half)
        self.grid[cy, cx] = True


def _tries(
    candidate: Candidate, width: float, height: float, crowded: bool
) -> list[tuple[float, float, float]]:
    """Centres and angles to try, best first; a crowded view (many streets) tries only the
    first few of each kind."""
    tries = _all_tries(candidate, width, height)
    if not crowded:
        return tries
    along = [t for t in tries if t[2] != 0.0 or candidate.angle == 0.0][:3]
    return along + [t for t in tries if t not in along][:3]


def _all_tries(
    candidate: Candidate, width: float, height: float
) -> list[tuple[float, float, float]]:
    c = candidate
    tries: list[tuple[float, float, float]] = []
    if c.extent >= c.length:  # along the street: on it, then beside it
        angle = math.radians(c.angle)
        ux, uy = math.cos(angle), math.sin(angle)  # along the street
        nx, ny = -uy, ux  # across it
        centres = [(c.x, c.y)]
        # zoomed in, the street's middle may be out of view: the part of it nearest the
        # view's middle, as far as the name still lies along the street
        along = (width / 2 - c.x) * ux + (height / 2 - c.y) * uy
        room = (c.extent - c.length) / 2
        along = max(-room, min(room, along))
        if abs(along) > c.height:
            centres.insert(0, (c.x + ux * along, c.y + uy * along))
        for x, y in centres:
            for step in STEPS:
                d = step * c.height
                tries.append((x + nx * d, y + ny * d, c.angle))
    # level, around the street's houses
    reach = c.extent / 2 + c.height
    for step in STEPS:
        tries.append((c.x, c.y + step * c.height * 1.2, 0.0))
    for side in (1.0, -1.0):
        tries.append((c.x + side * (reach + c.length / 2), c.y, 0.0))
        for up in (1.0, -1.0):
            tries.append((c.x + side * c.length / 2, c.y + up * (reach + c.height / 2), 0.0))
    return tries


def place_labels(
    candidates: list[Candidate],
    obstacles: Obstacles,
    width: float,
    height: float,
    *,
    in_view: int | None = None,
) -> list[Placed | None]:
    """A place for each candidate (None where there is no room), inside a view of ``width`` ×
    ``height`` pixels; longer streets first. ``in_view``: the streets in view when only the
    first :data:`MAX_TRIED` of them (the longest) are handed in as candidates."""
    result: list[Placed | None] = [None] * len(candidates)
    order = sorted(range(len(candidates)), key=lambda i: -candidates[i].extent)
    placed = 0
    crowded = (len(candidates) if in_view is None else in_view) > CROWDED
    for tried, i in enumerate(order):
        if placed >= MAX_LABELS or tried >= MAX_TRIED:
            break  # a city zoomed out: the longest streets have their names, enough to read
        c = candidates[i]
        if c.extent < c.height:
            break  # a street smaller on screen than a line of text: no room (nor for the rest)
        half = c.height / 2
        for x, y, angle in _tries(c, width, height, crowded):
            a = math.radians(angle)
            ux, uy = math.cos(a) * c.length / 2, math.sin(a) * c.length / 2
            # the bar's ends, pulled in by half its height (the rounded ends are the radius)
            inner = max(0.0, c.length / 2 - half) / max(c.length / 2, 1e-9)
            x0, y0 = x - ux * inner, y - uy * inner
            x1, y1 = x + ux * inner, y + uy * inner
            inside = (
                min(x0, x1) - half >= 0
                and max(x0, x1) + half <= width
                and min(y0, y1) - half >= 0
                and max(y0, y1) + half <= height
            )
            if not inside or obstacles.hits(x0, y0, x1, y1, half):
                continue
            obstacles.add_bar(x0, y0, x1, y1, half)
            result[i] = Placed(x, y, angle)
            placed += 1
            break
    return result


def place_street_names(page: MapPage, scale: float) -> None:
    """Place the page's street names (anchor "centre") for the view as it is now: make the
    items of those that get a place, hide the others."""
    layer = page.layer
    if layer is None:
        return
    layout = layer.layout
    view = page.view
    viewport = view.viewport().rect()
    width, height = float(viewport.width()), float(viewport.height())
    t = view.viewportTransform()
    m11, m22, dx, dy = t.m11(), t.m22(), t.dx(), t.dy()

    # the houses in view, each with room for its marker and the number beside it
    sx = layout.marker_x * m11 + dx
    sy = layout.marker_y * m22 + dy
    margin = 40.0
    shown = (sx > -margin) & (sx < width + margin) & (sy > -margin) & (sy < height + margin)
    sizes = np.diff(layout.marker_start)[shown]
    half = np.where(sizes > 1, stack_size(scale) / 2, marker_size(scale) / 2) + 2.0
    metrics = QFontMetricsF(page._label_font)
    x, y = sx[shown].astype(np.float64), sy[shown].astype(np.float64)
    if scale >= LABEL_MIN_SCALE and len(x) <= LABEL_MAX_MARKERS:
        # the house numbers: above or below a house on a side of its street (the radius
        # reaches them), right of any other (a second point there)
        beside = layout.marker_side[shown] == 0
        number = metrics.horizontalAdvance("000") / 2
        x = np.concatenate([x, x[beside] + half[beside] + number])
        y = np.concatenate([y, y[beside]])
        half = np.concatenate([half + metrics.ascent() + 1.0, np.full(int(beside.sum()), number)])
    obstacles = Obstacles(x, y, half, width, height)

    numbers: list[int] = []
    candidates: list[Candidate] = []
    tag_height = metrics.height() + 4.0
    in_view = 0
    widths = page._label_widths
    for number in page._label_order:  # longest streets first, as place_labels tries them
        spec = page._label_specs[number]
        if spec.anchor != "centre":
            continue
        cx, cy = spec.x * m11 + dx, spec.y * m22 + dy
        reach = spec.extent * scale / 2  # a street may cross the view with its middle outside
        if not (-reach <= cx <= width + reach and -reach <= cy <= height + reach):
            continue
        in_view += 1
        if len(candidates) >= MAX_TRIED:
            continue  # counted (a crowded view), never tried: no need to measure its name
        length = widths.get(number)
        if length is None:
            length = widths[number] = metrics.horizontalAdvance(spec.text) + 10.0
        numbers.append(number)
        candidates.append(Candidate(cx, cy, spec.angle, spec.extent * scale, length, tag_height))
    places = place_labels(candidates, obstacles, width, height, in_view=in_view)

    wanted = set()
    for number, place in zip(numbers, places, strict=True):
        if place is None:
            continue
        wanted.add(number)
        item = page._label_items.get(number)
        if item is None:
            spec = page._label_specs[number]
            item = LabelItem(spec.text, spec.x, spec.y, "centre", spec.extent, page._label_font)
            item.setZValue(5)
            page.scene.addItem(item)
            page.labels.append(item)
            page._label_items[number] = item
        item.setPos((place.x - dx) / m11, (place.y - dy) / m22)
        item.setRotation(place.angle)
        item.setVisible(True)
    for number, item in page._label_items.items():
        if number not in wanted and item.anchor == "centre":
            item.setVisible(False)
