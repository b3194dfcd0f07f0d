"""The dialog in front of every printable: what to print and for whom.

One dialog class serves the five kinds; it shows only the choices that kind has and hands back
plain :class:`PrintOptions`. Other screens open it through :func:`start_print` with a preset
(the street list with its selected streets, the team board with a connector).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ..errors import UserError
from ..io.pdf.common import ExportCancelled, check_target
from ..io.pdf.exports import (
    ExportResult,
    export_doorcards,
    export_letter,
    export_plan,
    export_report,
    export_walklist,
)
from ..io.pdf.letter import list_templates
from ..store.printing import connector_choices, street_choices
from .context import GuiContext
from .forms.ui_print_dialog import Ui_PrintDialog
from .texts import error_text


class PrintKind(StrEnum):
    WALKLIST = "walklist"
    DOORCARDS = "doorcards"
    LETTER = "letter"
    REPORT = "report"
    PLAN = "plan"


def kind_title(kind: PrintKind) -> str:
    return {
        PrintKind.WALKLIST: QCoreApplication.translate("Print", "Looplijst"),
        PrintKind.DOORCARDS: QCoreApplication.translate("Print", "Deurkaarten"),
        PrintKind.LETTER: QCoreApplication.translate("Print", "Buurtbrief of uitnodiging"),
        PrintKind.REPORT: QCoreApplication.translate("Print", "Verslag voor de gemeente"),
        PrintKind.PLAN: QCoreApplication.translate("Print", "Plan op één pagina"),
    }[kind]


def kind_text(kind: PrintKind) -> str:
    return {
        PrintKind.WALKLIST: QCoreApplication.translate(
            "Print",
            "Voor aan de deur: per verbinder of straat, in looproute-volgorde, met rijnummers, "
            "vakjes om aan te kruisen en een voorblad met de kernboodschap.",
        ),
        PrintKind.DOORCARDS: QCoreApplication.translate(
            "Print",
            "\u201cSorry, we hebben u gemist\u201d: vier kaarten per A4 met snijtekens, "
            "eventueel met een QR-code naar een website of telefoonnummer.",
        ),
        PrintKind.LETTER: QCoreApplication.translate(
            "Print",
            "Eén brief per huishouden, uit een sjabloon, met het adres op de plek van het "
            "venster van een vensterenvelop.",
        ),
        PrintKind.REPORT: QCoreApplication.translate(
            "Print",
            "Alleen cijfers en grafieken: deelname per straat en per week, team, mijlpalen en "
            "activiteiten. Geen adressen of namen van huishoudens.",
        ),
        PrintKind.PLAN: QCoreApplication.translate(
            "Print",
            "Het stappenplan week voor week op één A4 liggend, voor aan de keukentafel.",
        ),
    }[kind]


DEFAULT_NAMES = {
    PrintKind.WALKLIST: "looplijst.pdf",
    PrintKind.DOORCARDS: "deurkaarten.pdf",
    PrintKind.LETTER: "buurtbrief.pdf",
    PrintKind.REPORT: "verslag-gemeente.pdf",
    PrintKind.PLAN: "stappenplan.pdf",
}


@dataclass
class PrintOptions:
    kind: PrintKind
    connector: str = ""
    streets: list[str] = field(default_factory=list)
    not_home: bool = False
    sheets: int = 1
    link: str = ""
    phone: str = ""
    template: str = "brief"
    todo: bool = False  # walk list: only the doors still worth a knock
    compact: bool = False  # walk list: one line a door


class PrintDialog(QDialog, Ui_PrintDialog):
    """Choose what and for whom; ``options()`` gives the choice."""

    def __init__(
        self,
        context: GuiContext,
        kind: PrintKind,
        parent: QWidget | None = None,
        preset: PrintOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setupUi(self)  # the form: ui/forms/print_dialog.ui, every kind's rows in one
        self.setWindowTitle(kind_title(kind))
        self.intro.setText(kind_text(kind))
        # object names the tests know these by ("-" cannot be in a Designer name)
        self.todo.setObjectName("walklist-todo")
        self.compact.setObjectName("walklist-compact")
        preset = preset or PrintOptions(kind)
        for _sid, label, count in street_choices(context.db):
            name = label.split(" (")[0]
            item = QListWidgetItem(
                self.tr("%1 · %2 adressen").replace("%1", label).replace("%2", str(count))
            )
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name.casefold() in {s.casefold() for s in preset.streets}
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.street_list.addItem(item)
        self.not_home.setChecked(preset.not_home)
        self.sheets.setValue(preset.sheets)
        for index, data in enumerate(("", "link", "phone")):
            self.qr_kind.setItemData(index, data)
        rows: tuple[QWidget, ...] = ()
        if kind is PrintKind.WALKLIST:
            names = connector_choices(context.db)
            self.connector.addItems(names)
            if preset.connector in names:
                self.connector.setCurrentText(preset.connector)
            use_connector = bool(names) and not preset.streets
            self.by_connector.setEnabled(bool(names))
            self.by_connector.setChecked(use_connector)
            self.by_street.setChecked(not use_connector)
            self.todo.setChecked(preset.todo)
            self.compact.setChecked(preset.compact)
            self.by_connector.toggled.connect(self._sync)
            rows = (self.connector, self.by_street, self.street_list, self.todo, self.compact)
        elif kind is PrintKind.DOORCARDS:
            self.named_cards.setChecked(preset.not_home)
            self.blank_cards.setChecked(not preset.not_home)
            if preset.link:
                self.qr_kind.setCurrentIndex(1)
                self.qr_value.setText(preset.link)
            elif preset.phone:
                self.qr_kind.setCurrentIndex(2)
                self.qr_value.setText(preset.phone)
            self.qr_kind.currentIndexChanged.connect(self._sync)
            self.blank_cards.toggled.connect(self._sync)
            rows = (self.sheets, self.named_cards, self.qr_kind, self.qr_value)
        elif kind is PrintKind.LETTER:
            for name in list_templates():
                self.template.addItem(name, name)
            found = self.template.findData(preset.template)
            self.template.setCurrentIndex(max(found, 0))
            rows = (self.template, self.streets_hint, self.street_list, self.not_home)
        elif context.project is not None:
            self.project_title.setText(context.project.title)
            rows = (self.project_title,)
        for row in range(self.form.rowCount()):  # only this kind's rows
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            span = self.form.itemAt(row, QFormLayout.ItemRole.SpanningRole)
            widget = (field or span).widget()
            self.form.setRowVisible(row, widget in rows)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan als PDF…"))
        ok.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self._sync()

    def _sync(self, *_: Any) -> None:
        if self.kind is PrintKind.WALKLIST:
            self.connector.setEnabled(self.by_connector.isChecked())
            self.street_list.setEnabled(not self.by_connector.isChecked())
        if self.kind is PrintKind.DOORCARDS:
            self.sheets.setEnabled(self.blank_cards.isChecked())
            self.qr_value.setEnabled(bool(self.qr_kind.currentData()))
            placeholder = {
                "link": "www.onzebuurt.nl",
                "phone": "06 1234 5678",
            }.get(self.qr_kind.currentData() or "", "")
            self.qr_value.setPlaceholderText(placeholder)

    def accept(self) -> None:
        """Refuse an empty walk list here, before the file dialog, not after it."""
        if (
            self.kind is PrintKind.WALKLIST
            and not self.by_connector.isChecked()
            and not self.checked_streets()
        ):
            QMessageBox.information(
                self, kind_title(self.kind), self.tr("Kies een verbinder of minstens één straat.")
            )
            return
        super().accept()

    def checked_streets(self) -> list[str]:
        names: list[str] = []
        for row in range(self.street_list.count()):
            item = self.street_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def options(self) -> PrintOptions:
        options = PrintOptions(self.kind)
        if self.kind is PrintKind.WALKLIST:
            if self.by_connector.isChecked():
                options.connector = self.connector.currentText()
            else:
                options.streets = self.checked_streets()
            options.todo = self.todo.isChecked()
            options.compact = self.compact.isChecked()
        elif self.kind is PrintKind.DOORCARDS:
            options.not_home = self.named_cards.isChecked()
            options.sheets = self.sheets.value()
            value = self.qr_value.text().strip()
            if self.qr_kind.currentData() == "link":
                options.link = value
            elif self.qr_kind.currentData() == "phone":
                options.phone = value
        elif self.kind is PrintKind.LETTER:
            options.streets = self.checked_streets()
            options.not_home = self.not_home.isChecked()
            options.template = str(self.template.currentData() or "brief")
        return options


def export_job(context: GuiContext, options: PrintOptions, out: Path) -> Any:
    """The worker job for a choice: ``fn(db, progress) -> ExportResult``."""
    project = context.project
    if project is None:
        raise ValueError("no project")

    def job(db: Any, progress: Any) -> ExportResult:
        kind = options.kind
        if kind is PrintKind.WALKLIST:
            if not options.connector and not options.streets:
                raise UserError(
                    QCoreApplication.translate(
                        "Print", "Kies een verbinder of minstens één straat."
                    )
                )
            return export_walklist(
                db,
                project,
                out,
                connector=options.connector or None,
                streets=options.streets,
                todo=options.todo,
                compact=options.compact,
                progress=progress,
            )
        if kind is PrintKind.DOORCARDS:
            return export_doorcards(
                db,
                project,
                out,
                link=options.link or None,
                phone=options.phone or None,
                not_home=options.not_home,
                sheets=options.sheets,
                progress=progress,
            )
        if kind is PrintKind.LETTER:
            return export_letter(
                db,
                project,
                out,
                streets=options.streets,
                not_home=options.not_home,
                template=options.template,
                progress=progress,
            )
        if kind is PrintKind.REPORT:
            return export_report(db, project, out)
        return export_plan(db, project, out)

    return job


def choose_target(
    parent: QWidget, kind: PrintKind | None, folder: Path | None = None, *, name: str = ""
) -> Path | None:
    """Ask where to save; None when the user cancels. ``.pdf`` is added when it is missing.
    The suggested name is the kind's, or ``name`` (a PDF that is not a print kind).

    The save dialog asks before it replaces an existing file (Qt's own confirmation: never
    switched off here); a name that exists only once ``.pdf`` is added is asked about here.
    """
    if folder is None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents else Path.home()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Print", "PDF opslaan"),
        str(folder / (DEFAULT_NAMES[kind] if kind is not None else name)),
        QCoreApplication.translate("Print", "PDF-bestanden (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
        if target.exists() and not _confirm_replace(parent, target):
            return None
    return target


def _confirm_replace(parent: QWidget, target: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Print", "PDF opslaan"),
        QCoreApplication.translate("Print", "%1 bestaat al.\nWilt u het vervangen?").replace(
            "%1", target.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def start_print(
    context: GuiContext,
    kind: PrintKind,
    parent: QWidget,
    preset: PrintOptions | None = None,
    on_done: Any = None,
) -> bool:
    """The whole flow: the dialog, the file, the export on the worker, then open the PDF.

    Returns False when the user cancelled before anything was started.
    """
    if context.project is None:
        QMessageBox.information(
            parent,
            "BuurtDesk",
            QCoreApplication.translate("Print", "Begin eerst een project; dan kunt u afdrukken."),
        )
        return False
    dialog = PrintDialog(context, kind, parent, preset)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    options = dialog.options()
    target = choose_target(parent, kind)
    if target is None:
        return False
    try:
        # the user has confirmed replacing an existing PDF; the neighbourhood file itself (or
        # its -wal, -shm) is never a place for one
        check_target(target, overwrite=True, protect=context.db_path)
    except UserError as exc:
        QMessageBox.warning(parent, kind_title(kind), error_text(exc))
        return False
    progress = QProgressDialog(
        QCoreApplication.translate("Print", "%1 maken…").replace("%1", kind_title(kind)),
        QCoreApplication.translate("Print", "Annuleren"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle("BuurtDesk")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def report(done: int, total: int) -> None:
        progress.setMaximum(max(total, 0))
        progress.setValue(min(done, total) if total else 0)

    def close_progress() -> None:
        progress.reset()
        progress.deleteLater()

    def finished(result: ExportResult) -> None:
        close_progress()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path))):
            # no PDF viewer (or none that Qt can find): the file is there, say where
            QMessageBox.information(
                parent,
                kind_title(kind),
                QCoreApplication.translate(
                    "Print",
                    "De PDF is opgeslagen als:\n%1\n\nEr is geen PDF-lezer gevonden om hem te "
                    "openen; open hem vanuit die map.",
                ).replace("%1", str(result.path)),
            )
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        close_progress()
        if isinstance(exc, ExportCancelled):
            return
        QMessageBox.warning(parent, kind_title(kind), error_text(exc))
        if on_done is not None:
            on_done(exc)

    job = context.worker.run(
        export_job(context, options, target),
        kind_title(kind),
        on_finished=finished,
        on_failed=failed,
        on_cancelled=close_progress,
        on_progress=report,
    )
    progress.canceled.connect(job.cancel)
    return True
