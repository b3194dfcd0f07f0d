"""Queries behind the street list of the main window: streets with their counts, the ordered ids
of the households a selection shows, and the rows of a few households at a time.

The list is lazy: :func:`household_ids` returns only ids (cheap even at 100,000 households), and
:func:`household_rows` fetches the columns of the rows a view actually shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain.address import HouseNumber, Numbering, format_house_number, format_postcode, side_of
from ..domain.outcomes import Status
from ..domain.progress import Tally


@dataclass(frozen=True)
class StreetSummary:
    """A street's counts. ``taking_part`` is "doet mee" as the progress page counts it
    (:func:`~buurtdesk.domain.progress.takes_part`: initiators included, each household once);
    ``initiators`` says how many of them are initiators."""

    id: int
    name: str
    place: str
    numbering: Numbering
    households: int
    visited: int
    taking_part: int
    connectors: tuple[str, ...] = ()
    initiators: int = 0


# Households per street, status and initiator mark in a project: the cells the counts are summed
# from with the domain's Tally, so that "doet mee" here is the progress page's "doet mee". Visited
# households come from the status cache, initiators nobody visited yet from the initiators.
_COUNTS_SQL = """
SELECT h.street_id, hs.outcome,
       EXISTS (SELECT 1 FROM initiators i
                WHERE i.project_id = hs.project_id AND i.household_id = h.id),
       count(*)
  FROM household_status hs JOIN households h ON h.id = hs.household_id
 WHERE hs.project_id = :project
 GROUP BY 1, 2, 3
UNION ALL
SELECT h.street_id, 'unvisited', 1, count(*)
  FROM initiators i JOIN households h ON h.id = i.household_id
 WHERE i.project_id = :project
   AND NOT EXISTS (SELECT 1 FROM household_status hs
                    WHERE hs.project_id = i.project_id AND hs.household_id = i.household_id)
 GROUP BY 1
"""


# One street (after a check-off): walk its households (index on street_id) and look each one up
# by its key, instead of reading the project's statuses of a whole city.
_STREET_COUNTS_SQL = """
SELECT h.street_id, coalesce(hs.outcome, 'unvisited'), i.household_id IS NOT NULL, count(*)
  FROM households h
  LEFT JOIN household_status hs ON hs.project_id = :project AND hs.household_id = h.id
  LEFT JOIN initiators i ON i.project_id = :project AND i.household_id = h.id
 WHERE h.street_id = :street
 GROUP BY 1, 2, 3
