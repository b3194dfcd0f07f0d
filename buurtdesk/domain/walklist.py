"""A walk list (looplijst): the households of a round in walking order, numbered and grouped.

Row numbers are the contract between the printed list and the main window's re-entry mode: row N
is the Nth household of the list in walking order, do-not-visit rows included (they are printed,
struck through, so the numbers on paper and on screen always agree). Both sides number rows with
:func:`number_rows`.

Sections follow the street: per street the odd side, then the even side (or one section for a
street numbered straight through); addresses that share a door (``12-1``, ``12-2``, ``12 H``) are
grouped under that door.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .address import HouseNumber, Numbering, Side, format_house_number, side_of
from .outcomes import Outcome, Status

# Printed on every cover page when the project's plan brings no talking points of its own.
DEFAULT_TALKING_POINTS = (
    "Stel uzelf voor als buurtbewoner: u woont hier ook en doet dit vrijwillig.",
    "Vertel kort wat het project de buurt oplevert en wat de volgende stap is.",
    "Vraag of ze willen meedoen of meer willen weten, en noteer het antwoord.",
)

LEAVE_BEHIND = (
    "Niet thuis: laat een deurkaart achter (\u201cSorry, we hebben u gemist\u201d).",
    "Geïnteresseerd: geef de uitnodiging voor de volgende bijeenkomst.",
    "Doet mee: noteer in de notitieregel hoe ze bereikt willen worden.",
)


@dataclass(frozen=True, slots=True)
class WalkEntry:
    """One household as a walk list needs it."""

    household_id: int
    street: str
    place: str
    house: HouseNumber
    numbering: Numbering
    postcode: str = ""
    do_not_visit: bool = False
    note: str = ""
    status: Status = Status.UNVISITED
    last_visit: date | None = None

    @property
    def side(self) -> Side:
        return side_of(self.house.number, self.numbering)

    @property
    def house_number(self) -> str:
        return format_house_number(self.house)

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}"

    @property
    def door(self) -> tuple[str, str, int, str]:
        """The front door the address is behind: apartments 12-1, 12-2 and 12 H share door 12."""
        return (self.street, self.place, self.house.number, self.house.letter.upper())


@dataclass(frozen=True, slots=True)
class WalkRow:
    number: int  # 1-based, the re-entry row number
    entry: WalkEntry
    door_label: str  # "12" for an apartment row, "" for a house with its own door
    first_at_door: bool  # the first row of an apartment door (print the door heading above it)
    door_size: int  # addresses behind this door


@dataclass(frozen=True, slots=True)
class WalkSection:
    street: str
    place: str
    side: Side
    rows: tuple[WalkRow, ...]

    @property
    def title(self) -> str:
        return f"{self.street} — {side_label(self.side)}"

    @property
    def range_text(self) -> str:
        numbers = [r.entry.house.number for r in self.rows]
        if not numbers:
            return ""
        return f"nrs. {min(numbers)}-{max(numbers)}" if len(numbers) > 1 else f"nr. {numbers[0]}"


def side_label(side: Side) -> str:
    return {Side.ODD: "oneven kant", Side.EVEN: "even kant", Side.ALL: "doorlopend"}[side]


def number_rows(entries: Iterable[WalkEntry]) -> list[WalkRow]:
    """Number the entries 1..N in the order given (walking order) and mark apartment doors."""
    items = list(entries)
    sizes: dict[tuple[str, str, int, str], int] = {}
    for entry in items:
        sizes[entry.door] = sizes.get(entry.door, 0) + 1
    rows: list[WalkRow] = []
    previous: tuple[str, str, int, str] | None = None
    for index, entry in enumerate(items, start=1):
        size = sizes[entry.door]
        label = f"{entry.house.number}{entry.house.letter.upper()}" if size > 1 else ""
        rows.append(WalkRow(index, entry, label, size > 1 and entry.door != previous, size))
        previous = entry.door
    return rows


def household_for_row(household_ids: Sequence[int], row: int) -> int | None:
    """The household typed back as row ``row`` (1-based) of a list; None when out of range."""
    if 1 <= row <= len(household_ids):
        return household_ids[row - 1]
    return None


# "12 3 komt terug", also written "r12 3 …" or "rij 12 3 …" (in the window a first digit is
# already an outcome key, so a row number there starts with r)
_ROW_PREFIX = r"^\s*(?:(?:rij|r|#)\s*)?"
_ROW_ENTRY = re.compile(_ROW_PREFIX + r"(\d+)\s+([1-6])(?:\s+(.*))?$", re.DOTALL | re.IGNORECASE)
_ROW_JUMP = re.compile(r"^\s*(?:rij|r|#)\s*(\d+)\s*$", re.IGNORECASE)


def parse_row_entry(text: str) -> tuple[int, Outcome, str] | None:
    """A row typed back from the paper: ``"12 3 komt terug"`` -> (12, Outcome.INTERESTED,
    "komt terug"): the row number, the outcome's box (1-6) and an optional note; None when the
    text is not of that form. The row number may start with ``r``, ``rij`` or ``#``."""
    match = _ROW_ENTRY.match(text)
    if match is None:
        return None
    return int(match.group(1)), outcome_for_key(int(match.group(2))), (match.group(3) or "").strip()


