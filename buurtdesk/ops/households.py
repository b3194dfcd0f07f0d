"""Operations on streets and households (see ops/__init__.py): adding a street with a range of
house numbers, and setting how streets are numbered. The command line (``street add``,
``street set``) and the window (the add-street dialog, the street list's numbering switch) both
call these; neither keeps a rule of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.address import (
    AddressRecord,
    HouseNumber,
    Numbering,
    Side,
    fold_name,
    normalise_postcode,
    parse_street_range,
    street_range,
)
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..io.printable import printable_clean_name
from ..store import households as store
from ..store.address_upsert import UpsertResult, upsert_households
from ..store.households import Street
from . import undo
from .base import operation


@dataclass(frozen=True)
class StreetAdded:
    """What :func:`add_street` did."""

    street: Street  # the street as it is now (its numbering, its households)
    result: UpsertResult  # added, unchanged, renumbered_streets (--straight on a known street)

    @property
    def renumbered(self) -> bool:
        return bool(self.result.renumbered_streets)


@dataclass(frozen=True)
class NumberingSet:
    """What :func:`set_numbering` did: the streets, and which of them changed."""

    streets: tuple[Street, ...]
    numbering: Numbering
    changed: tuple[int, ...]  # ids of the streets whose numbering was different before
    entry_id: int | None = None  # the undo history's entry (None when nothing changed)


def street_name(text: str) -> str:
    """A typed street name, cleaned; refused when empty, starting with a digit, or not
    printable on the walk lists."""
    name = printable_clean_name(text, "straatnaam")
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "vul een straatnaam in"))
    if name[0].isdigit():
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", 'straatnaam "{name}" is ongeldig: hij begint met een cijfer'),
            name=name,
        )
    return name


@dataclass(frozen=True)
class NewStreet:
    """A street to add, as typed and checked (:func:`new_street`)."""

    name: str
    houses: tuple[int, ...]
    postcode: str = ""
    place: str = ""
    straight: bool = False


def new_street(
    name: str,
    numbers: str,
    *,
    side: Side | str = Side.ALL,
    straight: bool = False,
    postcode: str = "",
    place: str = "",
) -> NewStreet:
    """Check a typed street ("Dorpsstraat", "1-59", odd side, postcode, place) before any file
    is opened: a mistake never creates or touches the neighbourhood."""
    return NewStreet(
        street_name(name),
        tuple(street_range(*parse_street_range(numbers), Side(side))),
        normalise_postcode(postcode) if postcode.strip() else "",
        printable_clean_name(place, "plaats"),
        straight,
    )


def add_street(db: Database, new: NewStreet) -> StreetAdded:
    """Add a street with its range of house numbers (:func:`new_street`).

    ``straight`` numbers the street straight through, new or known (its households walk in
    number order); without it a known street keeps the numbering it has. Addresses already
    there are not doubled. A name that occurs in several places needs a place: the addresses
    are never put into a new, place-less street beside them.
    """
    with operation(db, "add_street"):
        if not new.place:
            known = store.find_streets(db, new.name)
            if len(known) > 1:
                raise _several_places(new.name, known)
        records = [
            AddressRecord(new.name, HouseNumber(n), new.postcode, new.place) for n in new.houses
        ]
        numbering = {new.name: Numbering.STRAIGHT} if new.straight else {}
        result = upsert_households(db, records, source="street", numbering=numbering)
        street = _the_street(db, new.name, new.place)
    # the report names the street as it is written in the file, not as typed ("zandhoek")
    result.renumbered_streets[:] = [street.name for _ in result.renumbered_streets[:1]]
    return StreetAdded(street, result)


def set_numbering(
    db: Database, street_ids: Sequence[int], numbering: Numbering | str
) -> NumberingSet:
    """Number the given streets straight through or odd side then even side; their households'
    walking order follows. Refused (nothing changes) when a street does not exist."""
    numbering = Numbering(numbering)
    wanted = tuple(dict.fromkeys(street_ids))
    if not wanted:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "kies eerst een of meer straten"))
    with operation(db, "set_numbering"):
        by_id = {s.id: s for s in store.list_streets(db)}
        missing = [sid for sid in wanted if sid not in by_id]
        if missing:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "straat {id} bestaat niet (meer)"), id=missing[0]
            )
        changed = tuple(sid for sid in wanted if by_id[sid].numbering is not numbering)
        for sid in wanted:
            store.set_numbering(db, sid, numbering)
        entry_id = None
        if changed:  # undoable (Ctrl+Z in the window, `undo` on the command line)
            uuids = store.street_uuids(db, changed)
            names = ", ".join(by_id[sid].name for sid in changed)
            how = "doorlopend" if numbering is Numbering.STRAIGHT else "oneven/even"
            entry_id = undo.record(
                db,
                NUMBERING_KIND,
                f"nummering {names}: {how}",
                {
                    "numbering": numbering.value,
                    "before": {uuids[sid]: by_id[sid].numbering.value for sid in changed},
                },
            )
        after = {s.id: s for s in store.list_streets(db)}
    return NumberingSet(tuple(after[sid] for sid in wanted), numbering, changed, entry_id)


NUMBERING_KIND = "street_numbering"


def _numbering_back(db: Database, payload: dict[str, Any]) -> None:
    ids = store.street_ids_by_uuid(db, list(payload["before"]))
    for uuid, before in payload["before"].items():
        if uuid in ids:  # a street removed since (another laptop) has nothing to undo
            store.set_numbering(db, ids[uuid], Numbering(before))


def _numbering_again(db: Database, payload: dict[str, Any]) -> None:
    ids = store.street_ids_by_uuid(db, list(payload["before"]))
    for street_id in ids.values():
        store.set_numbering(db, street_id, Numbering(payload["numbering"]))


undo.undoable(NUMBERING_KIND, undo=_numbering_back, redo=_numbering_again)


def set_numbering_by_name(
    db: Database, name: str, numbering: Numbering | str, *, place: str = ""
) -> NumberingSet:
    """:func:`set_numbering` for a street named as typed (any case); a name that occurs in
    several places needs ``place``."""
    with operation(db, "set_numbering"):
        street = find_street(db, name, place)
        return set_numbering(db, [street.id], numbering)


def find_street(db: Database, name: str, place: str = "") -> Street:
    """The one street of this name (and place, when given); refused when there is none or the
    name occurs in several places and no place was given."""
    streets = store.find_streets(db, name)
    if place.strip():
        streets = [s for s in streets if fold_name(s.place) == fold_name(place)]
    if not streets:
        raise UserError(QT_TRANSLATE_NOOP("Fout", 'straat "{name}" bestaat niet'), name=name)
    if len(streets) > 1:
        raise _several_places(name, streets)
    return streets[0]


def _several_places(name: str, streets: Sequence[Street]) -> UserError:
    places = ", ".join(s.place or "geen plaats" for s in streets)
    return UserError(
        QT_TRANSLATE_NOOP(
            "Fout", 'straat "{name}" ligt in meer plaatsen ({places}); geef de plaats op (--place)'
        ),
        name=name,
        places=places,
    )


def _the_street(db: Database, name: str, place: str) -> Street:
    """The street the addresses of :func:`add_street` went to (see upsert: without a place, the
    one street of that name)."""
    streets = store.find_streets(db, name)
    if place:
        streets = [s for s in streets if fold_name(s.place) == fold_name(place)] or streets
    return streets[0]
