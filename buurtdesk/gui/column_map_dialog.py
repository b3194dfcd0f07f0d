"""Choosing a file's columns in the window, for a file whose headers are not recognised.

The dialog shows the file's first rows and one drop-down per field (street, number, letter,
addition, postcode, place) over the file's headers, starting from what was recognised. What the
user chooses becomes the same mapping the command line's ``--map VELD=KOLOM`` gives
(:class:`~buurtdesk.io.address_import.ImportOptions`), so there is one rule for both.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..io.address_import import ADDITION, LETTER, NUMBER, PLACE, POSTCODE, STREET
from ..io.tabular import Preview

_CHOSEN = QColor("#e3eef9")


class ColumnMapDialog(QDialog):
    """``mapping()`` after ``accepted``: field -> the header of the chosen column."""

    def __init__(
        self,
        path: Path,
        preview: Preview,
        detected: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.preview = preview
        self.setWindowTitle(self.tr("Kolommen kiezen"))
        self.setMinimumSize(640, 420)
        self.resize(880, 560)

        intro = QLabel(
            self.tr(
                "BuurtDesk herkent niet in welke kolommen van %1 de straat en het huisnummer "
                "staan. Kies hieronder per gegeven de kolom; de voorbeeldrijen laten zien wat "
                "erin staat. Straat en huisnummer zijn nodig, de rest is als het bestand het heeft."
            ).replace("%1", path.name)
        )
        intro.setWordWrap(True)
        source = QLabel(
            self.tr("%1 · kopregel op regel %2")
            .replace("%1", preview.description)
            .replace("%2", str(preview.header_line))
        )
        source.setProperty("tone", "muted")

        labels = {
            STREET: self.tr("Straat *"),
            NUMBER: self.tr("Huisnummer *"),
            LETTER: self.tr("Huisletter"),
            ADDITION: self.tr("Toevoeging"),
            POSTCODE: self.tr("Postcode"),
            PLACE: self.tr("Plaats"),
        }
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for i, (field, text) in enumerate(labels.items()):
            combo = QComboBox()
            combo.setObjectName(f"column_{field}")
            combo.addItem(self.tr("(geen)"), None)
            for column, header in enumerate(preview.header):
                if header.strip():
                    combo.addItem(header, column)
            if field in detected:
                combo.setCurrentIndex(max(combo.findText(detected[field]), 0))
            combo.currentIndexChanged.connect(self._update)
            label = QLabel(text)
            label.setBuddy(combo)
            row, col = divmod(i, 3)
            grid.addWidget(label, row * 2, col)
            grid.addWidget(combo, row * 2 + 1, col)
            self.combos[field] = combo
        self._labels = labels

        self.table = QTableWidget(len(preview.rows), len(preview.header))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for r, cells in enumerate(preview.rows):
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(cell))

        self.problem = QLabel()
        self.problem.setProperty("tone", "error")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Inlezen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(source)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("De eerste rijen van het bestand:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    def choose(self, field: str, header: str) -> None:
        """Choose the column with this header for ``field`` (as a person would, by its text)."""
        combo = self.combos[field]
        index = combo.findText(header)
        if index < 0:
            raise KeyError(header)
        combo.setCurrentIndex(index)

    def chosen_columns(self) -> dict[str, int]:
        """field -> the chosen column's index in the file."""
        return {
            field: int(combo.currentData())
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def mapping(self) -> dict[str, str]:
        """field -> header, the form of ``--map``."""
        return {field: self.preview.header[c] for field, c in self.chosen_columns().items()}

    def _update(self) -> None:
        chosen = self.chosen_columns()
        by_column: dict[int, list[str]] = {}
        for field, column in chosen.items():
            by_column.setdefault(column, []).append(field)
        for column, header in enumerate(self.preview.header):
            fields = by_column.get(column, [])
            names = ", ".join(self._labels[f].rstrip(" *").lower() for f in fields)
            text = f"{header}\n→ {names}" if names else f"{header}\n"
            self.table.setHorizontalHeaderItem(column, QTableWidgetItem(text))
            brush = QBrush(_CHOSEN) if fields else QBrush()
            for row in range(self.table.rowCount()):
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(brush)
        twice = [c for c, fields in by_column.items() if len(fields) > 1]
        missing = [f for f in (STREET, NUMBER) if f not in chosen]
        if missing:
            self.problem.setText(self.tr("Kies een kolom voor de straat en voor het huisnummer."))
        elif twice:
            self.problem.setText(
                self.tr(
                    "Kolom %1 is voor twee gegevens gekozen; kies voor elk een eigen kolom."
                ).replace("%1", self.preview.header[twice[0]])
            )
        else:
            self.problem.setText("")
        self.ok_button.setEnabled(not missing and not twice)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            width = self.table.columnWidth(column)
            self.table.setColumnWidth(column, min(max(width + 12, 90), 260))
