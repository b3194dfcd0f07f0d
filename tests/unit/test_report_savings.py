"""What the project achieved: households that take part and chose a measure at the door, times a
rule-of-thumb figure from the theme's step plan, clearly an estimate, with its source; kept when
the project is closed; a plan whose measures are wrong is refused naming file and line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.domain.plan import PlanError, load_plan
from buurtdesk.domain.savings import GAS_CO2_KG_PER_M3, Measure, estimate
from buurtdesk.io.pdf.exports import export_report
from buurtdesk.ops import questions as ops
from buurtdesk.ops.closing import close
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.printing import project_savings

from .pdf_seed import TODAY, pdf_pages, seed
from .test_report_questions import _door


def _visit(db, project, number: int, outcome: Outcome, day: int, **answers: str) -> None:
    record_visit(db, household_id=_door(db, "Lindelaan", number), outcome=outcome,
                 visit_date=date(2026, 11, day), visitor="Ann de Vries", answers=answers,
                 project_id=project.id)  # fmt: skip


def test_the_measures_taken_and_what_they_save(tmp_path: Path) -> None:
    db, project = seed(tmp_path / "buurt.buurtdesk")
    ops.add_question(db, "Isoleren?", short="isolatie", choices=["dak", "spouw", "vloer", "glas"],
                     project_id=project.id)  # fmt: skip
    ops.add_question(db, "Zonnepanelen?", short="zonnepanelen", project_id=project.id)
    for number in (3, 5, 6):  # take part, cavity wall
        _visit(db, project, number, Outcome.TAKES_PART, 10, isolatie="spouw")
    _visit(db, project, 9, Outcome.TAKES_PART, 10, zonnepanelen="ja")
    _visit(db, project, 11, Outcome.INTERESTED, 10, isolatie="dak")  # interest is no measure
    _visit(db, project, 12, Outcome.TAKES_PART, 10, isolatie="dak")
    _visit(db, project, 12, Outcome.TAKES_PART, 11, isolatie="vloer")  # the latest answer counts
    savings = project_savings(db, project)
    assert savings is not None
    taken = {r.measure.title: r.households for r in savings.rows}
    assert taken["Spouwmuurisolatie"] == 3 and taken["Dakisolatie"] == 0
    assert taken["Vloerisolatie"] == 1 and taken["Zonnepanelen (10 panelen)"] == 1
    assert savings.gas_m3 == 3 * 350 + 120 and savings.kwh == 3500
    out = tmp_path / "verslag.pdf"
    export_report(db, project, out, today=TODAY)
    text = "\n".join(pdf_pages(out))
    section = text[text.index("Wat het project bereikte: besparing per jaar (schatting)") :]
    assert "Spouwmuurisolatie\n3\n1.050" in section
    assert "totaal\n5\n1.170\n3.500" in section
    assert "Een schatting, geen meting" in section and "Milieu Centraal" in section
    # closing the project keeps the estimate: the answers go, the counts stay
    close(db, project)
    assert db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    kept = project_savings(db, project)
    assert kept is not None and kept.gas_m3 == savings.gas_m3 and kept.co2_kg == savings.co2_kg
    db.close()


def test_co2_follows_from_the_energy() -> None:
    measure = Measure("Spouw", "isolatie", "spouw", gas_m3=100, kwh=-10)
    (row,) = estimate([measure], {("isolatie", "spouw"): 2}, "bron").rows
    assert row.co2_kg == pytest.approx(200 * GAS_CO2_KG_PER_M3 - 20 * 0.33)


@pytest.mark.parametrize(
    ("block", "words"),
    [
        ('title = "X"\nwhen = "isolatie=beton"\ngas_m3 = 10', "geen antwoord"),
        ('title = "X"\nwhen = "onbekend=ja"', "geen antwoord"),
        ('title = "X"\nwhen = "isolatie=dak"\ngas_m3 = "veel"', "is een getal"),
        ('title = "X"\nwhen = "isolatie=dak"\ngas_m3 = 1e9', "is een getal"),
        ('title = "X"\nwhen = "isolatie=dak"\nprijs = 10', "title, when"),
    ],
)
def test_a_wrong_measure_is_refused_with_file_and_line(
    tmp_path: Path, block: str, words: str
) -> None:
    plan = tmp_path / "thema.toml"
    plan.write_text(
        'id = "thema"\ntitle = "Thema"\nweeks = 2\n\n'
        '[[task]]\nweek = 1\nrole = "expert"\ntitle = "Begin"\n\n'
        '[[question]]\nshort = "isolatie"\ntext = "Isoleren?"\nchoices = ["dak", "spouw"]\n\n'
        f"[[measure]]\n{block}\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanError) as caught:
        load_plan(plan)
    message = str(caught.value)
    assert message.startswith(f"{plan}:15:") and words in message
