"""A printable overview for a resident (AVG art. 15, right of access): everything BuurtDesk keeps
about one household, as :func:`buurtdesk.store.privacy.household_data` returns it — the address,
every visit (date, outcome in Dutch, connector, note), sign-ups, initiator marks, consent and
contact details — on one page where it fits (a long history flows onto a next page).

Answers to door questions have their own section (:func:`_answers`): it prints
``data["answers"]`` when the store provides it (a list of ``{"date", "question", "answer"}``)
and otherwise says that none are kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...domain.outcomes import Outcome
from .common import atomic_pdf, register_fonts
from .privacy_docs import _Writer

TITLE = "Wat het buurtteam over dit adres bewaart"


def _day(iso: str | None) -> str:
    """A date as 8-9-2026 (what a resident reads), or the text as given."""
    if not iso:
        return "-"
    try:
        day = date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return f"{day.day}-{day.month}-{day.year}"


def _outcome(value: str) -> str:
    try:
        return Outcome(value).dutch
    except ValueError:
        return value


def _heading(writer: _Writer, text: str) -> None:
    writer.y -= 2  # a little air above every section
    writer.block("heading", text)


def _answers(writer: _Writer, answers: Sequence[Mapping[str, Any]]) -> None:
    """Door-question answers (a later part of BuurtDesk fills ``data["answers"]``)."""
    _heading(writer, "Antwoorden op vragen aan de deur")
    if not answers:
        writer.block("paragraph", "Er zijn geen antwoorden bewaard.")
        return
    writer.table(
        ("Datum", "Vraag", "Antwoord"),
        [
            (_day(a.get("date")), str(a.get("question", "")), str(a.get("answer", "")))
            for a in answers
        ],
        (0.16, 0.42, 0.42),
    )


def write_household_overview(
    target: str | Path,
    data: Mapping[str, Any],
    *,
    address: str,
    neighbourhood: str,
    contact: str,
    today: date,
) -> int:
    """Write the overview; returns the number of pages."""
    register_fonts()
    with atomic_pdf(target) as temp:
        c = Canvas(str(temp), pagesize=A4, pageCompression=1)
        c.setTitle(f"Gegevens van {address}")
        c.setAuthor("BuurtDesk")
        w = _Writer(c, f"Inzage — {address} — {_day(today.isoformat())}")
        w.block("title", TITLE)
        place = " ".join(x for x in (str(data["postcode"]), str(data["place"])) if x)
        w.lines(f"{address}{', ' + place if place else ''}", "DejaVuSans-Bold", 12, after=3)
        w.block(
            "paragraph",
            f"Dit is alles wat het buurtteam van {neighbourhood} over dit adres bewaart, op "
            f"{_day(today.isoformat())} gemaakt uit het buurtbestand (AVG artikel 15, "
            "inzagerecht). Het staat alleen op de laptops van het team, niet op internet.",
        )
        w.block("gap", "")
        _heading(w, "Het adres")
        dnv = (data["do_not_visit_reason"] or "ja") if data["do_not_visit"] else "nee"
        w.table(
            ("Wat", "Bewaard"),
            [
                ("Bron van het adres", str(data["source"] or "-")),
                ("Notitie bij het adres", str(data["note"] or "-")),
                ("Niet aanbellen", str(dnv)),
                *[("Gegevens gewist op verzoek", _day(day)) for day in data["erased_on"]],
            ],
            (0.3, 0.7),
        )
        _heading(w, "Contactgegevens van de bewoner")
        kept = data["contact"]
        if kept["phone"] or kept["email"]:
            w.table(
                ("Telefoon", "E-mail", "Toestemming gegeven op", "Waarvoor"),
                [
                    (
                        str(kept["phone"] or "-"),
                        str(kept["email"] or "-"),
                        _day(kept["consent_at"]),
                        str(kept["purpose"]),
                    )
                ],
                (0.2, 0.28, 0.2, 0.32),
            )
        else:
            w.block("paragraph", "Er zijn geen telefoonnummer of e-mailadres bewaard.")
        visits = data["visits"]
        _heading(w, f"Bezoeken ({len(visits)})")
        if visits:
            w.table(
                ("Nr", "Datum", "Uitkomst", "Wie", "Notitie"),
                [
                    (
                        str(v.get("number", i)),
                        _day(v["date"]),
                        _outcome(v["outcome"]) + (" (ongedaan)" if v["undone"] else ""),
                        str(v["by"] or "-"),
                        str(v["note"] or ""),
                    )
                    for i, v in enumerate(visits, start=1)
                ],
                (0.06, 0.13, 0.2, 0.2, 0.41),
            )
        else:
            w.block("paragraph", "Er zijn geen bezoeken bewaard.")
        _answers(w, data.get("answers", []))
        _heading(w, "Aanmeldingen en initiatiefnemer")
        rows = [
            (f"Aangemeld voor {s['activity']}", _day(s["date"]), "ja" if s["attended"] else "")
            for s in data["signups"]
        ] + [(f"Initiatiefnemer in {p}", "", "") for p in data["initiator_in"]]
        if rows:
            w.table(("Wat", "Datum", "Aanwezig"), rows, (0.6, 0.2, 0.2))
        else:
            w.block("paragraph", "Geen aanmeldingen, geen initiatiefnemer.")
        w.block("gap", "")
        w.block(
            "paragraph",
            "Klopt er iets niet, of wilt u dat dit gewist wordt? Dat kan (AVG artikel 16 en "
            f"17). Neem contact op met het buurtteam: {contact or 'uw verbinder'}.",
        )
        pages = w.close()
        c.save()
    return pages
