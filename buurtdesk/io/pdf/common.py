"""What every printable shares: the embedded font, safe text, writing the file, page furniture.

Text is drawn in DejaVu Sans (embedded, shipped in ``resources/fonts/`` with its licence) so that
``ŝ``, ``ő`` and Hebrew or Arabic letters print as typed. Characters the font has no glyph for
(most emoji) become a visible ``□`` rather than an invisible gap. Right-to-left runs are put in
visual order (reportlab lays text out left to right); letters are not shaped.

A PDF is written to a temporary file next to the target and moved into place only when it is
complete, so a failed or cancelled export never leaves a broken file behind.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ...errors import QT_TRANSLATE_NOOP, UserError
from ...paths import resource

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MISSING = "□"

MM = 72 / 25.4  # points per millimetre

INK = HexColor("#1F2328")
MUTED = HexColor("#5A6270")
RULE = HexColor("#B8BEC8")
SOFT = HexColor("#EEF1F5")
ACCENT = HexColor("#1B6E5A")  # a calm green, readable in black-and-white print as dark grey
ACCENT_SOFT = HexColor("#E3F1EC")
STRIKE = HexColor("#7A7F87")

CONFIDENTIAL = "vertrouwelijk — na de ronde vernietigen"

ProgressFn = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The user cancelled an export; nothing was written."""


def no_progress(done: int, total: int) -> bool:
    return True


@lru_cache(maxsize=1)
def register_fonts() -> None:
    # Compressed page streams stay binary: ASCII85 on top makes files a quarter bigger and, in
    # pure Python, took a third of the time of a 1,000-page walk list.
    rl_config.useA85 = 0
    folder = resource("fonts")
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except Exception as exc:  # a damaged install: say which file
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "lettertype ontbreekt of is beschadigd: {exc}"),
            folder,
            exc=exc,
        ) from None
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    # A canvas starts in Helvetica, which a PDF reader must substitute (it is not embedded):
    # start in our own font, so that every font in every PDF is embedded.
    # reportlab starts a canvas, a chart and a table cell in Helvetica, which a PDF then names
    # without carrying it (the reader substitutes something): start all three in our own font,
    # so that every font in every PDF is embedded (tests/unit/test_pdf_fonts.py).
    from reportlab.graphics import shapes
    from reportlab.platypus import tables

    rl_config.canvas_basefontname = FONT
    shapes.STATE_DEFAULTS["fontName"] = FONT
    tables.CellStyle.fontname = FONT


@lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular) & frozenset(bold)


_RTL = {"R", "AL"}


def safe_text(text: str) -> str:
    """Text the font can draw: control characters out, missing glyphs shown as □, RTL visual."""
    if text.isascii():
        return "".join(ch if ch.isprintable() else " " for ch in text)
    glyphs = _glyphs()
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co") or ch in "\u200d\ufe0f\ufe0e":
            if cat == "Cc":
                out.append(" ")
        elif cat in ("Cf", "Mn") and ord(ch) not in glyphs:
            continue  # zero-width joiners, bidi marks, unknown combining marks: nothing to draw
        elif ord(ch) in glyphs:
            out.append(ch)
        elif out and out[-1] == MISSING:
            continue  # one box for an emoji sequence, not three
        else:
            out.append(MISSING)
    return _visual_order("".join(out))


def _visual_order(text: str) -> str:
    """Reverse runs of right-to-left letters (with the spaces between them) so they read right."""
    if not any(unicodedata.bidirectional(ch) in _RTL for ch in text):
        return text
    result: list[str] = []
    run: list[str] = []
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL or (run and kind in ("WS", "ON", "CS", "NSM")):
            run.append(ch)
            continue
        result.extend(_flush(run))
        run = []
        result.append(ch)
    result.extend(_flush(run))
    return "".join(result)


def _flush(run: list[str]) -> list[str]:
    trailing: list[str] = []
    while run and unicodedata.bidirectional(run[-1]) not in _RTL:
        trailing.insert(0, run.pop())
    return [*reversed(run), *trailing]


