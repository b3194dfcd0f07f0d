#!/bin/sh
# Turn the Qt Designer forms in ui/forms/ into Python: ui/forms/NAME.ui becomes
# buurtdesk/gui/forms/ui_NAME.py (generated, committed; tests/gui/test_forms.py fails when one is
# stale). Run after editing a form in Designer, then scripts/update_translations.sh for its texts.
#   scripts/make_forms.sh
set -eu
cd "$(dirname "$0")/.."
for form in ui/forms/*.ui; do
    name=$(basename "$form" .ui)
    pyside6-uic "$form" -o "buurtdesk/gui/forms/ui_$name.py"
done
# The stylesheet is designed in ui/ like the forms; the package carries a copy (package data and
# the bundle take resources/), checked to be the same by tests/gui/test_stylesheet.py.
cp ui/buurtdesk.qss resources/style/buurtdesk.qss
