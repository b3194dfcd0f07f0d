"""The privacy statement for residents (from ``resources/templates/privacyverklaring.txt``, filled
with the project's name, contact and retention) and the register of processing for the team
(what data, which purpose, legal basis, who sees it, how long; the counts from the file itself).

A template line starting with ``# `` is the title, ``## `` a heading, ``- `` a bullet; other
lines join into paragraphs. ``$name`` fields are filled; an unknown field is an error.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ...errors import QT_TRANSLATE_NOOP, UserError
from ...paths import resource
from .common import ACCENT, BOLD, FONT, INK, MM, MUTED, RULE, atomic_pdf, register_fonts, wrap

STATEMENT = "privacyverklaring.txt"
MARGIN = 20 * MM


def statement_text(values: Mapping[str, str], template: Path | None = None) -> str:
    path = template or resource("templates") / STATEMENT
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het sjabloon kan niet worden gelezen ({exc})"), path, exc=exc
        ) from exc
    try:
        return string.Template(raw).substitute(values)
    except (KeyError, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "onbekend veld in het sjabloon: {field}"), path, field=exc
        ) from exc


def _blocks(text: str) -> list[tuple[str, str]]:
    """(kind, text): title, heading, bullet or paragraph."""
    blocks: list[tuple[str, str]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            blocks.append(("gap", ""))
        elif stripped.startswith("## "):
            blocks.append(("heading", stripped[3:]))
        elif stripped.startswith("# "):
            blocks.append(("title", stripped[2:]))
        elif stripped.startswith("- "):
            blocks.append(("bullet", stripped[2:]))
        elif line.startswith("  ") and blocks and blocks[-1][0] == "bullet":
            blocks[-1] = ("bullet", f"{blocks[-1][1]} {stripped}")
        elif blocks and blocks[-1][0] == "paragraph":
            blocks[-1] = ("paragraph", f"{blocks[-1][1]} {stripped}")
        else:
            blocks.append(("paragraph", stripped))
    return blocks


class _Writer:
    """Text flowing down A4 pages, a new page when one is full."""

    def __init__(self, canvas: Canvas, footer: str) -> None:
        self.c = canvas
        self.footer = footer
        self.page = 1
        self.width, self.height = A4
        self.y = self.height - MARGIN

    def _room(self, needed: float) -> None:
        if self.y - needed < MARGIN + 10 * MM:
            self._footer()
            self.c.showPage()
            self.page += 1
            self.y = self.height - MARGIN

    def _footer(self) -> None:
        self.c.setFont(FONT, 8)
        self.c.setFillColor(MUTED)
        self.c.drawString(MARGIN, MARGIN - 4 * MM, self.footer)
        self.c.drawRightString(self.width - MARGIN, MARGIN - 4 * MM, f"pagina {self.page}")

    def lines(
        self, text: str, font: str, size: float, *, indent: float = 0, after: float = 0
    ) -> None:
        leading = size * 1.35
        for line in wrap(text, font, size, self.width - 2 * MARGIN - indent):
            self._room(leading)
            self.c.setFont(font, size)
            self.c.setFillColor(INK)
            self.c.drawString(MARGIN + indent, self.y - size, line)
            self.y -= leading
        self.y -= after

    def block(self, kind: str, text: str) -> None:
        if kind == "title":
            self.lines(text, BOLD, 16, after=4)
            self.c.setStrokeColor(ACCENT)
            self.c.setLineWidth(1.2)
            self.c.line(MARGIN, self.y, self.width - MARGIN, self.y)
            self.y -= 6 * MM
        elif kind == "heading":
            self._room(20 * MM)  # never a heading alone at the foot of a page
            self.lines(text, BOLD, 11.5, after=1)
        elif kind == "bullet":
            self._room(11 * 1.35)
            self.c.setFont(FONT, 10.5)
            self.c.drawString(MARGIN + 2 * MM, self.y - 10.5, "•")
            self.lines(text, FONT, 10.5, indent=6 * MM)
        elif kind == "paragraph":
            self.lines(text, FONT, 10.5)
        else:
            self.y -= 3 * MM

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        size = 9
        columns = [w * (self.width - 2 * MARGIN) for w in widths]
        for row_index, row in enumerate([list(headers), *map(list, rows)]):
            font = BOLD if row_index == 0 else FONT
            cells = [
                wrap(text, font, size, col - 2 * MM) for text, col in zip(row, columns, strict=True)
            ]
            height = max(len(c) for c in cells) * size * 1.3 + 2 * MM
            self._room(height)
            x = MARGIN
            for lines, col in zip(cells, columns, strict=True):
                self.c.setFont(font, size)
                self.c.setFillColor(INK)
                for i, line in enumerate(lines):
                    self.c.drawString(x + 1 * MM, self.y - size - i * size * 1.3, line)
                x += col
            self.y -= height
            self.c.setStrokeColor(RULE)
            self.c.setLineWidth(0.4)
            self.c.line(MARGIN, self.y + 1 * MM, self.width - MARGIN, self.y + 1 * MM)

    def close(self) -> int:
        self._footer()
        self.c.showPage()
        return self.page


def write_statement(target: str | Path, text: str, footer: str) -> int:
    """The privacy statement as a PDF; returns the number of pages."""
    register_fonts()
    with atomic_pdf(target) as temp:
        c = Canvas(str(temp), pagesize=A4, pageCompression=1)
        c.setTitle("Privacyverklaring")
        c.setAuthor("BuurtDesk")
        writer = _Writer(c, footer)
        for kind, block in _blocks(text):
            writer.block(kind, block)
        pages = writer.close()
        c.save()
    return pages


REGISTER_HEADERS = (
    "Gegevens",
    "Doel",
    "Grondslag",
    "Wie ziet het",
    "Hoe lang",
    "Nu in het bestand",
)


def write_register(
    target: str | Path, title: str, intro: str, rows: Sequence[Sequence[str]], footer: str
) -> int:
    """The register of processing as a PDF (landscape-wide columns on A4)."""
    register_fonts()
    with atomic_pdf(target) as temp:
        c = Canvas(str(temp), pagesize=A4, pageCompression=1)
        c.setTitle("Verwerkingsregister")
        c.setAuthor("BuurtDesk")
        writer = _Writer(c, footer)
        writer.block("title", title)
        writer.block("paragraph", intro)
        writer.block("gap", "")
        writer.table(REGISTER_HEADERS, rows, (0.18, 0.16, 0.2, 0.14, 0.16, 0.16))
        pages = writer.close()
        c.save()
    return pages
