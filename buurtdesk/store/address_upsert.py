"""Adding a batch of addresses (an import, a typed street) to the neighbourhood without doubling
any: matching on street and address, the other reading of a lone letter, walking-order keys,
straight-numbered streets recognised from their coordinates; the new rows go in through
:mod:`.bulk_households`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain.address import (
    AddressRecord,
    HouseNumber,
    Numbering,
    fold_name,
    format_address,
    format_house_number,
    other_reading,
    walk_key,
)
from ..domain.identity import household_uuids_of
from ..domain.numbering import guess_numbering_of
from .bulk_households import insert_households
from .db import now_iso, transaction
from .households import ensure_street, set_numbering


@dataclass
class UpsertResult:
    """What an import did, or would do in a dry run."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    streets_added: int = 0
    duplicates: int = 0  # the same address again in one file: the first one counts
    added_addresses: list[str] = field(default_factory=list)
    # a door matched with the other reading of a lone letter (4H for 4 H): how many, a few
    # examples ("Dorpsstraat 4H = 4 H"), see :func:`~buurtdesk.domain.address.other_reading`
    other_reading: int = 0
    other_reading_examples: list[str] = field(default_factory=list)
    straight_streets: list[str] = field(default_factory=list)  # recognised as straight-numbered
    renumbered_streets: list[str] = field(default_factory=list)  # numbering asked for, changed

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "streets_added": self.streets_added,
            "other_reading": self.other_reading,
            "other_reading_examples": self.other_reading_examples,
            "straight_streets": self.straight_streets,
            "renumbered_streets": self.renumbered_streets,
        }


_Key = tuple[int, int, str, str]

# One address as the upsert needs it: (street, place, house, postcode, rd_x, rd_y). An import of
# 100,000 rows hands these over as plain tuples (see :func:`upsert_address_rows`).
AddressRow = tuple[str, str, HouseNumber, str, float | None, float | None]


def upsert_households(
    db: Database,
    records: Iterable[AddressRecord],
    *,
    source: str = "",
    dry_run: bool = False,
    numbering: dict[str, Numbering] | None = None,
) -> UpsertResult:
    """Add new addresses and update known ones; an address already there is never doubled.

    Matching is on street, place, number, letter and addition (letter and addition without regard
    to case). A lone letter that matches nothing is tried the other way (the house letter ``4H``
    for the addition ``4 H`` and back, :func:`other_reading`): one door written both ways by two
    sources is one household, unless the file itself has both (a street can have 4A and 4 A).
    ``numbering`` sets a street's numbering, new or known (and re-keys it); a street that gets
    its first coordinates from these records and is recognised as numbered straight through
    (:func:`~buurtdesk.domain.numbering.guess_numbering`) is switched to straight. A known
    address is updated only where the new record brings a value (a postcode, a place,
    coordinates) that differs; importing the same file twice changes nothing. Everything
    happens in one transaction; with ``dry_run`` nothing is written.
    """
    return upsert_address_rows(
        db,
        ((r.street, r.place, r.house, r.postcode, r.rd_x, r.rd_y) for r in records),
        source=source,
        dry_run=dry_run,
        numbering=numbering,
    )


def _plain_rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    """All rows of ``sql`` as plain tuples, texts decoded by SQLite's module itself: what every
    other read gets (a ``Row`` per row, each text through :func:`~.db.decode_text`) took 2 s of
    a re-import's 3.5 s at 100,000 households. A text that is not UTF-8 (a damaged page, another
    program) is read again the forgiving way."""
    conn = db.conn
    cursor = conn.cursor()
    cursor.row_factory = None
    forgiving = conn.text_factory
    conn.text_factory = str
    try:
        return cursor.execute(sql).fetchall()
    except sqlite3.OperationalError:
        conn.text_factory = forgiving
        return cursor.execute(sql).fetchall()
    finally:
        conn.text_factory = forgiving


@contextmanager
def _big_page_cache(db: Database, rows: int) -> Iterator[None]:
    """A larger page cache while many rows go in, so that the five indexes of households are
    not spilled to the WAL halfway through the transaction; restored afterwards."""
    if rows < 5000:
        yield
        return
    old = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    db.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(old)}")


