"""The cover page of the full walk list: the round at a glance, the message, three talking points,
what to leave behind, a tally box, the door questions and a legend (split from
:mod:`.walklist`, which draws the rows)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...domain.walklist import LEAVE_BEHIND, OUTCOME_BOXES, WalkRow, tally
from .common import (
    ACCENT,
    ACCENT_SOFT,
    BOLD,
    CONFIDENTIAL,
    FONT,
    INK,
    MUTED,
    RULE,
    SOFT,
    Furniture,
    draw_furniture,
    fit,
    safe_text,
    wrap,
)
from .walklist import BOX, CONTENT_W, MARGIN, TODO_TEXT, TOP, WalkListInfo
from .walklist_questions import HOW, legend_lines


def _legend_text(c: Canvas, text: str, x: float, y: float, col_w: float) -> float:
    c.setFillColor(INK)
    c.setFont(FONT, 10)
    for line in wrap(text, FONT, 10, col_w - 34, 2):
        c.drawString(x + 32, y, line)
        y -= 13
    return y


# --- cover ---------------------------------------------------------------------------------------


def _heading(c: Canvas, text: str, y: float) -> float:
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 12)
    c.drawString(MARGIN, y, text.upper())
    return y - 18


def draw_cover(
    c: Canvas,
    rows: Sequence[WalkRow],
    info: WalkListInfo,
    ident: str,
    subtitle: str,
    total: int,
) -> None:
    who = f"{info.title} voor {info.connector}" if info.connector else info.title
    draw_furniture(c, A4, Furniture(who, subtitle, ident, CONFIDENTIAL), 1, total, margin=MARGIN)
    counts = tally(rows)
    y = TOP - 14
    # the round at a glance
    streets: list[str] = []
    for row in rows:
        if row.entry.street not in streets:
            streets.append(row.entry.street)
    c.setFillColor(INK)
    c.setFont(BOLD, 18)
    c.drawString(MARGIN, y - 8, f"{counts.addresses} adressen achter {counts.doors} deuren")
    c.setFont(FONT, 11)
    c.setFillColor(MUTED)
    skip = f" · {counts.do_not_visit} niet aanbellen" if counts.do_not_visit else ""
    street_text = ", ".join(streets)
    lines = wrap(
        safe_text(
            f"{counts.streets} {'straat' if counts.streets == 1 else 'straten'}: {street_text}"
        ),
        FONT,
        11,
        CONTENT_W,
        2,
    )
    y -= 26
    for line in lines:
        c.drawString(MARGIN, y, line)
        y -= 15
    c.drawString(MARGIN, y, f"rijen 1 tot {len(rows)}{skip}")
    if info.todo:
        y -= 15
        c.drawString(MARGIN, y, f"nog te doen: {TODO_TEXT}")
    y -= 26

    # message
    message = safe_text(info.message.strip() or "(het project heeft nog geen kernboodschap)")
    msg_lines = wrap(message, FONT, 12, CONTENT_W - 28, 5)
    box_h = 30 + 16 * len(msg_lines)
    c.setFillColor(ACCENT_SOFT)
    c.roundRect(MARGIN, y - box_h, CONTENT_W, box_h, 6, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 11)
    c.drawString(MARGIN + 14, y - 18, "KERNBOODSCHAP AAN DE DEUR")
    c.setFillColor(INK)
    c.setFont(FONT, 12)
    ty = y - 36
    for line in msg_lines:
        c.drawString(MARGIN + 14, ty, line)
        ty -= 16
    y -= box_h + 22

    # talking points
    y = _heading(c, "Drie gesprekspunten", y)
    for number, point in enumerate(list(info.talking_points)[:3], start=1):
        c.setFillColor(ACCENT)
        c.circle(MARGIN + 8, y + 3.5, 8, stroke=0, fill=1)
        c.setFillColor(ACCENT_SOFT)
        c.setFont(BOLD, 10)
        c.drawCentredString(MARGIN + 8, y, str(number))
        c.setFillColor(INK)
        c.setFont(FONT, 11)
        for line in wrap(safe_text(point), FONT, 11, CONTENT_W - 26, 2):
            c.drawString(MARGIN + 24, y, line)
            y -= 14
        y -= 6
    y -= 8

    # what to leave behind
    y = _heading(c, "Wat laat u achter", y)
    c.setFillColor(INK)
    c.setFont(FONT, 11)
    for text in LEAVE_BEHIND:
        c.drawString(MARGIN + 4, y, "•")
        c.drawString(MARGIN + 18, y, fit(text, FONT, 11, CONTENT_W - 20))
        y -= 16
    y -= 14

    # tally box and legend side by side
    col_w = (CONTENT_W - 16) / 2
    top = y
    y = _heading(c, "Turftabel", top)
    c.setLineWidth(0.7)
    line_h = 27
    c.setFont(FONT, 10)
    c.setFillColor(MUTED)
    c.drawString(MARGIN + 106, y, "streepjes")
    c.drawRightString(MARGIN + col_w - 4, y, "totaal")
    y -= 26
    for outcome in OUTCOME_BOXES:
        c.setStrokeColor(RULE)
        c.rect(MARGIN, y - 10, col_w, line_h, stroke=1, fill=0)
        c.line(MARGIN + 100, y - 10, MARGIN + 100, y - 10 + line_h)
        c.line(MARGIN + col_w - 40, y - 10, MARGIN + col_w - 40, y - 10 + line_h)
        c.setFillColor(INK)
        c.setFont(FONT, 10)
        c.drawString(MARGIN + 6, y, outcome.dutch)
        y -= line_h
    y -= 14
    c.setFillColor(INK)
    c.setFont(FONT, 10)
    for label in ("gelopen op", "tijd (van – tot)"):
        c.drawString(MARGIN, y, label)
        c.setStrokeColor(RULE)
        c.setDash(1, 2)
        c.line(MARGIN + 96, y - 2, MARGIN + col_w, y - 2)
        c.setDash()
        y -= 22

    lx = MARGIN + col_w + 16
    y = top
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 12)
    c.drawString(lx, y, "LEGENDA")
    y -= 22
    c.setFillColor(ACCENT_SOFT)
    c.setStrokeColor(INK)
    c.roundRect(lx, y - 6, 24, 18, 3, stroke=1, fill=1)
    c.setFillColor(INK)
    c.setFont(BOLD, 10)
    c.drawCentredString(lx + 12, y - 0.5, "12")
    c.setFont(FONT, 10)
    for line in wrap(
        "rijnummer: typ dit later over in BuurtDesk (invoer per looplijst)", FONT, 10, col_w - 34, 2
    ):
        c.drawString(lx + 32, y, line)
        y -= 13
    y -= 10
    c.setLineWidth(0.9)
    c.rect(lx + 6, y - 1.5, BOX, BOX, stroke=1, fill=0)
    c.line(lx + 7, y + 4, lx + 10, y)
    c.line(lx + 10, y, lx + 16, y + 9)
    for line in wrap(
        "één vakje per deur; bij twijfel schrijft u het op de notitieregel", FONT, 10, col_w - 34, 2
    ):
        c.drawString(lx + 32, y, line)
        y -= 13
    y -= 10
    c.setFillColor(SOFT)
    c.rect(lx, y - 6, 24, 18, stroke=0, fill=1)
    c.setStrokeColor(INK)
    c.setLineWidth(1.4)
    c.line(lx + 2, y + 3, lx + 22, y + 3)
    c.setFillColor(INK)
    for line in wrap(
        "doorgestreept: niet aanbellen (de bewoners willen geen bezoek)", FONT, 10, col_w - 34, 2
    ):
        c.drawString(lx + 32, y, line)
        y -= 13
    y -= 10
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2)
    c.line(lx + 12, y - 6, lx + 12, y + 12)
    for line in wrap(
        "streep links: meerdere adressen achter één voordeur", FONT, 10, col_w - 34, 2
    ):
        c.drawString(lx + 32, y, line)
        y -= 13
    if info.questions:
        y = _questions(c, info, lx, y - 10, col_w)
    if info.contact:
        y -= 10
        c.setFillColor(MUTED)
        for line in wrap(safe_text(f"vragen onderweg: {info.contact}"), FONT, 10, col_w, 2):
            c.drawString(lx, y, line)
            y -= 13


def _questions(c: Canvas, info: WalkListInfo, x: float, y: float, col_w: float) -> float:
    """The door questions: how to fill in their boxes, and each key with its question."""
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 10)
    c.drawString(x, y, "VRAGEN AAN DE DEUR")
    y -= 13
    c.setFillColor(INK)
    c.setFont(FONT, 9)
    for line in wrap(HOW, FONT, 9, col_w, 2):
        c.drawString(x, y, line)
        y -= 12
    for line in legend_lines(info.questions, 9, col_w):
        c.drawString(x, y, line)
        y -= 12
    return y
