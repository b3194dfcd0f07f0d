"""A page of a wizard whose work is done when the user presses Volgende, unless the user skips
it (the wizard's ``skipping`` is then set); an error keeps the user on the page with the message."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWizardPage

from ..errors import Coded
from .texts import error_text


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("firstRunError")
    label.setProperty("tone", "error")  # red: buurtdesk.qss
    label.hide()
    return label


class WorkStep(QWizardPage):
    def __init__(self, wizard: Any, title: str, text: str) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(title)
        self.setSubTitle(text)
        self.error = error_label()

    def apply(self) -> None:
        """Do what the page asks (through an operation); raise Coded to stay on the page."""

    def validatePage(self) -> bool:
        if self.wizard_.skipping:
            return True
        try:
            self.apply()
        except (Coded, OSError) as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.error.hide()
        return True
