"""One key a door: re-entry stands on the next row of the paper by itself, so a returned walk
list of 50 doors goes in with about one keystroke a door (issue 12). The keys are counted here
as a user types them, and every door is checked afterwards."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.gui.main_window import MainWindow
from buurtdesk.io.pdf.exports import export_walklist
from buurtdesk.ops.households import add_street, new_street
from buurtdesk.ops.team import assign_streets
from buurtdesk.store.visits import list_visits

# What a connector brings back: a box ticked at most doors, a few rows left empty.
PAPER = "1121 4135 1 21 5213 1 1 24 12 1 3 511 21 12 312 13"  # a space: the row was left empty


class Keyboard:
    """Real key events into a widget, counted."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def key(self, widget: Any, key: Any) -> None:
        self.qtbot.keyClick(widget, key)
        self.count += 1

    def text(self, widget: Any, text: str) -> None:
        for char in text:
            self.qtbot.keyClicks(widget, char)
            self.count += 1


def _the_list(window: MainWindow, tmp_path: Path, ids: dict[str, int]) -> tuple[str, list[int]]:
    """Lange Dijk 1-50 (numbered straight through) for Bram, printed; its code and rows."""
    db = window.context.db
    added = add_street(db, new_street("Lange Dijk", "1-50", straight=True, place="Buurtdorp"))
    assign_streets(db, ids["bram"], [added.street.id])
    context = window.context
    assert context.project is not None
    out = tmp_path / "bram.pdf"
    export_walklist(db, context.project, out, connector="Bram Jansen")
    match = re.search(r"LL-\d{4}-[0-9A-F]{4}", PdfReader(out).pages[1].extract_text())
    assert match
    rows = [
        household_id
        for (household_id,) in db.execute(
            "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
            "WHERE s.name = 'Lange Dijk' ORDER BY h.number"
        )
    ]
    return match.group(0), rows