def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def fit(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` shortened with … so that it fits ``max_width`` (already safe text)."""
    if width(text, font, size) <= max_width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if width(text[:mid].rstrip() + "…", font, size) <= max_width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def wrap(text: str, font: str, size: float, max_width: float, max_lines: int = 0) -> list[str]:
    """Greedy word wrap; the last allowed line ends in … when text is left over."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if width(candidate, font, size) <= max_width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = (
                word if width(word, font, size) <= max_width else fit(word, font, size, max_width)
            )
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    if max_lines and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = fit(kept[-1] + " " + " ".join(lines[max_lines:]), font, size, max_width)
        if not kept[-1].endswith("…"):
            kept[-1] = fit(kept[-1] + " …", font, size, max_width)
        return kept
    return lines


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a long document is built.

    A canvas keeps every page until it saves; with a thousand pages the collector walks that
    growing heap again and again for nothing (there are no cycles to find), a third of the time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- writing the file ----------------------------------------------------------------------------


TEMP_SUFFIX = ".pdf.tmp"
LEFTOVER_AGE = 10 * 60  # seconds: a temporary PDF this old belongs to an export that was killed
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")  # an SQLite -wal file


def check_target(
    target: str | Path, *, overwrite: bool = False, protect: Path | None = None
) -> Path:
    """Refuse a place a PDF must not go: the neighbourhood file ``protect`` or one of SQLite's
    files next to it (``-wal``, ``-shm``, ``-journal``), a folder, and an existing file unless
    ``overwrite`` (the GUI passes it after the save dialog asked)."""
    target = Path(target)
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "is een map; geef een bestandsnaam zoals looplijst.pdf"),
            target,
        )
    if protect is not None and _is_database(target, protect):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "dat is het buurtbestand (of een bestand dat erbij hoort); kies een andere naam",
            ),
            target,
        )
    if target.exists() or target.is_symlink():
        if not target.is_file():
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "is geen gewoon bestand; kies een andere naam"), target
            )
        if not overwrite:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "bestaat al; kies een andere naam (of --overwrite)"),
                target,
            )
    return target


def _is_database(target: Path, database: Path) -> bool:
    try:
        if target.exists() and database.exists() and target.samefile(database):
            return True
        resolved, base = target.resolve(), database.resolve()
    except OSError:
        return False
    siblings = {base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal")}
    return resolved == base or resolved in siblings


def remove_leftover_temps(folder: Path, *, age: float = LEFTOVER_AGE) -> list[Path]:
    """Remove temporary PDFs (``.NAME-XXXX.pdf.tmp``) that a killed export left in ``folder``,
    when nobody has touched them for ``age`` seconds."""
    removed: list[Path] = []
    now = time.time()
    try:
        candidates = [
            p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(TEMP_SUFFIX)
        ]
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if candidate.is_file() and now - candidate.stat().st_mtime >= age:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


@contextmanager
def atomic_pdf(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target`` (readable by its owner only); when the block
    succeeds, flush it to the disk and move it into place.

    Whether ``target`` may be written is the caller's choice (:func:`check_target`); as a last
    guard an SQLite database or ``-wal`` file (a neighbourhood file under any name) is never
    replaced.
    """
    target = Path(target)
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "is een map; geef een bestandsnaam zoals looplijst.pdf"),
            target,
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Fout", "de map bestaat niet"), folder)
    _refuse_database(target)
    remove_leftover_temps(folder)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "kan hier niet schrijven ({strerror})"),
            target,
            strerror=exc.strerror or exc,
        ) from None
    os.close(handle)  # mkstemp makes it 0600: personal data stays the owner's
    temp = Path(name)
    try:
        yield temp
        try:
            fd = os.open(temp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            _refuse_database(target)
            os.replace(temp, target)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "kan het bestand niet opslaan ({strerror})"),
                target,
                strerror=exc.strerror or exc,
            ) from None
    finally:
        if temp.exists():
            temp.unlink()


def _refuse_database(target: Path) -> None:
    try:
        if not target.is_file():
            return
        with target.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return
    if head == SQLITE_MAGIC or head[:4] in WAL_MAGIC:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "is een database, geen PDF; kies een andere naam"), target
        )


# --- page furniture ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Furniture:
    """Header and footer drawn on every page of a printable."""

    title: str
    subtitle: str = ""
    right: str = ""  # e.g. the list id
    footer: str = ""  # left part of the footer; "pagina x van y" is always on the right


def draw_furniture(
    canvas: Canvas,
    page_size: tuple[float, float],
    furniture: Furniture,
    page: int,
    pages: int,
    *,
    margin: float = 15 * MM,
) -> None:
    w, h = page_size
    top = h - margin
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 13)
    right = safe_text(furniture.right)
    right_w = width(right, FONT, 10) + 6 if right else 0
    canvas.drawString(
        margin, top - 11, fit(safe_text(furniture.title), BOLD, 13, w - 2 * margin - right_w)
    )
    if right:
        canvas.setFont(FONT, 10)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(w - margin, top - 10, right)
    if furniture.subtitle:
        canvas.setFont(FONT, 10)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            margin, top - 26, fit(safe_text(furniture.subtitle), FONT, 10, w - 2 * margin)
        )
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.line(margin, top - 32, w - margin, top - 32)
    # footer
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(margin, margin + 14, w - margin, margin + 14)
    canvas.setFont(FONT, 10)
    canvas.setFillColor(MUTED)
    if furniture.footer:
        canvas.drawString(margin, margin, safe_text(furniture.footer))
    canvas.setFillColor(INK)
    canvas.drawRightString(w - margin, margin, f"pagina {page} van {pages}")


HEADER_HEIGHT = 32  # points below the top margin taken by draw_furniture's header
FOOTER_HEIGHT = 14


def short_date(day: date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def color(hex_text: str) -> Color:
    return HexColor(hex_text)
