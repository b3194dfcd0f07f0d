#!/bin/sh
# Refresh the translation source from the GUI code and compile it.
#   scripts/update_translations.sh
# Dutch is the source language of the interface; English is the translation in
# resources/translations/buurtdesk_en.ts (edit it with Qt Linguist, or by hand), compiled to
# buurtdesk_en.qm, which the application loads by system locale or the "language" setting.
set -eu
cd "$(dirname "$0")/.."
# First pass keeps obsolete entries, so that lupdate's same-text heuristic carries a translation
# over when a text moves to another class; the second pass drops what is no longer used.
pyside6-lupdate -source-language nl -target-language en \
    buurtdesk/gui/*.py -ts resources/translations/buurtdesk_en.ts
pyside6-lupdate -source-language nl -target-language en -no-obsolete \
    buurtdesk/gui/*.py -ts resources/translations/buurtdesk_en.ts
pyside6-lrelease resources/translations/buurtdesk_en.ts -qm resources/translations/buurtdesk_en.qm
# Dutch for the few texts of Qt's own file dialog that Qt's catalogue leaves in English
pyside6-lrelease resources/translations/qt_extra_nl.ts -qm resources/translations/qt_extra_nl.qm
