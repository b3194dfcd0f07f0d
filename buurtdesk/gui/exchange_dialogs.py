"""What the exchange page and the File menu need besides the page itself: what came in and what
conflicts in words, the start-package choice, and joining a neighbourhood with a start package.

Every rule lives in :mod:`buurtdesk.ops.exchange`; this module only asks and shows.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.exchange_words import TABLE_WORDS
from ..domain.team import Role
from ..ops import exchange as ops
from ..store.exchange import MergeReport
from ..store.laptops import Conflict
from ..store.team import Member

CONTEXT = "Exchange"
FILE_FILTER = QT_TRANSLATE_NOOP("Exchange", "Uitwisselbestanden (*.bdx);;Alle bestanden (*)")

FIELD_WORDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Exchange", "naam"),
    "place": QT_TRANSLATE_NOOP("Exchange", "plaats"),
    "numbering": QT_TRANSLATE_NOOP("Exchange", "nummering"),
    "street_id": QT_TRANSLATE_NOOP("Exchange", "straat"),
    "number": QT_TRANSLATE_NOOP("Exchange", "huisnummer"),
    "letter": QT_TRANSLATE_NOOP("Exchange", "huisletter"),
    "addition": QT_TRANSLATE_NOOP("Exchange", "toevoeging"),
    "postcode": QT_TRANSLATE_NOOP("Exchange", "postcode"),
    "rd_x": QT_TRANSLATE_NOOP("Exchange", "ligging (x)"),
    "rd_y": QT_TRANSLATE_NOOP("Exchange", "ligging (y)"),
    "do_not_visit": QT_TRANSLATE_NOOP("Exchange", "niet aanbellen"),
    "do_not_visit_reason": QT_TRANSLATE_NOOP("Exchange", "reden niet aanbellen"),
    "note": QT_TRANSLATE_NOOP("Exchange", "notitie"),
    "source": QT_TRANSLATE_NOOP("Exchange", "bron"),
    "theme": QT_TRANSLATE_NOOP("Exchange", "thema"),
    "title": QT_TRANSLATE_NOOP("Exchange", "titel"),
    "start_date": QT_TRANSLATE_NOOP("Exchange", "startdatum"),
    "weeks": QT_TRANSLATE_NOOP("Exchange", "aantal weken"),
    "goal_pct": QT_TRANSLATE_NOOP("Exchange", "doel (%)"),
    "message": QT_TRANSLATE_NOOP("Exchange", "kernboodschap"),
    "contact": QT_TRANSLATE_NOOP("Exchange", "contact"),
    "ended_at": QT_TRANSLATE_NOOP("Exchange", "afgesloten"),
    "phone": QT_TRANSLATE_NOOP("Exchange", "telefoon"),
    "email": QT_TRANSLATE_NOOP("Exchange", "e-mail"),
    "consent_at": QT_TRANSLATE_NOOP("Exchange", "toestemming"),
    "consent_names": QT_TRANSLATE_NOOP("Exchange", "naam in verslagen"),
    "week": QT_TRANSLATE_NOOP("Exchange", "week"),
    "role": QT_TRANSLATE_NOOP("Exchange", "rol"),
    "why": QT_TRANSLATE_NOOP("Exchange", "waarom"),
    "kind": QT_TRANSLATE_NOOP("Exchange", "soort"),
    "status": QT_TRANSLATE_NOOP("Exchange", "status"),
    "member_id": QT_TRANSLATE_NOOP("Exchange", "teamlid"),
    "position": QT_TRANSLATE_NOOP("Exchange", "volgorde"),
    "date": QT_TRANSLATE_NOOP("Exchange", "datum"),
    "time": QT_TRANSLATE_NOOP("Exchange", "tijd"),
    "description": QT_TRANSLATE_NOOP("Exchange", "beschrijving"),
    "project_id": QT_TRANSLATE_NOOP("Exchange", "project"),
    "short": QT_TRANSLATE_NOOP("Exchange", "korte naam"),
    "text": QT_TRANSLATE_NOOP("Exchange", "tekst"),
    "choices": QT_TRANSLATE_NOOP("Exchange", "keuzes"),
    "removed_at": QT_TRANSLATE_NOOP("Exchange", "verborgen"),
}
YES_NO_FIELDS = {"do_not_visit", "consent_names"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def merge_words(report: MergeReport) -> str:
    """What came in, in words: "12 bezoeken nieuw, 3 huishoudens bijgewerkt"."""

    def part(table: str, count: int, template: str) -> str:
        one, several = TABLE_WORDS.get(table, (table, table))
        word = tr(one) if count == 1 else tr(several)
        return template.replace("%1", str(count)).replace("%2", word)

    parts = [part(t, n, tr("%1 %2 nieuw")) for t, n in report.created.items()]
    parts += [part(t, n, tr("%1 %2 bijgewerkt")) for t, n in report.updated.items()]
    parts += [part(t, n, tr("%1 %2 verwijderd")) for t, n in report.deleted.items()]
    text = ", ".join(parts) if parts else tr("niets nieuws")
    if report.conflicts == 1:
        text += tr("; 1 conflict: zie de lijst hieronder")
    elif report.conflicts:
        text += tr("; %1 conflicten: zie de lijst hieronder").replace("%1", str(report.conflicts))
    if report.skipped:
        text += (
            tr("; %1 overgeslagen (%2)")
            .replace("%1", str(len(report.skipped)))
            .replace("%2", "; ".join(report.skipped[:3]))
        )
    return text


def field_words(field: str) -> str:
    return tr(FIELD_WORDS[field]) if field in FIELD_WORDS else field


def value_words(field: str, value: Any) -> str:
    if value is None or value == "":
        return tr("(leeg)")
    if field in YES_NO_FIELDS:
        return tr("ja") if value else tr("nee")
    return str(value)


def conflict_cells(conflict: Conflict) -> list[str]:
    """Wat, veld, gekozen (door wie), andere waarde (door wie)."""
    who = tr("%1 (%2)")
    return [
        conflict.what,
        field_words(conflict.field),
        who.replace("%1", value_words(conflict.field, conflict.kept)).replace(
            "%2", conflict.kept_by
        ),
        who.replace("%1", value_words(conflict.field, conflict.other)).replace(
            "%2", conflict.other_by
        ),
    ]


def when_words(stamp: str | None) -> str:
    """A stored UTC time as local day and time; "nog nooit" when there is none."""
    if not stamp:
        return tr("nog nooit")
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%d-%m-%Y %H:%M")


def file_word(text: str) -> str:
    """A name as a safe part of a file name: letters, digits and hyphens."""
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-") or "laptop"


def default_name(prefix: str, who: str, today: date) -> str:
    return f"{prefix}-{file_word(who)}-{today.isoformat()}.bdx"


def busy_dialog(parent: QWidget, label: str) -> QProgressDialog:
    """A busy indication that cannot cancel (reading is one transaction, all or nothing)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowTitle("BuurtDesk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


class PackageDialog(QDialog):
    """A start package for the whole neighbourhood or for one connector's streets."""

    def __init__(self, members: list[Member], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Startpakket maken"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Een startpakket maakt van een nieuwe laptop een laptop van deze buurt. Voor een "
                "verbinder kan het alleen diens straten bevatten."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.whole = QRadioButton(self.tr("De hele buurt"))
        self.whole.setChecked(True)
        self.one = QRadioButton(self.tr("Alleen de straten van verbinder:"))
        self.connector = QComboBox()
        for member in members:
            if Role.CONNECTOR in member.roles:
                self.connector.addItem(member.name)
        if self.connector.count() == 0:
            self.one.setEnabled(False)
            self.connector.addItem(self.tr("(geen verbinders in het team)"))
        self.connector.setEnabled(False)
        self.one.toggled.connect(self.connector.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.one)
        row.addWidget(self.connector, 1)
        layout.addWidget(self.whole)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_connector(self) -> str | None:
        return self.connector.currentText() if self.one.isChecked() else None


class JoinDialog(QDialog):
    """Bestand → Startpakket openen…: the package, a name for the new file, the team's code."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Startpakket openen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Met een startpakket van de coördinator wordt deze laptop een laptop van de "
                "buurt. De buurt komt in een nieuw bestand, dat daarna opent."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.package = QLineEdit()
        self.package.setObjectName("joinPackage")
        choose_package = QPushButton(self.tr("Kiezen…"))
        choose_package.clicked.connect(self._choose_package)
        self.target = QLineEdit()
        self.target.setObjectName("joinTarget")
        choose_target = QPushButton(self.tr("Kiezen…"))
        choose_target.clicked.connect(self._choose_target)
        self.code = QLineEdit()
        self.code.setObjectName("joinCode")
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        for label, edit, button in (
            (self.tr("Startpakket:"), self.package, choose_package),
            (self.tr("Nieuw bestand:"), self.target, choose_target),
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(label, row)
        form.addRow(self.tr("Teamcode:"), self.code)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Startpakket kiezen"), str(self.folder), tr(FILE_FILTER)
        )
        if path:
            self.package.setText(path)
            if not self.target.text():
                stem = Path(path).stem
                self.target.setText(str(Path(path).with_name(f"{stem}.buurtdesk")))

    def _choose_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Nieuw buurtbestand"),
            self.target.text() or str(self.folder),
            self.tr("BuurtDesk-bestanden (*.buurtdesk)"),
        )
        if path:
            if not path.endswith(".buurtdesk"):
                path += ".buurtdesk"
            self.target.setText(path)

    def values(self) -> tuple[Path, Path, str]:
        return Path(self.package.text().strip()), Path(self.target.text().strip()), self.code.text()


def start_join(window: Any) -> JoinDialog:
    """The File menu's "Startpakket openen…": a dialog, then the join on the worker, then the
    new file opens in the window (``window.openFileRequested``)."""
    dialog = JoinDialog(window.context.db_path.parent, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: run_join(window, *dialog.values()))
    window.join_dialog = dialog
    dialog.open()
    return dialog


def run_join(window: Any, package: Path, target: Path, code: str) -> None:
    title = tr("Startpakket openen")
    if not package.name or not target.name:
        QMessageBox.warning(
            window, title, tr("Kies een startpakket en een naam voor het nieuwe bestand.")
        )
        return
    busy = busy_dialog(window, tr("Startpakket openen…"))

    def done(report: MergeReport) -> None:
        busy.reset()
        busy.deleteLater()
        window.statusBar().showMessage(
            tr("%1 is nu een laptop van de buurt: %2")
            .replace("%1", target.name)
            .replace("%2", merge_words(report)),
            30000,
        )
        window.openFileRequested.emit(target)

    def failed(exc: BaseException) -> None:
        busy.reset()
        busy.deleteLater()
        QMessageBox.warning(window, title, str(exc))

    window.context.worker.run(
        lambda _db, _progress: ops.join_new_file(target, package, code),
        title,
        on_finished=done,
        on_failed=failed,
        writes=True,
    )


def last_exchange_words(db: Any) -> str:
    """The progress page's line: when a file of each other laptop was last read here, so that
    a reader knows how fresh each connector's figures are; empty without other laptops."""
    others = [lt for lt in ops.laptops(db) if not lt.me]
    if not others:
        return ""
    return tr("Laatste uitwisseling: %1").replace(
        "%1", " · ".join(f"{lt.name or lt.id} {when_words(lt.heard_at)}" for lt in others)
    )
