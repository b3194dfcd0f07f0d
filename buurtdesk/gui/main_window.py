"""The main window: a navigation list over the pages of :data:`~buurtdesk.gui.pages.PAGES`, the
menus, and the wiring between the street list and the map.

Pages are built the first time they are shown (the street page at once), so that a part that is
slow to build never delays the window. A page that fails to build says why instead of taking the
window down.
"""

from __future__ import annotations

import sqlite3
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..io.address_import import (
    ColumnsNotFound,
    ImportOptions,
    ImportReport,
    detect_columns,
    looks_like_header,
)
from ..io.tabular import preview_table
from ..ops import demo as demo_ops
from ..ops import importing as import_ops
from ..store.neighbourhood import get_neighbourhood
from ..store.store_errors import database_error
from . import backup_dialog, closing_dialog, privacy_dialogs
from .column_map_dialog import ColumnMapDialog
from .context import GuiContext
from .file_watch import FileWatch
from .job_progress import run_with_progress
from .pages import PAGES, BrokenPage
from .screen_fit import fit_to_screen
from .texts import error_text
from .worker import Job

NAV_WIDTH = 132
DEFAULT_SIZE = QSize(1400, 820)  # what the window opens at when the screen has room for it


# Said in the language just chosen (not through tr(), which speaks the one still shown).
RESTART_NOTICE = {
    "nl": ("Taal", "De nieuwe taal geldt vanaf de volgende keer dat u BuurtDesk start."),
    "en": ("Language", "The new language takes effect the next time you start BuurtDesk."),
}


def settings() -> QSettings:
    return QSettings("BuurtDesk", "BuurtDesk")


def language_in_use() -> str:
    """The language the interface is shown in: English when our English translation is
    installed, else Dutch (the source language), whatever the setting says."""
    probe = "&Bestand"
    return "en" if QCoreApplication.translate("MainWindow", probe) != probe else "nl"


