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
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QFontMetricsF

from .map_view import LABEL_MAX_MARKERS, LABEL_MIN_SCALE, LabelItem, marker_size, stack_size

if TYPE_CHECKING:
    from .map_page import MapPage

Floats = npt.NDArray[np.float64]

MAX_LABELS = 200  # names placed at once; beyond that the map is zoomed too far out to read them
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
    """Points (houses, placed names) each with a radius, sorted by x for quick look-ups."""

    def __init__(self, x: Floats, y: Floats, radius: Floats) -> None:
        order = np.argsort(x, kind="stable")
        self.x, self.y, self.r = x[order], y[order], radius[order]
        self.extra: list[tuple[Floats, Floats, float]] = []  # names placed so far
        self.widest = float(radius.max()) if len(radius) else 0.0

    def hits(self, x0: float, y0: float, x1: float, y1: float, half: float) -> bool:
        """Whether the bar from (x0, y0) to (x1, y1), ``half`` thick on each side, touches an
        obstacle."""
        reach = half + self.widest
        low, high = min(x0, x1) - reach, max(x0, x1) + reach
        start, stop = np.searchsorted(self.x, [low, high])
        if stop > start and _near(
            self.x[start:stop], self.y[start:stop], self.r[start:stop], x0, y0, x1, y1, half
        ):
            return True
        return any(_near(px, py, r, x0, y0, x1, y1, half) for px, py, r in self.extra)

    def add_bar(self, x0: float, y0: float, x1: float, y1: float, half: float) -> None:
        """A placed name: points along it, ``half`` apart, each ``half`` wide."""
        count = max(2, int(math.hypot(x1 - x0, y1 - y0) / max(half, 1.0)) + 1)
        t = np.linspace(0.0, 1.0, count)
        self.extra.append((x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, half))


def _near(
    px: Floats,
    py: Floats,
    radius: Floats | float,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    half: float,
) -> bool:
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    if length2 == 0.0:
        t = np.zeros_like(px)
    else:
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / length2, 0.0, 1.0)
    distance = np.hypot(px - (x0 + t * dx), py - (y0 + t * dy))
    return bool(np.any(distance < radius + half))


def _tries(candidate: Candidate, width: float, height: float) -> list[tuple[float, float, float]]:
    """Centres and angles to try, best first."""
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
    candidates: list[Candidate], obstacles: Obstacles, width: float, height: float
) -> list[Placed | None]:
    """A place for each candidate (None where there is no room), inside a view of ``width`` ×
    ``height`` pixels; longer streets first."""
    result: list[Placed | None] = [None] * len(candidates)
    order = sorted(range(len(candidates)), key=lambda i: -candidates[i].extent)
    placed = 0
    for i in order:
        if placed >= MAX_LABELS:
            break
        c = candidates[i]
        half = c.height / 2
        for x, y, angle in _tries(c, width, height):
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
    obstacles = Obstacles(x, y, half)

    numbers: list[int] = []
    candidates: list[Candidate] = []
    tag_height = metrics.height() + 4.0
    for number, spec in enumerate(page._label_specs):
        if spec.anchor != "centre":
            continue
        x, y = spec.x * m11 + dx, spec.y * m22 + dy
        reach = spec.extent * scale / 2  # a street may cross the view with its middle outside
        if not (-reach <= x <= width + reach and -reach <= y <= height + reach):
            continue
        length = metrics.horizontalAdvance(spec.text) + 10.0
        numbers.append(number)
        candidates.append(Candidate(x, y, spec.angle, spec.extent * scale, length, tag_height))
    places = place_labels(candidates, obstacles, width, height)

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
        if number not in wanted:
            item.setVisible(False)
