"""Door questions: the rules of adding and removing (refused input changes nothing), undo and
redo, answers recorded with a visit, the theme's defaults, the figures (also of a closed
project), exchange, and erasure that leaves no answer in the file's bytes."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.errors import UserError
from buurtdesk.ops import closing, privacy, undo
from buurtdesk.ops import questions as ops
from buurtdesk.ops.base import open_neighbourhood, operation
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.db import open_db
from buurtdesk.store.exchange import apply, collect, for_connector
from buurtdesk.store.projects import current_project, get_project

from ..store.test_exchange_merge import wire
from .laptops import neighbourhood, second_laptop, send, state

CHOICE = "ZONNEBOILER-7731"  # planted as a choice: must be in no byte of the file after erasure
TODAY = date(2026, 11, 30)


def _door(db: Database, street: str, number: int) -> int:
    return int(
        db.execute(
            "SELECT h.id FROM households h JOIN streets s ON s.id = h.street_id "
            "WHERE s.name = ? AND h.number = ?",
            [street, number],
        ).fetchone()[0]
    )


def _bytes(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _visit(
    db: Database, street: str, number: int, by: str = "Anouk", day: int = 8, **answers: str
) -> None:
    record_visit(
        db,
        household_id=_door(db, street, number),
        outcome=Outcome.INTERESTED,
        visit_date=date(2026, 9, day),
        visitor=by,
        answers=answers,
    )


def test_a_new_project_gets_its_themes_default_questions(tmp_path: Path) -> None:
    db = neighbourhood(tmp_path / "buurt.buurtdesk")
    questions = ops.list_questions(db)
    assert [q.short for q in questions] == ["warmtescan", "isolatie", "zonnepanelen"]
    assert questions[1].choices == ("dak", "spouw", "vloer", "glas")
    assert questions[0].answers == ("ja", "nee")


def _questions(db: Database) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.execute("SELECT * FROM questions ORDER BY id")]


def test_adding_and_removing_with_undo_and_redo(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    db = neighbourhood(path)
    before = _questions(db)
    added = ops.add_question(db, "Komt u naar het buurtfeest?", short="Feest", choices=())
    assert added.question.short == "feest" and added.question.position == 3
    after = _questions(db)
    undo.undo(db)
    assert _questions(db) == before
    undo.redo(db)
    assert [r[1:] for r in _questions(db)] == [r[1:] for r in after]  # the same uuid and all
    removed = ops.remove_question(db, "feest")
    assert not removed.hidden and "feest" not in [q.short for q in ops.list_questions(db)]
    db.close()
    db = open_neighbourhood(path)  # the history is in the file
    undo.undo(db)
    assert [r[1:] for r in _questions(db)] == [r[1:] for r in after]
    undo.redo(db)
    assert _questions(db) == before


@pytest.mark.parametrize(
    ("text", "short", "choices", "message"),
    [
        ("Wilt u een warmtescan?", "warmtescan", (), "bestaat al"),
        ("", "leeg", (), "niet leeg"),
        ("x" * 20_000, "lang", (), "hoogstens 200"),
        ("Welk dak?", "dak", ("plat", ""), "niet leeg"),
        ("Welk dak?", "dak", ("plat", "Plat"), "twee keer"),
        ("Welk dak?", "dak", ("plat,schuin", "riet"), "komma"),
        ("Welk dak?", "dak", ("plat",), "minstens twee"),
        ("Welk dak?", "d a k", (), "korte naam"),
        ("Welk dak?", "", (), "korte naam"),
    ],
)
def test_bad_questions_are_refused_and_change_nothing(
    tmp_path: Path, text: str, short: str, choices: tuple[str, ...], message: str
) -> None:
    db = neighbourhood(tmp_path / "buurt.buurtdesk")
    before = state(db)
    with pytest.raises(UserError, match=message):
        ops.add_question(db, text, short=short, choices=choices)
    assert state(db) == before


def test_answers_are_recorded_with_the_visit_and_bad_ones_change_nothing(tmp_path: Path) -> None:
    db = neighbourhood(tmp_path / "buurt.buurtdesk")
    _visit(db, "Kerkweg", 1, warmtescan="Ja", isolatie="DAK")
    stored = db.execute("SELECT value FROM answers ORDER BY id").fetchall()
    assert [r[0] for r in stored] == ["ja", "dak"]  # as the question writes them
    before = state(db)
    for bad, message in (
        ({"onbekend": "ja"}, "onbekende vraag"),
        ({"warmtescan": "misschien"}, "kies uit: ja, nee"),
        ({"isolatie": "ja"}, "kies uit: dak, spouw, vloer, glas, nee"),
    ):
        with pytest.raises(UserError, match=message):
            _visit(db, "Kerkweg", 2, **bad)
        assert state(db) == before  # not the visit either
    with pytest.raises(UserError, match="twee keer"):
        ops.parse_answers(["warmtescan=ja", "Warmtescan=nee"])


def test_a_question_removed_with_answers_is_hidden_and_keeps_counting(tmp_path: Path) -> None:
    db = neighbourhood(tmp_path / "buurt.buurtdesk")
    project = current_project(db)
    assert project is not None
    _visit(db, "Kerkweg", 1, warmtescan="ja")
    _visit(db, "Kerkweg", 2, warmtescan="ja")
    _visit(db, "Dorpsstraat", 1, warmtescan="nee")
    removed = ops.remove_question(db, "warmtescan")
    assert removed.hidden
    assert "warmtescan" not in [q.short for q in ops.list_questions(db)]
    with pytest.raises(UserError, match="onbekende vraag"):
        _visit(db, "Kerkweg", 3, warmtescan="ja")
    figures = {f.short: f for f in ops.figures(db, project.id)}
    assert figures["warmtescan"].removed
    assert figures["warmtescan"].total == {"ja": 2, "nee": 1}
    assert figures["warmtescan"].streets == {"Dorpsstraat": {"nee": 1}, "Kerkweg": {"ja": 2}}
    # the same key may be asked again, as a new question
    ops.add_question(db, "Wilt u een tweede warmtescan?", short="warmtescan")
    undo.undo(db)
    undo.undo(db)  # the removal: the old question is live again, with its answers
    assert ops.figures(db, project.id)[0].total == {"ja": 2, "nee": 1}


def test_figures_count_each_household_once_by_its_latest_live_answer(tmp_path: Path) -> None:
    db = neighbourhood(tmp_path / "buurt.buurtdesk")
    project = current_project(db)
    assert project is not None
    _visit(db, "Kerkweg", 1, warmtescan="nee")
    _visit(db, "Kerkweg", 1, warmtescan="ja")
    _visit(db, "Kerkweg", 2, isolatie="spouw")
    undo.undo(db)  # Kerkweg 2's visit is undone: its answer no longer counts
    figures = {f.short: f for f in ops.figures(db, project.id)}
    assert figures["warmtescan"].total == {"ja": 1, "nee": 0}
    assert figures["isolatie"].total == {"dak": 0, "spouw": 0, "vloer": 0, "glas": 0, "nee": 0}


def test_a_closed_project_keeps_its_answer_counts(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    db = neighbourhood(path)
    project = current_project(db)
    assert project is not None
    ops.add_question(db, "Welke boiler?", short="boiler", choices=(CHOICE, "gas"))
    _visit(db, "Kerkweg", 1, boiler=CHOICE, warmtescan="ja")
    before = [f.as_dict() for f in ops.figures(db, project.id)]
    closing.close(db, get_project(db, project.id), TODAY)
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert [f.as_dict() for f in ops.figures(db, project.id)] == before


def test_erasing_a_household_removes_its_answers_from_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    db = neighbourhood(path)
    ops.add_question(db, "Welke boiler?", short="boiler", choices=(CHOICE, "gas"))
    door = _door(db, "Kerkweg", 4)
    _visit(db, "Kerkweg", 4, boiler=CHOICE.lower(), warmtescan="ja")
    assert privacy.household_data(db, door)["answers"][0]["answer"] == "ja"
    db.close()
    # the question's choices (not personal) hold it once; the answer, the undo history more
    assert _bytes(path).count(CHOICE.encode()) >= 2
    db = open_neighbourhood(path)
    privacy.erase(db, door)
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sync_state WHERE tbl = 'answers'").fetchone()[0] == 0
    assert privacy.household_data(db, door)["answers"] == []
    db.close()
    assert _bytes(path).count(CHOICE.encode()) == 1  # the question's own choice, nothing else


def test_questions_and_answers_travel_and_a_connector_gets_only_their_answers(
    tmp_path: Path,
) -> None:
    a_path, b_path = tmp_path / "a.buurtdesk", tmp_path / "b.buurtdesk"
    a = neighbourhood(a_path)
    ops.add_question(a, "Komt u naar het buurtfeest?", short="feest")
    b = second_laptop(a, b_path)
    _visit(b, "Kerkweg", 5, feest="ja")
    send(b, a)
    project = current_project(a)
    assert project is not None
    figures = {f.short: f for f in ops.figures(a, project.id)}
    assert figures["feest"].total == {"ja": 1, "nee": 0}
    payload = wire(collect(a))
    assert len(payload["tables"]["answers"]["rows"]) == 1
    # a connector's package holds only the answers of their streets' visits
    anouk = a.execute("SELECT uuid FROM members WHERE name = 'Anouk'").fetchone()[0]
    assert for_connector(payload, anouk)["tables"]["answers"]["rows"] == []


def test_migration_gives_existing_projects_their_defaults_the_same_on_two_laptops(
    tmp_path: Path,
) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "schema" / "v8.buurtdesk"
    found = []
    for name in ("a", "b"):  # two laptops that each had a copy of the file
        path = tmp_path / f"{name}.buurtdesk"
        shutil.copy(fixture, path)
        db = open_db(path)
        found.append(
            db.execute(
                "SELECT p.theme, q.short, q.uuid FROM projects p "
                "JOIN questions q ON q.project_id = p.id ORDER BY q.id"
            ).fetchall()
        )
        db.close()
    assert [tuple(r) for r in found[0]] == [tuple(r) for r in found[1]]
    assert [(r[0], r[1]) for r in found[0]] == [
        ("energy", "warmtescan"), ("energy", "isolatie"), ("energy", "zonnepanelen")
    ]  # fmt: skip


def test_an_erasure_that_arrives_by_exchange_leaves_no_answer_in_the_change_log(
    tmp_path: Path,
) -> None:
    a = neighbourhood(tmp_path / "a.buurtdesk")
    _visit(a, "Kerkweg", 6, warmtescan="ja")
    b = second_laptop(a, tmp_path / "b.buurtdesk")
    # b records a visit with an answer that a has not seen when it erases the household
    _visit(b, "Kerkweg", 6, warmtescan="nee", by="Mehmet", day=9)
    assert b.execute("SELECT count(*) FROM sync_state WHERE tbl = 'answers'").fetchone()[0] == 2
    old = wire(collect(b))
    privacy.erase(a, _door(a, "Kerkweg", 6))
    # b's older file brings its visit to a, where the erasure register removes it again (the
    # recording paused): its answer leaves the change log with it
    with operation(a, "read exchange file"):
        apply(a, old)
    assert a.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert a.execute("SELECT count(*) FROM sync_state WHERE tbl = 'answers'").fetchone()[0] == 0
    send(a, b)  # and the erasure reaches b
    assert b.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert b.execute("SELECT count(*) FROM sync_state WHERE tbl = 'answers'").fetchone()[0] == 0
