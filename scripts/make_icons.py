"""Render ui/icons/buurtdesk.svg into the icon files the bundles need.

    python scripts/make_icons.py

Writes buurtdesk.ico (Windows, several sizes) and buurtdesk.icns (macOS) next to the SVG, and
resources/icons/buurtdesk.png (256 px: the window's icon and the Linux desktop icon), with Qt's
own SVG renderer and image writers, so no other tool is needed. Run it after changing the SVG
and commit the results; tests/gui/test_icon_and_pages.py checks that they show what the SVG
shows.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "ui" / "icons"
RUNTIME = ROOT / "resources" / "icons"  # the window's icon, shipped with the package


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def icns(svg: Path) -> bytes:
    """An .icns file of PNG entries (the format macOS reads since 10.7)."""
    entries = b""
    for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
        data = png_bytes(render(svg, size))
        entries += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(entries) + 8) + entries


def ico(svg: Path) -> bytes:
    """A Windows .ico with PNG-compressed images of 16 to 256 pixels."""
    images = [(size, png_bytes(render(svg, size))) for size in (16, 24, 32, 48, 64, 128, 256)]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    body = b""
    for size, data in images:
        dim = 0 if size == 256 else size  # 0 means 256 in an .ico directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        body += data
    return header + directory + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "buurtdesk.svg"
    RUNTIME.mkdir(exist_ok=True)
    (RUNTIME / "buurtdesk.png").write_bytes(png_bytes(render(svg, 256)))
    (ICONS / "buurtdesk.ico").write_bytes(ico(svg))
    (ICONS / "buurtdesk.icns").write_bytes(icns(svg))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
