"""The first-run wizard's last three steps: the team, the streets per connector (proposed by
:mod:`buurtdesk.ops.assignment`, editable), and the walk lists, one PDF per connector."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..domain.team import Role
from ..io.pdf.common import check_target
from ..io.pdf.exports import export_walklist
from ..ops import assignment as assignment_ops
from ..ops import team as team_ops
from ..ops.base import operation
from ..store.team import list_members, streets_of
from .member_dialog import role_name
from .wizard_step import WorkStep, error_label

if TYPE_CHECKING:
    from .first_run import FirstRunWizard

TEAM_ROWS = 6  # the method's team: a few experts, connectors and entrepreneurs
NAME, ROLE, PHONE, EMAIL, CONSENT = range(5)


class TeamStep(WorkStep):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Het team"),
            self.tr(
                "Wie doen er mee? Verbinders gaan langs de deuren; deskundigen en ondernemers "
                "houden het project gaande. Telefoon en e-mail alleen met toestemming."
            ),
        )
        self.table = QTableWidget(TEAM_ROWS, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Rol"), self.tr("Telefoon"), self.tr("E-mail"),
             self.tr("Toestemming")]
        )  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        text_width = self.fontMetrics().horizontalAdvance
        for column, sample in (
            (ROLE, "Ondernemer"),
            (PHONE, "06-12345678"),
            (EMAIL, "naam@voorbeeld.nl"),
            (CONSENT, "Toestemming"),
        ):
            header.resizeSection(column, text_width(sample) + 40)
        self.table.verticalHeader().hide()
        for row in range(TEAM_ROWS):
            self._fill_row(row)
        self.more = QPushButton(self.tr("Nog iemand"))
        self.more.clicked.connect(self._add_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.error)

    def _fill_row(self, row: int) -> None:
        for column in (NAME, PHONE, EMAIL):
            self.table.setCellWidget(row, column, QLineEdit())
        role = QComboBox()
        for value in (Role.CONNECTOR, Role.EXPERT, Role.ENTREPRENEUR):
            role.addItem(role_name(value), value.value)
        self.table.setCellWidget(row, ROLE, role)
        consent = QCheckBox()
        consent.setToolTip(self.tr("Dit teamlid gaf toestemming om telefoon en e-mail te bewaren"))
        self.table.setCellWidget(row, CONSENT, consent)

    def _add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._fill_row(row)
        self.field(row, NAME).setFocus()

    def field(self, row: int, column: int) -> Any:
        return self.table.cellWidget(row, column)

    def apply(self) -> None:
        db = self.wizard_.window_.context.db
        today = date.today().isoformat()
        with operation(db, "first_run_team"):  # all members or none
            for row in range(self.table.rowCount()):
                name = self.field(row, NAME).text().strip()
                if not name:
                    continue
                consent = self.field(row, CONSENT).isChecked()
                team_ops.add_member(
                    db,
                    name,
                    [Role(self.field(row, ROLE).currentData())],
                    phone=self.field(row, PHONE).text(),
                    email=self.field(row, EMAIL).text(),
                    consent_at=today if consent else None,
                )
        self.wizard_.window_.context.teamChanged.emit()


class StreetsStep(WorkStep):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Straten per verbinder"),
            self.tr(
                "Een voorstel: elke straat bij één verbinder (een gezicht dat de straat kent), "
                "de deuren zo eerlijk mogelijk verdeeld. Pas het aan waar u het beter weet."
            ),
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Straat"), self.tr("Deuren"),
                                              self.tr("Verbinder")])  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        self.proposal: assignment_ops.Proposal | None = None

    def initializePage(self) -> None:
        proposal = assignment_ops.propose(self.wizard_.window_.context.db)
        self.proposal = proposal
        owner = {s: m for m, ids in proposal.proposed.items() for s in ids}
        walked = {s: m for m, ids in proposal.walked.items() for s in ids}
        free = [s for s in proposal.streets if s.street_id not in walked]
        self.table.setRowCount(len(free))
        for row, street in enumerate(free):
            self.table.setItem(row, 0, QTableWidgetItem(street.name))
            self.table.setItem(row, 1, QTableWidgetItem(str(street.doors)))
            combo = QComboBox()
            combo.addItem(self.tr("(niemand)"), None)
            for member in proposal.connectors:
                combo.addItem(member.name, member.id)
            combo.setCurrentIndex(max(0, combo.findData(owner.get(street.street_id))))
            combo.setProperty("street_id", street.street_id)
            combo.currentIndexChanged.connect(self._count)
            self.table.setCellWidget(row, 2, combo)
        self._count()

    def chosen(self) -> dict[int, list[int]]:
        result: dict[int, list[int]] = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox)
            member = combo.currentData()
            if member is not None:
                result.setdefault(int(member), []).append(int(combo.property("street_id")))
        return result

    def _count(self) -> None:
        proposal = self.proposal
        if proposal is None or not proposal.connectors:
            self.summary.setText(
                self.tr("Er is nog geen verbinder: voeg ze toe in de vorige stap of later.")
            )
            return
        doors = {s.street_id: s.doors for s in proposal.streets}
        chosen = self.chosen()
        parts = []
        for member in proposal.connectors:
            ids = proposal.walked.get(member.id, []) + chosen.get(member.id, [])
            parts.append(f"{member.name} {sum(doors[s] for s in ids)}")
        self.summary.setText(self.tr("Deuren per verbinder: %1").replace("%1", " · ".join(parts)))

    def apply(self) -> None:
        chosen = self.chosen()
        if chosen:
            assignment_ops.apply_proposal(self.wizard_.window_.context.db, chosen)
            self.wizard_.window_.context.householdsChanged.emit()


def file_name(name: str) -> str:
    """``looplijst-Mehmet Yilmaz.pdf``: a connector's name made safe for a file name."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .") or "verbinder"
    return f"looplijst-{safe}.pdf"


