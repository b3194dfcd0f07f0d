"""Errors a user can act on: a Dutch template with named values, never a traceback.

Dutch is the source language of the interface. An error below the edge (domain, store, io, ops)
carries its message as a *template* — ``"huisnummer {number} ligt niet tussen 1 en {most}"`` —
plus the values to fill in, not as finished text. ``str(exc)`` is the Dutch sentence (what the
command line prints); the window translates the template through Qt's catalogue and then fills
in the values (``gui/texts.error_text``), so an English interface reads English.

Templates are marked for Qt's ``lupdate`` with :func:`QT_TRANSLATE_NOOP` — a no-op here, so
nothing below the GUI imports Qt; lupdate recognises the call by its name — in the context
:data:`CONTEXT`. A template is a ``str.format`` string; literal braces are doubled.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

CONTEXT = "Fout"  # the Qt translation context of every error template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def dutch_value(value: object) -> object:
    """A value as the Dutch sentence shows it: enum words (roles, outcomes) in Dutch."""
    if isinstance(value, Enum):
        word = getattr(value, "dutch", None)
        return word if isinstance(word, str) else value.value
    return value


def fill(template: str, values: dict[str, Any]) -> str:
    """The template with its values; a template without values is the text as it is."""
    if not values:
        return template
    return template.format_map({k: dutch_value(v) for k, v in values.items()})


class Word(str):
    """A Dutch word given as a value (``what="straatnaam"``); the window translates it like a
    template (mark the word itself with :func:`QT_TRANSLATE_NOOP` where it is written)."""

    __slots__ = ()


class Coded(Exception):
    """The base of every error a user sees: ``template`` (Dutch, the translation key) and
    ``values`` (what fills it). Values may be numbers, enums with a ``dutch`` word, or other
    coded errors (a reason inside a reason); the window translates each."""

    template: str
    values: dict[str, Any]

    def __init__(self, template: str, /, **values: Any) -> None:
        self.template = template
        self.values = values
        super().__init__(fill(template, values))

    @property
    def message(self) -> str:
        """The Dutch sentence without file and line."""
        return fill(self.template, self.values)

    def __str__(self) -> str:
        return self.message


class UserError(Coded):
    """Something the user typed or gave us is wrong; ``str()`` is the whole message.

    With a file (and a line) the message reads ``file.csv:14: huisnummer "abc" is geen nummer``,
    the form compilers use, so that editors and people both find the place. ``path`` and
    ``line`` are not values of the template: they stay in front, untranslated.
    """

    def __init__(
        self,
        template: str,
        /,
        path: str | Path | None = None,
        line: int | None = None,
        **values: Any,
    ) -> None:
        super().__init__(template, **values)
        self.path = Path(path) if path is not None else None
        self.line = line

    @classmethod
    def wrap(
        cls, error: Coded, path: str | Path | None = None, line: int | None = None
    ) -> UserError:
        """``error``'s message (template and values kept) with a file and line in front."""
        return cls(error.template, path, line, **error.values)

    def where(self) -> str:
        """``file:line`` (or ``file``, or '') as it stands in front of the message."""
        if self.path is None:
            return ""
        return str(self.path) if self.line is None else f"{self.path}:{self.line}"

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message
