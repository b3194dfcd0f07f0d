"""Compact walk lists: one line a door, about 35 doors a page, for connectors who prefer fewer
pages than the full list (which gives each door a block of its own: 450 doors take 56 pages).

Page one starts with the message in a small box; every page has the column heads (row number,
address, last outcome, the outcome boxes numbered 1-6 as the check-off keys, a note column) and
the legend of the six numbers, so a loose page can still be typed back (``12 3``). Rows are
grouped per street and side in walking order, numbered exactly as the full list numbers them
(:func:`~buurtdesk.domain.walklist.number_rows`); a do-not-visit row stays (the numbers must
match) but is struck through. The door questions' columns (issue 12, headed by their short keys)
take their width from the note column: :func:`_columns` is the one place that lays them out.

Like the full list, what is the same on every row (rule, number frame, six boxes, the dotted
write-on line) is drawn once into a PDF form and placed per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...domain.outcomes import Status
from ...domain.walklist import OUTCOME_BOXES, WalkEntry, WalkRow, list_id, number_rows, sections
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
    width,
    wrap,
)
from .walklist import TODO_TEXT, WalkListInfo, _subtitle
from .walklist_questions import (
    HOW,
    MAX_COLUMNS,
    QuestionColumns,
    draw_boxes,
    draw_heads,
    question_columns,
)

PAGE_W, PAGE_H = A4
MARGIN = 12 * MM
CONTENT_W = PAGE_W - 2 * MARGIN
TOP = PAGE_H - MARGIN - HEADER_HEIGHT - 6
BOTTOM = MARGIN + FOOTER_HEIGHT + 6

ROW_H = 18.0
SECTION_H = 20.0
HEAD_H = 30.0  # column heads and the legend line, on every page
INTRO_MAX_LINES = 2  # the message on page one

BOX = 9.0
BOX_COL = 19.0
QUESTION_MOST = 50.0  # a question column's width at most (its key shortened with …)
QUESTION_ROOM = 165.0  # what the question columns may take together (a note column stays)


@dataclass(frozen=True)
class Columns:
    number: float  # x of the row-number frame
    number_w: float
    address: float
    address_w: float
    last: float
    last_w: float
    boxes: float  # x of the first outcome box column (each BOX_COL wide)
    note: float
    note_w: float
    questions: QuestionColumns


def _columns(shorts: Sequence[str] = ()) -> Columns:
    """Where each column goes; the question columns sit between the boxes and the note, and with
    questions the address and last-outcome columns give up some of their room."""
    most = min(QUESTION_MOST, QUESTION_ROOM / max(1, min(len(shorts), MAX_COLUMNS)) - 2)
    questions = question_columns(shorts, 0, size=7, box=BOX, gap=2, most=most)
    squeeze = min(1.0, questions.total / 160)  # four long keys take all there is to give
    number_w = 26.0
    address = MARGIN + number_w + 6
    address_w = 150.0 - 40 * squeeze
    last = address + address_w + 6
    last_w = 92.0 - 30 * squeeze
    boxes = last + last_w + 4
    after = boxes + BOX_COL * len(OUTCOME_BOXES) + 2
    questions = question_columns(shorts, after + questions.total, size=7, box=BOX, gap=2, most=most)
    note = after + questions.total + 4
    return Columns(
        MARGIN, number_w, address, address_w, last, last_w, boxes, note, PAGE_W - MARGIN - note,
        questions,
    )  # fmt: skip


LEGEND = "   ".join(f"{o.key} {o.dutch}" for o in OUTCOME_BOXES)


@dataclass
class _Line:
    kind: str  # section, row
    row: WalkRow | None = None
    title: str = ""
    detail: str = ""


def layout(rows: Sequence[WalkRow], intro_lines: int, todo: bool = False) -> list[list[_Line]]:
    """Split the rows over pages: a street's heading never ends a page on its own and comes
    back (vervolg) on the next page."""
    first_room = TOP - BOTTOM - HEAD_H - _intro_height(intro_lines, todo)
    room = TOP - BOTTOM - HEAD_H
    pages: list[list[_Line]] = [[]]
    used = 0.0
    limit = first_room
    for section in sections(rows):
        size = len(section.rows)
        detail = f"{section.range_text} · {size} adres{'sen' if size != 1 else ''}"
        title = safe_text(section.title)
        for index, row in enumerate(section.rows):
            need = [_Line("row", row)]
            if index == 0:
                need.insert(0, _Line("section", title=title, detail=detail))
            height = sum(SECTION_H if n.kind == "section" else ROW_H for n in need)
            if used + height > limit and pages[-1]:
                pages.append([])
                used, limit = 0.0, room
                if index:
                    pages[-1].append(_Line("section", title=title + " (vervolg)", detail=detail))
                    used += SECTION_H
            pages[-1].extend(need)
            used += height
    return pages


def _intro_height(lines: int, todo: bool) -> float:
    return 18.0 + (16.0 if todo else 0.0) + (10.0 + 13.0 * lines if lines else 0.0) + 8.0


def write_compact_walklist(
    target: str | Path,
    entries: Sequence[WalkEntry],
    info: WalkListInfo,
    progress: ProgressFn = no_progress,
) -> int:
    """Write the compact walk list to ``target``; returns the number of pages."""
    if not entries:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "geen huishoudens in deze keuze; kies een straat of een verbinder met straten",
            )
        )
    register_fonts()
    rows = number_rows(entries)
    message = safe_text(" ".join(info.message.split()))
    intro = wrap(message, FONT, 10, CONTENT_W - 20, INTRO_MAX_LINES) if message else []
    pages = layout(rows, len(intro), info.todo)
    total = len(pages)
    ident = list_id([e.household_id for e in entries], info.made_on)
    who = f"{info.title} voor {info.connector}" if info.connector else info.title
    subtitle = _subtitle(info)
    with atomic_pdf(target) as temp, gc_paused():
        canvas = Canvas(str(temp), pagesize=A4, pageCompression=1)
        canvas.setTitle(f"{info.title} {info.project}")
        canvas.setAuthor("BuurtDesk")
        canvas.setSubject(CONFIDENTIAL)
        cols = _columns([short for short, _text in info.questions])
        _define_forms(canvas, cols)
        for number, lines in enumerate(pages, start=1):
            draw_furniture(
                canvas,
                A4,
                Furniture(f"{who} · compact", subtitle, ident, CONFIDENTIAL),
                number,
                total,
                margin=MARGIN,
            )
            y = TOP
            if number == 1:
                y = _intro(canvas, info, intro, rows, y)
            y = _heads(canvas, y, cols)
            for line in lines:
                if line.kind == "section":
                    _section(canvas, line, y)
                    y -= SECTION_H
                else:
                    assert line.row is not None
                    _row(canvas, line.row, y, cols)
                    y -= ROW_H
            canvas.showPage()
            if not progress(number, total):
                raise ExportCancelled
        canvas.save()
    return total


def _intro(
    c: Canvas, info: WalkListInfo, lines: list[str], rows: Sequence[WalkRow], y: float
) -> float:
    skip = sum(1 for r in rows if r.entry.do_not_visit)
    summary = f"{len(rows)} adressen · rijen 1 tot {len(rows)}"
    if skip:
        summary += f" · {skip} niet aanbellen"
    c.setFont(BOLD, 10)
    c.setFillColor(INK)
    c.drawString(MARGIN, y - 10, fit(summary, BOLD, 10, CONTENT_W))
    y -= 18
    if info.todo:
        c.setFont(FONT, 10)
        c.drawString(MARGIN, y - 8, fit(f"nog te doen: {TODO_TEXT}", FONT, 10, CONTENT_W))
        y -= 16
    if lines:
        box_h = 10.0 + 13.0 * len(lines)
        c.setFillColor(ACCENT_SOFT)
        c.roundRect(MARGIN, y - box_h, CONTENT_W, box_h, 4, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont(FONT, 10)
        ty = y - 13
        for line in lines:
            c.drawString(MARGIN + 10, ty, line)
            ty -= 13
        y -= box_h
    return y - 8


def _heads(c: Canvas, y: float, cols: Columns) -> float:
    c.setFont(BOLD, 8)
    c.setFillColor(MUTED)
    base = y - 10
    c.drawCentredString(cols.number + cols.number_w / 2, base, "rij")
    c.drawString(cols.address, base, "adres")
    c.drawString(cols.last, base, "laatst")
    for index, outcome in enumerate(OUTCOME_BOXES):
        c.drawCentredString(cols.boxes + index * BOX_COL + BOX_COL / 2, base, str(outcome.key))
    c.drawString(cols.note, base, "notitie")
    draw_heads(c, cols.questions, base, 7)
    c.setFont(FONT, 8)
    legend = f"vakjes: {LEGEND}" + (f" · {HOW}" if cols.questions.shorts else "")
    c.drawString(MARGIN, base - 11, fit(legend, FONT, 8, CONTENT_W))
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.line(MARGIN, y - HEAD_H + 4, PAGE_W - MARGIN, y - HEAD_H + 4)
    return y - HEAD_H


def _section(c: Canvas, line: _Line, y: float) -> None:
    c.setFillColor(ACCENT_SOFT)
    c.rect(MARGIN, y - SECTION_H + 3, CONTENT_W, SECTION_H - 4, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(MARGIN, y - SECTION_H + 3, 3, SECTION_H - 4, stroke=0, fill=1)
    c.setFillColor(MUTED)
    c.setFont(FONT, 9)
    c.drawRightString(PAGE_W - MARGIN - 6, y - 13, line.detail)
    detail_w = width(line.detail, FONT, 9) + 12
    c.setFillColor(INK)
    c.setFont(BOLD, 10)
    c.drawString(MARGIN + 8, y - 13, fit(line.title, BOLD, 10, CONTENT_W - detail_w - 12))


ROW_FORM = "compact-row"


def _define_forms(c: Canvas, cols: Columns) -> None:
    c.beginForm(ROW_FORM, lowerx=0, lowery=-ROW_H, upperx=PAGE_W, uppery=1)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, -ROW_H, PAGE_W - MARGIN, -ROW_H)
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.setFillColor(SOFT)
    c.roundRect(cols.number, -ROW_H + 3, cols.number_w, ROW_H - 5, 2, stroke=1, fill=1)
    for index in range(len(OUTCOME_BOXES)):
        x = cols.boxes + index * BOX_COL + (BOX_COL - BOX) / 2
        c.rect(x, -ROW_H + 4.5, BOX, BOX, stroke=1, fill=0)
    draw_boxes(c, cols.questions, -ROW_H + 4.5, BOX, None, 7)
    c.endForm()


def _last(entry: WalkEntry) -> str:
    if entry.status is Status.UNVISITED or entry.last_visit is None:
        return "–"
    return f"{entry.status.dutch} {entry.last_visit:%d-%m}"


def _row(c: Canvas, row: WalkRow, y: float, cols: Columns) -> None:
    entry = row.entry
    base = y - ROW_H + 7
    if entry.do_not_visit:
        c.setFillColor(SOFT)
        c.rect(MARGIN, y - ROW_H + 1, CONTENT_W, ROW_H - 1, stroke=0, fill=1)
    else:
        c.saveState()
        c.translate(0, y)
        c.doForm(ROW_FORM)
        c.restoreState()
    text = str(row.number)
    c.setFont(BOLD, 10 if len(text) <= 4 else 8)
    c.setFillColor(MUTED if entry.do_not_visit else INK)
    c.drawCentredString(cols.number + cols.number_w / 2, base, text)
    if row.door_label:  # several addresses behind one front door
        c.setStrokeColor(ACCENT)
        c.setLineWidth(2)
        c.line(cols.address - 4, y - 2, cols.address - 4, y - ROW_H + 2)
    number = safe_text(entry.house_number)
    c.setFont(BOLD, 10)
    c.setFillColor(STRIKE if entry.do_not_visit else INK)
    c.drawString(cols.address, base, number)
    used = width(number, BOLD, 10) + 5
    street = fit(safe_text(entry.street), FONT, 8, cols.address_w - used)
    c.setFont(FONT, 8)
    c.drawString(cols.address + used, base, street)
    if entry.do_not_visit:
        c.setStrokeColor(INK)
        c.setLineWidth(1.1)
        c.line(cols.address - 1, base + 3, cols.address + used + width(street, FONT, 8), base + 3)
        c.setFont(BOLD, 9)
        c.setFillColor(INK)
        c.drawString(cols.boxes, base, "niet aanbellen")
        return
    c.setFillColor(MUTED)
    c.drawString(cols.last, base, fit(_last(entry), FONT, 8, cols.last_w))
    if entry.note:
        note = fit(safe_text(" ".join(entry.note.split())), FONT, 8, cols.note_w)
        c.setFillColor(INK)
        c.drawString(cols.note, base, note)


__all__ = ["ROW_H", "layout", "write_compact_walklist"]
