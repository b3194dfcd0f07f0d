"""The household table of the street list: a lazy model over the store.

It holds only the ordered ids of the households the selection shows (from
:func:`~buurtdesk.store.street_list.household_ids`, computed by the worker) and fetches the rows a
view asks for in blocks, keeping a bounded cache by id (Anki's browser model). Sorting and
filtering are done in SQL, so no proxy has to see every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
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

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ID = int(HouseholdIdRole)
_SECTION = int(SectionStartRole)
_ROW = int(HouseholdRowRole)
_ANSWERED = frozenset(
    (
        _DISPLAY,
        _DECORATION,
        _FOREGROUND,
        _FONT,
        _BACKGROUND,
        _TOOLTIP,
        _ACCESSIBLE,
        _ID,
        _SECTION,
        _ROW,
    )
)

_BLOCK = 200
_CACHE_LIMIT = 4000

Index = QModelIndex | QPersistentModelIndex


class RowIndex:
    """Which row shows a household: the ids sorted, with their rows, as two arrays.

    A city's list has 100,000 rows; a dict from id to row held as many Python objects (twice
    the memory of these arrays). Built on the worker for a new list, or by the model itself
    on the first look-up.
    """

    def __init__(self, ids: Sequence[int]) -> None:
        unsorted = np.fromiter(ids, dtype=np.int64, count=len(ids))
        order = np.argsort(unsorted, kind="stable")
        self._ids = unsorted[order]
        self._rows = order.astype(np.int32 if len(ids) < 2**31 else np.int64)

    def __len__(self) -> int:
        return len(self._ids)

    def row_of(self, household_id: int) -> int:
        """The row of the household, or -1; the last row where an id is listed twice."""
        at = int(np.searchsorted(self._ids, household_id, side="right")) - 1
        if at < 0 or self._ids[at] != household_id:
            return -1
        return int(self._rows[at])


class HouseholdTableModel(QAbstractTableModel):
    def __init__(self, db: Database, project_id: int | None, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._project_id = project_id
        self._ids: list[int] = []
        self._row_of: RowIndex | None = None  # made when first needed
        self._cache: dict[int, HouseholdRow] = {}
        # per row: the six display texts and whether a street or side begins there (a view asks
        # for each cell many times per paint; computing them once keeps painting cheap)
        self._shown: dict[int, tuple[tuple[str, ...], bool]] = {}
        self._grey = QBrush(QColor("#8a8a8a"))
        self._even_side = QBrush(QColor("#eef3f8"))
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- content ---------------------------------------------------------------------------------

    def set_project(self, project_id: int | None) -> None:
        self._project_id = project_id
        self._cache.clear()
        self._shown.clear()

    def set_ids(self, ids: list[int], positions: RowIndex | None = None) -> None:
        """Show these households. ``positions`` (which row shows an id) may come made by the
        worker: for a city it takes longer than a frame to build on the GUI thread."""
        self.beginResetModel()
        self._ids = ids
        self._row_of = positions
        self._cache.clear()
        self._shown.clear()
        self.endResetModel()

    def extend_ids(self, ids: list[int], positions: RowIndex | None = None) -> bool:
        """Grow the list to ``ids`` when the current list is its beginning (the first streets were
        shown while the rest was read): rows are appended, the view keeps its place. Returns
        False (and changes nothing) when ``ids`` does not start with the current list."""
        have = len(self._ids)
        if len(ids) < have or ids[:have] != self._ids:
            return False
        if len(ids) > have:
            self.beginInsertRows(QModelIndex(), have, len(ids) - 1)
            self._ids = ids
            self._row_of = positions
            self._shown.pop(have, None)
            self.endInsertRows()
        return True

    def ids(self) -> list[int]:
        return self._ids

    def row_of(self, household_id: int) -> int:
        """The row of a household, or -1 when the selection does not show it."""
        if self._row_of is None or len(self._row_of) != len(self._ids):
            self._row_of = RowIndex(self._ids)
        return self._row_of.row_of(household_id)

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
        self._shown.pop(row, None)
        self._shown.pop(row + 1, None)  # its grouping may look back at this row
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def refresh_all(self) -> None:
        self._cache.clear()
        self._shown.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def _fetch_block(self, row: int) -> None:
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
            self._shown.clear()
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
        role = int(role)
        if role not in _ANSWERED:
            return None  # most roles a view asks for; answered before touching the row
        row = index.row()
        item = self.household(row)
        if item is None:
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._row_texts(row, item)[0][col]
        if role == _SECTION:
            return self._row_texts(row, item)[1]
        if role == _DECORATION:
            return status_colour(item.status) if col == COL_STATUS else None
        if role == _FOREGROUND:
            if item.do_not_visit or (col == COL_STATUS and item.status is Status.UNVISITED):
                return self._grey  # greyed: do not visit; and "not visited yet" stays quiet
            return None
        if role == _FONT:
            return self._italic if item.do_not_visit else None
        if role == _BACKGROUND:
            # the even side of a street on a light tint: the two sides stand visibly apart
            return self._even_side if item.side == "even" else None
        if role == _ID:
            return item.id
        if role == _ROW:
            return item
        if role == _TOOLTIP:
            return self._tooltip(item)
        if role == _ACCESSIBLE:
            return f"{item.address}, {status_text(item.status)}"
        return None

    def _row_texts(self, row: int, item: HouseholdRow) -> tuple[tuple[str, ...], bool]:
        shown = self._shown.get(row)
        if shown is None:
            before = self.household(row - 1) if row > 0 else None
            start = before is None or (before.street_id, before.side) != (
                item.street_id,
                item.side,
            )
            shown = (tuple(self._display(row, col, item) for col in range(6)), start)
            self._shown[row] = shown
        return shown

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
    """``11-11`` in the current year, ``11-11-2025`` before: the column stays narrow."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return day.strftime("%d-%m" if day.year == date.today().year else "%d-%m-%Y")