class PrintStep(QWizardPage):
    """One walk list per connector with streets, in a folder the user chooses."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("De looplijsten"))
        self.setSubTitle(
            self.tr(
                "Elke verbinder krijgt een looplijst van zijn of haar straten. Druk ze af en "
                "neem ze mee naar de deuren; typ de vinkjes daarna in met ‘Looplijst invoeren’."
            )
        )
        self.button = QPushButton(self.tr("Looplijsten maken…"))
        self.button.clicked.connect(self.make_lists)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Map openen"))
        self.open_folder.hide()
        self.folder: Path | None = None
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        )
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.button)
        layout.addWidget(self.result)
        layout.addWidget(self.open_folder)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.made: list[Path] = []

    def connectors(self) -> list[str]:
        db = self.wizard_.window_.context.db
        return [
            m.name for m in list_members(db) if Role.CONNECTOR in m.roles and streets_of(db, m.id)
        ]

    def initializePage(self) -> None:
        names = self.connectors()
        ready = bool(names) and self.wizard_.window_.context.project is not None
        self.button.setEnabled(ready)
        if not ready:
            self.result.setText(
                self.tr(
                    "Voor looplijsten zijn een project en verbinders met straten nodig; die kunt "
                    "u ook later in het venster maken (Afdrukken)."
                )
            )
        else:
            self.result.setText(self.tr("Looplijsten voor: %1").replace("%1", ", ".join(names)))

    def make_lists(self, folder: str | None = None) -> None:
        """Ask for a folder (or take ``folder``), then make the lists on the worker."""
        if not folder:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Map voor de looplijsten"), str(Path.home())
            )
        if not folder:
            return
        context = self.wizard_.window_.context
        project = context.project
        if project is None:
            return
        names = self.connectors()
        targets: list[tuple[str, Path]] = []
        for name in names:
            target = Path(folder) / file_name(name)
            number = 2
            while target.exists():
                target = Path(folder) / file_name(f"{name} ({number})")
                number += 1
            targets.append((name, check_target(target, protect=context.db_path)))

        def job(db: Any, progress: Any) -> list[Path]:
            made = []
            for i, (name, target) in enumerate(targets):
                export_walklist(db, project, target, connector=name)
                made.append(target)
                progress(i + 1, len(targets))
            return made

        self.folder = Path(folder)
        self.wizard_.window_.run_job(job, self.tr("Looplijsten maken…"), self._made)

    def _made(self, made: list[Path]) -> None:
        self.made = made
        self.result.setText(
            self.tr("%1 looplijsten gemaakt in %2:\n%3")
            .replace("%1", str(len(made)))
            .replace("%2", str(self.folder))
            .replace("%3", "\n".join(p.name for p in made))
        )
        self.open_folder.show()


__all__ = ["PrintStep", "QWidget", "StreetsStep", "TeamStep", "error_label"]
