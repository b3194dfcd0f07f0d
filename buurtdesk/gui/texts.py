"""Words for statuses, outcomes and street sides as the interface shows them, translated; and
the one function that turns an error into the interface's language (``error_text``).

The domain keeps its Dutch words for the command line; the GUI goes through Qt's translation
system so that the English translation replaces them too.
"""

from __future__ import annotations

import re
import sqlite3
import string
from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from ..domain.outcomes import STATUS_COLOURS, Outcome, Status
from ..domain.team import Role
from ..errors import CONTEXT, Coded, UserError, Word
from ..io.import_report import ImportRefused
from ..store.store_errors import database_error


def status_text(status: Status | str) -> str:
    status = Status(status)
    words = {
        Status.UNVISITED: QCoreApplication.translate("Status", "nog niet bezocht"),
        Status.NOT_HOME: QCoreApplication.translate("Status", "niet thuis"),
        Status.SPOKE: QCoreApplication.translate("Status", "gesproken"),
        Status.INTERESTED: QCoreApplication.translate("Status", "geïnteresseerd"),
        Status.TAKES_PART: QCoreApplication.translate("Status", "doet mee"),
        Status.NOT_INTERESTED: QCoreApplication.translate("Status", "geen interesse"),
        Status.DO_NOT_VISIT: QCoreApplication.translate("Status", "niet bezoeken"),
    }
    return words[status]


def outcome_text(outcome: Outcome) -> str:
    return status_text(Status(outcome.value))


_COLOURS: dict[str, QColor] = {}


def status_colour(status: Status | str) -> QColor:
    colour = _COLOURS.get(status)
    if colour is None:  # made once per status: a view asks for it for every visible row
        colour = _COLOURS[status] = QColor(STATUS_COLOURS[Status(status)])
    return colour


def side_text(side: str) -> str:
    return {
        "odd": QCoreApplication.translate("Side", "oneven"),
        "even": QCoreApplication.translate("Side", "even"),
        "all": QCoreApplication.translate("Side", "doorlopend"),
    }.get(side, side)


# The colour of each role on the board and the timeline (None: a member without a role yet).
ROLE_COLOURS = {None: "#9e9e9e", Role.EXPERT: "#0072B2", Role.CONNECTOR: "#E69F00",
                Role.ENTREPRENEUR: "#009E73"}  # fmt: skip


# --- errors --------------------------------------------------------------------------------------


class _LocaleFormatter(string.Formatter):
    """Fills a translated template: numbers with a format (``{size:,.1f}``, ``{limit:g}``) in the
    interface's locale; everything else as ``str.format`` would."""

    def format_field(self, value: object, format_spec: str) -> str:
        kind = format_spec[-1:] if format_spec else ""
        if isinstance(value, int | float) and not isinstance(value, bool):
            locale = QLocale()
            if kind in ("f", "F", "g", "G") or "," in format_spec:
                digits = re.search(r"\.(\d+)", format_spec)
                if kind in ("g", "G"):
                    return locale.toString(float(value), "g", int(digits[1]) if digits else 6)
                return locale.toString(float(value), "f", int(digits[1]) if digits else 0)
        return super().format_field(value, format_spec)


def _value_text(value: object) -> object:
    if isinstance(value, Coded):
        return error_text(value)
    if isinstance(value, Word):
        return QCoreApplication.translate(CONTEXT, value)
    if isinstance(value, Status | Outcome):
        return status_text(Status(value.value))
    if isinstance(value, Enum) and isinstance(getattr(value, "dutch", None), str):
        return QCoreApplication.translate(CONTEXT, value.dutch)  # type: ignore[attr-defined]
    return value


def _with_where(path: object, line: int | None, text: str) -> str:
    return f"{path}: {text}" if line is None else f"{path}:{line}: {text}"


def error_text(exc: BaseException) -> str:
    """What the window says about ``exc``, in the interface's language.

    A coded error (every error of domain/, store/, io/, ops/) is its template translated in the
    context "Fout", filled with its values — themselves translated where they are words or
    errors, numbers with a format in the locale — with ``file:line:`` in front, untranslated.
    A database error (a locked or full file) is first put in the user's words.
    Anything else (an operating-system error, a bug) is shown as it is.
    """
    if isinstance(exc, sqlite3.Error):
        exc = database_error(exc)
    if isinstance(exc, ImportRefused):  # one line per problem, then how many
        lines = [_with_where(exc.path, p.line, error_text(p.message)) for p in exc.problems]
        summary = exc.summary()
        if summary is not None:
            lines.append(_with_where(exc.path, None, error_text(summary)))
        return "\n".join(lines)
    if not isinstance(exc, Coded) or type(exc).__str__ not in (Coded.__str__, UserError.__str__):
        return str(exc)  # not coded, or a message composed by the error itself
    template = QCoreApplication.translate(CONTEXT, exc.template)
    values = {key: _value_text(value) for key, value in exc.values.items()}
    try:
        text = _LocaleFormatter().vformat(template, (), values) if values else template
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        text = exc.message
    where = exc.where() if isinstance(exc, UserError) else ""
    return f"{where}: {text}" if where else text
