"""The streets of the street list, with their counts, and a delegate that paints each street's
progress (visited, taking part) as a small bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..domain.outcomes import STATUS_COLOURS, Status
from ..store.street_list import StreetSummary

COL_NAME, COL_HOUSEHOLDS, COL_PROGRESS = range(3)
StreetIdRole = Qt.ItemDataRole.UserRole + 1  # -1 for the "all streets" row
ProgressRole = Qt.ItemDataRole.UserRole + 2  # (households, visited, taking part)

ALL_STREETS = -1
Index = QModelIndex | QPersistentModelIndex


class StreetTableModel(QAbstractTableModel):
    """Row 0 is "all streets"; then the streets (of one connector, when chosen) by name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[StreetSummary] = []
        self._shown: list[StreetSummary] = []
        self._only: set[int] | None = None
        self._totals: tuple[int, int, int] | None = None

    def set_streets(self, streets: list[StreetSummary]) -> None:
        self.beginResetModel()
        self._all = streets
        self._apply()
        self.endResetModel()

    def update_counts(self, streets: list[StreetSummary]) -> bool:
        """New counts for the same streets (the progress arriving after the names): the rows stay
        where they are. Returns False when the streets themselves differ."""
        if [s.id for s in streets] != [s.id for s in self._all]:
            return False
        self._all = streets
        self._apply()
        if self._shown or self._all:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 2))
        return True

    def set_only(self, street_ids: set[int] | None) -> None:
        """Show only these streets (a connector's), or all with None."""
        self.beginResetModel()
        self._only = street_ids
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._shown = [s for s in self._all if self._only is None or s.id in self._only]
        self._totals = None

    def update_street(self, summary: StreetSummary) -> None:
        self._all = [summary if s.id == summary.id else s for s in self._all]
        for i, street in enumerate(self._shown):
            if street.id == summary.id:
                self._shown[i] = summary
                if self._totals is not None:  # adjust, not recount: a city has many streets
                    total, visited, taking_part = self._totals
                    self._totals = (
                        total + summary.households - street.households,
                        visited + summary.visited - street.visited,
                        taking_part + summary.taking_part - street.taking_part,
                    )
                self.dataChanged.emit(self.index(i + 1, 0), self.index(i + 1, 2))
        self.dataChanged.emit(self.index(0, 0), self.index(0, 2))  # the totals row

    def streets(self) -> list[StreetSummary]:
        return list(self._shown)

    def row_of_street(self, street_id: int) -> int:
        for i, street in enumerate(self._shown):
            if street.id == street_id:
                return i + 1
        return -1

    def totals(self) -> tuple[int, int, int]:
        if self._totals is None:
            self._totals = (
                sum(s.households for s in self._shown),
                sum(s.visited for s in self._shown),
                sum(s.taking_part for s in self._shown),
            )
        return self._totals

    def initiators(self, street: StreetSummary | None = None) -> int:
        """Initiators among those taking part, in one street or in the streets shown."""
        if street is not None:
            return street.initiators
        return sum(s.initiators for s in self._shown)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._all else len(self._shown) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Straat"), self.tr("Adressen"), self.tr("Voortgang")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        street = self._shown[row - 1] if row > 0 else None
        counts = (
            (street.households, street.visited, street.taking_part) if street else self.totals()
        )
        if role == StreetIdRole:
            return street.id if street else ALL_STREETS
        if role == ProgressRole:
            return counts
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                if street is None:
                    return self.tr("Alle straten")
                return street.name
            if col == COL_HOUSEHOLDS:
                return str(counts[0])
            if col == COL_PROGRESS:
                return ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_HOUSEHOLDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and street is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            total, visited, taking_part = counts
            text = (
                (f"{street.name}, {street.place}\n" if street.place else f"{street.name}\n")
                if street
                else ""
            ) + self.tr("%1 adressen, %2 bezocht, %3 doen mee (incl. %4 initiatiefnemers)")
            text = text.replace("%1", str(total)).replace("%2", str(visited))
            text = text.replace("%3", str(taking_part)).replace("%4", str(self.initiators(street)))
            if street and street.connectors:
                text += "\n" + self.tr("Verbinder: %1").replace("%1", ", ".join(street.connectors))
            return text
        return None


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar: the visited share in blue, the taking-part share in green over it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() != COL_PROGRESS:
            super().paint(painter, option, index)
            return
        total, visited, taking_part = index.data(ProgressRole) or (0, 0, 0)
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Highlight))  # type: ignore[attr-defined]
        bar = rect.adjusted(6, rect.height() // 2 - 4, -48, -(rect.height() // 2 - 4))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e4e4e4"))
        painter.drawRoundedRect(bar, 3, 3)
        if total:
            done = QRect(bar)
            done.setWidth(max(1, int(bar.width() * visited / total)) if visited else 0)
            painter.setBrush(QColor(STATUS_COLOURS[Status.SPOKE]))
            painter.drawRoundedRect(done, 3, 3)
            part = QRect(bar)
            part.setWidth(max(1, int(bar.width() * taking_part / total)) if taking_part else 0)
            painter.setBrush(QColor(STATUS_COLOURS[Status.TAKES_PART]))
            painter.drawRoundedRect(part, 3, 3)
        pct = round(100 * visited / total) if total else 0
        text_rect = QRect(
            bar.right() + 4, rect.top(), rect.right() - bar.right() - 6, rect.height()
        )
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        painter.setPen(
            option.palette.color(  # type: ignore[attr-defined]
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{pct}%"
        )
        painter.restore()
