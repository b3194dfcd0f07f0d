"""Operations on a project's door questions: add one, remove one (both undoable), list them, and
turn typed answers (``warmtescan=ja``) into what a visit keeps.

The rules live here and in :mod:`buurtdesk.domain.questions`, once, for the command line
(``question add``, ``visit --answer``) and the window (the plan page's list). A short key is
unique among a project's live questions. A question removed while it has answers is hidden and
its answers keep counting; one without answers is deleted. Refused input changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.questions import (
    QuestionFigures,
    answer_value,
    clean_choices,
    clean_short,
    clean_text,
    split_answer,
)
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import questions as store
from ..store.db import now_iso
from ..store.projects import Project, current_project, get_project
from ..store.questions import Question
from . import undo
from .base import operation


@dataclass(frozen=True)
class QuestionChange:
    question: Question
    entry_id: int  # the undo history's entry
    hidden: bool = False  # removed while it has answers: hidden, the answers kept


def project_for(db: Database, project_id: int | None) -> Project:
    """The project given, or the current one; a clear message when there is none."""
    if project_id is not None:
        return get_project(db, project_id)
    project = current_project(db)
    if project is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "er is nog geen project; begin er een met: buurtdesk project new"
            )
        )
    return project


def _payload(question: Question) -> dict[str, Any]:
    return {
        "uuid": question.uuid,
        "project_id": question.project_id,
        "short": question.short,
        "text": question.text,
        "choices": list(question.choices),
        "position": question.position,
        "created_at": question.created_at,
    }


def add_question(
    db: Database,
    text: str,
    *,
    short: str,
    choices: Sequence[str] = (),
    project_id: int | None = None,
) -> QuestionChange:
    """Give the project (the current one by default) a door question at the end of its list."""
    text = clean_text(text)
    key = clean_short(short)
    kept = clean_choices(choices)
    with operation(db, "add_question"):
        project = project_for(db, project_id)
        if store.live_by_short(db, project.id, key) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", 'vraag "{short}" bestaat al in dit project'), short=key
            )
        question_id = store.insert_question(db, project.id, key, text, kept)
        question = store.get_question(db, question_id)
        assert question is not None
        entry = undo.record(db, "question_add", f"vraag {key}", _payload(question))
    return QuestionChange(question, entry)


def remove_question(db: Database, short: str, *, project_id: int | None = None) -> QuestionChange:
    """Remove a question by its key: deleted, or hidden when it has answers (they keep
    counting); undo brings it back."""
    key = short.strip().casefold()
    with operation(db, "remove_question"):
        project = project_for(db, project_id)
        question = store.live_by_short(db, project.id, key)
        if question is None:
            raise _unknown(db, project.id, short)
        hidden = store.answer_count(db, question.id) > 0
        if hidden:
            store.set_removed(db, question.id, now_iso())
        else:
            store.delete_question(db, question.id)
        payload = {**_payload(question), "hidden": hidden}
        entry = undo.record(db, "question_remove", f"vraag {key} verwijderd", payload)
    return QuestionChange(question, entry, hidden)


def _unknown(db: Database, project_id: int, short: str) -> UserError:
    keys = ", ".join(q.short for q in store.list_questions(db, project_id)) or "geen"
    return UserError(
        QT_TRANSLATE_NOOP("Fout", 'onbekende vraag "{short}"; dit project heeft: {keys}'),
        short=short[:40],
        keys=keys,
    )


def _bring_back(db: Database, payload: dict[str, Any]) -> None:
    found = store.find_by_uuid(db, str(payload["uuid"]))
    if found is not None:
        store.set_removed(db, found.id, None)
        return
    store.insert_question(
        db,
        int(payload["project_id"]),
        str(payload["short"]),
        str(payload["text"]),
        [str(c) for c in payload["choices"]],
        position=int(payload["position"]),
        uuid=str(payload["uuid"]),
        created_at=str(payload["created_at"]),
    )


def _take_away(db: Database, payload: dict[str, Any]) -> None:
    found = store.find_by_uuid(db, str(payload["uuid"]))
    if found is None:
        return
    if store.answer_count(db, found.id) > 0:
        store.set_removed(db, found.id, now_iso())
    else:
        store.delete_question(db, found.id)


undo.undoable("question_add", undo=_take_away, redo=_bring_back)
undo.undoable("question_remove", undo=_bring_back, redo=_take_away)


def list_questions(db: Database, project_id: int | None = None) -> list[Question]:
    """The project's live questions, in order (none without a project)."""
    project = current_project(db) if project_id is None else get_project(db, project_id)
    return [] if project is None else store.list_questions(db, project.id)


def figures(db: Database, project_id: int) -> list[QuestionFigures]:
    return store.figures(db, project_id)


def parse_answers(typed: Iterable[str]) -> dict[str, str]:
    """``--answer KEY=VALUE`` arguments as key -> value (a key given twice is refused)."""
    answers: dict[str, str] = {}
    for item in typed:
        key, value = split_answer(item)
        if key in answers:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "vraag {short} is twee keer beantwoord"), short=key
            )
        answers[key] = value
    return answers


def resolve_answers(
    db: Database, project_id: int, answers: Mapping[str, str]
) -> list[tuple[int, str]]:
    """Typed answers (key -> ``ja``/``nee``/choice) as (question id, value) for the project's
    live questions; an unknown key or an answer outside the question's is refused."""
    resolved: list[tuple[int, str]] = []
    for short, typed in answers.items():
        question = store.live_by_short(db, project_id, short.strip().casefold())
        if question is None:
            raise _unknown(db, project_id, short)
        resolved.append((question.id, answer_value(question.short, question.choices, typed)))
    return resolved
