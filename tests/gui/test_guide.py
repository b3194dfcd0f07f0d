"""Help → Handleiding: the offline guide in Dutch and English, whole, with its screenshots made
here (so they show the window as it is; `BUURTDESK_UPDATE_DOCS=1` writes them into
resources/guide/img/, an ordinary run into a temporary folder)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWizard

from buurtdesk.gui.app import install_translator
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.first_run import FirstRunWizard
from buurtdesk.gui.guide import GUIDES, GuideDialog
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.team import assign_streets
from buurtdesk.paths import resource

from .street_fixtures import make_neighbourhood

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SECTIONS = 6  # installing, first run, a door round, exchange, privacy, backups
SHOTS = {"wizard-team.png", "reentry.png"}  # every screenshot the guide shows, made below
IMAGE = re.compile(r"!\[[^\]]*\]\((img/[^)]+)\)")


def _guide(language: str) -> str:
    return resource("guide", GUIDES[language]).read_text(encoding="utf-8")


def _shots(language: str, tmp_path: Path) -> Path:
    if os.environ.get("BUURTDESK_UPDATE_DOCS") == "1":
        folder = resource("guide", "img", language)
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    folder = tmp_path / language
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def _language(language: str) -> Iterator[None]:
    app = QApplication.instance()
    translator = install_translator(app, language) if language == "en" else None
    try:
        yield
    finally:
        if translator is not None:
            app.removeTranslator(translator)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_guide_is_whole_and_shows_only_screenshots_made_here(language: str) -> None:
    text = _guide(language)
    sections = re.findall(r"^## (\d)\. ", text, flags=re.MULTILINE)
    assert sections == [str(n) for n in range(1, SECTIONS + 1)]
    images = IMAGE.findall(text)
    assert {Path(i).name for i in images} == SHOTS
    for image in images:
        assert image.startswith(f"img/{language}/")
        assert resource("guide", image).stat().st_size > 10_000


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_screenshots_of_the_guide(
    qtbot: Any, tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _shots(language, tmp_path)
    with _language(language):
        # the wizard's team step, a few names typed
        empty = tmp_path / "nieuw.buurtdesk"
        open_neighbourhood(empty, create=True).close()
        context = GuiContext(empty)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        wizard = window.start_first_run()
        assert isinstance(wizard, FirstRunWizard)
        for _ in range(3):
            wizard.button(QWizard.WizardButton.CustomButton1).click()
        team = wizard.steps[3]
        for row, name in enumerate(("Mehmet Yilmaz", "Anouk de Boer", "Piet Jansen")):
            team.field(row, 0).setText(name)  # type: ignore[attr-defined]
        assert wizard.grab().save(str(out / "wizard-team.png"))
        wizard.reject()
        window.close()
        context.close()
        # re-entry of a printed walk list, a few rows typed
        db_path = tmp_path / "buurt.buurtdesk"
        ids = make_neighbourhood(db_path)
        context = GuiContext(db_path)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        page = window.street_page
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
        assign_streets(context.db, ids["bram"], [ids["dorpsstraat"], ids["kerkweg"]])
        assert context.project is not None
        export_walklist(context.db, context.project, tmp_path / "bram.pdf", connector="Bram Jansen")
        from pypdf import PdfReader

        code = re.search(
            r"LL-\d{4}-[0-9A-F]{4}", PdfReader(tmp_path / "bram.pdf").pages[1].extract_text()
        )
        assert code
        page.set_reentry_mode(True)
        qtbot.keyClicks(page.reentry_bar.code, code.group(0))
        qtbot.keyClick(page.reentry_bar.code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
        for key in "1241":
            qtbot.keyClicks(page.reentry, key)
        assert window.grab().save(str(out / "reentry.png"))
        window.close()
        context.close()
    assert {p.name for p in out.glob("*.png")} >= SHOTS


@pytest.mark.parametrize(
    ("language", "words"), [("nl", "Looplijst invoeren"), ("en", "Enter walk list")]
)
def test_help_opens_the_guide_in_the_window_language_with_its_pictures(
    qtbot: Any, db_path: Path, language: str, words: str
) -> None:
    make_neighbourhood(db_path)
    with _language(language):
        context = GuiContext(db_path)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        help_menu = window.menuBar().actions()[-1].menu()
        guide_action = help_menu.actions()[0]
        assert guide_action.text() in ("&Handleiding", "&Guide")
        guide_action.trigger()
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog)]
        dialog = next(d for d in dialogs if d.parent() is window)
        document = dialog.browser.document()
        assert words in document.toPlainText()
        for image in IMAGE.findall(_guide(language)):
            loaded = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image))
            assert loaded is not None and not loaded.isNull(), image
        dialog.close()
        window.close()
        context.close()
