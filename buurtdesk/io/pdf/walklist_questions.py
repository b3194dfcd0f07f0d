"""The door questions' tick columns on walk lists (issue 12), for the full and the compact layout.

One column per live question of the project, headed by its short key (``warmtescan``); in each
row an empty box: a tick for yes, a dash for no, or the choice written in for a question with
choices (the cover and the column heads say so). Typed back with ``warmtescan=ja``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from .common import BOLD, FONT, INK, MUTED, fit, safe_text, width

MAX_COLUMNS = 6  # more questions than this do not fit a row: the first six are printed
HOW = "vraagvakjes: ✓ = ja, – = nee; bij keuzes: schrijf de keuze"


@dataclass(frozen=True)
class QuestionColumns:
    """Where the question columns go: the left edge of each and its width."""

    shorts: tuple[str, ...]
    xs: tuple[float, ...]
    widths: tuple[float, ...]

    @property
    def total(self) -> float:
        return sum(self.widths)


def question_columns(
    shorts: Sequence[str],
    right: float,
    *,
    size: float,
    box: float,
    gap: float = 4.0,
    most: float = 1000.0,
) -> QuestionColumns:
    """Columns ending at ``right``, each as wide as its heading (``size`` pt, bold) or the box,
    at most ``most`` (a longer heading is shortened with …)."""
    kept = tuple(safe_text(s) for s in shorts[:MAX_COLUMNS])
    widths = tuple(float(min(max(width(s, BOLD, size), box + 6), most)) + gap for s in kept)
    xs: list[float] = []
    x = right - sum(widths)
    for w in widths:
        xs.append(x)
        x += w
    return QuestionColumns(kept, tuple(xs), widths)


def draw_boxes(
    c: Canvas, cols: QuestionColumns, box_y: float, box: float, label_y: float | None, size: float
) -> None:
    """The boxes (and, with ``label_y``, their headings above them) at the given heights."""
    c.setLineWidth(0.8)
    c.setStrokeColor(INK)
    for short, x, w in zip(cols.shorts, cols.xs, cols.widths, strict=True):
        middle = x + w / 2
        c.rect(middle - box / 2, box_y, box, box, stroke=1, fill=0)
        if label_y is not None:
            c.setFont(BOLD, size)
            c.setFillColor(MUTED)
            c.drawCentredString(middle, label_y, fit(short, BOLD, size, w))


def draw_heads(c: Canvas, cols: QuestionColumns, y: float, size: float) -> None:
    c.setFont(BOLD, size)
    c.setFillColor(MUTED)
    for short, x, w in zip(cols.shorts, cols.xs, cols.widths, strict=True):
        c.drawCentredString(x + w / 2, y, fit(short, BOLD, size, w - 1))


def legend_lines(questions: Sequence[tuple[str, str]], size: float, room: float) -> list[str]:
    """``warmtescan: Wilt u een gratis warmtescan?`` per printed question, fitted to ``room``."""
    return [
        fit(safe_text(f"{short}: {text}"), FONT, size, room)
        for short, text in questions[:MAX_COLUMNS]
    ]
