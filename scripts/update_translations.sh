#!/bin/sh
# Refresh the translation source from the code and compile it: the GUI's texts, and the error
# templates below it (domain/, store/, io/, ops/ mark them with errors.QT_TRANSLATE_NOOP in the
# context "Fout"; the window translates them, the command line prints the Dutch).
#   scripts/update_translations.sh
# Dutch is the source language of the interface; English is the translation in
# resources/translations/buurtdesk_en.ts (edit it with Qt Linguist, or by hand), compiled to
# buurtdesk_en.qm, which the application loads by system locale or the "language" setting.
set -eu
cd "$(dirname "$0")/.."
SOURCES=$(find buurtdesk/gui buurtdesk/domain buurtdesk/store buurtdesk/io buurtdesk/ops -name "*.py" | sort)
# the Qt Designer forms: lupdate reads their texts from the .ui (context: the form's class)
SOURCES="$SOURCES $(find ui/forms -name "*.ui" | sort)"
# First pass keeps obsolete entries, so that lupdate's same-text heuristic carries a translation
# over when a text moves to another class; the second pass drops what is no longer used.
pyside6-lupdate -source-language nl -target-language en \
    $SOURCES -ts resources/translations/buurtdesk_en.ts
pyside6-lupdate -source-language nl -target-language en -no-obsolete \
    $SOURCES -ts resources/translations/buurtdesk_en.ts
pyside6-lrelease resources/translations/buurtdesk_en.ts -qm resources/translations/buurtdesk_en.qm
# Dutch for the few texts of Qt's own file dialog that Qt's catalogue leaves in English
pyside6-lrelease resources/translations/qt_extra_nl.ts -qm resources/translations/qt_extra_nl.qm
