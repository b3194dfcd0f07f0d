"""A demo neighbourhood: a believable, fictional Dutch neighbourhood generated from a seed.

Everything here is plain Python and deterministic: the same seed (and household count) gives the
same streets, addresses, postcodes and coordinates, because every random choice comes from a
``random.Random`` seeded with a string derived from the seed (string seeds are hashed the same way
on every platform and Python version). Visit dates are laid out relative to ``today``, so the
project always has a current week; pass ``today`` for a fully reproducible neighbourhood.

The picture it paints:

- 8-12 streets at the default size (450 households), named the way Dutch neighbourhoods name them
  (``Merelstraat``, ``Zandhoek``, ``Lindelaan``, ``Kerkplein``), in a fictional place;
- odd numbers on the left of the street's centre line, even numbers on the right; some houses
  split later (``12A``, ``12B``), upstairs homes behind one door (``4 H``, ``4-1``, ``4-2``),
  apartment buildings with many addresses at one point, and a square numbered all the way round;
- postcodes that follow the rules (no leading 0, never SA, SD or SS), a new pair of letters per
  side of the street and every twenty addresses or so;
- coordinates in RD New (EPSG:28992) around the grid's origin near Amersfoort: streets as parallel
  line segments and gentle curves in blocks about 90 m apart, houses 6-10 m apart along the street
  and about 8 m off its centre line;
- an energy project in its fifth week, a team of seven with their roles, and the visits of the
  weeks so far (about a third of the households, the mix of outcomes a real door round gives).

At city scale (``households=100_000``) the streets get unique names from combining name parts,
the postcode areas count up, and :meth:`Demo.iter_households` streams the households one street
at a time.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .address import AddressRecord, HouseNumber, Numbering
from .demo_team import VisitPlanner, assign_streets, make_team, visit_shares
from .demo_types import DemoHousehold, DemoMember, DemoProject, DemoStreet
from .demo_words import (
    _MODIFIERS,
    _NEIGHBOURHOODS,
    _PLACES,
    _PREFIXES,
    _SIZE_WEIGHT,
    _SPACING,
    _STYLE_SUFFIXES,
    _STYLE_WEIGHTS,
    MAX_SQUARE,
    PROJECT_MESSAGE,
    PROJECT_THEME,
    PROJECT_TITLE,
)
from .team import Role

DEFAULT_HOUSEHOLDS = 450
DEFAULT_SEED = 1
MAX_HOUSEHOLDS = 250_000

# The origin of the RD grid (the tower of the Onze Lieve Vrouwekerk in Amersfoort); each demo
# neighbourhood lies within a few kilometres of it.
RD_CENTRE = (155_000.0, 463_000.0)

BLOCK_DEPTH = 90.0  # metres between parallel streets: two rows of houses with their gardens
CROSS_STREET = 30.0  # gap between streets in one row of blocks
MARGIN = 8.0  # from the end of a street to its first door
HOUSES_PER_POSTCODE = 20  # a postcode's letters cover about one side of a short street
POSTCODE_PAIRS_PER_AREA = 150  # then the four digits count up (city scale)


_Transform = tuple[float, float, float, float, float, float]  # cos, sin, from x y, to x y


@dataclass(frozen=True, slots=True)
class _Door:
    side: int  # +1 left of the line (odd, or all round a square), -1 right (even)
    pos: float  # metres along the street's line
    houses: tuple[HouseNumber, ...]


@dataclass(frozen=True, slots=True)
class _Plan:
    """One street before it is placed: what is needed to lay it out and to stream it again."""

    name: str
    style: str
    households: int
    features: frozenset[str]
    spacing: float
    setback: float
    curve: float  # sag of a curved street in metres; 0 for a straight one
    length: float  # along the line (the perimeter for a square)


@dataclass(frozen=True, slots=True)
class _Placement:
    x: float  # where the street starts before the neighbourhood is turned and moved
    y: float
    width: float  # east-west size of its footprint


@dataclass(frozen=True)
class Demo:
    """A generated neighbourhood. Households are streamed by :meth:`iter_households`."""

    seed: int
    households: int
    name: str
    place: str
    today: date
    project: DemoProject
    members: tuple[DemoMember, ...]
    streets: tuple[DemoStreet, ...]
    _plans: tuple[_Plan, ...]
    _placements: tuple[_Placement, ...]
    _postcode_area: int
    _transform: _Transform
    visit_shares: tuple[float, ...]  # per street: the share of its households visited so far

    def iter_households(self) -> Iterator[DemoHousehold]:
        """Every household, street by street in walking order, with its visits."""
        postcodes = _Postcodes(self._postcode_area)
        for street, plan, placement in zip(
            self.streets, self._plans, self._placements, strict=True
        ):
            line = _Line(_unturned_line(plan, placement))
            doors = _doors(self.seed, street.index, plan)
            visits = VisitPlanner(self, street, self.visit_shares[street.index])
            last_side = 0
            for door in doors:
                if door.side != last_side:
                    postcodes.new_side()
                    last_side = door.side
                x, y, ux, uy = line.at(door.pos)
                # left normal of the direction of travel is (-uy, ux); odd houses sit left
                px = x - uy * plan.setback * door.side
                py = y + ux * plan.setback * door.side
                rx, ry = _turn(self._transform, px, py)
                for house in door.houses:
                    postcode = postcodes.next()
                    record = AddressRecord(street.name, house, postcode, self.place, rx, ry)
                    history, initiator = visits.next()
                    yield DemoHousehold(street.index, record, history, initiator)


def _turn(transform: _Transform, x: float, y: float) -> tuple[float, float]:
    """From the unturned block layout to RD New: turn about the centre, move it into place."""
    cos, sin, fx, fy, tx, ty = transform
    dx, dy = x - fx, y - fy
    return round(tx + dx * cos - dy * sin, 2), round(ty + dx * sin + dy * cos, 2)


# --- generation ----------------------------------------------------------------------------------


def generate(
    households: int = DEFAULT_HOUSEHOLDS, seed: int = DEFAULT_SEED, today: date | None = None
) -> Demo:
    """Plan a neighbourhood of exactly ``households`` addresses. Cheap: households are streamed."""
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise ValueError(
            f"een demobuurt heeft 1 tot {MAX_HOUSEHOLDS} huishoudens, niet {households}"
        )
    today = today or date.today()
    rng = random.Random(f"buurtdesk-demo/{seed}")
    place = rng.choice(_PLACES)
    name = rng.choice(_NEIGHBOURHOODS)
    plans = _plan_streets(rng, seed, households)
    placements, transform = _layout(rng, plans)
    postcode_area = rng.randint(1000, 9999 - households // 1000 - 2)  # room to count up
    start = today - timedelta(days=today.weekday()) - timedelta(weeks=4)  # today is in week 5
    members = make_team(rng, start)
    connectors = [m.name for m in members if Role.CONNECTOR in m.roles]
    assigned = assign_streets(plans, connectors)
    kartrekker = members[0]
    project = DemoProject(
        theme=PROJECT_THEME,
        title=PROJECT_TITLE,
        start=start,
        weeks=10,
        goal_pct=50,
        message=PROJECT_MESSAGE,
        contact=f"Buurtteam {name}, {kartrekker.name}: {kartrekker.email or 'via de buurtapp'}",
    )
    streets = tuple(
        DemoStreet(
            index=i,
            name=plan.name,
            numbering=Numbering.STRAIGHT if plan.style == "square" else Numbering.ODD_EVEN,
            style=plan.style,
            households=plan.households,
            connector=assigned[i],
            line=tuple(_turn(transform, x, y) for x, y in _unturned_line(plan, placement)),
        )
        for i, (plan, placement) in enumerate(zip(plans, placements, strict=True))
    )
    return Demo(
        seed=seed,
        households=households,
        name=name,
        place=place,
        today=today,
        project=project,
        members=members,
        streets=streets,
        _plans=tuple(plans),
        _placements=tuple(placements),
        _postcode_area=postcode_area,
        _transform=transform,
        visit_shares=visit_shares(rng, plans),
    )


def _street_count(rng: random.Random, households: int) -> int:
    if households <= 720:
        return max(1, min(rng.randint(8, 12), households // 12))
    return max(13, round(households / rng.uniform(45.0, 55.0)))


def _plan_streets(rng: random.Random, seed: int, households: int) -> list[_Plan]:
    count = _street_count(rng, households)
    squares = 0 if count < 3 else max(1, count // 40)
    named = _street_names(rng, count, squares)
    weights = [rng.uniform(*_SIZE_WEIGHT[style]) for _, style in named]
    sizes = _apportion(households, weights)
    for i in range(squares):
        # a square is small: give its surplus to the other streets
        surplus = max(0, sizes[i] - MAX_SQUARE)
        sizes[i] -= surplus
        for j in range(surplus):
            sizes[squares + j % (count - squares)] += 1
    plans_spec = [(n, style, size) for (n, style), size in zip(named, sizes, strict=True)]
    # Make sure the default neighbourhood shows every kind of address at least once.
    forced: dict[int, set[str]] = {i: set() for i in range(count)}
    others = [i for i in range(count) if plans_spec[i][1] != "square"]
    if others:
        rng.shuffle(others)
        wanted = ["letters", "upstairs", "apartments", "apartments"]
        for k, feature in enumerate(wanted):
            forced[others[k % len(others)]].add(feature)
    if squares:
        forced[0].add("apartments")
    plans: list[_Plan] = []
    for i, (street_name, style, size) in enumerate(plans_spec):
        features = set(forced[i])
        if style == "row" and rng.random() < 0.3:
            features.add("letters")
        if style == "row" and rng.random() < 0.3:
            features.add("upstairs")
        if style == "semi" and rng.random() < 0.2:
            features.add("apartments")
        low, high = _SPACING[style]
        spacing = round(rng.uniform(low, high), 2)
        curve = 0.0
        if style == "semi" and rng.random() < 0.6:
            curve = rng.uniform(8.0, 18.0) * rng.choice((-1, 1))
        plan = _Plan(
            name=street_name,
            style=style,
            households=size,
            features=frozenset(features),
            spacing=spacing,
            setback=round(rng.uniform(7.0, 9.0), 2),
            curve=curve,
            length=0.0,
        )
        doors = _doors(seed, i, plan)
        end = max((d.pos for d in doors), default=0.0) + spacing / 2 + MARGIN
        curve = plan.curve if end > 60 else 0.0  # a short street is straight
        plans.append(replace(plan, curve=curve, length=round(end, 2)))
    return plans


def _apportion(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` into integers proportional to ``weights`` (largest remainder), each >= 1."""
    scale = (total - len(weights)) / sum(weights)
    raw = [w * scale for w in weights]
    sizes = [1 + int(r) for r in raw]
    order = sorted(range(len(weights)), key=lambda i: raw[i] - int(raw[i]), reverse=True)
    for i in order[: total - sum(sizes)]:
        sizes[i] += 1
    return sizes


