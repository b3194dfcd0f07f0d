"""The application's one stylesheet (resources/style/buurtdesk.qss) and the way code reaches it.

Widgets carry an object name or a dynamic property (``tone``, ``heading``, ``role``, …); the
stylesheet says how each looks. A property that changes after the widget is shown needs a
re-polish (:func:`set_style_property`), or Qt keeps the old look.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from ..paths import resource

STYLESHEET = ("style", "buurtdesk.qss")


def stylesheet() -> str:
    return resource(*STYLESHEET).read_text(encoding="utf-8")


def install_stylesheet(app: QApplication) -> bool:
    """Style the whole application; False (and Qt's own look) when the file is missing."""
    try:
        text = stylesheet()
    except OSError:
        return False
    app.setStyleSheet(text)
    return True


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet selects on and show the new look at once."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    repolish(widget)


def set_tone(widget: QWidget, tone: str) -> None:
    """``error`` (red), ``ok`` (green), ``muted`` (grey) or ``placeholder``."""
    set_style_property(widget, "tone", tone)
