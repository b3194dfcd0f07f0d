"""Beside the street list: the selected household, its visits (undone ones struck through, never
hidden), a hint to leave a door card, and the household's own note."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..store.street_list import HouseholdRow
from ..store.visits import Visit, list_visits, suggests_door_card
from .context import GuiContext
from .texts import outcome_text, status_colour, status_text


class HouseholdPanel(QWidget):
    noteEdited = Signal()  # Enter in the note field: the page saves it (undoably)
    dataRequested = Signal()  # "Gegevens van dit huishouden…": what is kept, and erasing it

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.door_card = QLabel()
        self.door_card.setWordWrap(True)
        self.door_card.setObjectName("doorCard")  # a yellow card: buurtdesk.qss
        self.door_card.hide()
        layout.addWidget(self.door_card)
        self.history = QTextBrowser()
        self.history.setOpenLinks(False)
        layout.addWidget(self.history, 1)
        layout.addWidget(QLabel(self.tr("Notitie over dit huishouden:")))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("bijv. hond, achterom, 's avonds"))
        self.note.setToolTip(self.tr("Enter bewaart de notitie"))
        self.note.returnPressed.connect(self.noteEdited)
        layout.addWidget(self.note)
        self.data_button = QPushButton(self.tr("Gegevens van dit huishouden…"))
        self.data_button.setToolTip(
            self.tr("Alles wat bewaard wordt laten zien, of wissen op verzoek van de bewoner")
        )
        self.data_button.clicked.connect(self.dataRequested)
        layout.addWidget(self.data_button)
        self.setMinimumWidth(220)

    def show_door_card(self, text: str) -> None:
        self.door_card.setText(text)
        self.door_card.show()

    def show_household(self, item: HouseholdRow | None) -> None:
        self.door_card.hide()
        self.note.setEnabled(item is not None)
        self.data_button.setEnabled(item is not None)
        if item is None:
            self.note.clear()
            self.history.setHtml(
                "<p style='color:#777'>" + html.escape(self.tr("Geen huishouden gekozen")) + "</p>"
            )
            return
        self.note.setText(item.note)
        project_id = self.context.project_id
        visits: list[Visit] = []
        if project_id is not None:
            visits = list_visits(
                self.context.db,
                project_id=project_id,
                household_id=item.id,
                include_retracted=True,
            )
        self.history.setHtml(self._html(item, visits))
        if project_id is not None and suggests_door_card(self.context.db, project_id, item.id):
            self.show_door_card(self.tr("Twee keer niet thuis: laat een deurkaart achter."))

    def _html(self, item: HouseholdRow, visits: list[Visit]) -> str:
        esc = html.escape
        words = {
            "not_visit": self.tr("Niet bezoeken"),
            "note": self.tr("Notitie"),
            "visits": self.tr("Bezoeken"),
            "none": self.tr("Nog geen bezoeken"),
            "undone": self.tr("ongedaan gemaakt"),
        }
        parts = [f"<h3 style='margin:0'>{esc(item.address)}</h3>"]
        parts.append(f"<p style='margin-top:2px'>{esc(item.postcode)} {esc(item.place)}</p>")
        colour = status_colour(item.status).name()
        parts.append(
            f"<p><span style='background:{colour}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;"
            f"<b>{esc(status_text(item.status))}</b></p>"
        )
        if item.do_not_visit:
            reason = item.do_not_visit_reason or self.tr("wil geen bezoek")
            parts.append(
                f"<p style='color:#666'><i>{esc(words['not_visit'])}: {esc(reason)}</i></p>"
            )
        if item.note:
            parts.append(f"<p>{esc(words['note'])}: {esc(item.note)}</p>")
        parts.append(f"<h4>{esc(words['visits'])}</h4>")
        if not visits:
            parts.append(f"<p style='color:#777'>{esc(words['none'])}</p>")
            return "".join(parts)
        parts.append("<table cellspacing='0' cellpadding='2'>")
        for visit in reversed(visits):  # newest first
            when = visit.visit_date.strftime("%d-%m-%Y")
            text = f"{when} · <b>{esc(outcome_text(visit.outcome))}</b>"
            if visit.visitor:
                text += f" · {esc(visit.visitor)}"
            if visit.note:
                text += f"<br/><i>{esc(visit.note)}</i>"
            if visit.retracted:
                text = f"<span style='color:#999'><s>{text}</s> ({esc(words['undone'])})</span>"
            colour = status_colour(visit.outcome.value).name()
            parts.append(f"<tr><td style='background:{colour}'>&nbsp;</td><td>{text}</td></tr>")
        parts.append("</table>")
        return "".join(parts)