def _street_names(rng: random.Random, count: int, squares: int) -> list[tuple[str, str]]:
    """Names and styles; the squares first. A neighbourhood never repeats a name's first part."""
    square_names = _unique_names(rng, ("plein",))
    named = [(next(square_names), "square") for _ in range(squares)]
    if count <= 12:
        prefixes = rng.sample(_PREFIXES, count)
        if squares:
            used = _prefix_of(named[0][0])
            prefixes = [p for p in prefixes if p != used][: count - 1]
        styles = [style for style, _ in _STYLE_WEIGHTS]
        weights = [weight for _, weight in _STYLE_WEIGHTS]
        for prefix in prefixes[: count - squares]:
            style = rng.choices(styles, weights)[0]
            named.append((prefix + rng.choice(_STYLE_SUFFIXES[style]), style))
        return named
    street_names = _unique_names(rng, tuple(s for v in _STYLE_SUFFIXES.values() for s in v))
    while len(named) < count:
        street_name = next(street_names)
        named.append((street_name, _style_of(street_name)))
    return named


def _unique_names(rng: random.Random, suffixes: tuple[str, ...]) -> Iterator[str]:
    """Street names without repeats: prefix + suffix, then with a modifier (``Korte ...``)."""
    combos = sorted({p + s for p in _PREFIXES for s in suffixes})
    rng.shuffle(combos)
    yield from combos
    for modifier in _MODIFIERS:
        yield from (f"{modifier} {c}" for c in combos)
    raise ValueError("te veel straten voor de demobuurt")  # pragma: no cover (MAX_HOUSEHOLDS)


