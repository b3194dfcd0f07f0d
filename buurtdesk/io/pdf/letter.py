"""The neighbourhood letter and invitation: one page per household, from an editable template.

Templates are plain UTF-8 text files in ``resources/templates/`` (``brief.txt``,
``uitnodiging.txt``; a user may add their own). Placeholders are ``$naam`` or ``${naam}`` as in
Python's ``string.Template``; ``$$`` is a dollar sign. A first line ``Onderwerp: ...`` becomes the
subject in bold; blank lines separate paragraphs. A placeholder the letter does not know is an
error naming the file, the line and the known fields, before anything is written.

The address block sits where a Dutch window envelope (EA5/6, 220 x 110 mm, window 40 x 100 mm at
20 mm from the left and 15 mm from the bottom) shows it when A4 is folded in three: 22 mm from
the left edge, from 55 mm below the top edge.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...errors import QT_TRANSLATE_NOOP, UserError
from ...paths import resource
from .common import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MM,
    MUTED,
    RULE,
    ExportCancelled,
    ProgressFn,
    atomic_pdf,
    fit,
    gc_paused,
    no_progress,
    register_fonts,
    safe_text,
    wrap,
)

PAGE_W, PAGE_H = A4
LEFT = 22 * MM
RIGHT = PAGE_W - 20 * MM
ADDRESS_TOP = PAGE_H - 55 * MM
ADDRESS_W = 85 * MM
BODY_SIZE = 11.0
LEADING = 15.5

FIELDS: dict[str, str] = {
    "project": "naam van het project",
    "thema": "het thema (bijv. Energie besparen thuis)",
    "boodschap": "de kernboodschap",
    "activiteit": "de volgende activiteit",
    "activiteit_datum": "datum en tijd van de volgende activiteit",
    "activiteit_plaats": "plaats van de volgende activiteit",
    "contact": "contact van het team",
    "team": "namen van het team (alleen wie toestemming gaf), anders 'het buurtteam'",
    "buurt": "naam van de buurt",
    "straat": "de straat van de geadresseerde",
    "adres": "het adres van de geadresseerde",
    "datum": "de datum van vandaag",
    "doel": "het doel in procenten",
}


@dataclass(frozen=True)
class Addressee:
    street_line: str  # "Lindelaan 14-2"
    postcode_place: str  # "3581 AB  Utrecht"
    street: str


@dataclass(frozen=True)
class LetterTemplate:
    name: str
    path: Path
    text: str


def template_dir() -> Path:
    return resource("templates")


def list_templates() -> list[str]:
    folder = template_dir()
    return sorted(p.stem for p in folder.glob("*.txt")) if folder.is_dir() else []


def load_template(name_or_path: str | Path) -> LetterTemplate:
    """A template by name (``brief``) from resources/templates, or by path to a .txt file."""
    candidate = Path(name_or_path)
    if candidate.suffix.lower() != ".txt" or not candidate.exists():
        candidate = template_dir() / f"{Path(name_or_path).stem}.txt"
    if not candidate.is_file():
        known = ", ".join(list_templates()) or "(geen)"
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", 'sjabloon "{name_or_path}" bestaat niet; kies uit: {known}'),
            name_or_path=name_or_path,
            known=known,
        )
    try:
        text = candidate.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het sjabloon is geen UTF-8-tekst; sla het op als UTF-8"),
            candidate,
        ) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "kan het sjabloon niet lezen ({strerror})"),
            candidate,
            strerror=exc.strerror or exc,
        ) from None
    check_template(text, candidate)
    return LetterTemplate(candidate.stem, candidate, text)


def check_template(text: str, path: Path | None = None) -> None:
    """Every placeholder must be a known field; the message names the line and the fields."""
    pattern = string.Template.pattern
    for match in pattern.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        name = match.group("named") or match.group("braced")
        if match.group("invalid") is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "een $ zonder veldnaam; schrijf $$ voor een dollarteken of $naam voor een veld",
                ),
                path,
                line,
            )
        if name is not None and name not in FIELDS:
            known = ", ".join(f"${f}" for f in FIELDS)
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "onbekend veld ${name}; bekende velden: {known}"),
                path,
                line,
                name=name,
                known=known,
            )


def fill(template: LetterTemplate, values: Mapping[str, str]) -> str:
    return string.Template(template.text).substitute({k: values.get(k, "") for k in FIELDS})


def write_letters(
    target: str | Path,
    template: LetterTemplate,
    common: Mapping[str, str],
    addressees: Sequence[Addressee],
    *,
    sender: Sequence[str] = (),
    progress: ProgressFn = no_progress,
) -> int:
    """One page per addressee; returns the number of pages."""
    if not addressees:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "geen huishoudens in deze keuze; er is geen brief om te maken"
            )
        )
    register_fonts()
    # fill and lay out the first letter before writing anything: a letter that does not fit on
    # one page is the template's problem and is said once, not discovered on page 300
    _layout(fill(template, {**common, **_fields(addressees[0])}), template)
    total = len(addressees)
    with atomic_pdf(target) as temp, gc_paused():
        c = Canvas(str(temp), pagesize=A4, pageCompression=1)
        c.setTitle(f"Brief {common.get('project', '')}")
        c.setAuthor("BuurtDesk")
        # Most letters are the same apart from the address: each different text is drawn once
        # into a form and placed on every page that has it (a tenth of the work for a city).
        forms: dict[str, str] = {}
        for index, who in enumerate(addressees, start=1):
            text = fill(template, {**common, **_fields(who)})
            form = forms.get(text)
            if form is None:
                form = forms[text] = f"letter-{len(forms)}"
                c.beginForm(form)
                _letter_body(c, _layout(text, template), sender, common.get("datum", ""))
                c.endForm()
            c.doForm(form)
            _address_block(c, who)
            c.showPage()
            if not progress(index, total):
                raise ExportCancelled
        c.save()
    return total


def _fields(who: Addressee) -> dict[str, str]:
    return {"straat": who.street, "adres": who.street_line}


BODY_TOP = ADDRESS_TOP - 40 * MM
BODY_BOTTOM = 28 * MM


def _layout(text: str, template: LetterTemplate) -> tuple[str, list[tuple[str, bool]]]:
    """(subject, [(line, starts_paragraph)]); raises when the letter is longer than a page."""
    lines = text.replace("\r\n", "\n").split("\n")
    subject = ""
    if lines and lines[0].lower().startswith("onderwerp:"):
        subject = lines[0].split(":", 1)[1].strip()
        lines = lines[1:]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    out: list[tuple[str, bool]] = []
    for paragraph in paragraphs:
        # a line break inside a paragraph stays ("Wanneer: ...", "Waar: ..." under each other)
        wrapped = [
            line
            for source in paragraph.split("\n")
            for line in wrap(safe_text(source), FONT, BODY_SIZE, RIGHT - LEFT)
        ]
        for i, line in enumerate(wrapped):
            out.append((line, i == 0 and bool(out)))
    height = len(out) * LEADING + sum(8 for _, gap in out if gap)
    room = BODY_TOP - (24 if subject else 0) - BODY_BOTTOM
    if height > room:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "de brief past niet op één pagina ({n_out} regels); maak de tekst korter"
            ),
            template.path,
            n_out=len(out),
        )
    return subject, out


def _address_block(c: Canvas, who: Addressee) -> None:
    """The addressee where the window of the envelope shows it."""
    c.setFillColor(INK)
    y = ADDRESS_TOP - 11
    for line in ("Aan de bewoners van", who.street_line, who.postcode_place):
        if not line.strip():
            continue
        c.setFont(FONT, 11)
        c.drawString(LEFT, y, fit(safe_text(line), FONT, 11, ADDRESS_W))
        y -= 15


def _letter_body(
    c: Canvas,
    layout: tuple[str, list[tuple[str, bool]]],
    sender: Sequence[str],
    today: str,
) -> None:
    """Everything on the page but the address."""
    subject, lines = layout
    # sender, top right
    c.setFillColor(ACCENT)
    c.rect(0, PAGE_H - 8 * MM, PAGE_W, 8 * MM, stroke=0, fill=1)
    y = PAGE_H - 22 * MM
    sender_lines = [part.strip() for line in sender for part in line.split(" · ") if part.strip()]
    wrapped = [
        (text, i == 0)
        for i, line in enumerate(sender_lines)
        for text in wrap(safe_text(line), BOLD if i == 0 else FONT, 10, 80 * MM, 2)
    ]
    for text, first in wrapped[:7]:
        c.setFont(BOLD if first else FONT, 10)
        c.setFillColor(INK if first else MUTED)
        c.drawRightString(RIGHT, y, text)
        y -= 13
    # date and subject
    y = BODY_TOP + 11 * MM
    c.setFont(FONT, 10)
    c.setFillColor(MUTED)
    if today:
        c.drawString(LEFT, y, safe_text(today))
    y = BODY_TOP
    if subject:
        c.setFillColor(INK)
        c.setFont(BOLD, 13)
        c.drawString(LEFT, y, fit(safe_text(subject), BOLD, 13, RIGHT - LEFT))
        y -= 24
    c.setFillColor(INK)
    c.setFont(FONT, BODY_SIZE)
    for line, gap in lines:
        if gap:
            y -= 8
        c.drawString(LEFT, y, line)
        y -= LEADING
    # fold marks (A4 in three) at the left edge
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    for fold in (PAGE_H - 99 * MM, PAGE_H - 198 * MM):
        c.line(3 * MM, fold, 7 * MM, fold)
    c.setFont(FONT, 10)
    c.setFillColor(MUTED)
    foot = "Deze brief is gemaakt met BuurtDesk door uw buren. Geen bezoek meer? Zeg het ons."
    c.drawString(LEFT, 12 * MM, fit(foot, FONT, 10, RIGHT - LEFT))
    c.setStrokeColor(RULE)
    c.line(LEFT, 12 * MM + 14, RIGHT, 12 * MM + 14)
