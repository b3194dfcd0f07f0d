"""Step plans: the shipped themes load, and every kind of broken file gives a clear message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from buurtdesk.domain.plan import (
    PlanError,
    TaskKind,
    find_theme,
    fit_week,
    list_themes,
    load_plan,
    parse_plan,
    week_labels,
    week_problem,
)
from buurtdesk.domain.team import Role
from buurtdesk.paths import resource

THEMES = {"energy", "gas-free", "aed", "mobility", "green-gardens", "empty"}

GOOD = """\
id = "test"
title = "Proef"
weeks = 10
message = "Doe mee"
talking_points = ["een", "twee", "drie"]

[[task]]
week = 1
role = "entrepreneur"
kind = "milestone"
title = "Team gevormd"
why = "Omdat"

[[task]]
week = 3
role = "verbinder"
kind = "door_round"
title = "Deurronde"
"""


def test_shipped_themes_are_complete_ten_week_plans() -> None:
    themes = {t.id: t for t in list_themes(resource("plans"))}
    assert set(themes) >= THEMES
    for theme_id in THEMES - {"empty"}:
        plan = themes[theme_id].plan
        assert plan is not None, themes[theme_id].error
        assert plan.weeks == 10
        assert len(plan.talking_points) == 3
        assert plan.message
        weeks = {t.week for t in plan.tasks}
        assert weeks == set(range(1, 11)), theme_id  # something to do every week
        assert {t.role for t in plan.tasks} == set(Role)
        assert all(t.why for t in plan.tasks), theme_id
        milestones = [t for t in plan.tasks if t.kind is TaskKind.MILESTONE]
        assert len(milestones) >= 5, theme_id
        assert milestones[0].week == 1 and milestones[-1].week == 10
        assert any(t.kind is TaskKind.DOOR_ROUND for t in plan.tasks)
    assert themes["empty"].plan is not None and themes["empty"].plan.tasks == ()


def test_a_good_plan_parses_with_lines() -> None:
    plan = parse_plan(GOOD, "test.toml")
    assert [t.role for t in plan.tasks] == [Role.ENTREPRENEUR, Role.CONNECTOR]
    assert plan.tasks[1].kind is TaskKind.DOOR_ROUND
    assert plan.tasks[0].line == 7


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('id = "x"\ntitle = "X"\nweeks = 10\n[[task]]\nweek = = 1\n', 5, "geen geldige TOML"),
        (GOOD.replace('role = "verbinder"', 'role = "bakker"'), 16, 'onbekende rol "bakker"'),
        (GOOD.replace("week = 3", "week = 12"), 15, "week 12 ligt na het einde"),
        (GOOD.replace("week = 3", "week = 0"), 15, "vóór het begin"),
        (GOOD.replace('title = "Deurronde"\n', ""), 14, 'het veld "title" ontbreekt'),
        (GOOD.replace("weeks = 10\n", ""), 1, 'het veld "weeks" ontbreekt'),
        (GOOD.replace('kind = "door_round"', 'kind = "feest"'), 17, 'onbekende soort "feest"'),
        (GOOD.replace("week = 3", 'week = "drie"'), 15, "week moet een getal zijn"),
        (GOOD + "colour = 'rood'\n", 19, 'onbekend veld "colour"'),
    ],
)
def test_broken_plans_name_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(PlanError) as err:
        parse_plan(text, "plans/kapot.toml")
    assert err.value.line == line
    message = str(err.value)
    assert message.startswith(f"plans/kapot.toml:{line}: ")
    assert words in message


def test_wrong_encoding_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.replace("Proef", "Caf\xe9").encode("latin-1"))
    with pytest.raises(PlanError, match="geen UTF-8"):
        load_plan(path)


def test_broken_theme_is_listed_as_unavailable(tmp_path: Path) -> None:
    (tmp_path / "test.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "kapot.toml").write_text("id = \n", encoding="utf-8")
    (tmp_path / "other.toml").write_text(GOOD, encoding="utf-8")  # id differs from file name
    themes = {t.id: t for t in list_themes(tmp_path)}
    assert themes["test"].available
    assert not themes["kapot"].available and "kapot.toml:1" in str(themes["kapot"].error)
    assert not themes["other"].available and "bestandsnaam" in str(themes["other"].error)
    with pytest.raises(PlanError, match="niet beschikbaar"):
        find_theme(tmp_path, "kapot")
    with pytest.raises(PlanError, match='onbekend thema "nope"; beschikbaar: test'):
        find_theme(tmp_path, "nope")
    assert find_theme(tmp_path, "PROEF").id == "test"  # by title, any case


def test_weeks_fit_shorter_and_longer_projects() -> None:
    assert [fit_week(w, 10, 10) for w in (1, 5, 10)] == [1, 5, 10]
    assert fit_week(1, 10, 5) == 1
    assert fit_week(10, 10, 5) == 5 and fit_week(10, 10, 20) == 20
    assert all(1 <= fit_week(w, 10, n) <= n for w in range(1, 11) for n in range(1, 30))
    assert week_problem(0, 10) and week_problem(11, 10) and week_problem(10, 10) is None


def test_week_labels_have_dates_and_iso_weeks() -> None:
    labels = week_labels(date(2026, 12, 21), 3)
    assert labels[0] == (1, date(2026, 12, 21), date(2026, 12, 27), 52)
    assert labels[1][3] == 53  # 2026 has 53 ISO weeks
    assert labels[2][3] == 1