def _prefix_of(street_name: str) -> str:
    base = street_name.split(" ")[-1]
    return next(p for p in sorted(_PREFIXES, key=len, reverse=True) if base.startswith(p))


def _style_of(street_name: str) -> str:
    for style, suffixes in _STYLE_SUFFIXES.items():
        if any(street_name.endswith(s) for s in suffixes):
            return style
    return "row"  # pragma: no cover


# --- doors and houses ----------------------------------------------------------------------------

_UPSTAIRS = (("H", "1"), ("H", "1", "2"), ("1", "2"), ("1", "2", "3"))


def _doors(seed: int, index: int, plan: _Plan) -> list[_Door]:
    """The doors of one street with their house numbers, from the street's own random stream.

    Called twice (to measure the street, then to stream it); both calls give the same doors.
    """
    rng = random.Random(f"buurtdesk-demo/{seed}/street/{index}")
    groups = _groups(rng, plan)
    spacing = plan.spacing
    doors: list[_Door] = []
    if plan.style == "square":
        cursor, number = MARGIN, 1
        for kind, size in groups:
            width, houses = _group(rng, kind, size, number, spacing)
            doors.extend(_Door(1, cursor + off, hs) for off, hs in houses)
            cursor += width
            number += 1
        return doors
    cursors = {1: MARGIN, -1: MARGIN}
    numbers = {1: 1, -1: 2}
    sides: dict[int, list[_Door]] = {1: [], -1: []}
    for kind, size in groups:
        side = 1 if cursors[1] <= cursors[-1] else -1
        width, houses = _group(rng, kind, size, numbers[side], spacing)
        sides[side].extend(_Door(side, cursors[side] + off, hs) for off, hs in houses)
        cursors[side] += width
        numbers[side] += 2
    return sides[1] + sides[-1]  # walking order: the odd side, then the even side


