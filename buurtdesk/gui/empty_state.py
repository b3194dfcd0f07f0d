"""What the street page shows in a file without addresses: three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    demoRequested = Signal()
    importRequested = Signal()
    addStreetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Nog geen adressen in deze buurt"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Begin met de voorbeeldbuurt om rond te kijken, lees een adressenbestand in "
                "(CSV, Excel of BAG), of voeg een straat toe met een reeks huisnummers."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(560)
        text.setMinimumHeight(text.heightForWidth(560))
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(centred)
        layout.addSpacing(14)
        row = QHBoxLayout()
        row.addStretch(1)
        self.demo_button = QPushButton(self.tr("Voorbeeldbuurt openen"))
        self.demo_button.clicked.connect(self.demoRequested)
        self.import_button = QPushButton(self.tr("Adressen inlezen…"))
        self.import_button.clicked.connect(self.importRequested)
        self.add_button = QPushButton(self.tr("Straat toevoegen…"))
        self.add_button.clicked.connect(self.addStreetRequested)
        for button in (self.demo_button, self.import_button, self.add_button):
            button.setMinimumHeight(40)
            button.setMinimumWidth(180)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
