"""The print page: each printable one dialog away, saved where the user chose, then opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from buurtdesk.gui import print_dialog
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.print_dialog import PrintDialog, PrintKind, PrintOptions
from buurtdesk.gui.print_page import PrintPage
from buurtdesk.io.pdf.exports import ExportResult
from tests.unit.pdf_seed import pdf_pages, seed


@pytest.fixture
def context(tmp_path: Path, qtbot: Any):
    path = tmp_path / "buurt.buurtdesk"
    db, _ = seed(path)
    db.close()
    ctx = GuiContext(path)
    yield ctx
    ctx.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "PDF"))
    )


def _accept_with(monkeypatch: pytest.MonkeyPatch, configure: Any = None) -> None:
    def exec_(self: PrintDialog) -> int:
        if configure is not None:
            configure(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintDialog, "exec", exec_)


def test_walklist_for_a_connector_is_saved_and_opened(
    context: GuiContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened
) -> None:
    page = PrintPage(context)
    qtbot.addWidget(page)
    assert set(page.cards) == set(PrintKind)
    _accept_with(monkeypatch)  # the default: the first connector
    _save_as(monkeypatch, tmp_path / "ann")  # no suffix typed: .pdf is added
    with qtbot.waitSignal(page.exported, timeout=20000) as blocker:
        page.cards[PrintKind.WALKLIST].button.click()
    result = blocker.args[0]
    assert isinstance(result, ExportResult)
    assert result.path == tmp_path / "ann.pdf"
    assert opened == [str(tmp_path / "ann.pdf")]
    assert "Looplijst voor Ann de Vries" in pdf_pages(result.path)[0]
    assert "ann.pdf" in page.status.text()


@pytest.mark.parametrize("kind", [PrintKind.REPORT, PrintKind.PLAN, PrintKind.DOORCARDS])
def test_other_printables(
    context: GuiContext,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened,
    kind: PrintKind,
) -> None:
    page = PrintPage(context)
    qtbot.addWidget(page)
    _accept_with(monkeypatch)
    _save_as(monkeypatch, tmp_path / f"{kind.value}.pdf")
    with qtbot.waitSignal(page.exported, timeout=20000) as blocker:
        page.start(kind)
    assert isinstance(blocker.args[0], ExportResult)
    assert opened == [str(tmp_path / f"{kind.value}.pdf")]


def test_letter_dialog_choices(
    context: GuiContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened
) -> None:
    dialog = PrintDialog(
        context, PrintKind.LETTER, None, PrintOptions(PrintKind.LETTER, streets=["hofje"])
    )
    qtbot.addWidget(dialog)
    assert dialog.checked_streets() == ["Hofje"]
    dialog.template.setCurrentIndex(dialog.template.findData("uitnodiging"))
    dialog.not_home.setChecked(True)
    options = dialog.options()
    assert (options.streets, options.template, options.not_home) == (
        ["Hofje"],
        "uitnodiging",
        True,
    )


def test_errors_are_shown_and_no_file_is_opened(
    context: GuiContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened
) -> None:
    page = PrintPage(context)
    qtbot.addWidget(page)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warnings.append(text))
    )

    def only_hofje_not_home(dialog: PrintDialog) -> None:
        dialog.named_cards.setChecked(True)
        dialog.qr_kind.setCurrentIndex(2)
        dialog.qr_value.setText("bel mij")

    _accept_with(monkeypatch, only_hofje_not_home)
    _save_as(monkeypatch, tmp_path / "kaarten.pdf")
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.start(PrintKind.DOORCARDS)
    assert warnings and "geen telefoonnummer" in warnings[0]
    assert opened == [] and not (tmp_path / "kaarten.pdf").exists()


def test_cancelled_file_dialog_does_nothing(
    context: GuiContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch, opened
) -> None:
    page = PrintPage(context)
    qtbot.addWidget(page)
    _accept_with(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert page.start(PrintKind.REPORT) is False
    assert opened == []


def test_walklist_dialog_streets(context: GuiContext, qtbot: Any) -> None:
    dialog = PrintDialog(context, PrintKind.WALKLIST)
    qtbot.addWidget(dialog)
    assert dialog.by_connector.isChecked()
    assert dialog.options().connector in ("Ann de Vries", "Bob Ŝmit 🚲")
    dialog.by_street.setChecked(True)
    dialog.street_list.item(0).setCheckState(print_dialog.Qt.CheckState.Checked)
    options = dialog.options()
    assert options.connector == "" and len(options.streets) == 1


def test_without_a_pdf_viewer_the_place_of_the_file_is_said(
    context: GuiContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    page = PrintPage(context)
    qtbot.addWidget(page)
    _accept_with(monkeypatch)
    _save_as(monkeypatch, tmp_path / "plan.pdf")
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.start(PrintKind.PLAN)
    assert len(told) == 1 and str(tmp_path / "plan.pdf") in told[0]


def test_an_empty_walk_list_is_refused_in_the_dialog(
    context: GuiContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text))
    )
    dialog = PrintDialog(context, PrintKind.WALKLIST)
    qtbot.addWidget(dialog)
    dialog.by_street.setChecked(True)
    dialog.accept()
    assert told and dialog.result() != QDialog.DialogCode.Accepted


def test_walklist_still_to_do_and_compact_from_the_dialog(
    context: GuiContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened
) -> None:
    page = PrintPage(context)
    qtbot.addWidget(page)
    dialog = PrintDialog(context, PrintKind.WALKLIST, None, PrintOptions(PrintKind.WALKLIST))
    qtbot.addWidget(dialog)
    assert not dialog.todo.isChecked() and not dialog.compact.isChecked()

    def next_round(d: PrintDialog) -> None:
        qtbot.mouseClick(d.todo, Qt.MouseButton.LeftButton, pos=QPoint(4, d.todo.height() // 2))
        d.compact.setChecked(True)

    _accept_with(monkeypatch, next_round)
    _save_as(monkeypatch, tmp_path / "ronde2.pdf")
    with qtbot.waitSignal(page.exported, timeout=20000) as blocker:
        page.cards[PrintKind.WALKLIST].button.click()
    result = blocker.args[0]
    assert isinstance(result, ExportResult)
    assert result.items == 26  # Ann's 33 doors less who takes part, said no or asked not to come
    pages = pdf_pages(result.path)
    assert len(pages) == result.pages == 1  # compact, no cover
    assert "Looplijst nog te doen voor Ann de Vries · compact" in pages[0]