def _groups(rng: random.Random, plan: _Plan) -> list[tuple[str, int]]:
    """What stands along the street: plain houses, split houses, upstairs homes, apartments."""
    special: list[tuple[str, int]] = []
    features = plan.features
    if "apartments" in features:
        for _ in range(rng.choice((1, 1, 2))):
            special.append(("apartments", rng.randint(6, 16)))
    if "upstairs" in features:
        special.extend(("upstairs", 0) for _ in range(rng.randint(2, 5)))
    if "letters" in features:
        special.extend(("letters", rng.choice((2, 2, 3))) for _ in range(rng.randint(1, 3)))
    sized = [(kind, size or len(rng.choice(_UPSTAIRS))) for kind, size in special]
    left = plan.households
    groups: list[tuple[str, int]] = []
    for kind, size in sized:
        # keep a few plain houses; shrink a building that does not fit
        room = left - max(1, plan.households // 4)
        if room < 2:
            break
        size = min(size, room)
        groups.append((kind, size))
        left -= size
    groups.extend(("plain", 1) for _ in range(left))
    rng.shuffle(groups)
    if groups[0][0] != "plain":
        # a street seldom starts with its exception: swap in the first plain house
        k = next((k for k, g in enumerate(groups) if g[0] == "plain"), 0)
        groups[0], groups[k] = groups[k], groups[0]
    return groups


def _group(
    rng: random.Random, kind: str, size: int, number: int, spacing: float
) -> tuple[float, list[tuple[float, tuple[HouseNumber, ...]]]]:
    """Width of one group along the street and its doors (offset from the group's start)."""
    if kind == "plain":
        return spacing, [(spacing / 2, (HouseNumber(number),))]
    if kind == "letters":
        # 12, 12A, 12B: a house split later, each part with its own front door
        width = spacing * 0.6
        letters = ("", "A", "B", "C")[:size]
        return width * size, [
            (width * (k + 0.5), (HouseNumber(number, letter),)) for k, letter in enumerate(letters)
        ]
    if kind == "upstairs":
        options = [o for o in _UPSTAIRS if len(o) == size] or [_UPSTAIRS[0]]
        upstairs = rng.choice(options)
        return spacing, [(spacing / 2, tuple(HouseNumber(number, "", a) for a in upstairs))]
    # apartments: one entrance, one point, many addresses
    width = max(2.5 * spacing, 18.0)
    additions: list[str]
    if size >= 3 and rng.random() < 0.5:
        additions = ["H", *(str(k) for k in range(1, size))]
    else:
        additions = [str(k) for k in range(1, size + 1)]
    return width, [(width / 2, tuple(HouseNumber(number, "", a) for a in additions))]


# --- layout --------------------------------------------------------------------------------------


def _layout(rng: random.Random, plans: list[_Plan]) -> tuple[list[_Placement], _Transform]:
    """Rows of blocks: streets end to end along x, rows ``BLOCK_DEPTH`` apart, then turned."""
    widths = [_footprint(p) for p in plans]
    total = sum(w + CROSS_STREET for w in widths)
    row_width = max(350.0, math.sqrt(total * BLOCK_DEPTH))
    placements: list[_Placement] = []
    x = y = 0.0
    max_x = 0.0
    for width in widths:
        if x > 0 and x + width > row_width:
            x, y = 0.0, y - BLOCK_DEPTH
        placements.append(_Placement(x, y, width))
        x += width + CROSS_STREET
        max_x = max(max_x, x)
    centre_from = (max_x / 2, y / 2)
    angle = math.radians(rng.uniform(-25.0, 25.0))
    centre_to = (
        RD_CENTRE[0] + rng.uniform(-3000.0, 3000.0),
        RD_CENTRE[1] + rng.uniform(-3000.0, 3000.0),
    )
    return placements, (math.cos(angle), math.sin(angle), *centre_from, *centre_to)


def _square_size(plan: _Plan) -> tuple[float, float]:
    half = plan.length / 2
    return half * 0.6, half * 0.4


def _footprint(plan: _Plan) -> float:
    return _square_size(plan)[0] if plan.style == "square" else plan.length


def _unturned_line(plan: _Plan, placement: _Placement) -> list[tuple[float, float]]:
    x0, y0 = placement.x, placement.y
    if plan.style == "square":
        w, h = _square_size(plan)
        # clockwise, so that the left of the direction of travel is outside the square
        return [(x0, y0 + h / 2), (x0 + w, y0 + h / 2), (x0 + w, y0 - h / 2), (x0, y0 - h / 2),
                (x0, y0 + h / 2)]  # fmt: skip
    if not plan.curve:
        return [(x0, y0), (x0 + plan.length, y0)]
    # a gentle curve; stretched a little so that its length along the curve is the plan's length
    steps = 16
    stretch = 1.0
    for _ in range(3):
        pts = [
            (
                x0 + plan.length * stretch * k / steps,
                y0 + plan.curve * math.sin(math.pi * k / steps),
            )
            for k in range(steps + 1)
        ]
        stretch *= plan.length / _Line(pts).length
    return pts


class _Line:
    """A polyline walked by distance: the point and direction ``s`` metres from its start."""

    def __init__(self, points: list[tuple[float, float]]):
        self.points = points
        self.cumulative = [0.0]
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            self.cumulative.append(self.cumulative[-1] + math.hypot(bx - ax, by - ay))
        self.length = self.cumulative[-1]
        self._segment = 0

    def at(self, s: float) -> tuple[float, float, float, float]:
        s = min(max(s, 0.0), self.length)
        k = self._segment if self.cumulative[self._segment] <= s else 0
        while k < len(self.points) - 2 and self.cumulative[k + 1] < s:
            k += 1
        self._segment = k
        (ax, ay), (bx, by) = self.points[k], self.points[k + 1]
        seg = self.cumulative[k + 1] - self.cumulative[k]
        ux, uy = (bx - ax) / seg, (by - ay) / seg
        t = s - self.cumulative[k]
        return ax + ux * t, ay + uy * t, ux, uy


# --- postcodes -----------------------------------------------------------------------------------

_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"  # as in practice: letters that read well on an envelope
_PAIRS = tuple(a + b for a in _LETTERS for b in _LETTERS if a + b not in ("SA", "SD", "SS"))


class _Postcodes:
    """Postcodes in the order the households are streamed: a new pair per side or 20 houses."""

    def __init__(self, area: int):
        self.area = area
        self.pair = -1
        self.used = HOUSES_PER_POSTCODE

    def new_side(self) -> None:
        self.used = HOUSES_PER_POSTCODE

    def next(self) -> str:
        if self.used >= HOUSES_PER_POSTCODE:
            self.pair += 1
            if self.pair >= POSTCODE_PAIRS_PER_AREA:
                self.pair = 0
                self.area += 1
            self.used = 0
        self.used += 1
        return f"{self.area}{_PAIRS[self.pair]}"
