"""The plan on one page: the weeks of the project side by side, one row per role, for the
kitchen table. A4 landscape; the current week is highlighted, milestones stand out, done tasks
are ticked. Cells that hold more than fits say how many more there are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from ...domain.team import Role
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
    SOFT,
    Furniture,
    atomic_pdf,
    draw_furniture,
    register_fonts,
    safe_text,
    wrap,
)
from .common import (
    width as stringwidth,
)

PAGE = landscape(A4)
ROLE_TASK = {  # what each role does, in a word or two: print speaks Dutch only
    Role.EXPERT: "(inhoud)",
    Role.CONNECTOR: "(langs de deuren)",
    Role.ENTREPRENEUR: "(beslissen)",
}

PAGE_W, PAGE_H = PAGE
MARGIN = 12 * MM
LABEL_W = 78.0
SIZE = 10.0
LEADING = 12.0
SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True)
class PlanTask:
    week: int
    role: Role
    title: str
    kind: str  # task, milestone, door_round
    status: str  # open, busy, done


@dataclass(frozen=True)
class PlanInfo:
    project: str
    theme: str
    start: date
    weeks: int
    goal_pct: int
    message: str
    today: date


MARKS = {"done": "✓", "busy": "◐", "open": "○"}


def write_plan(target: str | Path, tasks: Sequence[PlanTask], info: PlanInfo) -> int:
    if not tasks:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "het project heeft nog geen stappenplan; maak het plan eerst (scherm Plan)"
            )
        )
    register_fonts()
    weeks = max(info.weeks, max(t.week for t in tasks))
    current = (info.today - info.start).days // 7 + 1
    with atomic_pdf(target) as temp:
        c = Canvas(str(temp), pagesize=PAGE, pageCompression=1)
        c.setTitle(f"Plan {info.project}")
        c.setAuthor("BuurtDesk")
        draw_furniture(
            c,
            PAGE,
            Furniture(
                f"Stappenplan · {info.project}",
                (
                    f"{info.theme} · "
                    if info.theme.strip().casefold() != info.project.strip().casefold()
                    else ""
                )
                + f"{weeks} weken vanaf {_day(info.start)} · doel: "
                f"{info.goal_pct}% van de huishoudens doet mee",
                f"stand {_day(info.today)}",
                "✓ klaar   ◐ bezig   ○ open   ◆ mijlpaal",
            ),
            1,
            1,
            margin=MARGIN,
        )
        _grid(c, tasks, weeks, current, info.start)
        c.showPage()
        c.save()
    return 1


def _day(day: date) -> str:
    return f"{day.day} {SHORT_MONTHS[day.month - 1]}"


def _lines(task: PlanTask, inner: float, compact: bool = False) -> list[str]:
    """The task's title in lines; one shortened line in a compact (long) plan."""
    font = BOLD if task.kind == "milestone" else FONT
    return wrap(safe_text(task.title), font, SIZE, inner - 30, 1 if compact else 3)


