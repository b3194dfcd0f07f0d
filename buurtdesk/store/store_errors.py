"""The errors of the store a user can act on, and what SQLite says about a file in Dutch.

:class:`StoreError` (and the two refusals of :func:`~buurtdesk.store.db.open_db`:
:class:`NewerVersionError`, :class:`NotABuurtDeskFile`), the advice for a damaged file
(:data:`DAMAGED`) and :func:`database_error`, which turns an ``sqlite3.DatabaseError`` into a
``StoreError`` with advice; :func:`file_error` for a file that could not be written. This
module imports nothing else of the store, so that every store module (``db.py`` and
``file_copies.py`` among them) can raise these errors.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, Coded


class StoreError(Coded):
    """A problem with the database file a user can act on: a Dutch template and its values
    (``errors.Coded``)."""


class NewerVersionError(StoreError):
    pass


class NotABuurtDeskFile(StoreError):
    pass


DAMAGED = QT_TRANSLATE_NOOP(
    "Fout",
    "het bestand is beschadigd. 'buurtdesk check' zegt wat er mis is, 'buurtdesk repair' "
    "herstelt het (de beschadigde versie blijft bewaard); of zet de laatste goede reservekopie "
    "terug (de map 'backups' naast het bestand)",
)


def database_error(exc: sqlite3.DatabaseError) -> StoreError:
    """What SQLite says about a file as an error a user can act on, with advice where there is
    some (a template, so that the window can translate it)."""
    text = str(exc)
    if "malformed" in text or "corrupt" in text:
        return StoreError(DAMAGED)
    for keys, template in _DATABASE_ERRORS:
        if any(key in text for key in keys):
            return StoreError(template)
    return StoreError(QT_TRANSLATE_NOOP("Fout", "databasefout ({reason})"), reason=text)


_DATABASE_ERRORS = (
    (
        ("not a database",),
        QT_TRANSLATE_NOOP("Fout", "dit is geen BuurtDesk-bestand (geen SQLite-database)"),
    ),
    (
        ("unable to open",),
        QT_TRANSLATE_NOOP(
            "Fout", "het bestand kan niet worden geopend (bestaat de map, mag u er schrijven?)"
        ),
    ),
    (
        ("locked", "busy"),
        QT_TRANSLATE_NOOP(
            "Fout", "het bestand is in gebruik door een ander programma; probeer het zo nog eens"
        ),
    ),
    (
        ("readonly", "read-only"),
        QT_TRANSLATE_NOOP("Fout", "het bestand is alleen-lezen; er kan niets worden opgeslagen"),
    ),
    (
        ("full",),
        QT_TRANSLATE_NOOP("Fout", "de schijf is vol; maak ruimte vrij en probeer het opnieuw"),
    ),
)


def file_error(template: str, exc: OSError | sqlite3.Error, **values: Any) -> StoreError:
    """A file that could not be made or written as a ``StoreError``: ``template`` gets why as
    ``{reason}`` (the system's words for an ``OSError``, SQLite's otherwise)."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return StoreError(template, **values, reason=reason)


def describe_database_error(exc: sqlite3.DatabaseError) -> str:
    """A Dutch sentence for what SQLite says about a file, with advice where there is some."""
    return str(database_error(exc))