"""


def _street_counts(
    db: Database, project_id: int | None, street_id: int | None = None
) -> dict[int, Tally]:
    """Visited, taking part and initiators per street (households are counted apart)."""
    sql = _COUNTS_SQL if street_id is None else _STREET_COUNTS_SQL
    counts: dict[int, Tally] = {}
    for sid, outcome, initiator, count in db.execute(
        sql, {"project": project_id or 0, "street": street_id}
    ):
        counts.setdefault(int(sid), Tally()).count(Status(outcome), bool(initiator), int(count))
    return counts


@dataclass(frozen=True)
class HouseholdFilter:
    """What the household table shows. ``street_ids`` None means all streets."""

    street_ids: tuple[int, ...] | None = None
    member_id: int | None = None  # only the streets assigned to this connector
    search: str = ""
    statuses: tuple[str, ...] = ()  # Status values; empty means all
    sort: str = "walk"  # "walk" or "status"


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    street_id: int
    street: str
    number: int
    letter: str
    addition: str
    postcode: str  # written form, "1234 AB"
    place: str
    numbering: Numbering
    do_not_visit: bool
    do_not_visit_reason: str
    note: str
    status: Status
    last_visit_date: str  # ISO date or ''
    last_visitor: str
    last_note: str
    door_size: int  # addresses behind the same door (same number and letter)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def house_number(self) -> str:
        return format_house_number(HouseNumber(self.number, self.letter, self.addition))

    @property
    def address(self) -> str:
        return f"{self.street} {self.house_number}"

    @property
    def side(self) -> str:
        """'odd', 'even' or 'all' (a street numbered straight through)."""
        return side_of(self.number, self.numbering).value

    @property
    def door(self) -> tuple[int, int, str]:
        return (self.street_id, self.number, self.letter.upper())


# --- streets -------------------------------------------------------------------------------------


def street_summaries(
    db: Database, project_id: int | None, *, progress: bool = True
) -> list[StreetSummary]:
    """Every street with its households, visited and taking part in the project, and its
    connectors, in name order. Without ``progress`` the visited and taking-part counts are left
    at 0: the streets of a city come in a fraction of the time, and the counts can follow."""
    counts = _street_counts(db, project_id) if progress else {}
    connectors: dict[int, list[str]] = {}
    for street_id, name in db.execute(
        "SELECT a.street_id, m.name FROM street_assignments a JOIN members m ON m.id = a.member_id "
        "ORDER BY m.name COLLATE NOCASE"
    ):
        connectors.setdefault(street_id, []).append(name)
    rows = db.execute(
        "SELECT s.id, s.name, s.place, s.numbering, "
        "(SELECT count(*) FROM households h WHERE h.street_id = s.id) "
        "FROM streets s ORDER BY s.name COLLATE dutch, s.place"
    ).fetchall()
    empty = Tally()
    return [
        StreetSummary(
            id=r[0],
            name=r[1],
            place=r[2],
            numbering=Numbering(r[3]),
            households=r[4],
            visited=counts.get(r[0], empty).visited,
            taking_part=counts.get(r[0], empty).participants,
            connectors=tuple(connectors.get(r[0], ())),
            initiators=counts.get(r[0], empty).initiators,
        )
        for r in rows
    ]


def street_summary(db: Database, project_id: int | None, street_id: int) -> StreetSummary | None:
    """One street's counts (after a check-off, without recounting the whole neighbourhood)."""
    row = db.execute(
        "SELECT id, name, place, numbering FROM streets WHERE id = ?", [street_id]
    ).fetchone()
    if row is None:
        return None
    counts = _street_counts(db, project_id, street_id).get(street_id, Tally())
    connectors = tuple(
        r[0]
        for r in db.execute(
            "SELECT m.name FROM street_assignments a JOIN members m ON m.id = a.member_id "
            "WHERE a.street_id = ? ORDER BY m.name COLLATE NOCASE",
            [street_id],
        )
    )
    return StreetSummary(
        id=row[0],
        name=row[1],
        place=row[2],
        numbering=Numbering(row[3]),
        households=counts.households,
        visited=counts.visited,
        taking_part=counts.participants,
        connectors=connectors,
        initiators=counts.initiators,
    )


# --- which households, in which order ------------------------------------------------------------

_POSTCODE_TOKEN = re.compile(r"^[1-9]\d{3}([A-Za-z]{0,2})$")
_NUMBER_TOKEN = re.compile(r"^(\d{1,5})([A-Za-z]?)(?:[- ]?([A-Za-z0-9]{1,4}))?$")
_STATUS_RANK = {s.value: i for i, s in enumerate(Status)}


def _search_words(text: str) -> list[str]:
    """The words of a search, with a written postcode (``1234 AB``) joined back together."""
    words = text.split()
    joined: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if re.fullmatch(r"[1-9]\d{3}", word) and re.fullmatch(r"[A-Za-z]{2}", nxt):
            joined.append(word + nxt)
            i += 2
            continue
        joined.append(word)
        i += 1
    return joined


def _search_clauses(db: Database, text: str) -> tuple[list[str], list[Any], set[int] | None]:
    """Search by street, number or postcode: each word narrows. ``1234`` or ``1234AB`` is a
    postcode, a word starting with a digit a house number (``12``, ``12a``), any other word part
    of a street name. Returns conditions on households, their values, and the streets that the
    name words leave (None when there are no name words): households are then found through the
    street index instead of a scan of every household."""
    where: list[str] = []
    params: list[Any] = []
    streets: set[int] | None = None
    for word in _search_words(text):
        postcode = _POSTCODE_TOKEN.match(word)
        number = _NUMBER_TOKEN.match(word)
        if postcode and (postcode.group(1) or int(word) > 999):
            if len(word) == 4:
                # four digits: a postcode area, or a house number in a long street
                where.append("(h.postcode LIKE ? OR h.number = ?)")
                params += [word + "%", int(word)]
            else:
                where.append("h.postcode = ?")
                params.append(word.upper())
        elif number:
            where.append("h.number = ?")
            params.append(int(number.group(1)))
            if number.group(2):
                where.append("h.letter = ? COLLATE NOCASE")
                params.append(number.group(2))
            if number.group(3):
                where.append("h.addition = ? COLLATE NOCASE")
                params.append(number.group(3))
        else:
            pattern = "%" + word.replace("%", "").replace("_", "") + "%"
            named = {
                r[0] for r in db.execute("SELECT id FROM streets WHERE name LIKE ?", [pattern])
            }
            streets = named if streets is None else streets & named
    return where, params, streets