def upsert_address_rows(
    db: Database,
    rows: Iterable[AddressRow],
    *,
    source: str = "",
    dry_run: bool = False,
    numbering: dict[str, Numbering] | None = None,
) -> UpsertResult:
    """:func:`upsert_households` over plain tuples (:data:`AddressRow`), the fast path."""
    result = UpsertResult()
    numbering = numbering or {}
    rows = rows if isinstance(rows, list) else list(rows)
    # Doors with a lone letter that the file writes itself (street, place, number, reading), so
    # that a file with both 4A and 4 A keeps both instead of matching one with the other.
    lone_letters = {
        (fold_name(r[0]), fold_name(r[1]), h.number, h.letter.upper(), h.addition.upper())
        for r in rows
        if ((h := r[2]).letter or len(h.addition) == 1) and other_reading(h) is not None
    }
    # Streets match without regard to case or spacing; an address without a place goes to the
    # one street of that name when there is only one (street add Dorpsstraat 15-21 extends the
    # imported Dorpsstraat in Ons Dorp rather than starting a second, place-less one).
    street_ids: dict[tuple[str, str], int] = {}
    places_of: dict[str, list[tuple[int, str]]] = {}
    street_place: dict[int, str] = {}  # a household takes its street's spelling of the place
    for sid, name, known_place in db.execute("SELECT id, name, place FROM streets"):
        street_ids[(fold_name(name), fold_name(known_place))] = sid
        places_of.setdefault(fold_name(name), []).append((sid, known_place))
        street_place[sid] = known_place
    street_numbering: dict[int, Numbering] = {
        r[0]: Numbering(r[1]) for r in db.execute("SELECT id, numbering FROM streets")
    }
    existing: dict[_Key, tuple[int, str, str, float | None, float | None]] = {
        (r[1], r[2], r[3].upper(), r[4].upper()): (r[0], r[5], r[6], r[7], r[8])
        for r in _plain_rows(
            db,
            "SELECT id, street_id, number, letter, addition, postcode, place, rd_x, rd_y "
            "FROM households",
        )
    }
    had_points = {key[0] for key, known in existing.items() if known[3] is not None}
    new_points: dict[int, list[tuple[int, float, float]]] = {}  # street -> (number, x, y)
    street_name: dict[int, str] = {}
    asked: set[int] = set()  # streets whose numbering the caller set: not guessed
    now = now_iso()
    inserts: list[list[Any]] = []
    updates: list[tuple[Any, ...]] = []
    walk_keys: dict[tuple[int, str, str, Numbering], str] = {}
    added_addresses = result.added_addresses
    unchanged = 0
    next_fake_street = -1
    # `existing` also remembers what this file brought already: an address met a second time in
    # the same file is skipped (the first one counts).
    seen_in_file = (0, "", "", None, None)
    with transaction(db):

        def street_of(street: str, street_key: tuple[str, str], place: str) -> tuple[int, str]:
            """The street's id (a new street is added) and its spelling of the place."""
            nonlocal next_fake_street
            street_id = street_ids.get(street_key)
            if street_id is None and not place and len(places_of.get(street_key[0], ())) == 1:
                street_id = places_of[street_key[0]][0][0]
                street_ids[street_key] = street_id
            wanted = numbering.get(street)
            if (
                street_id is not None
                and wanted is not None
                and wanted is not street_numbering[street_id]
            ):  # street add --straight on a known street
                if not dry_run:
                    set_numbering(db, street_id, wanted)
                street_numbering[street_id] = wanted
                result.renumbered_streets.append(street)
            if street_id is None:
                result.streets_added += 1
                if dry_run:
                    street_id = next_fake_street
                    next_fake_street -= 1
                else:
                    street_id, _ = ensure_street(db, street, place, wanted)
                street_ids[street_key] = street_id
                places_of.setdefault(street_key[0], []).append((street_id, place))
                street_place[street_id] = place
                street_numbering[street_id] = wanted or Numbering.ODD_EVEN
            street_name.setdefault(street_id, street)
            if wanted is not None:
                asked.add(street_id)
            return street_id, street_place[street_id]

        # A file lists a street's addresses together: the street, its numbering and its list
        # of new points are looked up when it changes, not per row.
        last: tuple[str, str] | None = None
        street_key, street_id, place = ("", ""), 0, ""
        side = Numbering.ODD_EVEN
        points: list[tuple[int, float, float]] | None = None
        existing_get, walk_keys_get, append = existing.get, walk_keys.get, inserts.append
        for street, row_place, house, postcode, rd_x, rd_y in rows:
            if last is None or street != last[0] or row_place != last[1]:
                last = (street, row_place)
                street_key = (fold_name(street), fold_name(row_place))
                street_id, place = street_of(street, street_key, row_place)
                points = (
                    new_points.setdefault(street_id, []) if street_id not in had_points else None
                )
                side = street_numbering[street_id]
            number, letter, addition = house.number, house.letter, house.addition
            if points is not None and rd_x is not None and rd_y is not None:
                points.append((number, rd_x, rd_y))
            if letter:
                letter = letter.upper()
            upper = addition.upper() if addition else addition
            key = (street_id, number, letter, upper)
            known = existing_get(key)
            if (
                known is None
                and (letter or len(upper) == 1)
                and (other := other_reading(house)) is not None
            ):
                other_key = (street_id, other.number, other.letter.upper(), other.addition.upper())
                in_file = (*street_key, *other_key[1:]) in lone_letters
                known = existing_get(other_key) if not in_file else None
                if known is not None and known is not seen_in_file:
                    result.other_reading += 1
                    if len(result.other_reading_examples) < 5:
                        result.other_reading_examples.append(
                            f"{format_address(street, house)} = {format_house_number(other)}"
                        )
                if known is not None:
                    existing[other_key] = seen_in_file
            if known is seen_in_file:
                result.duplicates += 1
                continue
            existing[key] = seen_in_file
            if known is None:
                if len(added_addresses) < 20:
                    added_addresses.append(format_address(street, house))
                wk = walk_keys_get((number, letter, upper, side))
                if wk is None:
                    wk = walk_keys[number, letter, upper, side] = walk_key(house, side)
                # the uuid (first item) is filled in below, in one go for all new rows
                append(
                    [
                        "",
                        street_id,
                        number,
                        letter,
                        addition,
                        postcode,
                        place,
                        rd_x,
                        rd_y,
                        wk,
                        source,
                        now,
                        now,
                    ]
                )
                continue
            hid, old_postcode, old_place, x, y = known
            new = (
                postcode or old_postcode,
                place or old_place,
                rd_x if rd_x is not None else x,
                rd_y if rd_y is not None else y,
            )
            if new == (old_postcode, old_place, x, y):
                unchanged += 1
            else:
                result.updated += 1
                updates.append((*new, now, hid))
        result.added = len(inserts)
        result.unchanged = unchanged
        straight = _recognise_straight(db, new_points, street_numbering, asked, dry_run)
        result.straight_streets.extend(street_name[sid] for sid in straight)
        if straight:  # the new households of those streets walk in number order from the start
            keyed = set(straight)
            for row in inserts:
                if row[1] in keyed:
                    wk_key = (row[2], row[3], row[4].upper(), Numbering.STRAIGHT)
                    wk = walk_keys.get(wk_key)
                    if wk is None:
                        house = HouseNumber(row[2], row[3], row[4])
                        wk = walk_keys[wk_key] = walk_key(house, Numbering.STRAIGHT)
                    row[9] = wk
        if not dry_run:
            # Ids derived from the address (UUID version 5), so that two laptops importing the
            # same file agree. (Random ids used to be handed out in sorted order, which spared
            # the uuid index page splits; derived ids cannot be, and the rows keep the file's
            # order: docs/performance.md has the cost.)
            uuid_of: dict[int, str] = dict(db.execute("SELECT id, uuid FROM streets").fetchall())
            derive: dict[int, Callable[[int, str, str], str]] = {}
            for row in inserts:
                street_id = row[1]
                of_street = derive.get(street_id)
                if of_street is None:
                    of_street = derive[street_id] = household_uuids_of(uuid_of[street_id])
                row[0] = of_street(row[2], row[3], row[4])
            with _big_page_cache(db, len(inserts)):
                insert_households(db, inserts)
            db.conn.executemany(
                "UPDATE households SET postcode = ?, place = ?, rd_x = ?, rd_y = ?, "
                "updated_at = ? WHERE id = ?",
                updates,
            )
    return result


def _recognise_straight(
    db: Database,
    new_points: dict[int, list[tuple[int, float, float]]],
    street_numbering: dict[int, Numbering],
    asked: set[int],
    dry_run: bool,
) -> list[int]:
    """The streets that got their first coordinates now and look numbered straight through
    (:func:`~buurtdesk.domain.numbering.guess_numbering_of`); they are switched to straight
    (their known households re-keyed). A street whose numbering was asked for is not guessed
    over."""
    found: list[int] = []
    for street_id, points in new_points.items():
        if street_numbering[street_id] is not Numbering.ODD_EVEN or street_id in asked:
            continue
        if guess_numbering_of(points).numbering is Numbering.STRAIGHT:
            found.append(street_id)
            street_numbering[street_id] = Numbering.STRAIGHT
            if not dry_run:
                set_numbering(db, street_id, Numbering.STRAIGHT)
    return found
