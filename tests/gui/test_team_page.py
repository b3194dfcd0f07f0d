"""The role board: drag and drop between role columns, the gaps it reports, the member dialog."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.address import AddressRecord, HouseNumber
from buurtdesk.domain.team import GapKind, Role
from buurtdesk.gui.context import GuiContext
from buurtdesk.gui.team_page import MemberDialog, TeamPage
from buurtdesk.ops import team as team_ops
from buurtdesk.ops.base import operation
from buurtdesk.store.address_upsert import upsert_households
from buurtdesk.store.db import open_db
from buurtdesk.store.plan import start_project
from buurtdesk.store.team import (
    add_member,
    assign_streets,
    find_member,
    list_members,
    streets_of,
)

from ..conftest import shot_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def context(qtbot, db_path: Path):
    db = open_db(db_path)
    upsert_households(
        db, [AddressRecord("Kerkweg", HouseNumber(n), "1234AB", "Ons Dorp") for n in range(1, 301)]
    )
    start_project(db, "energy", date.today() - timedelta(days=8 * 7))  # 2 weeks left
    anna = add_member(db, "Anna", [Role.CONNECTOR])
    add_member(db, "Bram", [Role.EXPERT])
    assign_streets(db, anna.id, [1])  # Kerkweg: her 300 doors
    db.close()
    ctx = GuiContext(db_path)
    yield ctx
    ctx.close()


def _names(page: TeamPage, role: Role | None) -> list[str]:
    return [m.name for m in page.column(role).model.members]


def test_board_shows_roles_and_gaps(qtbot, context: GuiContext) -> None:
    page = TeamPage(context)
    qtbot.addWidget(page)
    assert _names(page, Role.CONNECTOR) == ["Anna"]
    assert _names(page, Role.EXPERT) == ["Bram"]
    kinds = {(g.kind, g.role) for g in page.current_gaps}
    assert (GapKind.TOO_FEW, None) in kinds
    assert (GapKind.MISSING_ROLE, Role.ENTREPRENEUR) in kinds
    # 300 doors in two weeks at 40 a week: too many for Anna alone.
    too_many = [g for g in page.current_gaps if g.kind is GapKind.TOO_MANY_DOORS]
    assert too_many and too_many[0].member == "Anna" and too_many[0].capacity == 80
    text = page.gaps.text()
    assert (
        "minstens drie" in text and "Niemand is ondernemer" in text and "Anna heeft nog 300" in text
    )
    page.pace.setValue(150)  # the pace setting: 2 weeks x 150 doors is enough for 300
    assert not any(g.kind is GapKind.TOO_MANY_DOORS for g in page.current_gaps)
    again = TeamPage(context)
    qtbot.addWidget(again)
    assert again.pace.value() == 150


def test_drag_a_member_to_another_role_and_undo(qtbot, context: GuiContext) -> None:
    page = TeamPage(context)
    qtbot.addWidget(page)
    source = page.column(Role.EXPERT)
    target = page.column(Role.ENTREPRENEUR)
    mime = source.model.mimeData([source.model.index(0)])
    assert target.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    target.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert _names(page, Role.ENTREPRENEUR) == ["Bram"] and _names(page, Role.EXPERT) == []
    assert find_member(context.db, "Bram").roles == (Role.ENTREPRENEUR,)
    assert not any(g.role is Role.ENTREPRENEUR for g in page.current_gaps)
    context.undo_stack.undo()
    assert _names(page, Role.EXPERT) == ["Bram"] and _names(page, Role.ENTREPRENEUR) == []


def test_ctrl_drag_adds_a_role_and_no_role_column(qtbot, context: GuiContext) -> None:
    page = TeamPage(context)
    qtbot.addWidget(page)
    anna = page.column(Role.CONNECTOR)
    mime = anna.model.mimeData([anna.model.index(0)])
    page.column(Role.EXPERT).model.dropMimeData(
        mime, Qt.DropAction.CopyAction, -1, 0, QModelIndex()
    )
    assert find_member(context.db, "Anna").roles == (Role.CONNECTOR, Role.EXPERT)
    # Dropping on "no role" takes the dragged role away.
    mime = anna.model.mimeData([anna.model.index(0)])
    page.column(None).model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert find_member(context.db, "Anna").roles == (Role.EXPERT,)


def test_a_real_drop_event_on_the_column_view(qtbot, context: GuiContext) -> None:
    page = TeamPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    source = page.column(Role.CONNECTOR)
    mime = source.model.mimeData([source.model.index(0)])
    view = page.column(Role.ENTREPRENEUR).view
    pos = view.viewport().rect().center()
    for event_type in (QDropEvent.Type.DragEnter, QDropEvent.Type.DragMove):
        from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

        cls = QDragEnterEvent if event_type == QDropEvent.Type.DragEnter else QDragMoveEvent
        QApplication.sendEvent(
            view.viewport(),
            cls(
                pos,
                Qt.DropAction.MoveAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    drop = QDropEvent(
        QPoint(pos.x(), pos.y()).toPointF(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), drop)
    assert find_member(context.db, "Anna").roles == (Role.ENTREPRENEUR,)


def test_member_dialog_refuses_contact_without_consent_and_empty_name(
    qtbot, context: GuiContext
) -> None:
    dialog = MemberDialog(context, None, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    dialog.accept()
    assert "naam" in dialog.error.text() and dialog.saved is None
    dialog.name.setText("Cor")
    dialog.role_boxes[Role.ENTREPRENEUR].setChecked(True)
    assert not dialog.phone.isEnabled()  # only with consent
    dialog.consent.setChecked(True)
    dialog.phone.setText("0612345678")
    dialog.accept()
    assert dialog.saved is not None
    cor = find_member(context.db, "Cor")
    assert cor.roles == (Role.ENTREPRENEUR,) and cor.phone == "0612345678" and cor.consent_at
    assert len(list_members(context.db)) == 3


def test_member_dialog_saves_member_and_streets_in_one_operation(
    qtbot, context: GuiContext
) -> None:
    """A refused save writes nothing, also not the streets ticked (they were saved apart)."""
    bram = find_member(context.db, "Bram")
    before = "\n".join(context.db.conn.iterdump())
    dialog = MemberDialog(context, bram, None)
    qtbot.addWidget(dialog)
    dialog.streets[1].setChecked(True)
    dialog.consent.setChecked(True)
    dialog.email.setText("geen adres")
    dialog.accept()
    assert "e-mailadres" in dialog.error.text() and dialog.saved is None
    assert "\n".join(context.db.conn.iterdump()) == before
    dialog.email.setText("bram@example.nl")
    dialog.accept()
    assert dialog.saved is not None and streets_of(context.db, bram.id) == [1]
    assert find_member(context.db, "Bram").email == "bram@example.nl"


def test_member_dialog_consent_to_be_named_is_its_own(qtbot, context: GuiContext) -> None:
    dialog = MemberDialog(context, None, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Dewi")
    dialog.consent.setChecked(True)  # may keep her phone number...
    dialog.phone.setText("0611111111")
    assert not dialog.named.isChecked()  # ...which says nothing about being named
    dialog.accept()
    dewi = find_member(context.db, "Dewi")
    assert dewi.consent_at and not dewi.named
    edit = MemberDialog(context, dewi, None)
    qtbot.addWidget(edit)
    assert not edit.named.isChecked()
    qtbot.mouseClick(edit.named, Qt.MouseButton.LeftButton)
    edit.consent.setChecked(False)  # withdraws the contact consent, gives the name consent
    edit.accept()
    dewi = find_member(context.db, "Dewi")
    assert dewi.named and dewi.consent_at is None and dewi.phone == ""
    again = MemberDialog(context, dewi, None)
    qtbot.addWidget(again)
    assert again.named.isChecked()


def test_project_contact_on_the_team_page(qtbot, context: GuiContext) -> None:
    page = TeamPage(context)
    qtbot.addWidget(page)
    assert page.contact.isEnabled() and page.contact.text() == ""
    page.contact.setText("Buurtteam Kerkweg · 06 1234 5678")
    with qtbot.waitSignal(context.projectChanged):
        qtbot.mouseClick(page.contact_button, Qt.MouseButton.LeftButton)
    assert context.project is not None
    assert context.project.contact == "Buurtteam Kerkweg · 06 1234 5678"
    page.contact.setText("x" * 300)
    page.save_contact()
    assert "te lang" in page.contact_error.text()
    assert context.project.contact == "Buurtteam Kerkweg · 06 1234 5678"


def test_doors_in_streets_without_a_connector_are_a_gap(qtbot, context: GuiContext) -> None:
    with operation(context.db, "import"):  # as the window imports (a guarded connection)
        upsert_households(
            context.db,
            [AddressRecord("Molenweg", HouseNumber(n), "1234AC", "Ons Dorp") for n in range(1, 8)],
        )
    page = TeamPage(context)
    qtbot.addWidget(page)
    gaps = [g for g in page.current_gaps if g.kind is GapKind.UNASSIGNED_DOORS]
    assert [g.count for g in gaps] == [7]
    assert "7 deuren liggen in straten zonder verbinder" in page.gaps.text()


def test_screenshot(qtbot, context: GuiContext, tmp_path: Path) -> None:
    db = context.db  # guarded, as the window's: through the operations
    cor = team_ops.add_member(db, "Cor Jansen", [Role.ENTREPRENEUR, Role.CONNECTOR])
    team_ops.add_member(db, "Dewi Pranoto", [Role.CONNECTOR])
    team_ops.add_member(db, "Els de Boer", [])
    team_ops.assign_streets(db, cor.id, [1])
    page = TeamPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 560)
    page.show()
    qtbot.waitExposed(page)
    out = shot_path("team-board.png", tmp_path)
    image = page.grab()
    assert not image.isNull() and image.width() > 800
    assert image.save(str(out))