def test_a_returned_list_of_fifty_doors_takes_under_two_keys_a_door(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    code, rows = _the_list(window, tmp_path, ids)
    assert len(rows) == 50 and len(PAPER) == 50
    page = window.street_page
    bar = page.reentry_bar
    keys = Keyboard(qtbot)
    page.set_reentry_mode(True)
    keys.text(bar.code, code)
    keys.key(bar.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=5000)
    qtbot.waitUntil(lambda: "Lange Dijk 1" in bar.current.text(), timeout=5000)
    assert "Rij 1" in bar.current.text()
    for box in PAPER:
        keys.key(page.reentry, Qt.Key.Key_Space if box == " " else getattr(Qt.Key, f"Key_{box}"))
    per_door = keys.count / len(rows)
    print(f"\nre-entry of 50 doors: {keys.count} keys, {per_door:.2f} a door (code included)")
    assert per_door <= 2
    assert bar.current.text() == "Einde van de lijst"
    for household_id, box in zip(rows, PAPER, strict=True):
        visits = [
            (v.outcome, v.visitor)
            for v in list_visits(window.context.db, household_id=household_id)
        ]
        wanted = [] if box == " " else [(next(o for o in Outcome if o.key == int(box)), "Bram")]
        assert [(o, who.split()[0]) for o, who in visits] == wanted
    # past the last row a key records nothing and says so
    keys.key(page.reentry, Qt.Key.Key_3)
    assert "laatste rij" in bar.feedback.text()
    assert len(list_visits(window.context.db, household_id=rows[-1])) == (
        0 if PAPER[-1] == " " else 1
    )


def test_jump_back_skip_and_a_note_in_one_list(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    code, rows = _the_list(window, tmp_path, ids)
    page = window.street_page
    bar = page.reentry_bar
    page.set_reentry_mode(True)
    qtbot.keyClicks(bar.code, code)
    qtbot.keyClick(bar.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Lange Dijk 1" in bar.current.text(), timeout=5000)
    qtbot.keyClicks(page.reentry, "r10")
    qtbot.keyClick(page.reentry, Qt.Key.Key_Return)
    assert bar.current.text().startswith("Rij 10:") and "Lange Dijk 10" in bar.current.text()
    qtbot.keyClick(page.reentry, Qt.Key.Key_Space)  # row 10 left empty
    qtbot.keyClick(page.reentry, Qt.Key.Key_Up)  # back to 10
    qtbot.keyClick(page.reentry, Qt.Key.Key_Down)  # and on to 11
    qtbot.keyClick(page.reentry, Qt.Key.Key_2)  # row 11: spoke
    assert bar.current.text().startswith("Rij 12:")
    qtbot.keyClicks(page.reentry, "r30 3 belt zelf terug")
    qtbot.keyClick(page.reentry, Qt.Key.Key_Return)
    assert bar.current.text().startswith("Rij 31:")
    qtbot.keyClick(page.reentry, Qt.Key.Key_8)  # no such box: refused, nothing stored
    assert "geen uitkomst" in bar.feedback.text()
    qtbot.keyClicks(page.reentry, "r51")
    qtbot.keyClick(page.reentry, Qt.Key.Key_Return)
    assert "niet op deze lijst" in bar.feedback.text()
    db = window.context.db
    assert list_visits(db, household_id=rows[9]) == []
    assert [v.outcome for v in list_visits(db, household_id=rows[10])] == [Outcome.SPOKE]
    (noted,) = list_visits(db, household_id=rows[29])
    assert (noted.outcome, noted.note) == (Outcome.INTERESTED, "belt zelf terug")
    assert all(
        list_visits(db, household_id=r) == [] for i, r in enumerate(rows) if i not in (10, 29)
    )
    # a click on a row of the table is where the next key goes
    page.select_row(page.households.row_of(rows[4]))
    assert bar.current.text().startswith("Rij 5:")
    window.grab().save(str(tmp_path / "reentry_keys.png"))


def test_answers_are_letters_pressed_before_the_outcome(
    qtbot: Any, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    from buurtdesk.ops.questions import add_question
    from buurtdesk.store.questions import visit_answers

    db = window.context.db
    add_question(db, "Wilt u een gratis warmtescan?", short="warmtescan")
    add_question(db, "Wat wilt u isoleren?", short="isolatie", choices=["dak", "spouw"])
    add_question(db, "Rijdt u mee in de buurtbus?", short="rijden")  # r is taken: another letter
    window.context.planChanged.emit()
    code, rows = _the_list(window, tmp_path, ids)
    page = window.street_page
    bar = page.reentry_bar
    answers = page.checkoff.answer_keys
    assert answers.isVisibleTo(window) and "W warmtescan" in answers.text()
    assert set(answers.keys) == {"w", "i", "j"} and answers.keys["j"] == "rijden"
    page.set_reentry_mode(True)
    keys = Keyboard(qtbot)
    keys.text(bar.code, code)
    keys.key(bar.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Lange Dijk 1" in bar.current.text(), timeout=5000)
    # row 1: yes to the heat scan, "spouw" (i twice), interested: 4 keys
    for key in (Qt.Key.Key_W, Qt.Key.Key_I, Qt.Key.Key_I):
        keys.key(page.reentry, key)
    assert "warmtescan: ja" in answers.text() and "isolatie: spouw" in answers.text()
    keys.key(page.reentry, Qt.Key.Key_3)
    # row 2: w pressed twice is "nee"; not at home
    for key in (Qt.Key.Key_W, Qt.Key.Key_W, Qt.Key.Key_1):
        keys.key(page.reentry, key)
    # row 3: nothing asked
    keys.key(page.reentry, Qt.Key.Key_2)
    assert keys.count == 13 + 8  # the code and Enter, then 4 + 3 + 1 for three doors
    visits = [list_visits(db, household_id=r)[0] for r in rows[:3]]
    assert [visit_answers(db, v.id) for v in visits] == [
        {"warmtescan": "ja", "isolatie": "spouw"},
        {"warmtescan": "nee"},
        {},
    ]
    assert answers.pending == {}
    # in the table too, outside re-entry: a letter, then the outcome key
    page.set_reentry_mode(False)
    page.select_row(page.households.row_of(rows[10]))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    qtbot.keyClick(page.table, Qt.Key.Key_4)
    (visit,) = list_visits(db, household_id=rows[10])
    assert visit_answers(db, visit.id) == {"rijden": "ja"}
