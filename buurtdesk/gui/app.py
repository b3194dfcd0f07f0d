"""Starting the GUI: the application object, the translation, the neighbourhood file and the
main window. A file that cannot be opened is explained in a dialog, never as a traceback."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..paths import resource
from ..store.store_errors import StoreError
from . import gc_guard
from .context import GuiContext
from .first_run import wants_first_run
from .main_window import MainWindow, settings
from .style import install_stylesheet
from .texts import error_text

TRANSLATIONS = "translations"


def choose_language() -> str:
    """The setting "language" when chosen (menu Taal), else the system's: English for a system
    in English, Dutch (the source language, for Dutch neighbourhoods) for any other."""
    wanted = str(settings().value("language", "") or "")
    if wanted in ("nl", "en"):
        return wanted
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the English translation when it is wanted; Dutch is the source language."""
    if language != "en":
        return None
    translator = QTranslator(app)
    folder = resource(TRANSLATIONS)
    if translator.load(f"buurtdesk_{language}", str(folder)):
        app.installTranslator(translator)
        return translator
    return None


def install_qt_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own texts (Save, Cancel, Yes, No, the file dialog) and the formats of dates and
    numbers in the interface language. Qt ships its Dutch catalogue with PySide6; the few file
    dialog texts it leaves in English ("Look in:", "Files of type:", "Folder") come from our
    own ``qt_extra_nl``, loaded after it."""
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language != "nl":
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_nl", qt_folder), ("qt_extra_nl", str(resource(TRANSLATIONS)))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def open_context(path: Path, parent: QWidget | None = None) -> GuiContext | None:
    """Open a neighbourhood file; on failure say why in a dialog and return None."""
    try:
        return GuiContext(path)
    except (StoreError, sqlite3.DatabaseError, OSError) as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("App", "Bestand niet geopend"),
            QCoreApplication.translate("App", "BuurtDesk kan %1 niet openen:\n\n%2")
            .replace("%1", str(path))
            .replace("%2", error_text(exc)),
        )
        return None


class WindowKeeper:
    """Holds the open window; opening another file replaces it."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def open(self, path: Path) -> bool:
        old = self.window
        busy = old.context.worker.current if old is not None else None
        if old is not None and busy is not None and busy.writes:
            # closing the old window now would throw its work away: first let it finish
            QMessageBox.information(
                old,
                "BuurtDesk",
                QCoreApplication.translate(
                    "App", "BuurtDesk is nog bezig: %1. Open het andere bestand als dat klaar is."
                ).replace("%1", busy.label),
            )
            return False
        context = open_context(path, old)
        if context is None:
            return False
        window = MainWindow(context)
        window.openFileRequested.connect(self.open)
        window.show()
        if wants_first_run(window):  # a new installation: from nothing to walk lists
            window.start_first_run()
        self.window = window
        settings().setValue("last_file", str(path))
        if old is not None:
            old.close()
            old.context.close()
            old.deleteLater()
        return True


def no_screen_message() -> str | None:
    """A Dutch explanation when there is no screen to show a window on (a server, an SSH session
    without X forwarding), instead of Qt aborting the process with an English message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "buurtdesk: er is geen scherm om het venster op te tonen (DISPLAY en WAYLAND_DISPLAY "
        "zijn leeg). Start BuurtDesk op een computer met een bureaublad, of gebruik een "
        "opdracht zonder venster, bijvoorbeeld: buurtdesk --db BESTAND households"
    )


def run_gui(db_path: Path) -> int:
    message = no_screen_message()
    if message is not None and QApplication.instance() is None:
        print(message, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    gc_guard.install(app)  # Qt objects are only ever collected on this thread
    app.setApplicationName("BuurtDesk")
    app.setOrganizationName("BuurtDesk")
    app.setApplicationDisplayName("BuurtDesk")
    app.setWindowIcon(QIcon(str(resource("icons", "buurtdesk.png"))))
    app.setDesktopFileName("buurtdesk")  # Wayland/X11 match the window with buurtdesk.desktop
    install_stylesheet(app)  # resources/style/buurtdesk.qss: the look of every window
    language = choose_language()
    install_qt_language(app, language)
    install_translator(app, language)
    keeper = WindowKeeper()
    if not keeper.open(Path(db_path)):
        return 1
    status = app.exec()
    if keeper.window is not None:
        keeper.window.context.close()
    return int(status)
