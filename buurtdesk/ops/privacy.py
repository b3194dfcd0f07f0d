"""A resident's rights (AVG): see what is kept, and erase it (store/privacy.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..domain.address import HouseNumber, format_address
from ..domain.contact import Contact, checked_contact
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..io.pdf.common import check_target
from ..io.pdf.household_overview import write_household_overview
from ..io.pdf.privacy_docs import statement_text, write_register, write_statement
from ..store import privacy as store_privacy
from ..store.file_copies import database_path
from ..store.printing import format_day, neighbourhood_name
from ..store.privacy import Corrected, Erased
from ..store.projects import Project, current_project, report_min_group
from ..store.visits import MAX_NOTE
from .base import operation


def _missing(household_id: int) -> UserError:
    return UserError(QT_TRANSLATE_NOOP("Fout", "huishouden {id} bestaat niet"), id=household_id)


def household_data(db: Database, household_id: int) -> dict[str, Any]:
    data = store_privacy.household_data(db, household_id)
    if data is None:
        raise _missing(household_id)
    return data


def household_overview(
    db: Database, household_id: int, out: Path, *, today: date, overwrite: bool = False
) -> int:
    """The printable overview for a resident (art. 15) as a PDF; returns the pages. Never over
    the neighbourhood file or its -wal, an existing file only with ``overwrite``."""
    target = check_target(out, overwrite=overwrite, protect=database_path(db))
    data = household_data(db, household_id)
    address = format_address(
        data["street"], HouseNumber(data["number"], data["letter"], data["addition"])
    )
    project = current_project(db)
    return write_household_overview(
        target,
        data,
        address=address,
        neighbourhood=neighbourhood_name(db) or "de buurt",
        contact=project.contact if project else "",
        today=today,
    )


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


def visit_uuid(db: Database, household_id: int, number: int | None) -> str:
    """The visit numbered ``number`` in what is kept of the household (1 = the oldest, as
    ``household show`` numbers them); ``None``: the latest."""
    visits = household_data(db, household_id)["visits"]
    if not visits:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "dit huishouden heeft geen bezoeken"))
    if number is None:
        return str(visits[-1]["uuid"])
    if not 1 <= number <= len(visits):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "bezoek {number} bestaat niet: dit huishouden heeft bezoek 1 tot {count}"
            ),
            number=number,
            count=len(visits),
        )
    return str(visits[number - 1]["uuid"])


def checked_note(text: str) -> str:
    """A corrected note as it will be kept: line breaks and tabs allowed, no other control
    characters, at most MAX_NOTE characters."""
    if any(not ch.isprintable() and ch not in "\n\t" for ch in text):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "de notitie bevat stuurtekens (onzichtbare tekens); typ haar opnieuw"
            )
        )
    text = text.strip()
    if len(text) > MAX_NOTE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "een notitie is hoogstens {max_note} tekens ({n_note} gegeven)"
            ),
            max_note=MAX_NOTE,
            n_note=len(text),
        )
    return text


def correct_note(db: Database, visit_uuid: str, new_text: str) -> Corrected:
    """Correct a visit's note (a typo, or something that should not have been written). The old
    text leaves the file's bytes: the row is rewritten with secure_delete on, the WAL is
    checkpointed, and the undo history (which may hold it) is emptied. Deliberately NOT
    undoable: undo would have to keep the old text. The correction travels to the other laptops
    as an event; the latest correction wins there too, also over an older exchange file or a
    restored backup."""
    text = checked_note(new_text)
    with operation(db, "correct_note"):
        try:
            done = store_privacy.correct_note(db, visit_uuid, text)
        except KeyError:
            raise UserError(QT_TRANSLATE_NOOP("Fout", "dit bezoek bestaat niet (meer)")) from None
    store_privacy.checkpoint(db)
    return done


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


RETENTION = "drie maanden na het einde van het project"


def privacy_statement(
    db: Database, project: Project | None, out: Path, *, today: date, overwrite: bool = False
) -> int:
    """The privacy statement for residents, filled from the project; returns the pages."""
    target = check_target(out, overwrite=overwrite, protect=database_path(db))
    if project is None or not project.contact.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "de privacyverklaring zegt hoe bewoners het team bereiken: geef het project eerst "
                "een contact (project set --contact)",
            )
        )
    values = {
        "buurt": neighbourhood_name(db) or "onze buurt",
        "project": project.title,
        "contact": project.contact,
        "bewaartermijn": "drie maanden",
        "groep": str(report_min_group(db)),
        "datum": format_day(today, weekday=False),
    }
    footer = f"Privacyverklaring — {values['buurt']}"
    return write_statement(target, statement_text(values), footer)


def processing_register(db: Database, out: Path, *, today: date, overwrite: bool = False) -> int:
    """The team's register of processing: what, why, on which ground, who, how long, and how
    much the file holds now."""
    target = check_target(out, overwrite=overwrite, protect=database_path(db))
    n = store_privacy.kept_counts(db)
    team = "het buurtteam"
    rows = [
        ("Adressen (straat, nummer, postcode, plaats, ligging)", "weten welke deuren er zijn",
         "gerechtvaardigd belang; openbare BAG-gegevens", team, "zolang de buurt meedoet",
         f"{n['households']} huishoudens"),
        ("Bezoeken: datum, uitkomst, wie, korte notitie", "wie al gesproken is en wie nog",
         "gerechtvaardigd belang", team, RETENTION,
         f"{n['visits']} bezoeken bij {n['visited']} huishoudens, {n['visit_notes']} met notitie"),
        ("Notitie bij een adres", "praktisch aan de deur", "gerechtvaardigd belang", team,
         RETENTION, f"{n['household_notes']}"),
        ("Niet aanbellen, met reden", "niemand belt nog aan", "wens van de bewoner", team,
         "zolang de bewoner het wil", f"{n['do_not_visit']}"),
        ("Telefoon/e-mail van bewoners", "terugbellen of mailen", "toestemming (datum en doel)",
         team, "tot de bewoner het intrekt, ten hoogste " + RETENTION, f"{n['contacts']}"),
        ("Initiatiefnemers, aanmeldingen", "cijfers en activiteiten", "gerechtvaardigd belang",
         team, RETENTION, f"{n['initiators']} / {n['signups']}"),
        ("Teamleden: naam, rollen; telefoon/e-mail", "samenwerken",
         "toestemming voor telefoon/e-mail", team, "zolang het lid meedoet",
         f"{n['members']} leden, {n['member_contacts']} met contact"),
        ("Register van wissingen (alleen id en datum)", "gewiste gegevens blijven gewist",
         "wettelijke plicht (AVG art. 17)", team, "zolang het bestand bestaat",
         f"{n['erasures']}"),
    ]  # fmt: skip
    buurt = neighbourhood_name(db) or "onze buurt"
    intro = (
        f"Wat het buurtteam van {buurt} bewaart, waarom en hoe lang; gemaakt op "
        f"{format_day(today, weekday=False)} uit het buurtbestand zelf. Alles staat op de "
        "laptops van de teamleden, niet op internet. Aan de gemeente gaan "
        "alleen aantallen, nooit van een "
        f"groep kleiner dan {report_min_group(db)} huishoudens. Reservekopieën: 7 dagelijkse, 4 "
        "wekelijkse en 6 maandelijkse; wissen op verzoek geldt ook na het terugzetten van een "
        "reservekopie."
    )
    return write_register(
        target, f"Verwerkingsregister — {buurt}", intro, rows, f"Verwerkingsregister — {buurt}"
    )
