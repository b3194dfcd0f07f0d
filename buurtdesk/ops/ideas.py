"""Operations on residents' ideas: add one, remove one, and how both are undone.

The rules live here, once, for the command line (``idea add``) and the window (the page Ideeën):
an idea is 1 to :data:`MAX_IDEA` characters without control characters (line breaks and tabs
excepted), its theme is one of the step plans' themes (or none), its street one of the
neighbourhood's (or none). Refused input changes nothing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from ..domain.plan import find_theme
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import ideas as store_ideas
from ..store.ideas import Idea
from ..store.plan import plans_dir
from . import undo
from .base import operation

MAX_IDEA = 2000  # characters: a few sentences; a pasted document is not an idea
NO_THEME = store_ideas.NO_THEME
# Characters that reorder what is shown after them (a "Trojan source" trick): refused like
# control characters.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


@dataclass(frozen=True)
class IdeaChange:
    idea: Idea
    entry_id: int  # the undo history's entry


def clean_text(text: str) -> str:
    """The idea as it is kept (NFC, without surrounding blanks), or a clear refusal."""
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "een idee mag niet leeg zijn"))
    if len(text) > MAX_IDEA:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "een idee is hoogstens {most} tekens ({given} gegeven)"),
            most=MAX_IDEA,
            given=len(text),
        )
    for position, ch in enumerate(text, start=1):
        if ch in "\n\t":
            continue
        if unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", "een idee mag geen stuurteken bevatten ({code} op plaats {position})"
                ),
                code=f"U+{ord(ch):04X}",
                position=position,
            )
    return text


def theme_id(theme: str | None) -> str:
    """The step plan's id for a theme given by id or title; "" for none."""
    if theme is None or not theme.strip():
        return ""
    plan = find_theme(plans_dir(), theme)  # a clear message for an unknown theme
    return "" if plan.id == NO_THEME else plan.id


def _street(db: Database, name: str | None) -> int | None:
    if name is None or not name.strip():
        return None
    found = store_ideas.street_named(db, name)
    if found is None:
        raise UserError(QT_TRANSLATE_NOOP("Fout", 'straat "{name}" bestaat niet'), name=name)
    return found[0]


def _payload(idea: Idea) -> dict[str, Any]:
    return {
        "uuid": idea.uuid,
        "text": idea.text,
        "theme": idea.theme,
        "street_id": idea.street_id,
        "created_at": idea.created_at,
    }


def _label(idea: Idea) -> str:
    short = idea.text if len(idea.text) <= 40 else idea.text[:39] + "…"
    return f"idee: {' '.join(short.split())}"


def add_idea(
    db: Database, text: str, *, street: str | None = None, theme: str | None = None
) -> IdeaChange:
    """Keep a resident's idea; returns it with its undo entry."""
    text = clean_text(text)
    theme_ = theme_id(theme)
    with operation(db, "add_idea"):
        street_id = _street(db, street)
        idea_id = store_ideas.insert_idea(db, text, theme_, street_id)
        idea = store_ideas.get_idea(db, idea_id)
        assert idea is not None
        entry = undo.record(db, "idea_add", _label(idea), _payload(idea))
    return IdeaChange(idea, entry)


def remove_idea(db: Database, idea_id: int) -> IdeaChange:
    """Remove an idea (a tombstone travels to the other laptops); undo brings it back."""
    with operation(db, "remove_idea"):
        idea = store_ideas.get_idea(db, idea_id)
        if idea is None:
            raise UserError(QT_TRANSLATE_NOOP("Fout", "idee {id} bestaat niet"), id=idea_id)
        store_ideas.delete_idea(db, idea.id)
        entry = undo.record(db, "idea_remove", f"{_label(idea)} verwijderd", _payload(idea))
    return IdeaChange(idea, entry)


def _bring_back(db: Database, payload: dict[str, Any]) -> None:
    if store_ideas.find_by_uuid(db, str(payload["uuid"])) is not None:
        return
    street_id = payload.get("street_id")
    if street_id is not None and not store_ideas.street_exists(db, int(street_id)):
        street_id = None  # the street was removed since: the idea stays, without it
    store_ideas.insert_idea(
        db,
        str(payload["text"]),
        str(payload["theme"]),
        street_id,
        uuid=str(payload["uuid"]),
        created_at=str(payload["created_at"]),
    )


def _take_away(db: Database, payload: dict[str, Any]) -> None:
    idea = store_ideas.find_by_uuid(db, str(payload["uuid"]))
    if idea is not None:
        store_ideas.delete_idea(db, idea.id)


undo.undoable("idea_add", undo=_take_away, redo=_bring_back)
undo.undoable("idea_remove", undo=_bring_back, redo=_take_away)


def list_ideas(db: Database) -> list[Idea]:
    return store_ideas.list_ideas(db)


def count_by_theme(db: Database) -> dict[str, int]:
    return store_ideas.count_by_theme(db)


def theme_titles() -> dict[str, str]:
    """Theme id -> title, for showing ideas ("" is "zonder thema")."""
    return store_ideas.theme_titles()
