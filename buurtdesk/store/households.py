"""Streets and households: adding streets, marks and notes, and listing in walking order (a batch
of addresses is added, without doubling, by :mod:`.address_upsert`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.address import (
    AddressError,
    HouseNumber,
    Numbering,
    fold_name,
    other_reading,
    parse_house_number,
    walk_key,
)
from ..domain.identity import street_uuid
from ..errors import QT_TRANSLATE_NOOP
from .db import neighbourhood_uuid, now_iso, transaction


@dataclass(frozen=True)
class Street:
    id: int
    name: str
    place: str
    numbering: Numbering
    households: int = 0


# --- streets -------------------------------------------------------------------------------------


def list_streets(db: Database) -> list[Street]:
    rows = db.execute(
        """SELECT s.id, s.name, s.place, s.numbering, count(h.id)
             FROM streets s LEFT JOIN households h ON h.street_id = s.id
            GROUP BY s.id ORDER BY s.name COLLATE dutch, s.place"""
    ).fetchall()
    return [Street(r[0], r[1], r[2], Numbering(r[3]), r[4]) for r in rows]


def find_streets(db: Database, name: str) -> list[Street]:
    """Streets whose name matches without regard to case (several when places differ)."""
    return [s for s in list_streets(db) if s.name.casefold() == name.strip().casefold()]


def ensure_street(
    db: Database, name: str, place: str = "", numbering: Numbering | None = None
) -> tuple[int, bool]:
    """The id of the street, creating it if needed. Returns (id, created)."""
    row = db.execute(
        "SELECT id FROM streets WHERE name = ? AND place = ?", [name, place]
    ).fetchone()
    if row:
        if numbering is not None:
            set_numbering(db, row[0], numbering)
        return int(row[0]), False
    cursor = db.execute(
        "INSERT INTO streets (uuid, name, place, numbering, created_at) VALUES (?, ?, ?, ?, ?)",
        [
            street_uuid(neighbourhood_uuid(db), name, place),
            name,
            place,
            (numbering or Numbering.ODD_EVEN).value,
            now_iso(),
        ],
    )
    return int(cursor.lastrowid or 0), True


def set_numbering(db: Database, street_id: int, numbering: Numbering) -> None:
    """Change how a street is numbered and re-key its households' walking order."""
    with transaction(db):
        db.execute(
            "UPDATE streets SET numbering = ? WHERE id = ?", [Numbering(numbering).value, street_id]
        )
        rows = db.execute(
            "SELECT id, number, letter, addition FROM households WHERE street_id = ?", [street_id]
        ).fetchall()
        db.conn.executemany(
            "UPDATE households SET walk_key = ? WHERE id = ?",
            [(walk_key(HouseNumber(r[1], r[2], r[3]), numbering), r[0]) for r in rows],
        )


def street_uuids(db: Database, street_ids: Sequence[int]) -> dict[int, str]:
    """id -> uuid of the given streets (those that exist)."""
    wanted = set(street_ids)
    return {r[0]: r[1] for r in db.execute("SELECT id, uuid FROM streets") if r[0] in wanted}


def street_ids_by_uuid(db: Database, uuids: Sequence[str]) -> dict[str, int]:
    """uuid -> id of the given streets (those that still exist)."""
    wanted = set(uuids)
    return {r[1]: r[0] for r in db.execute("SELECT id, uuid FROM streets") if r[1] in wanted}


# --- households ----------------------------------------------------------------------------------


def set_do_not_visit(db: Database, household_id: int, flag: bool, reason: str = "") -> None:
    db.execute(
        "UPDATE households SET do_not_visit = ?, do_not_visit_reason = ?, updated_at = ? "
        "WHERE id = ?",
        [int(flag), reason if flag else "", now_iso(), household_id],
    )


def set_note(db: Database, household_id: int, note: str) -> None:
    db.execute(
        "UPDATE households SET note = ?, updated_at = ? WHERE id = ?",
        [note, now_iso(), household_id],
    )


