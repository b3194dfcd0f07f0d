"""A resident's rights (AVG): see what is kept, and erase it (store/privacy.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.contact import Contact, checked_contact
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import privacy as store_privacy
from ..store.privacy import Erased
from .base import operation


def _missing(household_id: int) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Fout", "huishouden {id} bestaat niet"), id=household_id)


def household_data(db: Database, household_id: int) -> dict[str, Any]:
    data = store_privacy.household_data(db, household_id)
    if data is None:
        raise _missing(household_id)
    return data


def what_goes(db: Database, household_id: int) -> Erased:
    if store_privacy.household_uuid(db, household_id) is None:
        raise _missing(household_id)
    return store_privacy.what_goes(db, household_id)


def erase(db: Database, household_id: int, *, may_visit_again: bool = False) -> Erased:
    """Erase a household's data on request: its visits (with their notes and outcomes), note,
    initiator marks and sign-ups; the address stays, marked "niet aanbellen: op verzoek" unless
    the resident may be visited again. It travels to the other laptops in the next exchange
    file; the undo history is emptied (it could hold the erased notes). Afterwards the WAL is
    checkpointed, so the erased bytes are gone from the file and its WAL (secure_delete is on)."""
    with operation(db, "erase"):
        try:
            gone = store_privacy.erase_household(db, household_id, may_visit_again=may_visit_again)
        except KeyError:
            raise _missing(household_id) from None
    store_privacy.checkpoint(db)
    return gone


def set_contact(
    db: Database,
    household_id: int,
    *,
    phone: str = "",
    email: str = "",
    consent_at: date | None = None,
    purpose: str = "",
) -> Contact:
    """Keep a resident's phone or e-mail, only with the date of consent and its purpose; empty
    fields remove what was kept (consent and purpose with it)."""
    contact = checked_contact(phone, email, consent_at, purpose, date.today())
    with operation(db, "set_contact"):
        if store_privacy.household_uuid(db, household_id) is None:
            raise _missing(household_id)
        store_privacy.set_contact(
            db,
            household_id,
            contact.phone,
            contact.email,
            contact.consent_at.isoformat() if contact.consent_at else None,
            contact.purpose,
        )
    return contact
