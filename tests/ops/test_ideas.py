"""Residents' ideas through the operations layer: the rules in one place, refused input leaves the
file unchanged, undo and redo give back exactly the state before and after (also after closing
and reopening the file), and ideas travel between laptops with their removals."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.errors import UserError
from buurtdesk.ops import undo
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.ideas import MAX_IDEA, add_idea, count_by_theme, list_ideas, remove_idea
from buurtdesk.store.db import open_db
from buurtdesk.store.exchange import apply, collect, for_connector, join
from buurtdesk.store.ideas import insert_idea

from ..gui.street_fixtures import make_neighbourhood


@pytest.fixture
def guarded(db_path: Path) -> Iterator[Database]:
    make_neighbourhood(db_path)
    db = open_neighbourhood(db_path)
    yield db
    db.close()


def _dump(db: Database) -> str:
    return "\n".join(db.conn.iterdump())


def _street(db: Database) -> str:
    return str(db.execute("SELECT name FROM streets ORDER BY id LIMIT 1").fetchone()[0])


def test_add_keeps_text_theme_and_street(guarded: Database) -> None:
    street = _street(guarded)
    done = add_idea(guarded, "  Een buurtbus naar de markt\n op zaterdag ", street=street.upper(),
                    theme="Buurtbus en deelvervoer")  # fmt: skip
    idea = done.idea
    assert (idea.text, idea.theme, idea.street) == (
        "Een buurtbus naar de markt\n op zaterdag",
        "mobility",
        street,
    )
    add_idea(guarded, "Meer bankjes 🪑")
    add_idea(guarded, "Zonnepanelen op de school", theme="energy")
    add_idea(guarded, "Collectief isoleren", theme="energy")
    assert count_by_theme(guarded) == {"energy": 2, "": 1, "mobility": 1}
    assert [i.text for i in list_ideas(guarded)][1] == "Meer bankjes 🪑"


@pytest.mark.parametrize(
    ("text", "options", "message"),
    [
        ("", {}, "mag niet leeg zijn"),
        ("   \n\t ", {}, "mag niet leeg zijn"),
        ("a" * 20_000, {}, f"hoogstens {MAX_IDEA} tekens (20000 gegeven)"),
        ("a" * (MAX_IDEA + 1), {}, "hoogstens"),
        ("bel\x07 mij", {}, "stuurteken bevatten (U+0007 op plaats 4)"),
        ("abc\x1b[31m", {}, "U+001B"),
        ("\u202egnirts", {}, "U+202E"),
        ("goed idee", {"street": "Nergensstraat"}, 'straat "Nergensstraat" bestaat niet'),
        ("goed idee", {"theme": "raketten"}, 'onbekend thema "raketten"'),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    guarded: Database, text: str, options: dict[str, str], message: str
) -> None:
    add_idea(guarded, "er is er al een")
    before = _dump(guarded)
    with pytest.raises(UserError, match=re.escape(message)):
        add_idea(guarded, text, **options)
    assert _dump(guarded) == before


def test_longest_idea_is_kept(guarded: Database) -> None:
    assert len(add_idea(guarded, "é" * MAX_IDEA).idea.text) == MAX_IDEA


def test_remove_unknown_idea_changes_nothing(guarded: Database) -> None:
    before = _dump(guarded)
    with pytest.raises(UserError, match="idee 99 bestaat niet"):
        remove_idea(guarded, 99)
    assert _dump(guarded) == before


def test_writes_outside_the_operation_are_refused(guarded: Database) -> None:
    with pytest.raises(Exception, match="write outside an operation"):
        insert_idea(guarded, "langs de operaties heen")


def _ideas(db: Database) -> list[tuple[str, str, str, str]]:
    return [(i.uuid, i.text, i.theme, i.street) for i in list_ideas(db)]


def test_undo_and_redo_of_add_and_remove_survive_reopening(
    guarded: Database, db_path: Path
) -> None:
    street = _street(guarded)
    first = add_idea(guarded, "Buurtmoestuin", street=street, theme="green-gardens")
    empty_then = [_ideas(guarded)[0]]
    second = add_idea(guarded, "AED bij de supermarkt", theme="aed")
    both = _ideas(guarded)
    remove_idea(guarded, first.idea.id)
    after_remove = _ideas(guarded)
    assert after_remove == [both[1]]
    guarded.close()
    db = open_neighbourhood(db_path)
    undo.undo(db)  # the removal: the idea is back with its uuid, theme and street
    assert sorted(_ideas(db)) == sorted(both)
    undo.redo(db)
    assert _ideas(db) == after_remove
    undo.undo(db)
    undo.undo(db)  # the second add
    assert _ideas(db) == empty_then
    undo.redo(db)
    assert sorted(_ideas(db)) == sorted(both)
    assert second.entry_id != first.entry_id
    db.close()


def test_ideas_travel_between_laptops_with_their_removals(tmp_path: Path) -> None:
    a_path, b_path = tmp_path / "a.buurtdesk", tmp_path / "b.buurtdesk"
    make_neighbourhood(a_path)
    a = open_neighbourhood(a_path)  # the user's writes, through operations
    street = _street(a)
    kept = add_idea(a, "Buurtbus op zaterdag", street=street, theme="mobility")
    gone = add_idea(a, "Wordt weer verwijderd")
    b_files = open_db(b_path)  # what reads exchange files (store.exchange, as ops.exchange does)
    join(b_files, json.loads(json.dumps(collect(a))))
    b = open_neighbourhood(b_path)
    assert _ideas(b) == _ideas(a)
    # b adds one, a removes one; after a full exchange both agree, and the removal stays
    add_idea(b, "Van laptop b", theme="energy")
    remove_idea(a, gone.idea.id)
    a_files = open_db(a_path)
    old = json.loads(json.dumps(collect(b)))  # still has the removed idea
    apply(a_files, old)
    apply(b_files, json.loads(json.dumps(collect(a))))
    apply(a_files, old)  # an older file never brings a removed idea back
    assert sorted(_ideas(a)) == sorted(_ideas(b))
    assert {i[1] for i in _ideas(a)} == {"Buurtbus op zaterdag", "Van laptop b"}
    assert kept.idea.uuid in {i[0] for i in _ideas(b)}
    # a connector's package carries ideas of that connector's streets and of none
    payload = collect(a)
    assert len(payload["tables"]["ideas"]["rows"]) == 2
    narrowed = for_connector(payload, "no-such-member")
    assert [r[3][0] for r in narrowed["tables"]["ideas"]["rows"]] == ["Van laptop b"]
    for db in (a, b, a_files, b_files):
        db.close()


def test_a_schema_5_file_gets_ideas(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent.parent / "fixtures" / "schema"
    copy = tmp_path / "v5.buurtdesk"
    copy.write_bytes((fixtures / "v5.buurtdesk").read_bytes())
    db = open_neighbourhood(copy)
    assert add_idea(db, "Een AED bij de kerk", street="Fixtureweg", theme="aed").idea.street
    assert count_by_theme(db) == {"aed": 1}
    db.close()
