"""Door cards ("Sorry, we hebben u gemist"): four A6 cards per A4 sheet with cut marks.

Each card carries the project's message, the next activity, the team's contact and, when the user
gives a link or a phone number, a QR code (segno) that opens it. Cards printed for named
households say which door they are for in small print at the bottom, so the connector drops the
right card; blank cards leave that line empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...errors import QT_TRANSLATE_NOOP, UserError
from .common import (
    ACCENT,
    ACCENT_SOFT,
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
    no_progress,
    register_fonts,
    safe_text,
    width,
    wrap,
)

PAGE_W, PAGE_H = A4
CARD_W, CARD_H = PAGE_W / 2, PAGE_H / 2
PAD = 12 * MM
MAX_LINK = 400


@dataclass(frozen=True)
class DoorCardInfo:
    project: str
    message: str
    contact: str = ""
    next_activity: str = ""  # "Warmtescan-avond · donderdag 26 november 2026, 19:30 · Buurthuis"
    qr_data: str = ""  # an URL or "tel:+31..."
    qr_caption: str = ""


def qr_for_link(link: str) -> str:
    text = link.strip()
    if not text or any(ch.isspace() for ch in text) or len(text) > MAX_LINK:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", '"{link}" is geen bruikbare link (zonder spaties, hoogstens {max_link})'
            ),
            link=link,
            max_link=MAX_LINK,
        )
    if not re.match(r"^[a-z][a-z0-9+.-]*:", text, re.I):
        text = "https://" + text
    return text


def qr_for_phone(phone: str) -> str:
    digits = re.sub(r"[\s\-().]", "", phone.strip())
    if not re.fullmatch(r"\+?\d{6,15}", digits):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", '"{phone}" is geen telefoonnummer (alleen cijfers, spaties en +)'
            ),
            phone=phone,
        )
    if digits.startswith("0") and not digits.startswith("00"):
        digits = "+31" + digits[1:]
    return f"tel:{digits}"


def write_doorcards(
    target: str | Path,
    info: DoorCardInfo,
    addresses: Sequence[str] = (),
    *,
    sheets: int = 1,
    progress: ProgressFn = no_progress,
) -> int:
    """Write door cards: one per address, or ``sheets`` sheets of blank cards. Returns pages."""
    register_fonts()
    if sheets < 1 or sheets > 500:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "kies 1 tot 500 vellen deurkaarten, niet {sheets}"),
            sheets=sheets,
        )
    cards: list[str] = list(addresses) if addresses else [""] * (4 * sheets)
    qr = segno.make(info.qr_data, error="m") if info.qr_data else None
    pages = (len(cards) + 3) // 4
    with atomic_pdf(target) as temp:
        c = Canvas(str(temp), pagesize=A4, pageCompression=1)
        c.setTitle(f"Deurkaarten {info.project}")
        c.setAuthor("BuurtDesk")
        for page in range(pages):
            for slot, address in enumerate(cards[page * 4 : page * 4 + 4]):
                x = (slot % 2) * CARD_W
                y = PAGE_H - (slot // 2 + 1) * CARD_H
                _card(c, x, y, info, address, qr)
            _cut_marks(c)
            c.showPage()
            if not progress(page + 1, pages):
                raise ExportCancelled
        c.save()
    return pages


def _cut_marks(c: Canvas) -> None:
    """Marks where the sheet is cut in four: ticks on the edges and a cross in the middle."""
    c.setStrokeColor(INK)
    c.setLineWidth(0.5)
    mx, my = PAGE_W / 2, PAGE_H / 2
    near, far = 4 * MM, 10 * MM
    c.line(mx, PAGE_H - near, mx, PAGE_H - far)
    c.line(mx, near, mx, far)
    c.line(near, my, far, my)
    c.line(PAGE_W - near, my, PAGE_W - far, my)
    c.line(mx - 5 * MM, my, mx + 5 * MM, my)
    c.line(mx, my - 5 * MM, mx, my + 5 * MM)
    c.setStrokeColor(RULE)
    c.setDash(2, 4)
    c.line(mx, far + 2 * MM, mx, my - 7 * MM)
    c.line(mx, my + 7 * MM, mx, PAGE_H - far - 2 * MM)
    c.line(far + 2 * MM, my, mx - 7 * MM, my)
    c.line(mx + 7 * MM, my, PAGE_W - far - 2 * MM, my)
    c.setDash()


def _draw_qr(c: Canvas, qr: segno.QRCode, x: float, y: float, size: float) -> None:
    """The QR code as filled squares (runs merged per row), with its quiet zone left white."""
    matrix = [list(row) for row in qr.matrix]
    modules = len(matrix)
    cell = size / modules
    c.setFillColor(INK)
    for r, row in enumerate(matrix):
        col = 0
        while col < modules:
            if row[col] & 1:
                start = col
                while col < modules and row[col] & 1:
                    col += 1
                c.rect(
                    x + start * cell,
                    y + size - (r + 1) * cell,
                    (col - start) * cell + 0.05,
                    cell + 0.05,
                    stroke=0,
                    fill=1,
                )
            else:
                col += 1


def _card(
    c: Canvas, x: float, y: float, info: DoorCardInfo, address: str, qr: segno.QRCode | None
) -> None:
    left = x + PAD
    inner = CARD_W - 2 * PAD
    top = y + CARD_H - PAD
    # heading band
    c.setFillColor(ACCENT)
    c.roundRect(left, top - 50, inner, 50, 6, stroke=0, fill=1)
    c.setFillColor(ACCENT_SOFT)
    c.setFont(BOLD, 17)
    c.drawString(left + 12, top - 24, "Sorry,")
    c.drawString(left + 12, top - 43, "we hebben u gemist")
    ty = top - 72
    c.setFillColor(INK)
    c.setFont(FONT, 10)
    c.drawString(left, ty, "We kwamen langs op")
    c.setStrokeColor(RULE)
    c.setDash(1, 2)
    c.line(left + width("We kwamen langs op ", FONT, 10), ty - 2, left + inner, ty - 2)
    ty -= 18
    c.drawString(left, ty, "namens")
    c.setFont(BOLD, 10)
    label = width("namens ", FONT, 10)
    c.drawString(left + label, ty, fit(safe_text(info.project), BOLD, 10, inner - label))
    c.setDash()
    ty -= 24
    c.setFont(FONT, 11)
    for line in wrap(safe_text(info.message.strip()), FONT, 11, inner, 6):
        c.drawString(left, ty, line)
        ty -= 15
    ty -= 8
    if info.next_activity:
        parts = [p.strip() for p in info.next_activity.split(" · ") if p.strip()]
        act_lines = [
            (line, i == 0)
            for i, part in enumerate(parts)
            for line in wrap(safe_text(part), BOLD if i == 0 else FONT, 10, inner - 16, 2)
        ][:4]
        box_h = 24 + 13 * len(act_lines)
        c.setFillColor(ACCENT_SOFT)
        c.roundRect(left, ty - box_h + 12, inner, box_h, 5, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 10)
        c.drawString(left + 8, ty - 2, "KOM OOK")
        c.setFillColor(INK)
        c.setFont(FONT, 10)
        ly = ty - 16
        for line, bold in act_lines:
            c.setFont(BOLD if bold else FONT, 10)
            c.drawString(left + 8, ly, line)
            ly -= 13
        ty -= box_h + 8
    # bottom: contact (and QR)
    bottom = y + PAD
    qr_size = 74.0 if qr is not None else 0.0
    text_w = inner - (qr_size + 10 if qr is not None else 0)
    if qr is not None:
        _draw_qr(c, qr, left + inner - qr_size, bottom + 14, qr_size)
        c.setFont(FONT, 10)
        c.setFillColor(MUTED)
        caption = fit(safe_text(info.qr_caption or "scan mij"), FONT, 10, qr_size + 10)
        c.drawCentredString(left + inner - qr_size / 2, bottom + 2, caption)
    cy = bottom + 14 + max(qr_size, 40) - 10
    if info.contact:
        c.setFillColor(ACCENT)
        c.setFont(BOLD, 10)
        c.drawString(left, cy, "VRAGEN?")
        c.setFillColor(INK)
        c.setFont(FONT, 10)
        cy -= 14
        contact_lines = [
            line
            for part in info.contact.split(" · ")
            for line in wrap(safe_text(part.strip()), FONT, 10, text_w, 2)
        ]
        for line in contact_lines[:4]:
            c.drawString(left, cy, line)
            cy -= 13
    if address:
        c.setFont(FONT, 10)
        c.setFillColor(MUTED)
        c.drawString(left, bottom + 2, fit(safe_text(f"voor: {address}"), FONT, 10, text_w))
