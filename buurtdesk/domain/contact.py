"""A resident's contact details, kept only with consent (AVG): a phone number or e-mail address
needs the date the resident agreed and what for (a call back about the heat scan). Without them
nothing is kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import QT_TRANSLATE_NOOP, UserError

MAX_PURPOSE = 200
_PHONE_CHARS = re.compile(r"[0-9 +()\-.]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Contact:
    phone: str
    email: str
    consent_at: date | None
    purpose: str

    @property
    def empty(self) -> bool:
        return not (self.phone or self.email)


def checked_contact(
    phone: str, email: str, consent_at: date | None, purpose: str, today: date
) -> Contact:
    phone, email, purpose = phone.strip(), email.strip(), " ".join(purpose.split())
    if phone:
        digits = sum(ch.isdigit() for ch in phone)
        if not _PHONE_CHARS.fullmatch(phone) or not 6 <= digits <= 15:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", '"{phone}" is geen telefoonnummer'), phone=phone
            )
    if email and (len(email) > 254 or not _EMAIL.fullmatch(email)):
        raise UserError(QT_TRANSLATE_NOOP("Fout", '"{email}" is geen e-mailadres'), email=email)
    if not (phone or email):
        return Contact("", "", None, "")  # nothing to keep: no consent to keep either
    if consent_at is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "telefoon en e-mail van een bewoner worden alleen bewaard met toestemming: geef "
                "de datum van toestemming",
            )
        )
    if consent_at > today:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "datum van toestemming {date} ligt in de toekomst"),
            date=consent_at.isoformat(),
        )
    if not purpose or not purpose.isprintable() or len(purpose) > MAX_PURPOSE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "zeg waarvoor de bewoner toestemming gaf (1 tot {max} gewone tekens), bijv. "
                "'terugbellen over de warmtescan'",
            ),
            max=MAX_PURPOSE,
        )
    return Contact(phone, email, consent_at, purpose)
