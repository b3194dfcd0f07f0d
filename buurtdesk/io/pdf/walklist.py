"""Walk lists (looplijsten): what a connector carries to the doors on a clipboard.

A cover page (message, three talking points, what to leave behind, a tally box and a legend), then
the rows: one section per street and side in walking order, apartments under their door, each row
with its number, the house number large, the last outcome, six tick boxes in plain words and a
line to write on. Do-not-visit rows stay in the list (so the numbers match the screen) but are
struck through and say "niet aanbellen".

Drawn straight onto the canvas with a precomputed page layout, so "pagina x van y" is known
before the first page is drawn and 10,000 households print in seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...domain.outcomes import Status
from ...domain.walklist import (
    OUTCOME_BOXES,
    WalkEntry,
    WalkRow,
    list_id,
    number_rows,
    sections,
    side_label,
)
from ...errors import QT_TRANSLATE_NOOP, UserError
from .common import (
    ACCENT,
    ACCENT_SOFT,
    BOLD,
    CONFIDENTIAL,
    FONT,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    INK,
    MM,
    MUTED,
    RULE,
    SOFT,
    STRIKE,
    ExportCancelled,
    Furniture,
    ProgressFn,
    atomic_pdf,
    draw_furniture,
    fit,
    gc_paused,
    no_progress,
    register_fonts,
    safe_text,
    short_date,
    width,
)
from .walklist_questions import draw_boxes, question_columns

PAGE_W, PAGE_H = A4
MARGIN = 15 * MM
CONTENT_W = PAGE_W - 2 * MARGIN
TOP = PAGE_H - MARGIN - HEADER_HEIGHT - 10
BOTTOM = MARGIN + FOOTER_HEIGHT + 8

ROW_H = 70.0
SKIP_ROW_H = 46.0
SECTION_H = 34.0
DOOR_H = 20.0

NUMBER_W = 36.0
ADDRESS_X = MARGIN + NUMBER_W + 10
BOX = 11.0
COL_GAP = 12.0


def _box_columns() -> list[float]:
    """Widths of the three tick-box columns, from the words they hold (keys 1-3 over 4-6)."""
    register_fonts()
    words = [o.dutch for o in OUTCOME_BOXES]
    return [
        BOX + 4 + max(width(words[i], FONT, 10), width(words[i + 3], FONT, 10)) + COL_GAP
        for i in range(3)
    ]


BOX_COLS = _box_columns()
BOXES_X = PAGE_W - MARGIN - sum(BOX_COLS) + COL_GAP
ADDRESS_W = BOXES_X - ADDRESS_X - 10


@dataclass(frozen=True)
class WalkListInfo:
    """What the header and cover say about the list."""

    project: str
    theme: str
    message: str
    connector: str = ""
    talking_points: Sequence[str] = ()
    made_on: date = field(default_factory=date.today)
    contact: str = ""
    todo: bool = False  # only the doors still worth a knock (domain.walklist.still_to_do)
    questions: Sequence[tuple[str, str]] = ()  # the project's door questions: (short key, text)

    @property
    def title(self) -> str:
        return "Looplijst nog te doen" if self.todo else "Looplijst"


@dataclass
class _Item:
    kind: str  # section, door, row
    height: float
    row: WalkRow | None = None
    title: str = ""
    detail: str = ""


def _layout(rows: Sequence[WalkRow]) -> list[list[_Item]]:
    """Split the rows over pages; a section or door heading never ends a page on its own."""
    pages: list[list[_Item]] = [[]]
    room = TOP - BOTTOM
    used = 0.0
    for section in sections(rows):
        size = len(section.rows)
        detail = f"{section.range_text} · {size} adres{'sen' if size != 1 else ''}"
        heading = _Item("section", SECTION_H, title=safe_text(section.title), detail=detail)
        first = True
        for row in section.rows:
            need: list[_Item] = []
            if first:
                need.append(heading)
            if row.first_at_door:
                need.append(
                    _Item("door", DOOR_H, title=f"deur {row.door_label}", detail=f"{row.door_size}")
                )
            need.append(_Item("row", SKIP_ROW_H if row.entry.do_not_visit else ROW_H, row=row))
            height = sum(i.height for i in need)
            if used + height > room and pages[-1]:
                pages.append([])
                used = 0.0
                if not first:  # repeat the heading on the next page
                    cont = _Item(
                        "section",
                        SECTION_H,
                        title=heading.title + " (vervolg)",
                        detail=heading.detail,
                    )
                    pages[-1].append(cont)
                    used += cont.height
                if row.door_label and not row.first_at_door:  # and the door's, mid-door
                    door = _Item(
                        "door",
                        DOOR_H,
                        title=f"deur {row.door_label} (vervolg)",
                        detail=f"{row.door_size}",
                    )
                    pages[-1].append(door)
                    used += door.height
            pages[-1].extend(need)
            used += height
            first = False
    return pages


def write_walklist(
    target: str | Path,
    entries: Sequence[WalkEntry],
    info: WalkListInfo,
    progress: ProgressFn = no_progress,
) -> int:
    """Write the walk list to ``target``; returns the number of pages."""
    if not entries:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "geen huishoudens in deze keuze; kies een straat of een verbinder met straten",
            )
        )
    register_fonts()
    rows = number_rows(entries)
    pages = _layout(rows)
    total = len(pages) + 1
    ident = list_id([e.household_id for e in entries], info.made_on)
    with atomic_pdf(target) as temp, gc_paused():
        canvas = Canvas(str(temp), pagesize=A4, pageCompression=1)
        canvas.setTitle(f"{info.title} {info.project}")
        canvas.setAuthor("BuurtDesk")
        canvas.setSubject(CONFIDENTIAL)
        subtitle = _subtitle(info)
        from .walklist_cover import draw_cover  # the cover reads this module's measures

        note_end = _define_forms(canvas, info)
        draw_cover(canvas, rows, info, ident, subtitle, total)
        canvas.showPage()
        if not progress(1, total):
            raise ExportCancelled
        for number, items in enumerate(pages, start=2):
            streets = _page_streets(items)
            draw_furniture(
                canvas,
                A4,
                Furniture(f"{info.title} · {streets}", subtitle, ident, CONFIDENTIAL),
                number,
                total,
                margin=MARGIN,
            )
            y = TOP
            for item in items:
                _draw_item(canvas, item, y, note_end)
                y -= item.height
            canvas.showPage()
            if not progress(number, total):
                raise ExportCancelled
        canvas.save()
    return total


TODO_TEXT = "alleen nog niet bezocht, niet thuis, gesproken en geïnteresseerd"


def _subtitle(info: WalkListInfo) -> str:
    parts = [info.project]
    if info.theme and info.theme != info.project:
        parts.append(info.theme)
    if info.connector:
        parts.append(f"verbinder: {info.connector}")
    parts.append(short_date(info.made_on))
    return " · ".join(parts)


def _page_streets(items: Sequence[_Item]) -> str:
    names: list[str] = []
    for item in items:
        if item.row is not None and item.row.entry.street not in names:
            names.append(item.row.entry.street)
    if len(names) > 2:
        return f"{names[0]} … {names[-1]}"
    return ", ".join(names)


# --- rows ----------------------------------------------------------------------------------------


def _draw_item(c: Canvas, item: _Item, y: float, note_end: float) -> None:
    if item.kind == "section":
        c.setFillColor(ACCENT_SOFT)
        c.rect(MARGIN, y - SECTION_H + 6, CONTENT_W, SECTION_H - 8, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.rect(MARGIN, y - SECTION_H + 6, 4, SECTION_H - 8, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(BOLD, 13)
        detail_w = width(item.detail, FONT, 10) + 12
        c.drawString(MARGIN + 12, y - 20, fit(item.title, BOLD, 13, CONTENT_W - detail_w - 16))
        c.setFont(FONT, 10)
        c.setFillColor(MUTED)
        c.drawRightString(PAGE_W - MARGIN - 8, y - 20, item.detail)
    elif item.kind == "door":
        c.setFillColor(MUTED)
        c.setFont(BOLD, 10)
        c.drawString(ADDRESS_X, y - 14, item.title.upper())
        c.setFont(FONT, 10)
        label_w = width(item.title.upper(), BOLD, 10)
        c.drawString(ADDRESS_X + label_w + 6, y - 14, f"— {item.detail} adressen achter één deur")
    elif item.row is not None:
        if item.row.entry.do_not_visit:
            _skip_row(c, item.row, y)
        else:
            _row(c, item.row, y, note_end)


def _number_text(c: Canvas, row: WalkRow, y: float, muted: bool = False) -> None:
    text = str(row.number)
    size = 13 if len(text) <= 3 else 11 if len(text) <= 4 else 10  # never below 10 pt
    c.setFont(BOLD, size)
    c.setFillColor(MUTED if muted else INK)
    c.drawCentredString(MARGIN + NUMBER_W / 2, y - 8 - 12 - size * 0.36, text)


def _number_frame(c: Canvas, y: float, muted: bool = False) -> None:
    c.setStrokeColor(MUTED if muted else INK)
    c.setLineWidth(0.9)
    c.setFillColor(SOFT if muted else ACCENT_SOFT)
    c.roundRect(MARGIN, y - 8 - 24, NUMBER_W, 24, 3, stroke=1, fill=1)


def _address(c: Canvas, entry: WalkEntry, y: float, colour: object = INK) -> float:
    """House number large, street small after it; returns the width drawn."""
    number = safe_text(entry.house_number)
    c.setFillColor(colour)
    c.setFont(BOLD, 15)
    c.drawString(ADDRESS_X, y - 22, number)
    used = width(number, BOLD, 15)
    street = fit(safe_text(entry.street), FONT, 10, ADDRESS_W - used - 6)
    c.setFont(FONT, 10)
    c.drawString(ADDRESS_X + used + 6, y - 22, street)
    return used + 6 + width(street, FONT, 10)


def _last_visit(entry: WalkEntry) -> str:
    if entry.status is Status.UNVISITED or entry.last_visit is None:
        return "nog niet bezocht"
    return f"laatst: {entry.status.dutch}, {short_date(entry.last_visit)}"


# What is the same on every row is drawn once into a form and placed per row: the rule above
# the row, the number box, the six tick boxes with their words and the note label (and, for a
# row without a note, the dotted line to write on). A row then costs a handful of strings.
ROW_FORM = "walk-row"
NOTE_FORM = "walk-note-line"
NOTE_Y = -60.0
NOTE_LABEL = "notitie"


def _place(c: Canvas, form: str, y: float) -> None:
    c.saveState()
    c.translate(0, y)
    c.doForm(form)
    c.restoreState()


def _define_forms(c: Canvas, info: WalkListInfo) -> float:
    """The row forms; returns where the note line ends (the question columns come after it)."""
    questions = question_columns(
        [short for short, _text in info.questions], PAGE_W - MARGIN, size=7.5, box=BOX
    )
    note_end = PAGE_W - MARGIN - questions.total - (6 if questions.shorts else 0)
    c.beginForm(ROW_FORM, lowerx=0, lowery=-ROW_H, upperx=PAGE_W, uppery=1)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, 0, PAGE_W - MARGIN, 0)
    _number_frame(c, 0)
    c.setLineWidth(0.9)
    c.setStrokeColor(INK)
    c.setFillColor(INK)
    c.setFont(FONT, 10)
    for index, outcome in enumerate(OUTCOME_BOXES):
        col, line = index % 3, index // 3
        x = BOXES_X + sum(BOX_COLS[:col])
        base = -20 - line * 19
        c.rect(x, base - 1.5, BOX, BOX, stroke=1, fill=0)
        c.drawString(x + BOX + 4, base, outcome.dutch)
    c.setFillColor(MUTED)
    c.drawString(ADDRESS_X, NOTE_Y, NOTE_LABEL)
    draw_boxes(c, questions, NOTE_Y - 5, BOX, NOTE_Y + 9, 7.5)
    c.endForm()
    c.beginForm(NOTE_FORM, lowerx=0, lowery=-ROW_H, upperx=PAGE_W, uppery=0)
    _dotted(c, ADDRESS_X + width(NOTE_LABEL, FONT, 10) + 8, 0, note_end)
    c.endForm()
    return float(note_end)


def _dotted(c: Canvas, start: float, y: float, end: float) -> None:
    c.setStrokeColor(RULE)
    c.setLineWidth(0.7)
    c.setDash(1, 2)
    c.line(start, y + NOTE_Y - 2, end, y + NOTE_Y - 2)
    c.setDash()


def _row(c: Canvas, row: WalkRow, y: float, note_end: float) -> None:
    entry = row.entry
    _place(c, ROW_FORM, y)
    if row.door_label:
        c.setStrokeColor(ACCENT)
        c.setLineWidth(2)
        c.line(MARGIN - 6, y - 4, MARGIN - 6, y - ROW_H + 4)
    _number_text(c, row, y)
    _address(c, entry, y)
    c.setFont(FONT, 10)
    c.setFillColor(MUTED)
    c.drawString(ADDRESS_X, y - 37, fit(_last_visit(entry), FONT, 10, ADDRESS_W))
    if not entry.note:
        _place(c, NOTE_FORM, y)
        return
    start = ADDRESS_X + width(NOTE_LABEL, FONT, 10) + 8
    note = fit(safe_text(" ".join(entry.note.split())), FONT, 10, note_end - start)
    c.setFillColor(INK)
    c.drawString(start, y + NOTE_Y, note)
    start += width(note, FONT, 10) + 8
    if start < note_end - 20:
        _dotted(c, start, y, note_end)


def _skip_row(c: Canvas, row: WalkRow, y: float) -> None:
    c.setFillColor(SOFT)
    c.rect(MARGIN, y - SKIP_ROW_H + 4, CONTENT_W, SKIP_ROW_H - 4, stroke=0, fill=1)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, y, PAGE_W - MARGIN, y)
    _number_frame(c, y, muted=True)
    _number_text(c, row, y, muted=True)
    drawn = _address(c, row.entry, y, STRIKE)
    c.setStrokeColor(INK)
    c.setLineWidth(1.4)
    c.line(ADDRESS_X - 2, y - 18, ADDRESS_X + drawn + 2, y - 18)
    label = "niet aanbellen"
    c.setFont(BOLD, 12)
    label_w = width(label, BOLD, 12)
    x = BOXES_X
    c.setFillColor(INK)
    c.roundRect(x, y - 30, label_w + 40, 20, 4, stroke=0, fill=1)
    c.setFillColor(SOFT)
    c.setStrokeColor(SOFT)
    c.setLineWidth(2)
    c.line(x + 8, y - 20, x + 20, y - 20)  # a "no entry" bar
    c.drawString(x + 28, y - 24.5, label)


__all__ = ["WalkListInfo", "side_label", "write_walklist"]
