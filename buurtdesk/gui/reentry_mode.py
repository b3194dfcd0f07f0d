"""Re-entry mode of the street list: what a typed list code and a typed row do.

The rows and the visitor come from the list on the paper, never from the check-off bar's
"Verbinder" box: a code typed from the top right of a printed walk list restores exactly the rows
that were printed (the store remembers every exported list) and the connector it was printed for.
A list printed for streets asks who walked it before the first row. Without a code, the list on
screen is used as the paper's (the connector chosen on the left is the visitor; otherwise asked).

While re-entry is on, the table shows those rows and nothing changes them (no search, filter or
sort); a row at a door that asked not to be visited asks for confirmation, like a check-off key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ..domain.outcomes import Outcome
from ..domain.team import Role
from ..domain.walklist import list_code, parse_list_code
from ..store.team import list_members
from ..store.walklists import PrintedList, existing_households, find_list
from .reentry import ReentryBar
from .texts import outcome_text

if TYPE_CHECKING:
    from .street_page import StreetPage


class ReentryMode(QObject):
    def __init__(self, page: StreetPage, bar: ReentryBar) -> None:
        super().__init__(page)
        self._page = page
        self.bar = bar
        self.walk: PrintedList | None = None
        self.visitor: str | None = None
        bar.codeEntered.connect(self._code_entered)
        bar.screenListChosen.connect(self._screen_list)
        bar.walkerChosen.connect(self._walker_chosen)
        bar.entered.connect(self._entered)
        bar.keyed.connect(self._keyed)
        bar.stepped.connect(lambda step: self._go(self._cursor + step))
        bar.jumped.connect(self._jump)
        page.householdsLoaded.connect(lambda: self._go(self._cursor) if self.active else None)
        self._follows_table = False
        self._cursor = 1  # the row of the paper the next outcome key records (1-based)
        self._rows: dict[int, int] = {}  # household id -> row of the paper
        bar.otherListRequested.connect(self._other_list)
        bar.leaveRequested.connect(lambda: page.set_reentry_mode(False))

    @property
    def active(self) -> bool:
        return self.bar.isVisible()

    # --- on and off ------------------------------------------------------------------------------

    def start(self) -> None:
        page = self._page
        self.bar.entry.letters = frozenset(page.checkoff.answer_keys.keys)
        if not self._follows_table:  # the table and the check-off bar are made after this bar
            page.table.selectionModel().currentRowChanged.connect(self._selection_moved)
            self.bar.lettered.connect(page.checkoff.answer_keys.press)
            self._follows_table = True
        self.bar.show()
        # The rows must be those of the paper: no search, status filter or sort.
        changed = False
        for combo, wanted in ((page.sort, page.sort.findData("walk")), (page.status_filter, 0)):
            if combo.currentIndex() != wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(wanted)
                combo.blockSignals(False)
                changed = True
        if page.search.text():
            page.search.blockSignals(True)
            page.search.clear()
            page.search.blockSignals(False)
            changed = True
        for widget in (page.search, page.status_filter, page.sort):
            widget.setEnabled(False)
        page.checkoff.set_fixed_visitor("")
        if changed:
            page.reload_households()
        self._other_list()

    def stop(self) -> None:
        page = self._page
        self.bar.hide()
        self.walk, self.visitor = None, None
        for widget in (page.search, page.status_filter, page.sort):
            widget.setEnabled(True)
        page.checkoff.set_fixed_visitor(None)
        if page.pin_rows(None):
            page.reload_households()
        page.table.setFocus()

    def _other_list(self) -> None:
        self.walk, self.visitor = None, None
        self._page.checkoff.set_fixed_visitor("")
        if self._page.pin_rows(None):
            self._page.reload_households()
        self.bar.ask_code()

    # --- which list ------------------------------------------------------------------------------

    def _code_entered(self, text: str) -> None:
        code = parse_list_code(text)
        if code is None:
            self.bar.refuse(
                self.tr(
                    "“%1” is geen lijstcode: die staat rechtsboven op elke bladzijde, "
                    "bijv. LL-1128-293A"
                ).replace("%1", text.strip())
            )
            return
        walk = find_list(self._page.context.db, code)
        if walk is None:
            self.bar.refuse(
                self.tr(
                    "Geen looplijst met code %1. Klopt de code? Een lijst die niet met BuurtDesk "
                    "is gedrukt: kies links de straten of verbinder en dan ‘Zonder code’."
                ).replace("%1", text.strip().upper())
            )
            return
        self._use(walk)

    def _screen_list(self) -> None:
        page = self._page
        if page.is_loading():
            self.bar.refuse(self.tr("Even geduld: de lijst wordt nog geladen."))
            return
        ids = tuple(page.households.ids())
        if not ids:
            self.bar.refuse(self.tr("Er staan geen huishoudens op het scherm."))
            return
        connector = ""
        if page.selected_street_ids() is None and page.streets_panel.connector_id() is not None:
            connector = page.streets_panel.connector.currentText()
        code = list_code(ids)
        self._use(PrintedList(code, code, connector, "", ids, ""))

    def _use(self, walk: PrintedList) -> None:
        self.walk = walk
        self._rows = {}
        for number, household_id in enumerate(walk.household_ids, start=1):
            self._rows.setdefault(household_id, number)
        self._page.pin_rows(list(walk.household_ids))
        self._page.reload_households()
        self._go(1)
        self.visitor = walk.connector or None
        self._page.checkoff.set_fixed_visitor(self.visitor or "")
        if self.visitor:
            self.bar.show_list(self._title(), None)
        else:
            self.bar.show_list(self._title(), self._connectors())
        gone = len(walk.household_ids) - len(
            existing_households(self._page.context.db, walk.household_ids)
        )
        text = (
            self.tr("Rijen 1 tot %1, lijstcode %2.")
            .replace("%1", str(len(walk.household_ids)))
            .replace("%2", walk.ident)
        )
        if gone:
            text += " " + self.tr("%1 adressen van deze lijst bestaan niet meer.").replace(
                "%1", str(gone)
            )
        if not self.visitor:
            text += " " + self.tr(
                "Deze lijst is voor straten gedrukt (%1), niet voor een verbinder: "
                "kies wie hem liep."
            ).replace("%1", walk.streets or self.tr("de keuze op het scherm"))
        self.bar.say(text, error=False)

    def _title(self) -> str:
        assert self.walk is not None
        who = self.visitor or self.tr("verbinder?")
        return self.tr("Looplijst %1 · %2").replace("%1", self.walk.ident).replace("%2", who)

    def _connectors(self) -> list[str]:
        members = list_members(self._page.context.db)
        return [m.name for m in members if Role.CONNECTOR in m.roles] or [m.name for m in members]

    def _walker_chosen(self, name: str) -> None:
        if not name:
            return
        self.visitor = name
        self._page.checkoff.set_fixed_visitor(name)
        self.bar.walker_set(self._title())
        self.bar.say(
            self.tr("De bezoeken van deze lijst komen op naam van %1.").replace("%1", name),
            error=False,
        )

    # --- the row it stands on --------------------------------------------------------------------

    def _go(self, row: int) -> None:
        """Stand on this row of the paper (past the last one: the list is done)."""
        walk = self.walk
        if walk is None:
            return
        total = len(walk.household_ids)
        self._cursor = max(1, min(row, total + 1))
        if self._cursor > total:
            self.bar.show_current(self.tr("Einde van de lijst"))
            return
        household_id = walk.household_ids[self._cursor - 1]
        self._page.select_when_loaded(household_id)
        if self._page.is_loading():  # shown again when the list is there
            where = "…"
        else:
            table_row = self._page.households.row_of(household_id)
            item = self._page.households.household(table_row) if table_row >= 0 else None
            where = item.address if item is not None else self.tr("adres bestaat niet meer")
        self.bar.show_current(
            self.tr("Rij %1: %2").replace("%1", str(self._cursor)).replace("%2", where)
        )

    def _selection_moved(self) -> None:
        """A row clicked in the table is where the next key goes."""
        household_id = self._page.selected_household_id()
        row = self._rows.get(household_id) if household_id is not None else None
        if self.active and self.walk is not None and row is not None and row != self._cursor:
            self._go(row)

    def _jump(self, row: int) -> None:
        if self.walk is None:
            return
        total = len(self.walk.household_ids)
        if not 1 <= row <= total:
            self.bar.refuse(
                self.tr("Rij %1 staat niet op deze lijst (1 tot %2)")
                .replace("%1", str(row))
                .replace("%2", str(total))
            )
            return
        self._go(row)
        self.bar.say(self.tr("Naar rij %1.").replace("%1", str(row)), error=False)

    def _keyed(self, outcome: Outcome) -> None:
        """One key a door: the outcome for the row it stands on."""
        if self.walk is None:
            return
        if self._cursor > len(self.walk.household_ids):
            self.bar.refuse(
                self.tr("Dit was de laatste rij. Met r en een rijnummer gaat u terug, bijv. r12")
            )
            return
        self._entered(self._cursor, outcome, "")

    # --- the rows --------------------------------------------------------------------------------

    def _entered(self, row: int, outcome: Outcome, note: str) -> None:
        page = self._page
        walk = self.walk
        if walk is None:
            return
        if not self.visitor:
            self.bar.refuse(self.tr("Kies eerst wie deze lijst liep."))
            return
        if page.is_loading():  # the rows are about to change; never record on a stale list
            self.bar.refuse(
                self.tr("Even geduld: de lijst wordt nog geladen. Druk zo opnieuw op Enter.")
            )
            return
        total = len(walk.household_ids)
        if not 1 <= row <= total:
            self.bar.refuse(
                self.tr("Rij %1 staat niet op deze lijst (1 tot %2)")
                .replace("%1", str(row))
                .replace("%2", str(total))
            )
            return
        table_row = page.households.row_of(walk.household_ids[row - 1])
        item = page.households.household(table_row) if table_row >= 0 else None
        if item is None:
            self.bar.refuse(
                self.tr("Het adres van rij %1 bestaat niet meer").replace("%1", str(row))
            )
            return
        if note:
            page.checkoff.note.setText(note)
        page.select_row(table_row)
        if not page.check_off(outcome, visitor=self.visitor):
            page.checkoff.note.clear()
            self.bar.refuse(
                self.tr("Rij %1 (%2) niet opgeslagen. %3")
                .replace("%1", str(row))
                .replace("%2", item.address)
                .replace("%3", page.last_action.text())
            )
            return
        self.bar.entry.clear()
        self.bar.entry.setFocus()
        self._go(row + 1)
        self.bar.say(
            self.tr("Rij %1: %2 — %3 (%4)")
            .replace("%1", str(row))
            .replace("%2", item.address)
            .replace("%3", outcome_text(outcome))
            .replace("%4", self.visitor),
            error=False,
        )
