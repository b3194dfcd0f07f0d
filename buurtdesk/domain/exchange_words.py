"""What each synchronised table is called for a user, one and several ("1 bezoek", "3 bezoeken"):
the exchange reports of the window (translated) and the command line (Dutch) both use these."""

from __future__ import annotations

from ..errors import QT_TRANSLATE_NOOP

TABLE_WORDS: dict[str, tuple[str, str]] = {
    "neighbourhood": (
        QT_TRANSLATE_NOOP("Exchange", "buurt"),
        QT_TRANSLATE_NOOP("Exchange", "buurt"),
    ),
    "streets": (QT_TRANSLATE_NOOP("Exchange", "straat"), QT_TRANSLATE_NOOP("Exchange", "straten")),
    "households": (
        QT_TRANSLATE_NOOP("Exchange", "huishouden"),
        QT_TRANSLATE_NOOP("Exchange", "huishoudens"),
    ),
    "projects": (
        QT_TRANSLATE_NOOP("Exchange", "project"),
        QT_TRANSLATE_NOOP("Exchange", "projecten"),
    ),
    "members": (
        QT_TRANSLATE_NOOP("Exchange", "teamlid"),
        QT_TRANSLATE_NOOP("Exchange", "teamleden"),
    ),
    "member_roles": (QT_TRANSLATE_NOOP("Exchange", "rol"), QT_TRANSLATE_NOOP("Exchange", "rollen")),
    "street_assignments": (
        QT_TRANSLATE_NOOP("Exchange", "straattoewijzing"),
        QT_TRANSLATE_NOOP("Exchange", "straattoewijzingen"),
    ),
    "initiators": (
        QT_TRANSLATE_NOOP("Exchange", "initiatiefnemer"),
        QT_TRANSLATE_NOOP("Exchange", "initiatiefnemers"),
    ),
    "plan_tasks": (QT_TRANSLATE_NOOP("Exchange", "taak"), QT_TRANSLATE_NOOP("Exchange", "taken")),
    "activities": (
        QT_TRANSLATE_NOOP("Exchange", "activiteit"),
        QT_TRANSLATE_NOOP("Exchange", "activiteiten"),
    ),
    "activity_signups": (
        QT_TRANSLATE_NOOP("Exchange", "aanmelding"),
        QT_TRANSLATE_NOOP("Exchange", "aanmeldingen"),
    ),
    "visits": (QT_TRANSLATE_NOOP("Exchange", "bezoek"), QT_TRANSLATE_NOOP("Exchange", "bezoeken")),
    "visit_events": (
        QT_TRANSLATE_NOOP("Exchange", "keer ongedaan/opnieuw"),
        QT_TRANSLATE_NOOP("Exchange", "keer ongedaan/opnieuw"),
    ),
    "questions": (
        QT_TRANSLATE_NOOP("Exchange", "deurvraag"),
        QT_TRANSLATE_NOOP("Exchange", "deurvragen"),
    ),
    "answers": (
        QT_TRANSLATE_NOOP("Exchange", "antwoord"),
        QT_TRANSLATE_NOOP("Exchange", "antwoorden"),
    ),
    "note_corrections": (
        QT_TRANSLATE_NOOP("Exchange", "verbeterde notitie"),
        QT_TRANSLATE_NOOP("Exchange", "verbeterde notities"),
    ),
    "erasures": (
        QT_TRANSLATE_NOOP("Exchange", "wissing"),
        QT_TRANSLATE_NOOP("Exchange", "wissingen"),
    ),
    "closed_projects": (
        QT_TRANSLATE_NOOP("Exchange", "afgesloten project"),
        QT_TRANSLATE_NOOP("Exchange", "afgesloten projecten"),
    ),
    "printed_lists": (
        QT_TRANSLATE_NOOP("Exchange", "gedrukte looplijst"),
        QT_TRANSLATE_NOOP("Exchange", "gedrukte looplijsten"),
    ),
    "followups_done": (
        QT_TRANSLATE_NOOP("Exchange", "afgehandelde opvolging"),
        QT_TRANSLATE_NOOP("Exchange", "afgehandelde opvolgingen"),
    ),
    "ideas": (QT_TRANSLATE_NOOP("Exchange", "idee"), QT_TRANSLATE_NOOP("Exchange", "ideeën")),
}