def _grid(c: Canvas, tasks: Sequence[PlanTask], weeks: int, current: int, start: date) -> None:
    """Weeks down the page (a calendar read top to bottom), one column per role."""
    top = PAGE_H - MARGIN - 44
    bottom = MARGIN + 22
    head_h = 26.0
    col_w = (PAGE_W - 2 * MARGIN - LABEL_W) / len(Role)
    x0 = MARGIN + LABEL_W
    cells = {
        (week, role): [t for t in tasks if t.week == week and t.role is role]
        for week in range(1, weeks + 1)
        for role in Role
    }
    room = top - head_h - bottom

    def needs(compact: bool) -> list[float]:
        least = 1.0 if compact else 2.0
        return [
            max(
                least,
                max(
                    sum(len(_lines(t, col_w, compact)) + 0.3 for t in cells[(week, role)])
                    for role in Role
                ),
            )
            for week in range(1, weeks + 1)
        ]

    compact = False
    need = needs(compact)
    if room / sum(need) < LEADING:  # a long plan: one line per task
        compact = True
        need = needs(compact)
    per_line = room / sum(need)
    heights = [n * per_line for n in need]
    if per_line < LEADING:  # still too much: equal rows, cells say what they leave out
        heights = [room / weeks] * weeks
    # role heads
    for index, role in enumerate(Role):
        x = x0 + index * col_w
        c.setFillColor(INK)
        c.setFont(BOLD, 11)
        c.drawString(x + 6, top - 16, role.dutch)
        c.setFont(FONT, 10)
        c.setFillColor(MUTED)
        c.drawString(x + 10 + stringwidth(role.dutch, BOLD, 11), top - 16, ROLE_TASK[role])
    c.setStrokeColor(INK)
    c.setLineWidth(1)
    c.line(MARGIN, top - head_h, PAGE_W - MARGIN, top - head_h)
    y = top - head_h
    for week in range(1, weeks + 1):
        h = heights[week - 1]
        monday = start + timedelta(weeks=week - 1)
        is_now = week == current
        if is_now:
            c.setFillColor(ACCENT_SOFT)
            c.rect(MARGIN, y - h, PAGE_W - 2 * MARGIN, h, stroke=0, fill=1)
        elif week % 2 == 0:
            c.setFillColor(SOFT)
            c.rect(MARGIN, y - h, PAGE_W - 2 * MARGIN, h, stroke=0, fill=1)
        c.setFillColor(ACCENT if is_now else INK)
        when = ("nu · " if is_now else "") + _day(monday)
        if h >= 28:
            c.setFont(BOLD, 11)
            c.drawString(MARGIN + 4, y - 13, f"week {week}")
            c.setFont(FONT, 10)
            c.setFillColor(ACCENT if is_now else MUTED)
            c.drawString(MARGIN + 4, y - 25, when)
        else:  # a long project: one line per week
            c.setFont(BOLD, 10)
            c.drawString(MARGIN + 4, y - 12, f"wk {week}")
            c.setFont(FONT, 10)
            c.setFillColor(ACCENT if is_now else MUTED)
            c.drawString(MARGIN + 8 + stringwidth(f"wk {week}", BOLD, 10), y - 12, _day(monday))
        for index, role in enumerate(Role):
            _cell(c, cells[(week, role)], x0 + index * col_w, y, col_w, h, compact)
        y -= h
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, y, PAGE_W - MARGIN, y)
    c.setStrokeColor(RULE)
    for index in range(len(Role)):
        x = x0 + index * col_w
        c.line(x, bottom, x, top)


def _cell(
    c: Canvas,
    tasks: Sequence[PlanTask],
    x: float,
    top: float,
    col_w: float,
    row_h: float,
    compact: bool = False,
) -> None:
    y = top - (12 if compact else 13)
    floor = top - row_h + 3
    for n, task in enumerate(tasks):
        milestone = task.kind == "milestone"
        lines = _lines(task, col_w, compact)
        left = len(tasks) - n
        if y - LEADING * (len(lines) - 1) < floor + (LEADING if left > 1 else 0):
            c.setFont(FONT, SIZE)
            c.setFillColor(MUTED)
            c.drawString(x + 20, max(y, floor), f"+ nog {left}")
            return
        done = task.status == "done"
        mark = "◆" if milestone else MARKS.get(task.status, "○")
        c.setFillColor(ACCENT if milestone else (MUTED if done else INK))
        c.setFont(FONT, SIZE)
        c.drawString(x + 6, y, mark)
        c.setFont(BOLD if milestone else FONT, SIZE)
        c.setFillColor(MUTED if done and not milestone else INK)
        for i, line in enumerate(lines):
            text = line + ("  ✓" if milestone and done and i == len(lines) - 1 else "")
            c.drawString(x + 20, y, text)
            y -= LEADING
        y -= 1 if compact else 4  # a little air between two tasks
