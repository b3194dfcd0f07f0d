"""What the project achieved: the measures households took and an estimate of what they save a
year in gas, electricity and CO2 (issue 12).

A theme's step plan lists its measures as ``[[measure]]`` blocks, each tied to an answer of one
of its door questions (``when = "isolatie=spouw"``) and carrying rule-of-thumb figures per
household per year (``gas_m3``, ``kwh``; negative: more use, as a heat pump adds electricity),
with the public source named once for the plan (``savings_source``). A measure counts the
households that **take part** and gave that answer at their latest visit that answered: a "yes"
alone is interest, not a measure taken.

It is an estimate and says so: averages for an ordinary house, rounded, never a measurement.
CO2 follows from the energy with the factors below.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import QT_TRANSLATE_NOOP, UserError
from .questions import DefaultQuestion, possible_answers

# kg CO2 per unit (CO2emissiefactoren.nl: natural gas 1.78 kg/m3; grid electricity, rounded)
GAS_CO2_KG_PER_M3 = 1.78
ELECTRICITY_CO2_KG_PER_KWH = 0.33
CO2_SOURCE = "CO2emissiefactoren.nl (aardgas 1,78 kg/m³, stroom 0,33 kg/kWh)"
LIMIT = 100_000  # per household per year, either way: beyond that a figure is a typo


@dataclass(frozen=True)
class Measure:
    title: str
    question: str  # the door question's short key
    answer: str  # the answer that means this measure
    gas_m3: float = 0.0  # saved per household per year
    kwh: float = 0.0


@dataclass(frozen=True)
class MeasureEstimate:
    measure: Measure
    households: int

    @property
    def gas_m3(self) -> float:
        return self.households * self.measure.gas_m3

    @property
    def kwh(self) -> float:
        return self.households * self.measure.kwh

    @property
    def co2_kg(self) -> float:
        return self.gas_m3 * GAS_CO2_KG_PER_M3 + self.kwh * ELECTRICITY_CO2_KG_PER_KWH


@dataclass(frozen=True)
class Savings:
    rows: tuple[MeasureEstimate, ...]
    source: str

    @property
    def gas_m3(self) -> float:
        return sum(r.gas_m3 for r in self.rows)

    @property
    def kwh(self) -> float:
        return sum(r.kwh for r in self.rows)

    @property
    def co2_kg(self) -> float:
        return sum(r.co2_kg for r in self.rows)

    @property
    def households(self) -> int:
        return sum(r.households for r in self.rows)


def estimate(
    measures: Sequence[Measure], counts: Mapping[tuple[str, str], int], source: str
) -> Savings:
    """The estimate from the households per (question, answer) that take part."""
    return Savings(
        tuple(MeasureEstimate(m, counts.get((m.question, m.answer), 0)) for m in measures),
        source,
    )


def plan_measures(
    raw: object, text: str, questions: Sequence[DefaultQuestion]
) -> tuple[Measure, ...]:
    """A step plan's ``[[measure]]`` blocks (``title``, ``when = "QUESTION=ANSWER"``, ``gas_m3``,
    ``kwh``); a problem raises :class:`UserError` with the block's line in the plan's text."""
    if raw is None:
        return ()
    starts = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip().startswith("[[measure]]")
    ]
    if not isinstance(raw, list):
        raise UserError(QT_TRANSLATE_NOOP("Fout", "maatregelen staan elk in een [[measure]]-blok"))
    found: list[Measure] = []
    for index, block in enumerate(raw):
        try:
            found.append(_measure(block, questions))
        except UserError as exc:
            line = starts[index] if index < len(starts) else None
            raise UserError(exc.template, None, line, **exc.values) from None
    return tuple(found)


def _measure(block: object, questions: Sequence[DefaultQuestion]) -> Measure:
    if not isinstance(block, dict) or set(block) - {"title", "when", "gas_m3", "kwh"}:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "een [[measure]] heeft title, when, gas_m3 en kwh")
        )
    title, when = block.get("title"), block.get("when")
    if not isinstance(title, str) or not title.strip() or not isinstance(when, str):
        raise UserError(QT_TRANSLATE_NOOP("Fout", "title en when van een maatregel zijn teksten"))
    short, _, answer = when.partition("=")
    question = next((q for q in questions if q.short == short.strip()), None)
    if question is None or answer.strip() not in possible_answers(question.choices):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", 'maatregel "{title}": "{when}" is geen antwoord op een vraag van dit plan'
            ),
            title=title,
            when=when,
        )
    figures = []
    for key in ("gas_m3", "kwh"):
        value = block.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int | float) or abs(value) > LIMIT:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", 'maatregel "{title}": {key} is een getal tussen -{limit} en {limit}'
                ),
                title=title,
                key=key,
                limit=LIMIT,
            )
        figures.append(float(value))
    return Measure(title.strip(), question.short, answer.strip(), figures[0], figures[1])
