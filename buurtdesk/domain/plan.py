"""Step plans (stappenplannen): a theme's tasks week by week, loaded from a TOML file.

A plan file in ``resources/plans/`` has a header (``id``, ``title``, ``description``, ``weeks``,
``message``, ``talking_points``) and a ``[[task]]`` table per task (``week``, ``role``, ``title``,
``why``, optional ``kind``), and a ``[[question]]`` table per door question a new project gets
(``short``, ``text``, optional ``choices``). A file that cannot be read or does not follow these
rules gives a :class:`PlanError` naming the file and, where it can be found, the line;
:func:`list_themes` turns that into an unavailable theme instead of stopping the application.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, UserError
from .questions import DefaultQuestion, plan_questions
from .savings import Measure, plan_measures
from .team import Role

MAX_WEEKS = 104
MAX_TALKING_POINTS = 5


class PlanError(UserError):
    """A plan file, or a week on the timeline, that does not fit; the message is Dutch."""


class TaskKind(StrEnum):
    TASK = "task"
    MILESTONE = "milestone"
    DOOR_ROUND = "door_round"  # a round of door visits: the timeline shows the week's visits

    @property
    def dutch(self) -> str:
        return {"task": "taak", "milestone": "mijlpaal", "door_round": "deurronde"}[self.value]


class TaskStatus(StrEnum):
    OPEN = "open"
    BUSY = "busy"
    DONE = "done"

    @property
    def dutch(self) -> str:
        return {"open": "open", "busy": "bezig", "done": "klaar"}[self.value]


@dataclass(frozen=True)
class PlanTask:
    week: int
    role: Role
    title: str
    why: str = ""
    kind: TaskKind = TaskKind.TASK
    line: int | None = None  # where the task starts in its file


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    description: str
    weeks: int
    message: str
    talking_points: tuple[str, ...]
    tasks: tuple[PlanTask, ...]
    path: Path | None = None
    questions: tuple[DefaultQuestion, ...] = ()  # the door questions a new project gets
    measures: tuple[Measure, ...] = ()  # what taking part means in measures, for the estimate
    savings_source: str = ""  # the public source of the measures' figures

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "weeks": self.weeks,
            "message": self.message,
            "talking_points": list(self.talking_points),
            "tasks": len(self.tasks),
            "milestones": sum(t.kind is TaskKind.MILESTONE for t in self.tasks),
        }


@dataclass(frozen=True)
class ThemeInfo:
    """A theme as the user picks it: its plan, or why it cannot be used."""

    id: str
    path: Path
    plan: Plan | None
    error: PlanError | None

    @property
    def available(self) -> bool:
        return self.plan is not None

    @property
    def title(self) -> str:
        return self.plan.title if self.plan else self.id

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "available": self.available, "file": str(self.path)}
        if self.plan is not None:
            data.update(self.plan.as_dict())
        else:
            data["title"] = self.id
            data["error"] = str(self.error)
        return data


# --- loading -------------------------------------------------------------------------------------

_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_HEADER_FIELDS = ("id", "title", "weeks")
_TASK_FIELDS = ("week", "role", "title")
_KNOWN_HEADER = {
    "id",
    "title",
    "description",
    "weeks",
    "message",
    "talking_points",
    "task",
    "question",
    "measure",
    "savings_source",
}
_KNOWN_TASK = {"week", "role", "title", "why", "kind"}


def load_plan(path: str | Path) -> Plan:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "kan het stappenplan niet lezen ({strerror})"),
            path,
            strerror=exc.strerror or exc,
        ) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "het stappenplan is geen UTF-8-tekst"), path, line
        ) from None
    return parse_plan(text, path)


def parse_plan(text: str, path: str | Path = "<plan>") -> Plan:
    """Read and check a plan; every problem is a :class:`PlanError` with file and line."""
    path = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = int(found.group(1)) if found else None
        reason = _TOML_LINE.sub("", str(exc)).strip()
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "het stappenplan is geen geldige TOML ({reason})"),
            path,
            line,
            reason=reason,
        ) from None
    lines = _Lines(text)
    for key in _HEADER_FIELDS:
        if key not in data:
            raise PlanError(
                QT_TRANSLATE_NOOP("Fout", 'het veld "{key}" ontbreekt bovenaan het stappenplan'),
                path,
                1,
                key=key,
            )
    for key in data:
        if key not in _KNOWN_HEADER:
            raise PlanError(
                QT_TRANSLATE_NOOP("Fout", 'onbekend veld "{key}"'), path, lines.key(key), key=key
            )
    plan_id = _text(data, "id", path, lines.key("id"))
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", plan_id):
        raise PlanError(
            QT_TRANSLATE_NOOP(
                "Fout", 'id "{plan_id}" mag alleen kleine letters, cijfers en streepjes bevatten'
            ),
            path,
            lines.key("id"),
            plan_id=plan_id,
        )
    weeks = data["weeks"]
    if not isinstance(weeks, int) or isinstance(weeks, bool) or not 1 <= weeks <= MAX_WEEKS:
        raise PlanError(
            QT_TRANSLATE_NOOP(
                "Fout", "weeks moet een aantal weken van 1 tot {max_weeks} zijn, niet {weeks!r}"
            ),
            path,
            lines.key("weeks"),
            max_weeks=MAX_WEEKS,
            weeks=weeks,
        )
    points = data.get("talking_points", [])
    if not isinstance(points, list) or not all(isinstance(p, str) and p.strip() for p in points):
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "talking_points moet een lijst met teksten zijn"),
            path,
            lines.key("talking_points"),
        )
    if len(points) > MAX_TALKING_POINTS:
        raise PlanError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "hoogstens {max_talking_points} gesprekspunten voor aan de deur ({n_points} "
                "gegeven)",
            ),
            path,
            lines.key("talking_points"),
            max_talking_points=MAX_TALKING_POINTS,
            n_points=len(points),
        )
    raw_tasks = data.get("task", [])
    if not isinstance(raw_tasks, list):
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "taken staan elk in een eigen [[task]]-blok"),
            path,
            lines.key("task"),
        )
    tasks = [_task(raw, i, weeks, path, lines) for i, raw in enumerate(raw_tasks)]
    try:
        questions = plan_questions(data.get("question"), text)
        measures = plan_measures(data.get("measure"), text, questions)
    except UserError as exc:
        raise PlanError.wrap(exc, path, exc.line) from None
    return Plan(
        id=plan_id,
        title=_text(data, "title", path, lines.key("title")),
        description=_text(data, "description", path, lines.key("description"), required=False),
        weeks=weeks,
        message=_text(data, "message", path, lines.key("message"), required=False),
        talking_points=tuple(p.strip() for p in points),
        tasks=tuple(tasks),
        path=path,
        questions=questions,
        measures=measures,
        savings_source=_text(
            data, "savings_source", path, lines.key("savings_source"), required=False
        ),
    )


def _task(raw: Any, index: int, weeks: int, path: Path, lines: _Lines) -> PlanTask:
    start = lines.task(index)
    number = index + 1
    if not isinstance(raw, dict):
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "taak {number} is geen [[task]]-blok"),
            path,
            start,
            number=number,
        )
    for key in _TASK_FIELDS:
        if key not in raw:
            raise PlanError(
                QT_TRANSLATE_NOOP("Fout", 'taak {number}: het veld "{key}" ontbreekt'),
                path,
                start,
                number=number,
                key=key,
            )
    for key in raw:
        if key not in _KNOWN_TASK:
            raise PlanError(
                QT_TRANSLATE_NOOP("Fout", 'taak {number}: onbekend veld "{key}"'),
                path,
                lines.task_key(index, key),
                number=number,
                key=key,
            )
    week = raw["week"]
    where = lines.task_key(index, "week")
    if not isinstance(week, int) or isinstance(week, bool):
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "taak {number}: week moet een getal zijn, niet {week!r}"),
            path,
            where,
            number=number,
            week=week,
        )
    problem = week_problem(week, weeks)
    if problem:
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "taak {number}: {problem}"),
            path,
            where,
            number=number,
            problem=problem,
        )
    role_text = raw["role"]
    try:
        role = Role.parse(str(role_text))
    except ValueError as exc:
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "taak {number}: {exc}"),
            path,
            lines.task_key(index, "role"),
            number=number,
            exc=exc,
        ) from None
    kind_text = raw.get("kind", "task")
    try:
        kind = TaskKind(str(kind_text))
    except ValueError:
        kinds = ", ".join(f"{k.value} ({k.dutch})" for k in TaskKind)
        raise PlanError(
            QT_TRANSLATE_NOOP(
                "Fout", 'taak {number}: onbekende soort "{kind_text}"; kies uit: {kinds}'
            ),
            path,
            lines.task_key(index, "kind"),
            number=number,
            kind_text=kind_text,
            kinds=kinds,
        ) from None
    return PlanTask(
        week=week,
        role=role,
        title=_text(raw, "title", path, lines.task_key(index, "title"), what=f"taak {number}: "),
        why=_text(
            raw, "why", path, lines.task_key(index, "why"), required=False, what=f"taak {number}: "
        ),
        kind=kind,
        line=start,
    )


def _text(
    data: dict[str, Any],
    key: str,
    path: Path,
    line: int | None,
    *,
    required: bool = True,
    what: str = "",
) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "{what}{key} moet tekst zijn, niet {value!r}"),
            path,
            line,
            what=what,
            key=key,
            value=value,
        )
    if required and not value.strip():
        raise PlanError(
            QT_TRANSLATE_NOOP("Fout", "{what}{key} is leeg"), path, line, what=what, key=key
        )
    return value.strip()


class _Lines:
    """Finds the line of a header key or of a key inside the n-th ``[[task]]`` block.

    ``tomllib`` keeps no positions, so this scans the text; good enough to point a person at the
    right place in a hand-written file.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.task_starts = [
            i + 1 for i, line in enumerate(self.lines) if line.strip().startswith("[[task]]")
        ]

    def _find(self, key: str, start: int, stop: int) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start, min(stop, len(self.lines)) + 1):
            if pattern.match(self.lines[number - 1]):
                return number
        return None

    def key(self, key: str) -> int | None:
        if key == "task":
            return self.task_starts[0] if self.task_starts else None
        stop = self.task_starts[0] - 1 if self.task_starts else len(self.lines)
        return self._find(key, 1, stop)

    def task(self, index: int) -> int | None:
        return self.task_starts[index] if index < len(self.task_starts) else None

    def task_key(self, index: int, key: str) -> int | None:
        start = self.task(index)
        if start is None:
            return None
        stop = (
            self.task_starts[index + 1] - 1
            if index + 1 < len(self.task_starts)
            else len(self.lines)
        )
        return self._find(key, start, stop) or start


