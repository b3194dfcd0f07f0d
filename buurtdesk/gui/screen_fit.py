"""Fitting a window to the screen it opens on: a size saved on a big monitor, or the default
size, must not run off a 1024×600 netbook's screen."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the free area of its screen (never below its minimum size, unless
    the screen is smaller still) and move it inside; a maximised window is left alone."""
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders
    room = free.size() - frame
    size = window.size().boundedTo(room).expandedTo(window.minimumSize().boundedTo(room))
    if size != window.size():
        window.resize(size)
    outer = window.frameGeometry()
    x = min(max(window.x(), free.left()), free.right() - outer.width() + 1)
    y = min(max(window.y(), free.top()), free.bottom() - outer.height() + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)
