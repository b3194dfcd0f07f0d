"""The street list: streets with their progress on the left, the households of the selection in
walking order in the middle, the selected household's visit history on the right, and the bar
for checking off doors at keyboard speed above the table.

Which households are shown (ids only) is computed on the context's reader thread, so that a filter
over a city of 100,000 households never freezes the window; the rows themselves are read lazily
by :class:`~buurtdesk.gui.household_model.HouseholdTableModel`. The parts beside the table are
their own classes: :class:`StreetsPanel`, :class:`CheckOffBar`, :class:`ReentryBar` and
:class:`HouseholdPanel`; the changes a user can undo are in :mod:`buurtdesk.gui.commands`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.outcomes import Status
from ..domain.progress import pct
from ..errors import Coded
from ..ops.team import assign_streets
from ..store.street_list import (
    HouseholdFilter,
    StreetSummary,
    filter_walk_list,
    first_streets,
    has_households,
    household_ids,
    street_summaries,
)
from .checkoff import CheckOffBar
from .checkoff_actions import CheckOffActions, HouseholdView
from .commands import OperationCommand
from .context import GuiContext
from .empty_state import EmptyState
from .household_model import (
    COL_ADDRESS,
    COL_LAST_VISIT,
    COL_POSTCODE,
    COL_SIDE,
    COL_STATUS,
    HouseholdTableModel,
    RowIndex,
)
from .household_panel import HouseholdPanel
from .reentry import ReentryBar
from .reentry_mode import ReentryMode
from .street_model import StreetTableModel
from .streets_panel import StreetsPanel
from .texts import error_text, status_colour, status_text

WIDE_LIST = 560  # the households' table, below which the visit history folds away
PANEL_WIDTH = 230  # the visit history's width when it comes back
FIRST_STREETS = 8  # streets read before the rest when a window opens on all streets


class FoldingSplitter(QSplitter):
    """A splitter that says when it has been resized (after it has shared out the width)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class StreetPage(CheckOffActions, QWidget):
    householdSelected = Signal(int)  # the household the user selected (for the map)
    householdsLoaded = Signal()  # the table shows the result of the latest selection or filter
    demoRequested = Signal()
    importRequested = Signal()

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self._loaded_generation = -1
        self._showing_first = False  # the table shows the first streets; the rest is coming
        # every household in walking order, once read: a filter on status alone over all
        # streets then needs only the statuses (read again after any change of households)
        self._walk_list: list[int] | None = None
        self._walk_generation = -1
        self._pending_select: int | None = None
        self._own_change = False
        self._checking_off = False
        # the rows of a printed walk list while it is typed back (re-entry); None otherwise
        self._pinned: list[int] | None = None
        self.streets = StreetTableModel(self)
        self.households = HouseholdTableModel(context.db, context.project_id, self)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_main())
        self.empty = EmptyState()
        self.empty.demoRequested.connect(self.demoRequested)
        self.empty.importRequested.connect(self.importRequested)
        self.empty.addStreetRequested.connect(self.add_street)
        self.demo_button, self.import_button = self.empty.demo_button, self.empty.import_button
        self.stack.addWidget(self.empty)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self.reload_households)

        self._said_at = context.undo_stack.index()
        self._stack_index = context.undo_stack.index()
        context.undo_stack.indexChanged.connect(self._undo_moved)
        context.householdsChanged.connect(self._external_change)
        context.visitsChanged.connect(self._external_change)
        context.teamChanged.connect(self._team_changed)
        context.projectChanged.connect(self._project_changed)
        self.reload()

    # --- building --------------------------------------------------------------------------------

    def _build_main(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        splitter = FoldingSplitter(Qt.Orientation.Horizontal)
        splitter.resized.connect(self.fit_panels)
        layout.addWidget(splitter)

        # streets
        left = StreetsPanel(self.context, self.streets)
        left.selectionChanged.connect(self._streets_selected)
        left.addStreetRequested.connect(self.add_street)
        left.assignRequested.connect(
            lambda member_id, assign: self.assign_selected_streets(member_id, assign=assign)
        )
        self.streets_panel = left
        self.connector = left.connector
        self.street_view = left.view
        self.add_street_button = left.add_button
        self.assign_button = left.assign_button
        splitter.addWidget(left)

        # households
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek straat, huisnummer of postcode"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.search.returnPressed.connect(self.reload_households)
        self.search.setMinimumWidth(150)  # the placeholder says what to type, not "Z…"
        filters.addWidget(self.search, 1)
        self.status_filter = QComboBox()
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.addItem(self.tr("Alle statussen"), None)
        for status in Status:
            self.status_filter.addItem(status_colour(status).name(), status.value)
            self.status_filter.setItemText(self.status_filter.count() - 1, status_text(status))
            self.status_filter.setItemData(
                self.status_filter.count() - 1,
                status_colour(status),
                Qt.ItemDataRole.DecorationRole,
            )
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload_households())
        filters.addWidget(self.status_filter)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Looproute"), "walk")
        self.sort.addItem(self.tr("Op status"), "status")
        self.sort.setToolTip(self.tr("Volgorde van de huishoudens"))
        self.sort.currentIndexChanged.connect(lambda _i: self.reload_households())
        filters.addWidget(self.sort)
        self.reentry_button = QPushButton(self.tr("Looplijst invoeren"))
        self.reentry_button.setCheckable(True)
        self.reentry_button.setToolTip(
            self.tr(
                "Typ de lijstcode van de looplijst, dan per rij het rijnummer en de uitkomst, "
                "bijv. 12 3 Enter"
            )
        )
        self.reentry_button.toggled.connect(self.set_reentry_mode)
        filters.addWidget(self.reentry_button)
        mid.addLayout(filters)

        self.reentry_bar = ReentryBar()
        self.reentry = self.reentry_bar.entry
        self.reentry_feedback = self.reentry_bar.feedback
        self.reentry_bar.hide()
        self.reentry_mode = ReentryMode(self, self.reentry_bar)
        mid.addWidget(self.reentry_bar)

        self.checkoff = CheckOffBar(self.context)
        self.checkoff.outcomeChosen.connect(self.check_off)
        self.checkoff.note.returnPressed.connect(lambda: self.table.setFocus())
        mid.addWidget(self.checkoff)

        self.table = HouseholdView()
        self.table.setModel(self.households)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        th = self.table.horizontalHeader()
        th.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in (
            (COL_ADDRESS, 168),
            (COL_SIDE, 56),
            (COL_POSTCODE, 72),
            (COL_STATUS, 142),
            (COL_LAST_VISIT, 136),
        ):
            th.resizeSection(col, width)
        th.setStretchLastSection(True)
        self.table.outcomeKey.connect(self.check_off)
        self.table.letterKey.connect(self.checkoff.answer_keys.press)
        self.table.noteKey.connect(lambda: self.checkoff.note.setFocus())
        self.table.nextKey.connect(self.next_door)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        mid.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)  # two lines on a small screen rather than a cut one
        mid.addWidget(self.summary)
        # What the last key did, so a fast typist can trust it: a line of its own that never
        # widens the page (a long message would squeeze the street list beside it).
        self.last_action = QLabel()
        self.last_action.setObjectName("lastAction")
        self.last_action.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        mid.addWidget(self.last_action)
        splitter.addWidget(middle)

        # the selected household: its visits, a door-card hint, its own note
        right = HouseholdPanel(self.context)
        right.noteEdited.connect(self.save_household_note)
        right.dataRequested.connect(self.show_household_data)
        self.panel = right
        self.door_card = right.door_card
        self.history = right.history
        self.household_note = right.note
        right.setMinimumWidth(220)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([270, 900, 230])
        # the side panels give way on a small screen (drag the edge to bring one back); the
        # households never do
        splitter.setChildrenCollapsible(True)
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        self._auto_collapsed = False
        return page

    def fit_panels(self) -> None:
        """Fold the visit history away while the households would be squeezed beside it (a
        1024×600 screen), and bring it back when the window is wide enough again."""
        splitter = self.splitter
        sizes = splitter.sizes()
        if len(sizes) != 3:
            return
        left, middle, right = sizes
        wanted_middle = WIDE_LIST
        total = sum(sizes)
        if total <= 0:
            return
        if right > 0 and middle < wanted_middle:
            self._auto_collapsed = True
            splitter.setSizes([left, middle + right, 0])
        elif self._auto_collapsed and total - left >= wanted_middle + self.panel.minimumWidth():
            self._auto_collapsed = False
            splitter.setSizes([left, total - left - PANEL_WIDTH, PANEL_WIDTH])

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything again: connectors, streets, households."""
        empty = not has_households(self.context.db)
        self.stack.setCurrentIndex(1 if empty else 0)
        self.streets_panel.fill_connectors()
        self.checkoff.reload()
        self._walk_list = None  # households or streets may have changed: order them again
        flt = self.current_filter()
        if flt == HouseholdFilter() and self._pinned is None:
            # All streets, unfiltered: the first few streets are read first and shown while the
            # worker counts the streets and reads the rest (a city has 100,000 households).
            generation = self._next_generation()
            self._submit_ids(generation, flt, first=True)
            self.reload_streets(progress=False)
            self._submit_ids(generation, flt)
            self.reload_streets()
        else:
            self.reload_streets()
            self.reload_households()

    def is_loading(self) -> bool:
        """True while the worker computes the households of the latest selection or filter."""
        return self._loaded_generation != self._generation or self._filter_timer.isActive()

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 1

    def reload_streets(self, *, progress: bool = True) -> None:
        project_id = self.context.project_id

        def job(db: Any, _progress: Any) -> list[StreetSummary]:
            return street_summaries(db, project_id, progress=progress)

        self._submit(job, self._streets_loaded, self.tr("Straten tellen"))

    def current_filter(self) -> HouseholdFilter:
        member_id = self.streets_panel.connector_id()
        street_ids = self.selected_street_ids()
        return HouseholdFilter(
            street_ids=street_ids,
            member_id=member_id if street_ids is None else None,
            search=self.search.text(),
            statuses=(self.status_filter.currentData(),)
            if self.status_filter.currentData()
            else (),
            sort=self.sort.currentData() or "walk",
        )

    def reload_households(self) -> None:
        self._submit_ids(self._next_generation(), self.current_filter())

    def pin_rows(self, ids: list[int] | None) -> bool:
        """Show exactly these households, in this order (a printed walk list), until unpinned
        with None; True when that changes what should be shown (then reload)."""
        changed = ids != self._pinned
        self._pinned = list(ids) if ids is not None else None
        return changed

    def _next_generation(self) -> int:
        self._filter_timer.stop()
        self._generation += 1
        return self._generation

    def _submit_ids(self, generation: int, flt: HouseholdFilter, *, first: bool = False) -> None:
        project_id = self.context.project_id

        walk_list = self._walk_list
        only_status = replace(flt, statuses=(), sort="walk") == HouseholdFilter()
        pinned = self._pinned

        def job(db: Any, _progress: Any) -> tuple[int, list[int], bool, RowIndex]:
            if pinned is not None:  # the rows of the paper, whatever is chosen on the left
                ids = pinned
            elif first:
                wanted = replace(flt, street_ids=first_streets(db, FIRST_STREETS))
                ids = household_ids(db, project_id, wanted)
            elif walk_list is not None and only_status:
                # a status filter or sort over all streets: the walking order is known already
                ids = filter_walk_list(db, project_id, walk_list, flt.statuses, flt.sort)
            else:
                ids = household_ids(db, project_id, flt)
            return generation, ids, first, RowIndex(ids)

        if not first and flt == HouseholdFilter() and pinned is None:
            self._walk_generation = generation  # this answer is the whole walking order

        self._submit(job, self._households_loaded, self.tr("Huishoudens zoeken"))

    def _submit(self, fn: Any, done: Any, label: str) -> None:
        self.context.reader.run(fn, label, on_finished=done, on_failed=self._job_failed)

    def _job_failed(self, exc: object) -> None:
        self.summary.setText(
            self.tr("Fout bij lezen: %1").replace(
                "%1", error_text(exc) if isinstance(exc, BaseException) else str(exc)
            )
        )

    def _streets_loaded(self, streets: list[StreetSummary]) -> None:
        if self.context.closed:
            return
        if self.streets.update_counts(streets):
            self._update_summary()
            return
        selected = self.selected_street_ids()
        self.streets.set_streets(streets)  # a reset: the selection is put back, quietly
        self.streets_panel.apply_connector_streets()
        self.streets_panel.select_streets(selected, quiet=True)
        self._update_summary()

    def _households_loaded(self, result: tuple[int, list[int], bool, RowIndex]) -> None:
        generation, ids, partial, positions = result
        if self.context.closed:
            return
        if generation != self._generation:
            return  # an older filter; a newer one is on its way
        if not partial:
            self._loaded_generation = generation
            if generation == self._walk_generation:
                self._walk_list = ids  # kept, never changed: later lists are new lists
            if self._showing_first and self.households.extend_ids(ids, positions):
                self._showing_first = False
                if self._pending_select is not None:  # it was not among the first streets
                    self.select_row(self.households.row_of(self._pending_select))
                    self._pending_select = None
                self._update_summary()
                self.householdsLoaded.emit()
                return
        self._showing_first = partial
        previous = self.selected_household_id()
        self.households.set_project(self.context.project_id)
        self.households.set_ids(ids, positions)
        wanted = self._pending_select if self._pending_select is not None else previous
        row = self.households.row_of(wanted) if wanted is not None else -1
        if not (partial and row < 0):
            self._pending_select = None  # else: wait for the rest of the list
        if row < 0 and ids:
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self._show_history(None)
        self._update_summary()
        self.householdsLoaded.emit()

    def _update_summary(self) -> None:
        total, visited, taking_part = self.streets.totals()
        shown = self.households.rowCount()
        text = self.tr("%1 huishoudens in beeld").replace("%1", f"{shown:,}".replace(",", "."))
        if total:
            text += " · " + self.tr(
                "%1 van %2 bezocht, %3 doen mee (%4%, incl. %5 initiatiefnemers)"
            ).replace("%1", str(visited)).replace("%2", str(total)).replace(
                "%3", str(taking_part)
            ).replace("%4", QLocale().toString(pct(taking_part, total), "f", 1)).replace(
                "%5", str(self.streets.initiators())
            )
        self.summary.setText(text)

    # --- streets and connectors ------------------------------------------------------------------

    def selected_street_ids(self) -> tuple[int, ...] | None:
        return self.streets_panel.selected_street_ids()

    def select_streets(self, street_ids: list[int]) -> None:
        self.streets_panel.select_streets(tuple(street_ids))

    def _streets_selected(self) -> None:
        self._update_summary()
        self.reload_households()

    def assign_selected_streets(self, member_id: int, *, assign: bool = True) -> None:
        """Give the chosen streets to a connector (or take them away), undoably."""
        street_ids = self.selected_street_ids() or ()
        if not street_ids:
            return
        try:
            assigned = assign_streets(self.context.db, member_id, street_ids, assign=assign)
        except Coded as exc:
            self._assign_failed(exc)
            return
        self._assignments_changed()
        if assigned.entry_id is not None:
            self.context.undo_stack.push(
                OperationCommand(
                    self.context,
                    self.tr("Straten toegewezen") if assign else self.tr("Toewijzing weggehaald"),
                    assigned.entry_id,
                    self._assignments_changed,
                    self._assign_failed,
                )
            )

    def _assign_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Straten toewijzen"), error_text(exc))

    def _assignments_changed(self) -> None:
        self._own_change = True
        self.context.teamChanged.emit()
        self._own_change = False
        self.streets_panel.apply_connector_streets()
        self.reload_streets()

    def _team_changed(self) -> None:
        self.streets_panel.fill_connectors()
        self.checkoff.reload()
        if not self._own_change:
            self.reload_streets()

    def _project_changed(self) -> None:
        self.households.set_project(self.context.project_id)
        self.reload()

    def _external_change(self) -> None:
        if not self._own_change:
            self.reload()

    # --- households and check-off ----------------------------------------------------------------

    def selected_household_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.households.household_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.households.rowCount():
            return
        index = self.households.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_when_loaded(self, household_id: int) -> None:
        """Make this household the current one once the loading list shows it (a restored
        session)."""
        row = self.households.row_of(household_id)
        if row >= 0 and not self.is_loading():
            self.select_row(row)
        else:
            self._pending_select = household_id

    def select_household(self, household_id: int) -> None:
        """Show a household picked on the map; the selection widens when it is not shown."""
        row = self.households.row_of(household_id)
        if row >= 0:
            self.select_row(row)
            return
        self._pending_select = household_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.streets_panel.show_all_connectors()
        self.streets_panel.clear_selection_quietly()
        self.reload_households()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        household_id = self.households.household_id(current.row()) if current.isValid() else None
        self._show_history(household_id)
        if household_id is not None:
            self.householdSelected.emit(household_id)

    def _show_history(self, household_id: int | None) -> None:
        item = None
        if household_id is not None:
            item = self.households.household(self.households.row_of(household_id))
        self.panel.show_household(item)

    # --- re-entry from a printed walk list (buurtdesk.gui.reentry_mode) ---------------------------

    def set_reentry_mode(self, on: bool) -> None:
        self.reentry_button.blockSignals(True)
        self.reentry_button.setChecked(on)
        self.reentry_button.blockSignals(False)
        if on:
            self.reentry_mode.start()
        elif self.reentry_mode.active:
            self.reentry_mode.stop()

    # --- adding a street -------------------------------------------------------------------------

    def add_street(self) -> None:
        from .street_dialog import AddStreetDialog

        dialog = AddStreetDialog(self.context, self)
        if dialog.exec():
            self._own_change = True
            self.context.householdsChanged.emit()
            self._own_change = False
            self.reload()