class MainWindow(QMainWindow):
    openFileRequested = Signal(object)  # Path: the app opens another neighbourhood file

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages: dict[str, QWidget] = {}
        self.column_map_dialog: ColumnMapDialog | None = None
        self.last_import_report = ""
        self.setWindowTitle(self._title())
        context.projectChanged.connect(self.refresh_title)  # another project, or a new one
        self.setMinimumSize(QSize(760, 520))  # a 1024×600 netbook still has room to spare

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("Pages", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        self._build_status_bar()
        self.street_page = self.page("streets")
        self._restore()
        self._fitted = False  # fitted to the screen again once shown (see showEvent)
        self._close_when_idle = False  # the user chose to quit once the running job has ended
        self.context.worker.busyChanged.connect(self._worker_busy)
        # what another program writes shows up here; the file is checked in the background
        self.file_watch = FileWatch(context, self)
        backup_dialog.install(self)  # the day's backup, once the check found the file sound
        closing_dialog.remind(self)  # a project over for three months: close it
        self.file_watch.check_in_background()

    # --- pages -----------------------------------------------------------------------------------

    def _title(self) -> str:
        """ "buurt — BuurtDesk": the application's name last and once (Qt adds the display name
        only to a title that does not already end with it)."""
        project = self.context.project
        name = get_neighbourhood(self.context.db).name or self.context.db_path.stem
        if project is not None and project.title and project.title != name:
            name = f"{name} · {project.title}"
        return f"{name} — BuurtDesk"

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built on first use."""
        if key in self.pages:
            return self.pages[key]
        index = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        spec = PAGES[index]
        widget: QWidget
        try:
            widget = spec.load()(self.context, None)
        except Exception as exc:  # one broken part must not take the whole window down
            traceback.print_exc()
            widget = BrokenPage(
                spec,
                self.tr("Deze pagina kon niet worden geopend: %1").replace("%1", error_text(exc)),
            )
        holder = self.stack.widget(index)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(widget)
        self.pages[key] = widget
        self._wire(key, widget)
        return widget

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(PAGES) if spec.key == key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def current_page_key(self) -> str:
        row = self.nav.currentRow()
        return PAGES[row].key if 0 <= row < len(PAGES) else "streets"

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(PAGES):
            return
        self.page(PAGES[row].key)
        self.stack.setCurrentIndex(row)

    def _wire(self, key: str, widget: QWidget) -> None:
        """The street list and the map follow each other's selection (when the map exists)."""
        if key == "streets":
            widget.householdSelected.connect(self._street_selection)  # type: ignore[attr-defined]
            widget.demoRequested.connect(self.open_demo)  # type: ignore[attr-defined]
            widget.importRequested.connect(self.import_addresses)  # type: ignore[attr-defined]
        if key == "map":
            activated = getattr(widget, "householdActivated", None)
            if activated is not None:
                activated.connect(self.show_household_in_list)
            selected = self.street_page.selected_household_id()  # type: ignore[attr-defined]
            if selected is not None:
                self._street_selection(selected)

    def _street_selection(self, household_id: int) -> None:
        map_page = self.pages.get("map")
        select = getattr(map_page, "select_household", None)
        if callable(select):
            select(household_id)

    def show_household_in_list(self, household_id: int) -> None:
        """A click on the map: to the street list, with that household selected."""
        self.show_page("streets")
        self.street_page.select_household(household_id)  # type: ignore[attr-defined]

    # --- menus -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_action = file_menu.addAction(self.tr("&Nieuwe buurt…"), self.new_file)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = file_menu.addAction(self.tr("&Openen…"), self.open_file)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(
            self.tr("Adressen &inlezen…"), self.import_addresses
        )
        self.demo_action = file_menu.addAction(self.tr("&Voorbeeldbuurt maken"), self.open_demo)
        self.join_action = file_menu.addAction(self.tr("&Startpakket openen…"), self.join_package)
        self.restore_action = file_menu.addAction(
            self.tr("&Reservekopie terugzetten…"), self.restore_backup
        )
        file_menu.addSeparator()
        self.statement_action = file_menu.addAction(
            self.tr("&Privacyverklaring opslaan…"),
            lambda: privacy_dialogs.save_privacy_statement(self),
        )
        self.register_action = file_menu.addAction(
            self.tr("Register van &verwerkingen opslaan…"),
            lambda: privacy_dialogs.save_processing_register(self),
        )
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Afsluiten"), self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("Be&werken"))
        undo = self.context.undo_stack.createUndoAction(self, self.tr("Ongedaan maken"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.context.undo_stack.createRedoAction(self, self.tr("Opnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        add_street = edit.addAction(self.tr("Straat &toevoegen…"), self._add_street)
        add_street.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.reentry_action = QAction(self.tr("&Looplijst invoeren"), self)
        self.reentry_action.setShortcut(QKeySequence("Ctrl+L"))
        self.reentry_action.triggered.connect(self._toggle_reentry)
        edit.addAction(self.reentry_action)
        find = edit.addAction(self.tr("&Zoeken"), self._focus_search)
        find.setShortcut(QKeySequence.StandardKey.Find)

        view = bar.addMenu(self.tr("&Beeld"))
        for i, spec in enumerate(PAGES):
            action = view.addAction(QCoreApplication.translate("Pages", spec.title))
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))

        language = bar.addMenu(self.tr("&Taal"))
        group = QActionGroup(language)  # one tick, on the language the window is shown in
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == language_in_use())
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&Handleiding"), self.show_guide)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.tr("&Startassistent…"), self.start_first_run)
        help_menu.addAction(self.tr("&Sneltoetsen"), self._show_keys)
        help_menu.addAction(self.tr("&Over BuurtDesk"), self._about)

        self.demo_action.setToolTip(
            self.tr("Een verzonnen buurt om rond te kijken; alleen in een leeg bestand.")
        )
        file_menu.setToolTipsVisible(True)

    def _build_status_bar(self) -> None:
        self.busy = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().showMessage(str(self.context.db_path))
        self.context.worker.busyChanged.connect(self._show_busy)

    @Slot(bool)  # real slots: the worker outlives a closed window, and Qt then drops these
    def _show_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("bezig…") if busy else "")

    def _add_street(self) -> None:
        self.show_page("streets")
        self.street_page.add_street()  # type: ignore[attr-defined]

    def _toggle_reentry(self) -> None:
        page = self.show_page("streets")
        page.set_reentry_mode(not page.reentry_bar.isVisible())  # type: ignore[attr-defined]

    def _focus_search(self) -> None:
        page = self.show_page("streets")
        page.search.setFocus()  # type: ignore[attr-defined]
        page.search.selectAll()  # type: ignore[attr-defined]

    def _set_language(self, code: str) -> None:
        settings().setValue("language", code)
        if code == language_in_use():
            return  # already shown in it: nothing changes, nothing to say
        title, text = RESTART_NOTICE[code]  # in the language just chosen: the user reads that one
        QMessageBox.information(self, title, text)

    def _show_keys(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Sneltoetsen"),
            self.tr(
                "In de lijst met huishoudens:\n"
                "1 niet thuis · 2 gesproken · 3 geïnteresseerd · 4 doet mee · "
                "5 geen interesse · 6 niet bezoeken\n"
                "N: notitie bij het volgende bezoek\n"
                "Ctrl+Z ongedaan maken · Ctrl+Shift+Z opnieuw\n"
                "Ctrl+L looplijst invoeren: één toets per deur (de uitkomst 1-6, spatie slaat "
                "een rij over, r12 Enter gaat naar rij 12)\n"
                "Ctrl+F zoeken · Ctrl+1 … Ctrl+9 de pagina's · F1 de handleiding"
            ),
        )

    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("Over BuurtDesk"),
            self.tr(
                "BuurtDesk %1\nVoor buurtteams: huishoudens, bezoeken, team en plan, "
                "zonder internet."
            ).replace("%1", __version__),
        )

    # --- files, import and demo ------------------------------------------------------------------

    def new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nieuwe buurt"),
            str(self.context.db_path.parent),
            self.tr("BuurtDesk-bestanden (*.buurtdesk)"),
        )
        if path:
            if not path.endswith(".buurtdesk"):
                path += ".buurtdesk"
            self.openFileRequested.emit(Path(path))

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Buurt openen"),
            str(self.context.db_path.parent),
            self.tr("BuurtDesk-bestanden (*.buurtdesk *.sqlite);;Alle bestanden (*)"),
        )
        if path:
            self.openFileRequested.emit(Path(path))

    def join_package(self) -> QWidget:
        """A start package into a new file, which then opens (exchange_dialogs.start_join)."""
        from .exchange_dialogs import start_join

        return start_join(self)

    def run_job(self, fn: Any, label: str, done: Any, on_failed: Any = None) -> Job:
        """Long work through the worker, with a progress dialog that can cancel it;
        ``on_failed(exc)`` instead of the usual message when given."""
        return run_with_progress(self, fn, label, done, on_failed)

    def _failed(self, label: str, exc: object) -> None:
        if isinstance(exc, sqlite3.DatabaseError):
            text = error_text(database_error(exc))
        else:
            text = error_text(exc) if isinstance(exc, BaseException) else str(exc)
        QMessageBox.warning(self, "BuurtDesk", f"{label}:\n{text}")

    def show_guide(self) -> QWidget:
        """The offline guide, in the language the window is shown in."""
        from .guide import GuideDialog

        dialog = GuideDialog(language_in_use(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def start_first_run(self) -> QWidget:
        """The wizard from nothing to walk lists (it opens by itself on a new installation)."""
        from .first_run import show_first_run

        return show_first_run(self)

    def open_demo(self) -> Job:
        """Write the demo neighbourhood into this (empty) file, through the worker; the
        operation refuses a file that holds anything (ops.demo), and that is what is said."""

        def job(db: Any, progress: Any) -> Any:
            return demo_ops.write_demo(db, demo_ops.plan_demo(), progress=progress)

        return self.run_job(job, self.tr("Voorbeeldbuurt maken…"), lambda _r: self._data_arrived())

    def import_addresses(self) -> None:
        """Read an address file (CSV, Excel, BAG GeoPackage) through the worker."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Adressenbestand inlezen"),
            "",
            self.tr("Adressen (*.csv *.txt *.xlsx *.gpkg);;Alle bestanden (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, mapping: dict[str, str] | None = None) -> Job:
        """Import through the worker; a file whose columns are not recognised opens the
        column dialog, and its choice comes back here as ``mapping`` (what --map gives)."""
        options = ImportOptions(mapping=dict(mapping or {}))
        label = self.tr("Adressen inlezen…")

        def job(db: Any, progress: Any) -> ImportReport:
            return import_ops.import_addresses(db, path, options, progress=progress)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ColumnsNotFound):
                self.choose_columns(path)
            else:
                self._failed(label, exc)

        return self.run_job(job, label, self._imported, on_failed=failed)

    def choose_columns(self, path: Path) -> ColumnMapDialog | None:
        """Show the file's first rows and let the user choose its columns, then import."""
        try:
            preview = preview_table(path, looks_like_header)
        except UserError as exc:
            self._failed(self.tr("Adressen inlezen…"), exc)
            return None
        dialog = ColumnMapDialog(path, preview, detect_columns(preview.header), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.import_file(path, dialog.mapping()))
        dialog.finished.connect(self._column_dialog_closed)
        self.column_map_dialog = dialog
        dialog.open()
        return dialog

    def _column_dialog_closed(self) -> None:
        self.column_map_dialog = None  # it deletes itself on close

    def _imported(self, report: ImportReport) -> None:
        self._data_arrived()
        text = (
            self.tr("%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd")
            .replace("%1", Path(report.file).name)
            .replace("%2", str(report.added))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged))
        )
        if report.other_reading:  # 4H in the file, 4 H known: the same door
            text += (
                self.tr("; %1 anders geschreven, als bestaand huishouden genomen (%2)")
                .replace("%1", str(report.other_reading))
                .replace("%2", ", ".join(report.other_reading_examples))
            )
        if report.straight_streets:
            text += self.tr("; doorlopend genummerd: %1").replace(
                "%1", ", ".join(report.straight_streets)
            )
        if report.layers:
            layers = ", ".join(f"{layer.name} {layer.addresses}" for layer in report.layers)
            text += " — " + self.tr("per laag: %1").replace("%1", layers)
        if report.skipped_layers:
            text += " — " + self.tr("niet gelezen: %1").replace(
                "%1", ", ".join(report.skipped_layers)
            )
        if report.not_dwelling:
            text += " — " + self.tr("%1 geen woning").replace("%1", str(report.not_dwelling))
        self.last_import_report = text
        self.statusBar().showMessage(text, 30000)

    def restore_backup(self) -> backup_dialog.RestoreDialog:
        dialog = backup_dialog.RestoreDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _data_arrived(self) -> None:
        self.context.reload_project()
        self.context.householdsChanged.emit()
        self.context.teamChanged.emit()
        self.refresh_title()

    @Slot()  # a real slot: Qt drops the connection when the window is gone
    def refresh_title(self) -> None:
        """The title after the neighbourhood's name or project changed."""
        self.setWindowTitle(self._title())

    # --- settings --------------------------------------------------------------------------------

    def _restore(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        self.fit_screen()
        self._restored_size = self.size()
        last = str(store.value("window/household", "") or "")
        path, _, household = last.rpartition("|")
        if path == str(self.context.db_path) and household.isdigit():
            self.street_page.select_when_loaded(int(household))  # type: ignore[attr-defined]
        key = str(store.value("window/page", "streets"))
        if key not in {spec.key for spec in PAGES}:
            key = "streets"
        self.show_page(key)

    def fit_screen(self) -> None:
        fit_to_screen(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # once shown, the frame (title bar, borders) is known: fit again
            self._fitted = True
            if self.size() == self._restored_size:  # not when resized on purpose since
                self.fit_screen()

    def save_settings(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/page", self.current_page_key())
        selected = self.street_page.selected_household_id()  # type: ignore[attr-defined]
        if selected is not None:
            store.setValue("window/household", f"{self.context.db_path}|{selected}")
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        job = self.context.worker.current
        if job is not None and job.writes:
            event.ignore()  # never close under a job that writes: stop it or wait for it
            if self._close_when_idle:
                return  # already asked; the window closes when the job has ended
            choice = self.ask_quit_during_job(job)
            if choice == "cancel":
                return
            if choice == "stop":
                job.cancel()
            self._close_when_idle = True
            self.statusBar().showMessage(
                self.tr("BuurtDesk sluit zodra %1 klaar is…").replace("%1", job.label.rstrip("…. "))
            )
            return
        self.file_watch.timer.stop()
        self.save_settings()
        super().closeEvent(event)

    def ask_quit_during_job(self, job: Job) -> str:
        """Stop the job (its transaction is rolled back: nothing of it is saved), wait for it
        (the window closes when it has ended), or keep the window open: "stop", "wait" or
        "cancel"."""
        box = QMessageBox(self)
        box.setObjectName("quitDuringJob")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("BuurtDesk")
        box.setText(self.tr("BuurtDesk is nog bezig: %1.").replace("%1", job.label.rstrip("…. ")))
        box.setInformativeText(
            self.tr(
                "Stoppen: er wordt niets van opgeslagen (is het opslaan al begonnen, dan "
                "gebeurt dat nog helemaal). Wachten: BuurtDesk sluit zodra het klaar is."
            )
        )
        stop = box.addButton(self.tr("Stoppen en sluiten"), QMessageBox.ButtonRole.DestructiveRole)
        stop.setObjectName("stop")
        wait = box.addButton(self.tr("Wachten en sluiten"), QMessageBox.ButtonRole.AcceptRole)
        wait.setObjectName("wait")
        keep = box.addButton(self.tr("Niet sluiten"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("cancel")
        box.setDefaultButton(wait)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "stop" if clicked is stop else "wait" if clicked is wait else "cancel"

    @Slot(bool)
    def _worker_busy(self, busy: bool) -> None:
        if not busy and self._close_when_idle:
            # after the job's own report (queued before this) has been handled; with the window
            # as the timer's context, so a window deleted meanwhile is never called
            QTimer.singleShot(0, self, self.close)
