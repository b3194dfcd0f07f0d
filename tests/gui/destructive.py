"""One helper for the confirmation box of what cannot be undone (gui/privacy_dialogs.py
``confirm_destructive``): the test answers it by pressing the destructive button."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def press_destructive(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on every confirmation box is answered with its destructive button; returns the
    list its informative texts (what goes) are collected in."""
    said: list[str] = []

    def answer(box: QMessageBox) -> int:
        said.append(box.informativeText())
        confirm = next(
            b for b in box.buttons()
            if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )  # fmt: skip
        confirm.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return said
