"""The English translation: it ships compiled, loads, and replaces the Dutch interface text."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from buurtdesk.gui.app import choose_language, install_translator
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.household_model import COL_STATUS
from buurtdesk.gui.main_window import MainWindow, settings
from buurtdesk.paths import resource

from .street_fixtures import make_neighbourhood


def test_every_interface_text_has_an_english_translation(tmp_path: Path) -> None:
    """lupdate over the GUI code and the error templates below it into a copy of the shipped
    .ts: nothing may come out new or unfinished (run scripts/update_translations.sh and
    translate what it adds)."""
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6"
    ts = resource("translations", "buurtdesk_en.ts")
    assert resource("translations", "buurtdesk_en.qm").stat().st_size > 1000
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    package = Path(__file__).parents[2] / "buurtdesk"
    # the GUI's texts and the error templates of the layers below it (context "Fout")
    sources = sorted(
        str(p)
        for part in ("gui", "domain", "store", "io", "ops")
        for p in (package / part).rglob("*.py")
    )
    # and the Qt Designer forms (their generated Python is not read by lupdate)
    sources += sorted(str(p) for p in (package.parent / "ui" / "forms").glob("*.ui"))
    subprocess.run(
        [lupdate, "-source-language", "nl", "-target-language", "en", "-no-obsolete", *sources,
         "-ts", str(copy)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    root = ET.parse(copy).getroot()
    assert root.get("sourcelanguage") == "nl" and root.get("language") == "en"
    untranslated = [
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == []
    errors = [ctx for ctx in root.iter("context") if ctx.findtext("name") == "Fout"]
    assert errors and len(list(errors[0].iter("message"))) > 150  # the error templates are read


def test_english_replaces_the_dutch_text(qtbot: Any, db_path: Path) -> None:
    make_neighbourhood(db_path)
    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("Status", "niet thuis") == "not home"
        assert QCoreApplication.translate("Print", "Looplijst") == "Walk list"
        context = GuiContext(db_path)
        win = MainWindow(context)
        qtbot.addWidget(win)
        win.show()
        page = win.street_page
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[:2] == ["&File", "&Edit"]
        assert win.nav.item(0).text() == "Streets"
        model = page.households
        assert model.headerData(0, 1) == "Address"
        assert model.index(0, COL_STATUS).data() == "not visited yet"
        assert page.streets.index(0, 0).data() == "All streets"
        assert page.search.placeholderText() == "Search street, house number or postcode"
        assert page.checkoff.buttons[next(iter(page.checkoff.buttons))].text() == "1 not home"
        win.close()
        context.close()
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("Status", "niet thuis") == "niet thuis"


def test_language_follows_the_setting() -> None:
    store = settings()
    store.setValue("language", "en")
    try:
        assert choose_language() == "en"
        store.setValue("language", "nl")
        assert choose_language() == "nl"
    finally:
        store.remove("language")


def test_qt_own_texts_are_dutch_in_the_dutch_interface() -> None:
    from PySide6.QtCore import QLocale

    from buurtdesk.gui.app import install_qt_language

    app = QApplication.instance()
    translators = install_qt_language(app, "nl")
    try:
        assert len(translators) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
        assert QLocale().toString(25.5, "f", 1) == "25,5"
        # the file dialog, whole: qtbase_nl leaves these in English
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Zoeken in:"
        assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Bestands&type:"
        folder = QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                            "All other platforms")  # fmt: skip
        assert folder == "Map"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
