"""The Qt Designer forms (ui/forms/*.ui) and the Python made of them (buurtdesk/gui/forms/).

The generated files are committed, so that ``pip install .`` and the bundle need no uic step;
this test makes them again and fails when one is stale (run scripts/make_forms.sh).
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QFile, QIODevice, Qt
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

ROOT = Path(__file__).parents[2]
FORMS = sorted((ROOT / "ui" / "forms").glob("*.ui"))
GENERATED = ROOT / "buurtdesk" / "gui" / "forms"
# the dialog module that builds on each form
DIALOGS = {
    "member_dialog": "buurtdesk.gui.member_dialog",
    "street_dialog": "buurtdesk.gui.street_dialog",
    "task_dialog": "buurtdesk.gui.plan_dialogs",
    "activity_dialog": "buurtdesk.gui.plan_dialogs",
    "print_dialog": "buurtdesk.gui.print_dialog",
    "initiators_dialog": "buurtdesk.gui.progress_dialogs",
}


def uic() -> str:
    found = shutil.which("pyside6-uic") or shutil.which(
        "pyside6-uic", path=str(Path(sys.executable).parent)
    )
    assert found, "pyside6-uic comes with PySide6"
    return found


def code_lines(path: Path) -> list[str]:
    """The generated code without its header (which names the uic version and the file)."""
    return [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("##")
    ]


def test_every_form_has_a_dialog_and_nothing_else_is_generated() -> None:
    assert sorted(form.stem for form in FORMS) == sorted(DIALOGS)
    made = sorted(p.name for p in GENERATED.glob("ui_*.py"))
    assert made == sorted(f"ui_{form.stem}.py" for form in FORMS)


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_the_generated_python_is_fresh(form: Path, tmp_path: Path) -> None:
    fresh = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([uic(), str(form), "-o", str(fresh)], check=True, timeout=60)
    committed = GENERATED / fresh.name
    assert code_lines(committed) == code_lines(fresh), (
        f"{committed.relative_to(ROOT)} is stale: run scripts/make_forms.sh"
    )


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_a_form_is_designer_xml_that_qt_loads(form: Path, qtbot: Any) -> None:
    root = ET.parse(form).getroot()
    assert root.tag == "ui" and root.get("version") == "4.0"
    top = root.find("widget")
    assert top is not None and top.get("class") == "QDialog"
    assert top.get("name") == root.findtext("class")
    file = QFile(str(form))
    assert file.open(QIODevice.OpenModeFlag.ReadOnly)
    loader = QUiLoader()
    widget = loader.load(file)
    file.close()
    assert isinstance(widget, QDialog), loader.errorString()
    qtbot.addWidget(widget)


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_a_form_translates_in_the_context_of_its_dialog(form: Path) -> None:
    """retranslateUi uses the form's class name as context: the dialog class has that name, so
    its own tr() texts and the form's share one context in the .ts file."""
    name = ET.parse(form).getroot().findtext("class")
    dialog = getattr(importlib.import_module(DIALOGS[form.stem]), name)
    ui = getattr(importlib.import_module(f"buurtdesk.gui.forms.ui_{form.stem}"), f"Ui_{name}")
    assert issubclass(dialog, ui) and issubclass(dialog, QDialog)
    assert f'QCoreApplication.translate("{name}", ' in (GENERATED / f"ui_{form.stem}.py").read_text(
        encoding="utf-8"
    )


def tab_chain(dialog: QDialog, start: Any) -> list[Any]:
    """The widgets Tab visits from ``start``, once round."""
    chain, widget = [], start
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isHidden():
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            return chain


def test_tab_goes_down_the_member_form_then_to_the_buttons(
    qtbot: Any, db_path: Path, ids: dict[str, int]
) -> None:
    """Boxes made in code after setupUi (roles, streets) sit where they are seen, not after the
    dialog's buttons."""
    from buurtdesk.gui.context import GuiContext
    from buurtdesk.gui.member_dialog import MemberDialog

    context = GuiContext(db_path)
    dialog = MemberDialog(context, None, None)
    qtbot.addWidget(dialog)
    chain = tab_chain(dialog, dialog.name)
    streets = list(dialog.streets.values())
    assert streets
    expected = [dialog.name, *dialog.role_boxes.values(), dialog.consent, dialog.consent_date]
    expected += [dialog.phone, dialog.email, dialog.named, *streets]
    assert [w for w in chain if w in expected] == expected
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert chain.index(save) > chain.index(streets[-1])
    context.close()


def test_a_form_speaks_english_with_the_english_translation(
    qtbot: Any, db_path: Path, ids: dict[str, int]
) -> None:
    from buurtdesk.gui.app import install_translator
    from buurtdesk.gui.context import GuiContext
    from buurtdesk.gui.street_dialog import AddStreetDialog

    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    context = GuiContext(db_path)
    try:
        dialog = AddStreetDialog(context)
        qtbot.addWidget(dialog)
        assert dialog.name_label.text() == "Street name:"  # from the form (retranslateUi)
        assert dialog.windowTitle() != "Straat toevoegen"
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() != "Toevoegen"  # from the code (tr)
    finally:
        app.removeTranslator(translator)
        context.close()
