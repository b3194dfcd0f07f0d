"""Help → Handleiding: the offline guide, in the interface's language (Dutch, or English).

The guide is Markdown in ``resources/guide/`` (``handleiding.md``, ``guide_en.md``) with
screenshots in ``resources/guide/img/<taal>/`` that the test suite makes
(``tests/gui/test_guide.py``), so they show the window as it is."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import resource

GUIDES = {"nl": "handleiding.md", "en": "guide_en.md"}


def guide_file(language: str) -> str:
    return str(resource("guide", GUIDES.get(language, GUIDES["nl"])))


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(
            QUrl.fromLocalFile(guide_file(language)), QTextDocument.ResourceType.MarkdownResource
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 820, 900
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
