"""Door questions and answers (tables ``questions`` and ``answers``, migration 10): the SQL.

The rules — what a short key, a text, a choice and an answer may be — are in
:mod:`buurtdesk.domain.questions` and :mod:`buurtdesk.ops.questions`, the one writer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.questions import (
    DefaultQuestion,
    QuestionFigures,
    default_uuid,
    possible_answers,
    question_figures,
)
from .db import new_uuid, now_iso

_SELECT = (
    "SELECT id, uuid, project_id, short, text, choices, position, removed_at, created_at "
    "FROM questions"
)


@dataclass(frozen=True, slots=True)
class Question:
    id: int
    uuid: str
    project_id: int
    short: str
    text: str
    choices: tuple[str, ...]  # empty: a yes/no question
    position: int
    removed_at: str | None
    created_at: str

    @property
    def answers(self) -> tuple[str, ...]:
        """What it can be answered with (ja/nee, or its choices and nee)."""
        return possible_answers(self.choices)

    def as_dict(self) -> dict[str, Any]:
        return {
            "short": self.short,
            "text": self.text,
            "choices": list(self.choices),
            "answers": list(self.answers),
            "position": self.position,
        }


def _question(row: Sequence[Any]) -> Question:
    choices = tuple(str(c) for c in json.loads(row[5] or "[]"))
    return Question(
        int(row[0]), str(row[1]), int(row[2]), str(row[3]), str(row[4]), choices,
        int(row[6]), row[7], str(row[8]),
    )  # fmt: skip


def list_questions(db: Database, project_id: int, *, removed: bool = False) -> list[Question]:
    """A project's live questions in their order (``removed``: the hidden ones too)."""
    where = "" if removed else " AND removed_at IS NULL"
    return [
        _question(r)
        for r in db.execute(
            f"{_SELECT} WHERE project_id = ?{where} ORDER BY position, created_at, id",
            [project_id],
        )
    ]


def get_question(db: Database, question_id: int) -> Question | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [question_id]).fetchone()
    return _question(row) if row else None


def find_by_uuid(db: Database, uuid: str) -> Question | None:
    row = db.execute(f"{_SELECT} WHERE uuid = ?", [uuid]).fetchone()
    return _question(row) if row else None


def live_by_short(db: Database, project_id: int, short: str) -> Question | None:
    """The live question with this key (the oldest, when an exchange brought a second one)."""
    row = db.execute(
        f"{_SELECT} WHERE project_id = ? AND short = ? AND removed_at IS NULL "
        "ORDER BY position, created_at, id LIMIT 1",
        [project_id, short],
    ).fetchone()
    return _question(row) if row else None


def next_position(db: Database, project_id: int) -> int:
    row = db.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM questions WHERE project_id = ?", [project_id]
    ).fetchone()
    return int(row[0])


def insert_question(
    db: Database,
    project_id: int,
    short: str,
    text: str,
    choices: Sequence[str] = (),
    *,
    position: int | None = None,
    uuid: str | None = None,
    created_at: str | None = None,
    removed_at: str | None = None,
) -> int:
    """Add a question (inside an operation); ``uuid`` and the rest to bring one back."""
    cursor = db.execute(
        "INSERT INTO questions (uuid, project_id, short, text, choices, position, removed_at, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            uuid or new_uuid(),
            project_id,
            short,
            text,
            json.dumps(list(choices), ensure_ascii=False),
            next_position(db, project_id) if position is None else position,
            removed_at,
            created_at or now_iso(),
        ],
    )
    return int(cursor.lastrowid or 0)


def delete_question(db: Database, question_id: int) -> None:
    db.execute("DELETE FROM questions WHERE id = ?", [question_id])


def set_removed(db: Database, question_id: int, removed_at: str | None) -> None:
    db.execute("UPDATE questions SET removed_at = ? WHERE id = ?", [removed_at, question_id])


def answer_count(db: Database, question_id: int) -> int:
    row = db.execute("SELECT count(*) FROM answers WHERE question_id = ?", [question_id])
    return int(row.fetchone()[0])


