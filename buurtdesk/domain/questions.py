"""Door questions (issue 12): what a connector asks at the door besides the outcome.

A question has a short key (``warmtescan``: what the walk list's column and ``--answer KEY=...``
show), a text, and either no choices (a yes/no question, answered ``ja`` or ``nee``) or a few
short choices (answered with one of them, or ``nee``). The rules for each part live here, once,
for the command line, the window and the step plans' default questions.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, UserError

YES = "ja"
NO = "nee"
MAX_SHORT = 12  # characters: a column heading on a walk list
MAX_TEXT = 200  # characters: a question asked at the door, not a letter
MAX_CHOICES = 6
MAX_CHOICE = 20
_SHORT = re.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class DefaultQuestion:
    """A question a step plan ships (``[[question]]`` in resources/plans/*.toml)."""

    short: str
    text: str
    choices: tuple[str, ...] = ()


def clean_short(short: str) -> str:
    """The short key as it is kept (lower case, no blanks around it), or a clear refusal."""
    key = unicodedata.normalize("NFC", short).strip().casefold()
    if not key:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "een vraag heeft een korte naam nodig (--short)"))
    if len(key) > MAX_SHORT or not _SHORT.fullmatch(key):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                'korte naam "{short}": 1 tot {most} kleine letters, cijfers of streepjes '
                "(bijvoorbeeld warmtescan)",
            ),
            short=short[:40],
            most=MAX_SHORT,
        )
    return key


def _printable(text: str) -> bool:
    return all(unicodedata.category(ch) not in ("Cc", "Cf") for ch in text)


def clean_text(text: str) -> str:
    """The question as it is kept (NFC, one line), or a clear refusal."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "een vraag mag niet leeg zijn"))
    if len(text) > MAX_TEXT:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "een vraag is hoogstens {most} tekens ({given} gegeven)"),
            most=MAX_TEXT,
            given=len(text),
        )
    if not _printable(text):
        raise UserError(QT_TRANSLATE_NOOP("Fout", "een vraag mag geen stuurtekens bevatten"))
    return text


def split_choices(typed: str | None) -> tuple[str, ...]:
    """``A,B,C`` as typed after ``--choices`` (None or blank: a yes/no question)."""
    if typed is None or not typed.strip():
        return ()
    return clean_choices(typed.split(","))


def clean_choices(choices: Iterable[str]) -> tuple[str, ...]:
    """The choices as they are kept, or a clear refusal (empty, too long, a comma, twice, "nee")."""
    kept: list[str] = []
    for raw in choices:
        choice = " ".join(unicodedata.normalize("NFC", raw).split())
        if not choice:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", "een keuze mag niet leeg zijn (twee komma's achter elkaar?)"
                )
            )
        if "," in choice or len(choice) > MAX_CHOICE or not _printable(choice):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", 'keuze "{choice}": hoogstens {most} tekens, zonder komma of stuurteken'
                ),
                choice=choice[:40],
                most=MAX_CHOICE,
            )
        if choice.casefold() in (c.casefold() for c in kept):
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", 'keuze "{choice}" staat er twee keer in'), choice=choice
            )
        if choice.casefold() == NO:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", '"nee" is altijd een antwoord; geef alleen de andere keuzes'
                )
            )
        kept.append(choice)
    if len(kept) == 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "geef minstens twee keuzes, of geen (dan is het een ja/nee-vraag)"
            )
        )
    if len(kept) > MAX_CHOICES:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "hoogstens {most} keuzes ({given} gegeven)"),
            most=MAX_CHOICES,
            given=len(kept),
        )
    return tuple(kept)


def possible_answers(choices: Sequence[str]) -> tuple[str, ...]:
    """What a question can be answered with: ja/nee, or its choices and nee."""
    return (*choices, NO) if choices else (YES, NO)


def answer_value(short: str, choices: Sequence[str], typed: str) -> str:
    """The answer as it is kept (``ja``, ``nee`` or a choice as written), or a clear refusal."""
    wanted = " ".join(typed.split()).casefold()
    for value in possible_answers(choices):
        if value.casefold() == wanted:
            return value
    raise UserError(
        QT_TRANSLATE_NOOP(
            "Fout", 'antwoord "{answer}" past niet bij vraag {short}; kies uit: {values}'
        ),
        answer=typed[:40],
        short=short,
        values=", ".join(possible_answers(choices)),
    )


def split_answer(typed: str) -> tuple[str, str]:
    """``KEY=VALUE`` as typed after ``--answer``."""
    key, sep, value = typed.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", 'antwoord "{answer}": schrijf KORTE-NAAM=ja, =nee of =KEUZE'),
            answer=typed[:60],
        )
    return key.strip().casefold(), value.strip()


def default_uuid(project_uuid: str, short: str) -> str:
    """A step plan's default question gets an id derived from its project and key, so that two
    laptops that give the same project its defaults (migration 10) make the same row."""
    return str(uuid.uuid5(uuid.UUID(project_uuid), f"vraag\x1f{short}"))


def plan_questions(raw: object, text: str) -> tuple[DefaultQuestion, ...]:
    """A step plan's ``[[question]]`` blocks (``short``, ``text``, optional ``choices``) as
    default questions. A problem raises :class:`UserError` with the block's line in the plan's
    text (the caller adds the file)."""
    starts = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip().startswith("[[question]]")
    ]
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "vragen staan elk in een eigen [[question]]-blok")
        )
    found: list[DefaultQuestion] = []
    for index, block in enumerate(raw):
        line = starts[index] if index < len(starts) else None
        try:
            found.append(_plan_question(block, found))
        except UserError as exc:
            raise UserError(exc.template, None, line, **exc.values) from None
    return tuple(found)


def _plan_question(block: object, found: Sequence[DefaultQuestion]) -> DefaultQuestion:
    if not isinstance(block, dict) or set(block) - {"short", "text", "choices"}:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "een [[question]] heeft short, text en eventueel choices")
        )
    short, text, choices = block.get("short"), block.get("text"), block.get("choices", [])
    if not isinstance(short, str) or not isinstance(text, str):
        raise UserError(QT_TRANSLATE_NOOP("Fout", "short en text van een vraag zijn teksten"))
    if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
        raise UserError(QT_TRANSLATE_NOOP("Fout", "choices van een vraag is een lijst teksten"))
    question = DefaultQuestion(clean_short(short), clean_text(text), clean_choices(choices))
    if any(q.short == question.short for q in found):
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", 'korte naam "{short}" bestaat al'), short=question.short
        )
    return question


@dataclass(frozen=True)
class QuestionFigures:
    """How a question was answered: households per answer, in total and per street."""

    short: str
    text: str
    choices: tuple[str, ...]
    removed: bool  # hidden from the lists; its answers still count
    total: dict[str, int]  # answer -> households, every possible answer listed
    streets: dict[str, dict[str, int]]  # street -> answer -> households

    @property
    def answered(self) -> int:
        return sum(self.total.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "short": self.short,
            "text": self.text,
            "choices": list(self.choices),
            "removed": self.removed,
            "answered": self.answered,
            "total": dict(self.total),
            "streets": {street: dict(counts) for street, counts in self.streets.items()},
        }


# a question as the figures need it: (uuid, short, text, choices, removed)
QuestionKey = tuple[str, str, str, tuple[str, ...], bool]


def question_figures(
    questions: Sequence[QuestionKey], rows: Iterable[tuple[str, str, str, int]]
) -> list[QuestionFigures]:
    """The figures of each question from rows of (question uuid, street, answer, households).
    A removed question is listed only when it has answers; an answer that is no longer one of
    the question's (an exchange brought it) is counted under its own name."""
    per: dict[str, dict[str, dict[str, int]]] = {}
    for uuid_, street, value, count in rows:
        streets = per.setdefault(uuid_, {})
        bucket = streets.setdefault(street, {})
        bucket[value] = bucket.get(value, 0) + count
    figures: list[QuestionFigures] = []
    for uuid_, short, text, choices, removed in questions:
        streets = per.get(uuid_, {})
        if removed and not streets:
            continue
        total = dict.fromkeys(possible_answers(choices), 0)
        for counts in streets.values():
            for value, count in counts.items():
                total[value] = total.get(value, 0) + count
        ordered = {s: streets[s] for s in sorted(streets, key=str.casefold)}
        figures.append(QuestionFigures(short, text, tuple(choices), removed, total, ordered))
    return figures


@dataclass(frozen=True)
class QuestionReport:
    """A question's answers as the report for the municipality shows them: the total, and per
    group of households the report may show (a street, or the merged small streets)."""

    short: str
    text: str
    answers: tuple[str, ...]
    total: dict[str, int]
    groups: list[tuple[str, dict[str, int]]]


def report_questions(
    figures: Sequence[QuestionFigures], groups: Sequence[tuple[str, Sequence[str]]]
) -> list[QuestionReport]:
    """Answer counts summed over each shown group's streets (``groups``: label and streets, from
    :func:`buurtdesk.domain.privacy.report_groups`); a street in no group counts in the total
    only, so no group smaller than the minimum is shown."""
    result: list[QuestionReport] = []
    for figure in figures:
        answers = tuple(figure.total)
        per_group: list[tuple[str, dict[str, int]]] = []
        for label, streets in groups:
            counts = dict.fromkeys(answers, 0)
            for street in streets:
                for value, count in figure.streets.get(street, {}).items():
                    counts[value] = counts.get(value, 0) + count
            if any(counts.values()):  # a group without answers adds nothing
                per_group.append((label, counts))
        result.append(
            QuestionReport(figure.short, figure.text, answers, dict(figure.total), per_group)
        )
    return result


# Letters the window keeps for itself while checking off: N goes to the note, R starts a row
# number in re-entry.
RESERVED_KEYS = frozenset("nr")


def answer_keys(shorts: Sequence[str], reserved: frozenset[str] = RESERVED_KEYS) -> dict[str, str]:
    """One letter per question for the check-off keys (letter -> short key): the first letter
    of its key that is still free, else the first free letter of the alphabet; questions beyond
    the free letters get none."""
    taken = set(reserved)
    keys: dict[str, str] = {}
    for short in shorts:
        candidates = [c for c in short.casefold() if "a" <= c <= "z"]
        candidates += [chr(c) for c in range(ord("a"), ord("z") + 1)]
        letter = next((c for c in candidates if c not in taken), None)
        if letter is not None:
            taken.add(letter)
            keys[letter] = short
    return keys


def next_answer(choices: Sequence[str], current: str | None) -> str | None:
    """A question's key pressed again: no answer -> ja -> nee -> no answer (a yes/no question),
    or through its choices, then nee, then no answer."""
    answers = possible_answers(choices)
    if current is None:
        return answers[0]
    at = answers.index(current) if current in answers else -1
    return answers[at + 1] if at + 1 < len(answers) else None
