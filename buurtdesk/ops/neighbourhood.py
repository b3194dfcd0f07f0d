"""Naming the neighbourhood (the first-run wizard's first step, and ``neighbourhood --name``).

The name and place are printed on letters and walk lists, so they follow the street names' rule:
cleaned, not too long, and only characters the PDF font can draw (:func:`printable_clean_name`).
"""

from __future__ import annotations

from sqlite_utils import Database

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..io.printable import printable_clean_name
from ..store import neighbourhood as store
from ..store.neighbourhood import Neighbourhood
from .base import operation


def name_neighbourhood(
    db: Database, name: str | None = None, place: str | None = None
) -> Neighbourhood:
    """Set the neighbourhood's name and/or place (None leaves it as it is)."""
    new_name = printable_clean_name(name, "naam") if name is not None else None
    new_place = printable_clean_name(place, "plaats") if place is not None else None
    if new_name is not None and not new_name:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "vul een naam voor de buurt in"))
    with operation(db, "name_neighbourhood"):
        now = store.get_neighbourhood(db)
        return store.set_neighbourhood(
            db,
            now.name if new_name is None else new_name,
            now.place if new_place is None else new_place,
        )
