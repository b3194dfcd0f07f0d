"""Which characters the printed pages can draw: those of the embedded font (DejaVu Sans).

A name the pages cannot draw prints as an empty box (an emoji looks like a tick box on a walk
list), so names are checked where they come in (an import, ``street add``, the street dialog)
against the font's own character map, read here; the rule itself is the domain's
:func:`~buurtdesk.domain.address.printable_name`, which reads no files.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from ..domain.address import clean_name, printable_name
from .pdf.common import BOLD, FONT, register_fonts


@lru_cache(maxsize=1)
def drawable_characters() -> frozenset[int]:
    """The code points both the regular and the bold font have a glyph for."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular) & frozenset(bold)


def printable_clean_name(text: str, what: str = "naam") -> str:
    """:func:`clean_name`, then refused (:class:`AddressError`) when the pages cannot draw it."""
    name = clean_name(text, what)
    if name.isascii():
        return name  # the font draws every printable ASCII character
    return printable_name(name, drawable_characters(), what)