def add_defaults(db: Database, project_id: int, defaults: Iterable[DefaultQuestion]) -> int:
    """Give a project a step plan's default questions (ids derived from the project and key, so
    two laptops agree); a key the project has already is left alone. Returns how many."""
    row = db.execute("SELECT uuid FROM projects WHERE id = ?", [project_id]).fetchone()
    if row is None:
        return 0
    added = 0
    for default in defaults:
        uuid = default_uuid(str(row[0]), default.short)
        if find_by_uuid(db, uuid) or live_by_short(db, project_id, default.short):
            continue
        insert_question(db, project_id, default.short, default.text, default.choices, uuid=uuid)
        added += 1
    return added


# --- answers -------------------------------------------------------------------------------------


def insert_answers(db: Database, visit_id: int, answers: Iterable[tuple[int, str]]) -> None:
    """A visit's answers, (question id, value); their stamps come from the exchange triggers."""
    db.conn.executemany(
        "INSERT INTO answers (uuid, visit_id, question_id, value) VALUES (?, ?, ?, ?)",
        [(new_uuid(), visit_id, question_id, value) for question_id, value in answers],
    )


def visit_answers(db: Database, visit_id: int) -> dict[str, str]:
    """short key -> answer, for one visit."""
    return {
        str(short): str(value)
        for short, value in db.execute(
            "SELECT q.short, a.value FROM answers a JOIN questions q ON q.id = a.question_id "
            "WHERE a.visit_id = ? ORDER BY q.position, q.id",
            [visit_id],
        )
    }


def household_answers(db: Database, household_id: int) -> list[dict[str, str]]:
    """Every answer a household gave (AVG art. 15): date, project, question, answer."""
    return [
        {"date": str(r[0]), "project": str(r[1]), "question": str(r[2]), "answer": str(r[3])}
        for r in db.execute(
            "SELECT v.visit_date, p.title, q.text, a.value FROM answers a "
            "JOIN visits v ON v.id = a.visit_id JOIN projects p ON p.id = v.project_id "
            "JOIN questions q ON q.id = a.question_id WHERE v.household_id = ? "
            "ORDER BY v.visit_date, v.created_at, q.position",
            [household_id],
        )
    ]


# (question uuid, street name, answer, households)
AnswerRow = tuple[str, str, str, int]


def answer_rows(db: Database, project_id: int) -> list[AnswerRow]:
    """Households per (question, street, answer): each household counts once per question, with
    the answer of its latest visit that answered it and was not undone."""
    return [
        (str(r[0]), str(r[1]), str(r[2]), int(r[3]))
        for r in db.execute(
            """WITH latest AS (
                 SELECT a.question_id, v.household_id, a.value,
                        row_number() OVER (PARTITION BY a.question_id, v.household_id
                          ORDER BY v.visit_date DESC, v.stamp DESC, v.created_at DESC) AS n
                   FROM answers a JOIN visits v ON v.id = a.visit_id
                  WHERE v.project_id = ? AND v.retracted_at IS NULL)
               SELECT q.uuid, s.name, l.value, count(*) FROM latest l
                 JOIN questions q ON q.id = l.question_id
                 JOIN households h ON h.id = l.household_id
                 JOIN streets s ON s.id = h.street_id
                WHERE l.n = 1 GROUP BY q.id, s.id, l.value""",
            [project_id],
        )
    ]


def closed_answer_rows(db: Database, project_id: int) -> list[AnswerRow] | None:
    """The answer counts a closed project was closed with (None: the project is open)."""
    row = db.execute(
        "SELECT figures FROM closed_projects WHERE project_id = ?", [project_id]
    ).fetchone()
    if row is None:
        return None
    kept = json.loads(row[0]).get("answers", [])
    return [(str(q), str(s), str(v), int(n)) for q, s, v, n in kept]


def figures(db: Database, project_id: int) -> list[QuestionFigures]:
    """Per question, households per answer in total and per street (a closed project: the
    counts it was closed with)."""
    rows = closed_answer_rows(db, project_id)
    if rows is None:
        rows = answer_rows(db, project_id)
    keys = [
        (q.uuid, q.short, q.text, q.choices, q.removed_at is not None)
        for q in list_questions(db, project_id, removed=True)
    ]
    return question_figures(keys, rows)