def household_count(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM households").fetchone()[0])


# --- listing -------------------------------------------------------------------------------------

# Columns of a listed household, in walking order; `status` comes from the project's
# household_status (kept by triggers on visits), 'unvisited' when there is none.
_LIST_SQL = """
SELECT h.id, s.name AS street, h.number, h.letter, h.addition, h.postcode, h.place,
       h.rd_x, h.rd_y, h.do_not_visit, h.do_not_visit_reason, h.note,
       coalesce(hs.outcome, 'unvisited') AS status, s.numbering, h.street_id
  FROM households h
  JOIN streets s ON s.id = h.street_id
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = :project
"""
_ORDER = " ORDER BY dutch_key(s.name), s.place, h.walk_key"  # Dutch street order


def household_dict(row: Sequence[Any]) -> dict[str, Any]:
    """The public form of one household (CLI JSON, exports).

    Called once per row when 100,000 households are listed, so the written forms are made here
    directly (the rows come from the database, whose checks the values already passed); they
    are the same as :func:`format_house_number` and :func:`format_postcode` give.
    """
    number, letter, addition, postcode = row[2], row[3], row[4], row[5]
    if addition:
        number_text = f"{number}{letter}{'-' if addition[0].isdigit() else ' '}{addition}"
    else:
        number_text = f"{number}{letter}"
    item: dict[str, Any] = {
        "id": row[0],
        "street": row[1],
        "number": number,
        "letter": letter,
        "addition": addition,
        "house_number": number_text,
        "address": f"{row[1]} {number_text}",
        "postcode": f"{postcode[:4]} {postcode[4:]}" if postcode else "",
        "place": row[6],
        "status": row[12],
        "do_not_visit": bool(row[9]),
    }
    if row[10]:
        item["do_not_visit_reason"] = row[10]
    if row[11]:
        item["note"] = row[11]
    if row[7] is not None and row[8] is not None:
        item["rd_x"] = row[7]
        item["rd_y"] = row[8]
    return item


def iter_household_rows(
    db: Database, *, project_id: int | None = None, street: str | None = None
) -> Iterable[Sequence[Any]]:
    """Raw rows of :data:`_LIST_SQL` in walking order (a cursor: nothing is held in memory)."""
    params: dict[str, Any] = {"project": project_id or 0}
    sql = _LIST_SQL
    if street is not None:
        sql += " WHERE s.name = :street COLLATE NOCASE"
        params["street"] = street.strip()
    return db.conn.execute(sql + _ORDER, params)


def list_households(
    db: Database, *, project_id: int | None = None, street: str | None = None
) -> list[dict[str, Any]]:
    return [
        household_dict(r) for r in iter_household_rows(db, project_id=project_id, street=street)
    ]


def find_by_address(db: Database, text: str) -> list[dict[str, Any]]:
    """Households matching a typed address ``"STREET NUMBER[, PLACE or POSTCODE]"``.

    ``Zandhoek 4-2``; ``Dorpsstraat 1, Ons Dorp`` or ``Dorpsstraat 1, 1234 AB`` where a street
    name occurs in two places. The street is matched without regard to case; the number in its
    written form. A lone letter is tried both ways, as house letter and as addition: people type
    ``12 a`` for 12a, and ``4H`` for 4 H.
    """
    address, _, where = text.partition(",")
    found = _find_by_street_number(db, address)
    where = fold_name(where)
    if where:
        compact = where.replace(" ", "").upper()
        found = [
            h
            for h in found
            if fold_name(h["place"]) == where or h["postcode"].replace(" ", "") == compact
        ]
    return found


def _find_by_street_number(db: Database, text: str) -> list[dict[str, Any]]:
    street, number_text = _split_address(text)
    house = parse_house_number(number_text)
    candidates = [house]
    other = other_reading(house)  # 12 a typed for 12a, or 4H typed for 4 H
    if other is not None:
        candidates.append(other)
    found: list[dict[str, Any]] = []
    for cand in candidates:
        rows = db.conn.execute(
            _LIST_SQL + " WHERE s.name = :street COLLATE NOCASE AND h.number = :number "
            "AND h.letter = :letter COLLATE NOCASE AND h.addition = :addition COLLATE NOCASE"
            + _ORDER,
            {
                "project": 0,
                "street": street,
                "number": cand.number,
                "letter": cand.letter,
                "addition": cand.addition,
            },
        ).fetchall()
        found.extend(household_dict(r) for r in rows)
        if found:
            break
    return found


def households_at_number(db: Database, text: str) -> tuple[str, list[str]]:
    """For a typed address that matched nothing: the street as typed, and the addresses on it
    with the same house number (``12`` typed where there are 12A and 12B)."""
    street, number_text = _split_address(text.partition(",")[0])
    leading = re.match(r"\d+", number_text)
    if leading is None:
        return street, []
    rows = db.conn.execute(
        _LIST_SQL + " WHERE s.name = :street COLLATE NOCASE AND h.number = :number" + _ORDER,
        {"project": 0, "street": street, "number": int(leading.group())},
    )
    return street, [household_dict(r)["address"] for r in rows]


def _split_address(text: str) -> tuple[str, str]:
    """``"Lange Dreef 12 a"`` -> ("Lange Dreef", "12 a"): the number starts at the first digit
    that follows a space."""
    cleaned = " ".join(text.split())
    for i, ch in enumerate(cleaned):
        if ch.isdigit() and i > 0 and cleaned[i - 1] == " ":
            return cleaned[:i].strip(), cleaned[i:]
    raise AddressError(
        QT_TRANSLATE_NOOP(
            "Fout",
            '"{text}" is geen adres; schrijf straat en huisnummer, bijv. "Zandhoek 4-2" (en waar '
            'nodig de plaats: "Dorpsstraat 1, Ons Dorp")',
        ),
        text=text,
    )
