"""The follow-up list on paper: one section per kind (call back, door cards, expert visits), a
line per household with who should do it, the reason, the contact details where a call back
needs them, and a box to tick when done. It holds phone numbers, so every page says it is
confidential, like the walk lists."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...domain.followup import FollowUp, FollowUpKind
from .common import (
    BOLD,
    CONFIDENTIAL,
    FONT,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    INK,
    MM,
    MUTED,
    RULE,
    Furniture,
    atomic_pdf,
    draw_furniture,
    fit,
    register_fonts,
    safe_text,
    short_date,
)

PAGE_W, PAGE_H = A4
MARGIN = 15 * MM
TOP = PAGE_H - MARGIN - HEADER_HEIGHT - 10
BOTTOM = MARGIN + FOOTER_HEIGHT + 8
ROW_H = 17.0
SECTION_H = 28.0
BOX = 9.0

SECTIONS = {
    FollowUpKind.CALL_BACK: "Terugbellen (geïnteresseerd, met toestemming voor contact)",
    FollowUpKind.DOOR_CARD: "Deurkaart achterlaten (twee keer niet thuis)",
    FollowUpKind.EXPERT_VISIT: "Bezoek van een deskundige (gevraagd aan de deur)",
}
# x positions: tick box, address, who, reason, contact
COLUMNS = (0.0, 18.0, 140.0, 235.0, 390.0)
WIDTHS = (18.0, 122.0, 95.0, 155.0, PAGE_W - 2 * MARGIN - 390.0)


def _layout(items: Sequence[FollowUp]) -> list[list[tuple[str, object]]]:
    """Pages of ("section", kind) and ("row", item) in order."""
    pages: list[list[tuple[str, object]]] = [[]]
    y = TOP
    for kind in FollowUpKind:
        rows = [i for i in items if i.kind is kind]
        if not rows:
            continue
        if y - SECTION_H - ROW_H < BOTTOM:
            pages.append([])
            y = TOP
        pages[-1].append(("section", kind))
        y -= SECTION_H
        for row in rows:
            if y - ROW_H < BOTTOM:
                pages.append([("section", kind)])
                y = TOP - SECTION_H
            pages[-1].append(("row", row))
            y -= ROW_H
    return pages


def write_followup(target: str | Path, items: Sequence[FollowUp], project: str, today: date) -> int:
    """Write the list; the number of pages. An empty list prints one page that says so."""
    register_fonts()
    pages = _layout(items)
    open_count = sum(1 for i in items if i.done_on is None)
    with atomic_pdf(target) as temp:
        c = Canvas(str(temp), pagesize=A4, pageCompression=1)
        c.setTitle(f"Opvolglijst {project}")
        c.setAuthor("BuurtDesk")
        for number, page in enumerate(pages, start=1):
            draw_furniture(
                c,
                A4,
                Furniture(
                    f"Opvolglijst · {project}",
                    f"{open_count} nog te doen, {len(items) - open_count} gedaan",
                    short_date(today),
                    CONFIDENTIAL,
                ),
                number,
                len(pages),
                margin=MARGIN,
            )
            y = TOP
            if not items:
                c.setFont(FONT, 11)
                c.setFillColor(MUTED)
                c.drawString(MARGIN, y - 14, "Er is nu niets op te volgen.")
            for what, value in page:
                if what == "section":
                    assert isinstance(value, FollowUpKind)
                    y = _section(c, y, value)
                else:
                    assert isinstance(value, FollowUp)
                    y = _row(c, y, value)
            c.showPage()
        c.save()
    return len(pages)


def _section(c: Canvas, y: float, kind: FollowUpKind) -> float:
    c.setFillColor(INK)
    c.setFont(BOLD, 11)
    c.drawString(MARGIN, y - 14, SECTIONS[kind])
    c.setFont(FONT, 8)
    c.setFillColor(MUTED)
    heads = ("✓", "adres", "wie", "waarom", "contact")
    for x, head in zip(COLUMNS, heads, strict=True):
        c.drawString(MARGIN + x, y - 25, head)
    return y - SECTION_H


def _row(c: Canvas, y: float, item: FollowUp) -> float:
    base = y - 12
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.rect(MARGIN + 2, base - 1, BOX, BOX)
    if item.done_on is not None:
        c.setFont(BOLD, 9)
        c.setFillColor(INK)
        c.drawString(MARGIN + 3.5, base + 0.5, "✓")
    c.setFillColor(INK)
    values = (
        item.address,
        ", ".join(item.who) or "—",
        item.reason,
        item.contact,
    )
    for x, w, text, font in zip(
        COLUMNS[1:], WIDTHS[1:], values, (BOLD, FONT, FONT, FONT), strict=True
    ):
        c.setFont(font, 9)
        c.drawString(MARGIN + x, base, fit(safe_text(text), font, 9, w - 6))
    c.setStrokeColor(RULE)
    c.setLineWidth(0.4)
    c.line(MARGIN, y - ROW_H + 1, PAGE_W - MARGIN, y - ROW_H + 1)
    return y - ROW_H
