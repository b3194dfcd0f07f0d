"""ops.households: adding a street and setting streets' numbering, on a guarded file (writes
only inside an operation), as the command line and the window call them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.address import AddressError, Numbering
from buurtdesk.errors import UserError
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.households import (
    add_street,
    new_street,
    set_numbering,
    set_numbering_by_name,
)
from buurtdesk.store.households import find_streets, list_households


@pytest.fixture
def gdb(db_path: Path) -> Database:
    database = open_neighbourhood(db_path, create=True)
    yield database
    database.close()


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def _walk(db: Database, street: str) -> list[int]:
    return [h["number"] for h in list_households(db, street=street)]


def test_add_street_adds_its_range_and_says_what_it_did(gdb: Database) -> None:
    added = add_street(gdb, new_street("Zandhoek", "1-6", postcode="1234 ab"))
    assert added.result.added == 6 and added.result.streets_added == 1
    assert added.street.name == "Zandhoek" and added.street.households == 6
    assert added.street.numbering is Numbering.ODD_EVEN and not added.renumbered
    assert _walk(gdb, "Zandhoek") == [1, 3, 5, 2, 4, 6]
    again = add_street(gdb, new_street("Zandhoek", "1-6"))
    assert again.result.added == 0 and again.result.unchanged == 6


def test_straight_on_a_known_street_renumbers_it_named_as_it_is_written(gdb: Database) -> None:
    add_street(gdb, new_street("Zandhoek", "1-6"))
    added = add_street(gdb, new_street("zandhoek", "7-8", straight=True))
    assert added.renumbered and added.street.numbering is Numbering.STRAIGHT
    # the street's own spelling, not the typed one (the JSON said "zandhoek")
    assert added.result.renumbered_streets == ["Zandhoek"]
    assert _walk(gdb, "Zandhoek") == list(range(1, 9))
    # without straight a known street keeps its numbering
    kept = add_street(gdb, new_street("Zandhoek", "9-10"))
    assert not kept.renumbered and kept.street.numbering is Numbering.STRAIGHT


def test_a_name_in_two_places_needs_the_place(gdb: Database) -> None:
    add_street(gdb, new_street("Dorpsstraat", "1-4", place="Ons Dorp"))
    add_street(gdb, new_street("Dorpsstraat", "1-4", place="Ander Dorp"))
    before = _dump(gdb)
    with pytest.raises(UserError) as caught:
        add_street(gdb, new_street("Dorpsstraat", "5-8", straight=True))
    assert "meer plaatsen" in str(caught.value) and "Ons Dorp" in str(caught.value)
    assert _dump(gdb) == before  # no third, place-less Dorpsstraat
    added = add_street(gdb, new_street("Dorpsstraat", "5-6", place="ons dorp"))
    assert added.street.place == "Ons Dorp" and added.result.added == 2


@pytest.mark.parametrize(
    ("name", "numbers", "message"),
    [
        ("", "1-4", "vul een straatnaam in"),
        ("12 Zandhoek", "1-4", "begint met een cijfer"),
        ("Zonnestraat \U0001f31e", "1-4", "U+1F31E"),
        ("Zandhoek", "9-1", "achteruit"),
        ("Zandhoek", "1-x", "1-59"),
    ],
)
def test_typed_mistakes_are_refused_before_the_file(name: str, numbers: str, message: str) -> None:
    with pytest.raises((UserError, AddressError)) as caught:
        new_street(name, numbers)
    assert message in str(caught.value)


def test_set_numbering_of_chosen_streets(gdb: Database) -> None:
    add_street(gdb, new_street("Zandhoek", "1-6"))
    add_street(gdb, new_street("Kerkweg", "1-4", straight=True))
    ids = {s.name: s.id for s in find_streets(gdb, "Zandhoek") + find_streets(gdb, "Kerkweg")}
    done = set_numbering(gdb, [ids["Zandhoek"], ids["Kerkweg"]], Numbering.STRAIGHT)
    assert done.changed == (ids["Zandhoek"],)  # Kerkweg was straight already
    assert [s.numbering for s in done.streets] == [Numbering.STRAIGHT] * 2
    assert _walk(gdb, "Zandhoek") == [1, 2, 3, 4, 5, 6]
    back = set_numbering_by_name(gdb, "ZANDHOEK", "odd_even")
    assert back.changed == (ids["Zandhoek"],) and _walk(gdb, "Zandhoek") == [1, 3, 5, 2, 4, 6]


def test_set_numbering_refuses_and_changes_nothing(gdb: Database) -> None:
    add_street(gdb, new_street("Dorpsstraat", "1-4", place="Ons Dorp"))
    add_street(gdb, new_street("Dorpsstraat", "1-4", place="Ander Dorp"))
    before = _dump(gdb)
    known = find_streets(gdb, "Dorpsstraat")[0].id
    with pytest.raises(UserError, match="bestaat niet"):
        set_numbering(gdb, [known, 999], Numbering.STRAIGHT)  # all or nothing
    with pytest.raises(UserError, match="kies eerst"):
        set_numbering(gdb, [], Numbering.STRAIGHT)
    with pytest.raises(UserError, match="bestaat niet"):
        set_numbering_by_name(gdb, "Kerkweg", Numbering.STRAIGHT)
    with pytest.raises(UserError, match="--place"):
        set_numbering_by_name(gdb, "Dorpsstraat", Numbering.STRAIGHT)
    assert _dump(gdb) == before
    done = set_numbering_by_name(gdb, "Dorpsstraat", Numbering.STRAIGHT, place="ander dorp")
    assert done.streets[0].place == "Ander Dorp"


def test_a_numbering_change_is_recorded_for_exchange(gdb: Database) -> None:
    add_street(gdb, new_street("Zandhoek", "1-6"))
    street = find_streets(gdb, "Zandhoek")[0]
    set_numbering(gdb, [street.id], Numbering.STRAIGHT)
    row = gdb.execute(
        "SELECT count(*) FROM sync_state WHERE tbl = 'streets' AND field = 'numbering'"
    ).fetchone()
    assert row[0] == 1


def test_a_numbering_change_is_undone_and_redone_exactly_also_after_reopening(
    db_path: Path,
) -> None:
    from buurtdesk.ops import undo

    db = open_neighbourhood(db_path, create=True)
    add_street(db, new_street("Zandhoek", "1-6"))
    add_street(db, new_street("Kerkweg", "1-4", straight=True))
    ids = [find_streets(db, n)[0].id for n in ("Zandhoek", "Kerkweg")]
    before = _dump(db)
    done = set_numbering(db, ids, Numbering.STRAIGHT)
    assert done.entry_id is not None and done.changed == (ids[0],)
    after = _dump(db)
    db.close()
    db = open_neighbourhood(db_path)  # the history is in the file
    entry = undo.undo(db)
    assert entry.kind == "street_numbering" and "Zandhoek" in entry.label
    assert _walk(db, "Zandhoek") == [1, 3, 5, 2, 4, 6] and _walk(db, "Kerkweg") == [1, 2, 3, 4]
    undone = _dump(db)
    undo.redo(db)
    assert _walk(db, "Zandhoek") == [1, 2, 3, 4, 5, 6]
    undo.undo(db)
    assert _rows(_dump(db), "streets", "households") == _rows(undone, "streets", "households")
    # the undo history and the exchange stamps move on; the streets and households are back
    assert _rows(before, "streets", "households") == _rows(undone, "streets", "households")
    undo.redo(db)
    assert _rows(_dump(db), "streets", "households") == _rows(after, "streets", "households")
    # nothing changed, nothing to undo
    assert set_numbering(db, ids, Numbering.STRAIGHT).entry_id is None
    db.close()


def _rows(dump: str, *tables: str) -> list[str]:
    return [
        line
        for line in dump.splitlines()
        if line.startswith(tuple(f'INSERT INTO "{t}"' for t in tables))
    ]


WRITERS = {
    "upsert_households": "ops.households.add_street",
    "upsert_address_rows": "ops.importing",
    "import_addresses": "ops.importing.import_addresses",
    "store_addresses": "ops.importing.store_read",
    "set_numbering": "ops.households.set_numbering",
    "write_demo": "ops.demo.write_demo",
    "repair_file": "ops.maintenance.repair",
}


def test_the_command_line_and_the_window_write_streets_imports_and_demos_only_through_ops() -> None:
    """Neither caller keeps a copy of these jobs: what they import of the store's (and io's)
    writers for streets, addresses, the demo and repair must come from ops/."""
    import ast

    package = Path(__file__).parents[2] / "buurtdesk"
    found: list[str] = []
    for path in sorted([*package.glob("cli/*.py"), *package.glob("gui/*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and not (node.module or "").startswith("ops"):
                for alias in node.names:
                    if alias.name in WRITERS:
                        found.append(f"{path.name}: {alias.name} (use {WRITERS[alias.name]})")
    assert found == []