def parse_row_jump(text: str) -> int | None:
    """``"r12"`` (or ``"rij 12"``, ``"#12"``): go to row 12 of the list; None otherwise."""
    match = _ROW_JUMP.match(text)
    return int(match.group(1)) if match else None


def outcome_for_key(key: int) -> Outcome:
    """The outcome whose box on the paper carries this number (1-6); ValueError otherwise."""
    for outcome in Outcome:
        if outcome.key == key:
            return outcome
    raise ValueError(key)


def sections(rows: Iterable[WalkRow]) -> list[WalkSection]:
    """Consecutive rows of one street and side, in the order given."""
    result: list[WalkSection] = []
    current: list[WalkRow] = []
    key: tuple[str, str, Side] | None = None
    for row in rows:
        row_key = (row.entry.street, row.entry.place, row.entry.side)
        if row_key != key and current:
            result.append(WalkSection(key[0], key[1], key[2], tuple(current)))  # type: ignore[index]
            current = []
        key = row_key
        current.append(row)
    if current and key is not None:
        result.append(WalkSection(key[0], key[1], key[2], tuple(current)))
    return result


def list_code(household_ids: Sequence[int]) -> str:
    """Four characters that change whenever the rows of a list change (which households, in
    which order). The window shows the code of the list on screen in re-entry mode, so a
    connector can see that it numbers the rows exactly as the paper does."""
    return hashlib.sha1(",".join(map(str, household_ids)).encode()).hexdigest()[:4].upper()


def list_id(household_ids: Sequence[int], made_on: date) -> str:
    """A short id printed on every page, so loose pages find their list again (LL-1128-3F2A)."""
    return f"LL-{made_on:%m%d}-{list_code(household_ids)}"


_TYPED_CODE = re.compile(r"^(?:LL[\s-]*\d{4}[\s-]*|\d{4}[\s-]+)?([0-9A-F]{4})$")


def parse_list_code(text: str) -> str | None:
    """The four-character code out of what a person types from the paper: ``LL-1128-293A``,
    ``ll 1128 293a``, ``1128-293A`` or just ``293A``; None when it is none of these."""
    match = _TYPED_CODE.match(text.strip().upper())
    return match.group(1) if match else None


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts for the cover page: how many doors, how many to skip."""

    doors: int
    addresses: int
    do_not_visit: int
    streets: int


def tally(rows: Sequence[WalkRow]) -> Tally:
    doors = {r.entry.door for r in rows}
    streets = {(r.entry.street, r.entry.place) for r in rows}
    skip = sum(1 for r in rows if r.entry.do_not_visit)
    return Tally(len(doors), len(rows), skip, len(streets))


# A "nog te doen" list (the next round) has only the doors still worth a knock: not visited yet,
# not at home, spoke, interested. Not who takes part, said no, or asked not to be visited (by a
# visit or by the household's mark). The one rule behind `export walklist --todo` and the print
# dialog's "alleen nog te doen".
STILL_TO_DO: frozenset[Status] = frozenset(
    {Status.UNVISITED, Status.NOT_HOME, Status.SPOKE, Status.INTERESTED}
)


def still_to_do(entry: WalkEntry) -> bool:
    """True when the door belongs on a "nog te doen" list (see :data:`STILL_TO_DO`)."""
    return entry.status in STILL_TO_DO and not entry.do_not_visit


def to_do(entries: Iterable[WalkEntry]) -> list[WalkEntry]:
    """The entries still worth a knock, in the order given (walking order)."""
    return [e for e in entries if still_to_do(e)]


# The outcome boxes on the list, in check-off key order (1-6), with their plain words.
OUTCOME_BOXES: tuple[Outcome, ...] = tuple(Outcome)
