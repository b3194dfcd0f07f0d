"""Errors carry a Dutch template and values; ``str()`` stays the exact Dutch sentence.

The command line prints ``str(exc)``, so its output is unchanged by the templates; the window
translates ``exc.template`` (tests/gui/test_error_language.py). The last tests read the source:
every error raised below the window has a marked template whose placeholders it fills.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from buurtdesk.domain.address import (
    AddressError,
    HouseNumber,
    Side,
    parse_street_range,
    street_range,
)
from buurtdesk.domain.plan import PlanError, week_problem
from buurtdesk.errors import CONTEXT, Coded, UserError, Word
from buurtdesk.store.db import open_db
from buurtdesk.store.store_errors import StoreError
from buurtdesk.store.team import add_member

PACKAGE = Path(__file__).parents[2] / "buurtdesk"
CODED = {
    "UserError": 0, "StoreError": 0, "AddressError": 0, "PlanError": 0, "GeoPackageError": 0,
    "NewerVersionError": 0, "NotABuurtDeskFile": 0, "QueryTooSlow": 0, "GeometryError": 0,
    "ClockError": 0, "Coded": 0, "ColumnsNotFound": 1,
}  # fmt: skip


def test_str_is_the_dutch_sentence_and_the_template_is_kept() -> None:
    with pytest.raises(AddressError) as caught:
        HouseNumber(0)
    error = caught.value
    assert str(error) == "huisnummer 0 ligt niet tussen 1 en 99999"
    assert error.template == "huisnummer {number} ligt niet tussen 1 en {max_number}"
    assert error.values == {"number": 0, "max_number": 99999}
    assert isinstance(error, ValueError) and isinstance(error, Coded)

    with pytest.raises(AddressError) as caught:
        street_range(*parse_street_range("1-9000"), Side.ODD)
    assert str(caught.value) == "bereik 1-9000 geeft 4500 adressen; hoogstens 2000 per straat"
    with pytest.raises(AddressError) as caught:
        street_range(*parse_street_range("2-2"), Side.ODD)
    assert str(caught.value) == "bereik 2-2 bevat geen oneven nummers"


def test_file_and_line_stay_in_front_and_out_of_the_values() -> None:
    error = UserError("huisnummer ontbreekt", "adressen.csv", 14)
    assert str(error) == "adressen.csv:14: huisnummer ontbreekt"
    assert error.values == {} and error.message == "huisnummer ontbreekt"
    wrapped = UserError.wrap(
        AddressError("{what} bevat een regeleinde", what=Word("plaats")), "a.csv", 3
    )
    assert str(wrapped) == "a.csv:3: plaats bevat een regeleinde"
    assert wrapped.template == "{what} bevat een regeleinde" and wrapped.line == 3
    plan = week_problem(12, 10)
    assert isinstance(plan, PlanError)
    assert str(plan) == "week 12 ligt na het einde van het project (week 1 tot en met 10)"


def test_a_store_error_is_the_same_dutch_sentence(tmp_path: Path) -> None:
    db = open_db(tmp_path / "buurt.buurtdesk")
    with pytest.raises(StoreError) as caught:
        add_member(db, "  ", [])
    assert str(caught.value) == "een teamlid heeft een naam nodig"
    assert caught.value.template == "een teamlid heeft een naam nodig"
    db.close()


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_calls() -> list[tuple[str, int, ast.Call, int]]:
    calls = []
    for part in ("domain", "store", "io", "ops"):
        for path in sorted((PACKAGE / part).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _name(node.func) in CODED:
                    index = CODED[_name(node.func) or ""]
                    if len(node.args) > index:
                        calls.append((f"{path.relative_to(PACKAGE)}", node.lineno, node, index))
    return calls


def test_every_error_below_the_window_has_a_marked_template() -> None:
    """No f-string, str(...), .format or % as an error's message: those are finished Dutch text
    that the window cannot translate. A template is QT_TRANSLATE_NOOP("Fout", "...") or a name
    bound to one (a constant, a parameter carrying one)."""
    calls = _error_calls()
    assert len(calls) > 180
    finished = [
        f"{where}:{line}"
        for where, line, call, index in calls
        if isinstance(message := call.args[index], ast.JoinedStr | ast.BinOp | ast.Constant)
        or (isinstance(message, ast.Call) and _name(message.func) in ("str", "format"))
    ]
    assert finished == []


def test_every_template_gets_the_values_it_names() -> None:
    wrong = []
    for where, line, call, index in _error_calls():
        message = call.args[index]
        if not (isinstance(message, ast.Call) and _name(message.func) == "QT_TRANSLATE_NOOP"):
            continue
        context, template = (ast.literal_eval(arg) for arg in message.args)
        given = {k.arg for k in call.keywords}
        if _name(call.func) in ("UserError", "PlanError", "ColumnsNotFound"):
            given -= {"path", "line"}  # the file and line in front, not values
        named = {
            field.split(".")[0] for _, field, _, _ in string.Formatter().parse(template) if field
        }
        if context != CONTEXT or named != given:
            wrong.append(f"{where}:{line}: {named} != {given}")
    assert wrong == []