def household_ids(db: Database, project_id: int | None, flt: HouseholdFilter) -> list[int]:
    """Ids of the households the filter selects: in walking order (streets by name, per street
    the odd side then the even side), or by status and then walking order.

    Every condition is turned into what an index can answer: the streets (chosen, a connector's,
    or matching a searched name) into street ids (index on street_id, walk_key), statuses other
    than "not visited yet" into a walk from the project's statuses (index on project, outcome).
    """
    streets: set[int] | None = None
    if flt.street_ids is not None:
        streets = set(flt.street_ids)
    if flt.member_id is not None:
        assigned = {
            r[0]
            for r in db.execute(
                "SELECT street_id FROM street_assignments WHERE member_id = ?", [flt.member_id]
            )
        }
        streets = assigned if streets is None else streets & assigned
    where: list[str] = []
    params: list[Any] = []
    if flt.search.strip():
        clauses, values, named = _search_clauses(db, flt.search)
        where += clauses
        params += values
        if named is not None:
            streets = named if streets is None else streets & named
    if streets is not None:
        if not streets:
            return []
        where.insert(0, f"h.street_id IN ({','.join('?' * len(streets))})")
        params[:0] = sorted(streets)
    project = project_id or 0
    statuses = tuple(flt.statuses)
    by_status_index = bool(statuses) and Status.UNVISITED.value not in statuses
    if by_status_index:
        # only visited statuses: start from the project's statuses, a fraction of a city
        sql = (
            "SELECT h.id, h.street_id, hs.outcome, h.walk_key FROM household_status hs "
            "CROSS JOIN households h ON h.id = hs.household_id "
            f"WHERE hs.project_id = ? AND hs.outcome IN ({','.join('?' * len(statuses))})"
        )
        params = [project, *statuses, *params]
        if where:
            sql += " AND " + " AND ".join(where)
    else:
        need_status = bool(statuses) or flt.sort == "status"
        sql = "SELECT h.id, h.street_id"
        if need_status:
            sql += (
                ", coalesce(hs.outcome, 'unvisited') FROM households h "
                "LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?"
            )
            params.insert(0, project)
            if statuses:
                where.append(
                    f"coalesce(hs.outcome, 'unvisited') IN ({','.join('?' * len(statuses))})"
                )
                params += list(statuses)
        else:
            sql += ", '' FROM households h"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY h.street_id, h.walk_key"  # the index's own order: no sort in SQLite
    cursor = db.conn.cursor()
    cursor.row_factory = None  # plain tuples: a Row object per household costs more than the query
    rows = cursor.execute(sql, params).fetchall()
    # Streets in name order by an integer rank, walking order within a street by its key: far
    # cheaper in Python than letting SQLite sort 100,000 rows on a case-insensitive name.
    rank = _street_rank(db)
    if by_status_index:
        rows.sort(key=lambda r: r[3])  # walking order within a street; the sorts below are stable
    if flt.sort == "status":
        rows.sort(key=lambda r: (_STATUS_RANK.get(r[2], 0), rank.get(r[1], 0)))
    else:
        rows.sort(key=lambda r: rank.get(r[1], 0))
    return [r[0] for r in rows]


def first_streets(db: Database, count: int) -> tuple[int, ...]:
    """The first streets in name order: what the top of the all-streets list shows, so that a
    window can show them before the ids of a whole city are in."""
    return tuple(
        r[0]
        for r in db.execute(
            "SELECT id FROM streets ORDER BY name COLLATE dutch, place LIMIT ?", [count]
        )
    )


def _street_rank(db: Database) -> dict[int, int]:
    return {
        r[0]: i
        for i, r in enumerate(
            db.execute("SELECT id FROM streets ORDER BY name COLLATE dutch, place")
        )
    }


# --- rows ----------------------------------------------------------------------------------------