# --- themes --------------------------------------------------------------------------------------


def list_themes(folder: str | Path) -> list[ThemeInfo]:
    """Every ``*.toml`` in the folder; a broken file is listed as unavailable, with the reason."""
    folder = Path(folder)
    themes: list[ThemeInfo] = []
    paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    for path in paths:
        try:
            plan = load_plan(path)
        except PlanError as exc:
            themes.append(ThemeInfo(path.stem, path, None, exc))
            continue
        if plan.id != path.stem:
            error = PlanError(
                QT_TRANSLATE_NOOP(
                    "Fout", 'id "{id}" hoort gelijk te zijn aan de bestandsnaam "{stem}"'
                ),
                path,
                id=plan.id,
                stem=path.stem,
            )
            themes.append(ThemeInfo(path.stem, path, None, error))
            continue
        themes.append(ThemeInfo(plan.id, path, plan, None))
    # The empty plan last: it is the fallback, not a theme people pick first.
    themes.sort(key=lambda t: (t.id == "empty", t.title.casefold()))
    return themes


def find_theme(folder: str | Path, theme_id: str) -> Plan:
    """The plan of a theme by id or title; a clear message when it is unknown or broken."""
    themes = list_themes(folder)
    wanted = theme_id.strip().casefold()
    for theme in themes:
        if wanted in (theme.id.casefold(), theme.title.casefold()):
            if theme.plan is None:
                raise PlanError(
                    QT_TRANSLATE_NOOP("Fout", 'thema "{id}" is niet beschikbaar: {error}'),
                    id=theme.id,
                    error=theme.error,
                )
            return theme.plan
    names = ", ".join(t.id for t in themes if t.available) or "geen"
    raise PlanError(
        QT_TRANSLATE_NOOP("Fout", 'onbekend thema "{theme_id}"; beschikbaar: {names}'),
        theme_id=theme_id,
        names=names,
    )


