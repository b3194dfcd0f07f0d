"""Errors from below the window reach an English interface in English.

The store, domain and io raise Dutch templates with values; the window translates them
(``gui/texts.error_text``). These tests install the shipped English translation and make real
errors happen through real dialogs and the real import.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.errors import QT_TRANSLATE_NOOP, Coded, UserError, Word
from buurtdesk.gui.app import install_qt_language, install_translator
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.gui.texts import error_text
from buurtdesk.store.db import open_db
from buurtdesk.store.store_errors import StoreError
from buurtdesk.store.visits import record_visit


@pytest.fixture
def english() -> Iterator[None]:
    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    install_qt_language(app, "en")
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())


def test_an_import_error_shows_english_in_the_message_box(
    english: None, qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "adressen.csv"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 0x44]) * 300)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    window.import_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    # file and line stay in front, untranslated; the sentence is English
    assert shown[0].endswith(
        f"{path}:1: this file is not text but binary data, so not an address list; choose a "
        "CSV, Excel (.xlsx) or GeoPackage (.gpkg) file"
    )


def test_a_member_without_a_name_is_refused_in_english(
    english: None, qtbot: Any, window: MainWindow
) -> None:
    from buurtdesk.gui.member_dialog import MemberDialog

    dialog = MemberDialog(window.context, None, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    dialog.accept()
    assert dialog.error.text() == "a team member needs a name"
    assert dialog.result() == 0


def test_a_street_range_too_long_is_refused_in_english(
    english: None, qtbot: Any, window: MainWindow
) -> None:
    from buurtdesk.gui.street_dialog import AddStreetDialog

    dialog = AddStreetDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Lindelaan")
    dialog.range.setText("1-9000")
    dialog.accept()
    assert dialog.error.text() == ("range 1-9000 gives 9000 addresses; at most 2000 per street")
    dialog.range.setText("9-1")
    dialog.accept()
    assert dialog.error.text() == "range 9-1 runs backwards; did you mean 1-9?"
    dialog.name.setText("Zonnelaan \U0001f31e")  # a word given as a value is translated too
    dialog.accept()
    assert dialog.error.text().startswith('street name contains the character "\U0001f31e"')


def test_a_visit_in_the_future_reads_english(english: None, tmp_path: Path) -> None:
    from buurtdesk.domain.address import AddressRecord, HouseNumber
    from buurtdesk.store.address_upsert import upsert_households
    from buurtdesk.store.projects import create_project

    db = open_db(tmp_path / "buurt.buurtdesk")
    upsert_households(db, [AddressRecord("Kerkweg", HouseNumber(1), "1234AB", "Dorp")])
    project = create_project(db, theme="energie", title="Isoleren", start=date.today())
    household = db.execute("SELECT id FROM households").fetchone()[0]
    later = date.today() + timedelta(days=3)
    with pytest.raises(StoreError) as caught:
        record_visit(
            db, project_id=project, household_id=household, outcome=Outcome.SPOKE,
            visit_date=later,
        )  # fmt: skip
    assert str(caught.value) == f"datum {later.isoformat()} ligt in de toekomst"
    assert error_text(caught.value) == f"date {later.isoformat()} is in the future"
    db.close()


def test_values_are_translated_and_numbers_follow_the_locale(english: None) -> None:
    inner = Coded(QT_TRANSLATE_NOOP("Fout", "geometrie is afgebroken"))
    outer = UserError(
        QT_TRANSLATE_NOOP("Fout", "GeoPackage is beschadigd ({exc})"), "a.gpkg", exc=inner
    )
    assert str(outer) == "a.gpkg: GeoPackage is beschadigd (geometrie is afgebroken)"
    assert error_text(outer) == "a.gpkg: GeoPackage is damaged (geometry is cut off)"
    size = Coded(
        QT_TRANSLATE_NOOP(
            "Fout",
            "dit Excel-bestand zou uitgepakt {unpacked:,.0f} MB worden (ingepakt {packed:,.1f} "
            "MB); zo groot of zo sterk ingepakt is geen adressenlijst, het wordt niet geopend",
        ),
        unpacked=12345.0,
        packed=1234.5,
    )
    assert error_text(size).startswith(
        "this Excel file would unpack to 12,345 MB (packed 1,234.5 MB)"
    )
    word = Coded(QT_TRANSLATE_NOOP("Fout", "{what} bevat een regeleinde"), what=Word("plaats"))
    assert str(word) == "plaats bevat een regeleinde"
    assert error_text(word) == "place contains a line break"


def test_without_the_translation_the_window_shows_the_dutch() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        error = StoreError(QT_TRANSLATE_NOOP("Fout", "een teamlid heeft een naam nodig"))
        assert error_text(error) == "een teamlid heeft een naam nodig"
        size = Coded(
            QT_TRANSLATE_NOOP(
                "Fout",
                "dit Excel-bestand zou uitgepakt {unpacked:,.0f} MB worden (ingepakt {packed:,.1f} "
                "MB); zo groot of zo sterk ingepakt is geen adressenlijst, het wordt niet geopend",
            ),
            unpacked=12345.0,
            packed=1234.5,
        )
        assert "uitgepakt 12.345 MB worden (ingepakt 1.234,5 MB)" in error_text(size)
    finally:
        QLocale.setDefault(QLocale.c())


def test_a_refused_import_lists_its_problems_in_english(
    english: None, qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "adressen.csv"
    path.write_text(
        "straat;huisnummer;postcode;woonplaats\n"
        "Lindelaan;abc;1234AB;Dorp\n"
        "Lindelaan;0;1234AB;Dorp\n",
        encoding="utf-8",
    )
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    window.import_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    lines = shown[0].splitlines()
    assert lines[-3:] == [
        f'{path}:2: house number "abc" is not a number',
        f'{path}:3: house number "0" does not exist (1 to 99999)',
        f"{path}: 2 errors; nothing was imported",
    ]
