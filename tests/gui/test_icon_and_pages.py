"""The application icon shows what its SVG shows, in every form the bundles use; every page of the
window is reached by a plain import (what PyInstaller can follow)."""

from __future__ import annotations

import ast
import configparser
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from buurtdesk.gui.pages import PAGES
from buurtdesk.paths import resource

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "ui" / "icons"


def _render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "buurtdesk.svg")).render(painter)
    painter.end()
    return image


def _same(a: QImage, b: QImage) -> bool:
    """Equal size and, pixel by pixel, within a few levels (encoders may round)."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return False
    step = max(1, a.width() // 32)
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(p.red() - q.red()), abs(p.green() - q.green()),
                   abs(p.blue() - q.blue()), abs(p.alpha() - q.alpha())) > 8:  # fmt: skip
                return False
    return True


def _images(path: Path) -> dict[int, QImage]:
    reader = QImageReader(str(path))
    found: dict[int, QImage] = {}
    for index in range(max(reader.imageCount(), 1)):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), (path, index, reader.errorString())
        found[image.width()] = image
    return found


def test_the_window_icon_is_the_svg(qapp: object) -> None:
    png = QImage(str(resource("icons", "buurtdesk.png")))
    assert png.width() == 256
    assert _same(png, _render(256))  # regenerate with scripts/make_icons.py after an SVG change


def test_the_bundle_icons_are_the_svg(qapp: object) -> None:
    ico = _images(ICONS / "buurtdesk.ico")
    assert {16, 32, 48, 256} <= set(ico)
    assert _same(ico[48], _render(48))
    icns = (ICONS / "buurtdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
    assert b"ic10" in icns  # 1024 px, what a Retina Dock uses


def test_the_desktop_file_opens_buurtdesk_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "ui" / "buurtdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "buurtdesk %f"
    assert desktop["Icon"] == "buurtdesk"
    assert "application/x-buurtdesk" in desktop["MimeType"]
    mime = (ROOT / "ui" / "buurtdesk-mime.xml").read_text(encoding="utf-8")
    assert 'type="application/x-buurtdesk"' in mime and 'pattern="*.buurtdesk"' in mime


def test_every_page_loads_by_a_plain_import(qapp: object) -> None:
    for spec in PAGES:
        cls = spec.load()
        assert isinstance(cls, type) and issubclass(cls, QWidget), spec.key
    # and nothing in the GUI finds a module by name at run time, which a bundle cannot follow
    for path in (ROOT / "buurtdesk" / "gui").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "import_module":
                raise AssertionError(f"{path.name}: importlib.import_module")