# --- weeks ---------------------------------------------------------------------------------------


def week_problem(week: int, weeks: int) -> PlanError | None:
    """Why a task cannot be in this week of a project of ``weeks`` weeks (None when it can)."""
    if week < 1:
        return PlanError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "week {week} ligt vóór het begin van het project (week 1 tot en met {weeks})",
            ),
            week=week,
            weeks=weeks,
        )
    if week > weeks:
        return PlanError(
            QT_TRANSLATE_NOOP(
                "Fout", "week {week} ligt na het einde van het project (week 1 tot en met {weeks})"
            ),
            week=week,
            weeks=weeks,
        )
    return None


def fit_week(week: int, plan_weeks: int, project_weeks: int) -> int:
    """The week of a plan task in a project that is shorter or longer than the plan.

    Week 1 stays week 1 and the plan's last week becomes the project's last week; the weeks in
    between are spread evenly, so a ten-week plan fits a six- or fourteen-week project.
    """
    if plan_weeks == project_weeks or plan_weeks <= 1:
        return max(1, min(week, project_weeks))
    scaled = 1 + round((week - 1) * (project_weeks - 1) / (plan_weeks - 1))
    return max(1, min(scaled, project_weeks))


def fit_tasks(plan: Plan, project_weeks: int) -> list[PlanTask]:
    return [
        PlanTask(
            week=fit_week(t.week, plan.weeks, project_weeks),
            role=t.role,
            title=t.title,
            why=t.why,
            kind=t.kind,
            line=t.line,
        )
        for t in plan.tasks
    ]


def week_start(project_start: date, week: int) -> date:
    """The first day of project week ``week`` (week 1 starts on the project's start date)."""
    return project_start + timedelta(days=7 * (week - 1))


def week_of(project_start: date, day: date) -> int:
    """The project week a day falls in (0 or less before the start)."""
    return (day - project_start).days // 7 + 1


def iso_week(day: date) -> int:
    return day.isocalendar().week


def week_labels(project_start: date, weeks: int) -> Sequence[tuple[int, date, date, int]]:
    """(week, first day, last day, ISO week number) for each week of a project."""
    return [
        (
            w,
            week_start(project_start, w),
            week_start(project_start, w) + timedelta(days=6),
            iso_week(week_start(project_start, w)),
        )
        for w in range(1, weeks + 1)
    ]