_ROW_SQL = """
SELECT h.id, h.street_id, s.name, h.number, h.letter, h.addition, h.postcode, h.place,
       s.numbering, h.do_not_visit, h.do_not_visit_reason, h.note,
       coalesce(hs.outcome, 'unvisited'), v.visit_date, v.visitor, v.note,
       (SELECT count(*) FROM households d
         WHERE d.street_id = h.street_id AND d.number = h.number AND d.letter = h.letter)
  FROM households h
  JOIN streets s ON s.id = h.street_id
  LEFT JOIN household_status hs ON hs.household_id = h.id AND hs.project_id = ?
  LEFT JOIN visits v ON v.id = hs.visit_id
"""


def _row(r: Sequence[Any]) -> HouseholdRow:
    return HouseholdRow(
        id=r[0],
        street_id=r[1],
        street=r[2],
        number=r[3],
        letter=r[4],
        addition=r[5],
        postcode=format_postcode(r[6]),
        place=r[7],
        numbering=Numbering(r[8]),
        do_not_visit=bool(r[9]),
        do_not_visit_reason=r[10],
        note=r[11],
        status=Status(r[12]),
        last_visit_date=r[13] or "",
        last_visitor=r[14] or "",
        last_note=r[15] or "",
        door_size=r[16],
    )


def household_rows(
    db: Database, project_id: int | None, ids: Iterable[int]
) -> dict[int, HouseholdRow]:
    """The rows of these households, by id (a block of a few hundred at a time)."""
    wanted = list(ids)
    found: dict[int, HouseholdRow] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        sql = _ROW_SQL + f" WHERE h.id IN ({','.join('?' * len(chunk))})"
        for r in db.conn.execute(sql, [project_id or 0, *chunk]):
            found[r[0]] = _row(r)
    return found


def household_row(db: Database, project_id: int | None, household_id: int) -> HouseholdRow | None:
    return household_rows(db, project_id, [household_id]).get(household_id)


def has_households(db: Database) -> bool:
    return db.execute("SELECT 1 FROM households LIMIT 1").fetchone() is not None


def connector_ids_of_street(db: Database, street_id: int) -> list[int]:
    return [
        r[0]
        for r in db.execute(
            "SELECT member_id FROM street_assignments WHERE street_id = ?", [street_id]
        )
    ]


def use_large_cache(db: Database, mib: int = 64) -> None:
    """A bigger page cache for a connection that filters a whole city again and again (the
    default 2 MB holds a fiftieth of a 100,000-household file)."""
    db.execute(f"PRAGMA cache_size = {-1024 * int(mib)}")


def filter_walk_list(
    db: Database,
    project_id: int | None,
    walk_list: Sequence[int],
    statuses: Sequence[str] = (),
    sort: str = "walk",
) -> list[int]:
    """The households of ``walk_list`` (every household, in walking order, as
    :func:`household_ids` gave it) with one of ``statuses`` (all when empty), in walking order
    or by status.

    For a filter on status alone over a whole city this is one read of the project's statuses
    (an index) and one pass over the list, instead of ordering the households again.
    """
    cursor = db.conn.cursor()
    cursor.row_factory = None
    project = project_id or 0
    unvisited = Status.UNVISITED.value
    wanted = set(statuses)
    if sort != "status" and not wanted:
        return list(walk_list)
    if sort != "status":
        visited = [s for s in wanted if s != unvisited]
        marks = ",".join("?" * len(visited))
        if unvisited not in wanted:  # only visited statuses: the few households that have them
            keep = {
                r[0]
                for r in cursor.execute(
                    "SELECT household_id FROM household_status "
                    f"WHERE project_id = ? AND outcome IN ({marks})",
                    [project, *visited],
                )
            }
            return [h for h in walk_list if h in keep]
        others = marks or "''"
        drop = {  # "not visited yet" (and perhaps more): leave out the other visited ones
            r[0]
            for r in cursor.execute(
                "SELECT household_id FROM household_status "
                f"WHERE project_id = ? AND outcome NOT IN ({others})",
                [project, *visited],
            )
        }
        return [h for h in walk_list if h not in drop]
    status_of = dict(
        cursor.execute(
            "SELECT household_id, outcome FROM household_status WHERE project_id = ?", [project]
        ).fetchall()
    )
    if wanted:
        result = [h for h in walk_list if status_of.get(h, unvisited) in wanted]
    else:
        result = list(walk_list)
    if sort == "status":
        result.sort(key=lambda h: _STATUS_RANK.get(status_of.get(h, unvisited), 0))
    return result
