"""The progress page's two tables, per street and per connector, at any scale.

A city has a row per street (1,877 streets for 100,000 households), and the figures are read
again after every check-off. The view asks the model for each cell it paints and sizes, one
Python call per cell and role, so what the view may ask is kept small:

- The model keeps its own order (:meth:`TallyTableModel.sort`, a Python sort of the rows): a
  sorting proxy compared rows through ``data()``, about 20,000 calls for each new set of rows.
- New figures for the same rows (what a visit brings) change the rows in place and emit
  ``dataChanged`` for the rows that changed; only a different list of rows (a street added, a
  connector assigned) resets the model.
- The number columns get their width from the widest figure (:func:`fit_number_columns`), not
  from ``ResizeToContents``, which had the view ask each of up to 1,000 rows for eight roles per
  column, on every reset and again when the page was shown.
- A row's texts are made when it is first painted, then kept until its figures change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from ..domain.progress import Tally, pct
from .progress_chart import _num

Row = tuple[str, Tally]
COLUMNS = 7
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TallyTableModel(QAbstractTableModel):
    """Rows of counts per street or per connector, in the order the view's header asks for."""

    COL_NAME = 0
    COL_HOUSEHOLDS = 1
    COL_VISITED = 2
    COL_VISITED_PCT = 3
    COL_INTERESTED = 4
    COL_TAKES_PART = 5
    COL_TAKES_PART_PCT = 6
    PCT_COLUMNS = (COL_VISITED_PCT, COL_TAKES_PART_PCT)

    def __init__(self, name_header: str, parent: Any = None, *, nobody: str = "") -> None:
        super().__init__(parent)
        self.name_header = name_header
        self.nobody = nobody  # the name of the row without a name
        self.rows: list[Row] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # row -> its display texts, once painted
        self._sort_column = self.COL_NAME
        self._descending = False
        self.resets = 0  # how often the rows were replaced rather than updated (for the tests)

    # --- the rows --------------------------------------------------------------------------------

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows: in place when they are the rows already shown (same names, same
        order), with ``dataChanged`` for the rows whose figures changed; else a reset."""
        rows = self._sorted(rows)
        if len(rows) == len(self.rows) and all(
            new[0] == old[0] for new, old in zip(rows, self.rows, strict=True)
        ):
            pairs = enumerate(zip(rows, self.rows, strict=True))
            changed = [i for i, (new, old) in pairs if new[1] != old[1]]
            self.rows = rows
            for i in changed:
                self._texts.pop(i, None)
            if changed:
                self.dataChanged.emit(
                    self.index(changed[0], 0), self.index(changed[-1], COLUMNS - 1)
                )
            return
        self.beginResetModel()
        self.rows = rows
        self._texts.clear()
        self.resets += 1
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """What a click on a column's header asks; the rows that come later keep this order."""
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        key = self._key()
        order_of = sorted(
            range(len(self.rows)), key=lambda i: key(self.rows[i]), reverse=self._descending
        )
        new_row = {old: new for new, old in enumerate(order_of)}
        self.rows = [self.rows[i] for i in order_of]
        self._texts.clear()
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(new_row[i.row()], i.column()) for i in kept]
        )
        self.layoutChanged.emit()

    def _key(self) -> Callable[[Row], Any]:
        column = self._sort_column
        if column == self.COL_NAME:  # the row without a name last
            return lambda row: (not row[0], row[0].casefold())
        return lambda row: self._values(row[1])[column - 1]

    def _sorted(self, rows: list[Row]) -> list[Row]:
        return sorted(rows, key=self._key(), reverse=self._descending)

    def _values(self, t: Tally) -> tuple[float, ...]:
        """The figures of columns 1-6."""
        return (
            t.households,
            t.visited,
            pct(t.visited, t.households),
            t.interested,
            t.participants,
            pct(t.participants, t.households),
        )

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            name, t = self.rows[row]
            figures = [
                f"{_num(v)} %" if column in self.PCT_COLUMNS else _num(v)
                for column, v in enumerate(self._values(t), start=1)
            ]
            texts = (name or self.nobody or self.tr("(onbekend)"), *figures)
            self._texts[row] = texts
        return texts

    def widest_texts(self) -> dict[int, list[str]]:
        """Per number column, the texts that may be its widest (digits are all one width): the
        largest count; for a percentage, which is never above 100 with one decimal, the widest
        it can be."""
        out: dict[int, list[str]] = {
            column: [f"{_num(100)} %", f"{_num(99.9)} %"] for column in self.PCT_COLUMNS
        }
        tallies = [t for _name, t in self.rows]
        for column, field in (
            (self.COL_HOUSEHOLDS, "households"),
            (self.COL_VISITED, "visited"),
            (self.COL_INTERESTED, "interested"),
            (self.COL_TAKES_PART, "participants"),
        ):
            out[column] = [_num(max((getattr(t, field) for t in tallies), default=0))]
        return out

    # --- what the view asks ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section in (
            self.COL_TAKES_PART,
            self.COL_TAKES_PART_PCT,
        ):
            return self.tr(
                "Doet mee: de initiatiefnemers en de huishoudens die bij hun laatste bezoek "
                "“doet mee” zeiden, elk huishouden één keer"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.name_header,
            self.tr("Huishoudens"),
            self.tr("Bezocht"),
            "%",
            self.tr("Interesse"),
            self.tr("Doet mee"),
            "%",
        ][section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[index.column()] if index.isValid() else None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column != self.COL_NAME else None
        if role == Qt.ItemDataRole.UserRole and index.isValid():  # the sort key
            row = self.rows[index.row()]
            if column == self.COL_NAME:
                return (not row[0], row[0].casefold())
            return self._values(row[1])[column - 1]
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            self.COL_TAKES_PART,
            self.COL_TAKES_PART_PCT,
        ):
            t = self.rows[index.row()][1]
            return self.tr("doet mee (incl. %1 initiatiefnemers)").replace("%1", _num(t.initiators))
        return None


def tally_table(model: TallyTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)  # the header's clicks reach TallyTableModel.sort
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    model.modelReset.connect(lambda: fit_number_columns(view, grow_only=False))
    model.dataChanged.connect(lambda *_args: fit_number_columns(view, grow_only=True))
    fit_number_columns(view, grow_only=False)
    return view


def fit_number_columns(view: QTableView, *, grow_only: bool) -> None:
    """Make each number column as wide as its heading and its widest figure."""
    model = view.model()
    assert isinstance(model, TallyTableModel)
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    widest = model.widest_texts()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for column in range(1, COLUMNS):
        if view.isColumnHidden(column):
            continue
        width = max(
            [header.sectionSizeHint(column)]
            + [metrics.horizontalAdvance(text) + margin + 2 for text in widest[column]]
        )
        if width > header.sectionSize(column) or not grow_only:
            header.resizeSection(column, width)
