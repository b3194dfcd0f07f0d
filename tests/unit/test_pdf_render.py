"""Every printable renders (poppler's pdftoppm), and what should be ink is ink.

Reading the text back with pypdf is not enough: text in a form with a wrong bounding box reads
back fine and prints as nothing. These tests look at the pixels.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from .pdf_seed import make_figures

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler not installed")


def _ink(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    """Share of dark pixels in a box given as fractions of the page."""
    w, h = image.size
    crop = image.convert("L").crop((int(box[0] * w), int(box[1] * h), int(box[2] * w),
                                    int(box[3] * h)))  # fmt: skip
    counts = crop.histogram()
    return sum(counts[:128]) / sum(counts)


def test_every_kind_renders_with_ink_where_it_belongs(tmp_path: Path) -> None:
    figures = {p.stem: Image.open(p) for p in make_figures(tmp_path, tmp_path)}
    assert set(figures) == {"walklist", "doorcards", "letter", "report", "plan"}
    walk = figures["walklist"]
    assert walk.size[1] > walk.size[0]  # A4 portrait
    # the tick boxes and their words fill the right half of the rows
    assert _ink(walk, (0.5, 0.15, 0.95, 0.85)) > 0.02
    # header and footer
    assert _ink(walk, (0.05, 0.03, 0.6, 0.07)) > 0.02
    assert _ink(walk, (0.7, 0.92, 0.95, 0.96)) > 0.01
    cards = figures["doorcards"]
    for quarter in ((0.05, 0.05, 0.45, 0.45), (0.55, 0.55, 0.95, 0.95)):
        assert _ink(cards, quarter) > 0.03  # every card printed, the last one too
    letter = figures["letter"]
    assert _ink(letter, (0.1, 0.18, 0.5, 0.25)) > 0.01  # the address in the envelope window
    plan = figures["plan"]
    assert plan.size[0] > plan.size[1]  # landscape
    assert _ink(figures["report"], (0.1, 0.3, 0.9, 0.5)) > 0.02  # the street chart
