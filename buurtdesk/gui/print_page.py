"""The print page: the five printables, each one dialog away.

A card per printable says what it is for and has one button; the flow behind it (choose, save,
export on the worker with progress, open in the PDF viewer) is :func:`start_print`, which the
other screens call too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..io.pdf.exports import ExportResult
from .context import GuiContext
from .print_dialog import PrintKind, PrintOptions, kind_text, kind_title, start_print


class PrintCard(QFrame):
    def __init__(self, kind: PrintKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"print-{kind.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        title = QLabel(kind_title(kind))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        text = QLabel(kind_text(kind))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.button = QPushButton(self.tr("Maken…"))
        self.button.setObjectName(f"make-{kind.value}")
        layout.addWidget(title)
        layout.addWidget(text, 1)
        layout.addWidget(self.button)


class PrintPage(QWidget):
    """The page registered as ``buurtdesk.gui.print_page:PrintPage``."""

    exported = Signal(object)  # the ExportResult, or the error shown to the user

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_result: ExportResult | None = None
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Afdrukken"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        layout.addWidget(heading)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setSpacing(14)
        self.cards: dict[PrintKind, PrintCard] = {}
        for index, kind in enumerate(PrintKind):
            card = PrintCard(kind)
            card.button.clicked.connect(lambda _=False, k=kind: self.start(k))
            self.cards[kind] = card
            grid.addWidget(card, index // 2, index % 2)
        layout.addLayout(grid)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("print-status")
        layout.addWidget(self.status)
        layout.addStretch(1)
        context.projectChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        project = self.context.project
        if project is None:
            self.intro.setText(self.tr("Begin eerst een project; daarna kunt u hier afdrukken."))
        else:
            self.intro.setText(
                self.tr(
                    "Alles wordt een PDF voor project \u201c%1\u201d. Na het opslaan opent "
                    "hij in uw PDF-lezer."
                ).replace("%1", project.title)
            )
        for card in self.cards.values():
            card.button.setEnabled(project is not None)

    def start(self, kind: PrintKind, preset: PrintOptions | None = None) -> bool:
        return start_print(self.context, kind, self, preset, on_done=self._done)

    def _done(self, result: Any) -> None:
        if isinstance(result, ExportResult):
            self.last_result = result
            pages = result.pages
            self.status.setText(
                self.tr("Opgeslagen: %1 (%2 pagina's)")
                .replace("%1", str(result.path))
                .replace("%2", str(pages))
            )
        self.exported.emit(result)
