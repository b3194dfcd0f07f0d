"""The first-run wizard: from nothing to walk lists in a few minutes.

On a new installation (a neighbourhood without addresses) it leads through the neighbourhood's
name, its addresses (a file, a typed street, or the demo), the project, the team, the streets per
connector (proposed) and the walk lists. Every step can be skipped ("Overslaan") and done later in
the window; what a step does goes through the same operations as the window and the command
line, when the user presses Volgende. The team and streets steps are in
:mod:`buurtdesk.gui.first_run_team`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..domain.plan import list_themes
from ..errors import Coded
from ..ops import households as household_ops
from ..ops import projects as project_ops
from ..ops.neighbourhood import name_neighbourhood
from ..store.neighbourhood import get_neighbourhood
from ..store.plan import plans_dir
from ..store.street_list import has_households, street_summaries
from .first_run_team import PrintStep, StreetsStep, TeamStep
from .texts import error_text
from .wizard_step import WorkStep

if TYPE_CHECKING:
    from .main_window import MainWindow


class _Field(QLineEdit):
    """Enter adds the street here; it does not also press the wizard's Volgende."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class NameStep(WorkStep):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Welkom bij BuurtDesk"),
            self.tr(
                "In een paar stappen van niets naar looplijsten voor de verbinders. Elke stap "
                "kunt u overslaan en later in het venster doen."
            ),
        )
        now = get_neighbourhood(wizard.window_.context.db)
        self.name = QLineEdit(now.name)
        self.name.setPlaceholderText(self.tr("bijv. Rivierenbuurt"))
        self.place = QLineEdit(now.place)
        self.place.setPlaceholderText(self.tr("bijv. Zutphen"))
        form = QFormLayout(self)
        form.addRow(self.tr("Naam van de buurt"), self.name)
        form.addRow(self.tr("Plaats"), self.place)
        form.addRow(self.error)

    def apply(self) -> None:
        if self.name.text().strip() or self.place.text().strip():
            name_neighbourhood(
                self.wizard_.window_.context.db,
                self.name.text() if self.name.text().strip() else None,
                self.place.text(),
            )
            self.wizard_.window_.refresh_title()


class AddressStep(WorkStep):
    """Addresses in any of three ways; the page says what the neighbourhood holds so far."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            self.tr("De adressen"),
            self.tr(
                "Lees een adressenbestand in (BAG GeoPackage, CSV of Excel van de gemeente), "
                "typ een straat met haar huisnummers, of kijk eerst rond in de voorbeeldbuurt."
            ),
        )
        window = wizard.window_
        self.file_button = QPushButton(self.tr("Adressenbestand inlezen…"))
        self.file_button.clicked.connect(window.import_addresses)
        self.demo_button = QPushButton(self.tr("Voorbeeldbuurt"))
        self.demo_button.setToolTip(
            self.tr("Een verzonnen buurt met team, plan en bezoeken, om rond te kijken")
        )
        self.demo_button.clicked.connect(window.open_demo)
        self.street = _Field()
        self.street.setPlaceholderText(self.tr("straat, bijv. Kerkweg"))
        self.numbers = _Field()
        self.numbers.setPlaceholderText(self.tr("huisnummers, bijv. 1-40"))
        self.add_button = QPushButton(self.tr("Straat toevoegen"))
        self.add_button.clicked.connect(self._add_street)
        self.numbers.returnPressed.connect(self._add_street)
        self.street.returnPressed.connect(self.numbers.setFocus)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("firstRunStatus")
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        typed = QHBoxLayout()
        typed.addWidget(self.street, 2)
        typed.addWidget(self.numbers, 1)
        typed.addWidget(self.add_button)
        layout.addWidget(QLabel(self.tr("Of typ een straat:")))
        layout.addLayout(typed)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        window.context.householdsChanged.connect(self.refresh)
        self.refresh()

    def _add_street(self) -> None:
        db = self.wizard_.window_.context.db
        place = get_neighbourhood(db).place
        try:
            new = household_ops.new_street(self.street.text(), self.numbers.text(), place=place)
            household_ops.add_street(db, new)
        except Coded as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.street.clear()
        self.numbers.clear()
        self.street.setFocus()
        self.wizard_.window_.context.householdsChanged.emit()

    @Slot()  # Qt drops the connection when the widget is gone
    def refresh(self) -> None:
        streets = street_summaries(self.wizard_.window_.context.db, None, progress=False)
        doors = sum(s.households for s in streets)
        if not streets:
            self.status.setText(self.tr("Nog geen adressen."))
            return
        names = ", ".join(s.name for s in streets[:6]) + (" …" if len(streets) > 6 else "")
        self.status.setText(
            self.tr("In de buurt nu: %1 adressen in %2 straten (%3).")
            .replace("%1", str(doors))
            .replace("%2", str(len(streets)))
            .replace("%3", names)
        )


class ProjectStep(WorkStep):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Het project"),
            self.tr(
                "Kies het thema: het brengt een stappenplan van tien weken en een kernboodschap "
                "mee. Het doel is het deel van de huishoudens dat meedoet."
            ),
        )
        self.themes = [t for t in list_themes(plans_dir()) if t.plan is not None]
        self.theme = QComboBox()
        for theme in self.themes:
            self.theme.addItem(theme.title, theme.id)
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMMM yyyy")
        self.goal = QSpinBox()
        self.goal.setRange(1, 100)
        self.goal.setValue(50)
        self.goal.setSuffix(" %")
        self.already = QLabel()
        self.already.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.already)
        form.addRow(self.tr("Thema"), self.theme)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Doel: deelname"), self.goal)
        form.addRow(self.error)

    def initializePage(self) -> None:
        project = self.wizard_.window_.context.project
        self.already.setVisible(project is not None)
        if project is not None:
            self.already.setText(
                self.tr(
                    "Deze buurt heeft al een project: %1. Volgende begint een nieuw project."
                ).replace("%1", project.title)
            )

    def apply(self) -> None:
        theme = self.theme.currentData()
        if theme is None:
            return
        start = self.start.date().toPython()
        context = self.wizard_.window_.context
        project_ops.start_project(context.db, str(theme), start, goal_pct=self.goal.value())
        context.reload_project()


class FirstRunWizard(QWizard):
    """The wizard over the main window; ``skipping`` is set while "Overslaan" moves on."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.skipping = False
        self.setWindowTitle(self.tr("BuurtDesk: de eerste keer"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Overslaan"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Terug"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Klaar"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Sluiten"))
        self.customButtonClicked.connect(self._skip)
        self.steps: list[QWizardPage] = [
            NameStep(self),
            AddressStep(self),
            ProjectStep(self),
            TeamStep(self),
            StreetsStep(self),
            PrintStep(self),
        ]
        for step in self.steps:
            self.addPage(step)
        self.currentIdChanged.connect(self._page_changed)
        self.setMinimumSize(640, 460)
        self.resize(780, 540)
        self._page_changed(self.currentId())

    def _skip(self, _which: int) -> None:
        if self.currentId() == len(self.steps) - 1:
            self.accept()
            return
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def _page_changed(self, _id: int) -> None:
        last = self.currentId() == len(self.steps) - 1
        self.button(QWizard.WizardButton.CustomButton1).setVisible(not last)


def wants_first_run(window: MainWindow) -> bool:
    """A neighbourhood without addresses and without a project: a new installation (one row
    read at start-up, whatever the size of the file)."""
    context = window.context
    return context.project is None and not has_households(context.db)


def show_first_run(window: MainWindow) -> FirstRunWizard:
    wizard = FirstRunWizard(window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
