"""The household table of the street list: a lazy model over the store.

It holds only the ordered ids of the households the selection shows (from
:func:`~buurtdesk.store.street_list.household_ids`, computed by the worker) and fetches the rows a
view asks for in blocks, keeping a bounded cache by id (Anki's browser model). Sorting and
filtering are done in SQL, so no proxy has to see every row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlite_utils import Database

from ..domain.outcomes import Status
from ..store.street_list import HouseholdRow, household_row, household_rows
from .texts import side_text, status_colour, status_text

COL_ADDRESS, COL_SIDE, COL_POSTCODE, COL_STATUS, COL_LAST_VISIT, COL_NOTE = range(6)

HouseholdIdRole = Qt.ItemDataRole.UserRole + 1
SectionStartRole = Qt.ItemDataRole.UserRole + 2  # first row of a street or of a side
HouseholdRowRole = Qt.ItemDataRole.UserRole + 3

_BLOCK = 200
_CACHE_LIMIT = 4000

Index = QModelIndex | QPersistentModelIndex


class HouseholdTableModel(QAbstractTableModel):
    def __init__(self, db: Database, project_id: int | None, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._project_id = project_id
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: dict[int, HouseholdRow] = {}
        self._grey = QBrush(QColor("#8a8a8a"))
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- content ---------------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self._project_id = project_id
        self._cache.clear()

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._cache.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return self._ids

    def row_of(self, household_id: int) -> int:
        """The row of a household, or -1 when the selection does not show it."""
        if self._row_of is None:
            self._row_of = {hid: row for row, hid in enumerate(self._ids)}
        return self._row_of.get(household_id, -1)

    def household_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def household(self, row: int) -> HouseholdRow | None:
        if not 0 <= row < len(self._ids):
            return None
        hid = self._ids[row]
        found = self._cache.get(hid)
        if found is None:
            self._fetch_block(row)
            found = self._cache.get(hid)
        return found

    def refresh_household(self, household_id: int) -> None:
        """Re-read one household after a visit was recorded or undone."""
        fresh = household_row(self._db, self._project_id, household_id)
        if fresh is not None:
            self._cache[household_id] = fresh
        row = self.row_of(household_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_all(self) -> None:
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def _fetch_block(self, row: int) -> None:
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        start = max(0, row - row % _BLOCK - 1)  # one row before: grouping looks back
        wanted = self._ids[start : row - row % _BLOCK + _BLOCK]
        self._cache.update(
            household_rows(self._db, self._project_id, [i for i in wanted if i not in self._cache])
        )

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)  # the row numbers of the walk list
        return [
            self.tr("Adres"),
            self.tr("Kant"),
            self.tr("Postcode"),
            self.tr("Status"),
            self.tr("Laatste bezoek"),
            self.tr("Notitie"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        item = self.household(row)
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, item)
        if role == HouseholdIdRole:
            return item.id
        if role == HouseholdRowRole:
            return item
        if role == SectionStartRole:
            before = self.household(row - 1) if row > 0 else None
            return before is None or (before.street_id, before.side) != (item.street_id, item.side)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            return status_colour(item.status)
        if role == Qt.ItemDataRole.ForegroundRole and item.do_not_visit:
            return self._grey
        if role == Qt.ItemDataRole.FontRole and item.do_not_visit:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.address}, {status_text(item.status)}"
        return None

    def _display(self, row: int, col: int, item: HouseholdRow) -> str:
        if col == COL_ADDRESS:
            before = self.household(row - 1) if row > 0 else None
            if item.door_size > 1 and before is not None and before.door == item.door:
                return "      ↳ " + item.house_number  # an apartment behind the same door
            if item.door_size > 1:
                return self.tr("%1  (%n adressen)", "", item.door_size).replace("%1", item.address)
            return item.address
        if col == COL_SIDE:
            return side_text(item.side)
        if col == COL_POSTCODE:
            return item.postcode
        if col == COL_STATUS:
            return status_text(item.status)
        if col == COL_LAST_VISIT:
            if not item.last_visit_date:
                return ""
            when = _short_date(item.last_visit_date)
            return f"{when} · {item.last_visitor}" if item.last_visitor else when
        if col == COL_NOTE:
            if item.do_not_visit:
                reason = item.do_not_visit_reason or self.tr("wil geen bezoek")
                return self.tr("Niet bezoeken: %1").replace("%1", reason)
            return item.note or item.last_note
        return ""

    def _tooltip(self, item: HouseholdRow) -> str:
        lines = [item.address, f"{item.postcode} {item.place}".strip(), status_text(item.status)]
        if item.do_not_visit:
            lines.append(
                self.tr("Niet bezoeken: %1").replace(
                    "%1", item.do_not_visit_reason or self.tr("wil geen bezoek")
                )
            )
        return "\n".join(line for line in lines if line)

    def status_of(self, row: int) -> Status | None:
        item = self.household(row)
        return item.status if item else None


def _short_date(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return day.strftime("%d-%m-%Y")
