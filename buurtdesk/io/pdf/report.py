"""The progress report for the municipality: figures and charts only.

It is built from :class:`~buurtdesk.store.printing.ReportFigures`, which holds counts and never an
address, a household's name or its outcome; every group it shows holds at least the minimum number
of households (:mod:`buurtdesk.domain.privacy`), smaller streets arrive summed as "overige
straten". Team members are counted per role and named only when they agreed to be named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from ...domain.savings import CO2_SOURCE
from ...domain.team import Role
from ...store.printing import ReportFigures, StreetFigures
from .common import (
    ACCENT,
    ACCENT_SOFT,
    BOLD,
    FONT,
    INK,
    MM,
    MUTED,
    RULE,
    SOFT,
    Furniture,
    atomic_pdf,
    draw_furniture,
    register_fonts,
    safe_text,
)

PAGE_W, PAGE_H = A4
MARGIN = 18 * MM
CONTENT_W = PAGE_W - 2 * MARGIN - 12  # the frame keeps 6 pt padding on each side


@dataclass(frozen=True)
class ReportInfo:
    project: str
    theme: str
    neighbourhood: str
    start: date
    weeks: int
    goal_pct: int
    made_on: date


def _theme_apart(info: ReportInfo) -> str:
    """The theme when it says more than the project's title (a project is often named after its
    theme: "Energie besparen thuis · Energie besparen thuis" says it twice)."""
    theme = info.theme.strip()
    return "" if theme.casefold() == info.project.strip().casefold() else theme


def _esc(text: str) -> str:
    return safe_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, textColor=INK)
    return {
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, textColor=MUTED, fontSize=10, leading=14),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=20, leading=25),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=12.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=13),
        "big": ParagraphStyle(
            "big", parent=base, fontName=BOLD, fontSize=19, leading=23, alignment=1
        ),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=10, leading=12.5, alignment=1, textColor=MUTED
        ),
    }


class _NumberedCanvas:
    """A canvas maker that draws the header and "pagina x van y" once the page count is known."""

    @staticmethod
    def make(furniture: Furniture) -> Any:
        from reportlab.pdfgen.canvas import Canvas

        class NumberedCanvas(Canvas):  # type: ignore[misc]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    draw_furniture(self, A4, furniture, number, total, margin=MARGIN + 6)
                    super().showPage()
                super().save()

        return NumberedCanvas


def _tiles(figures: ReportFigures, info: ReportInfo, st: dict[str, ParagraphStyle]) -> Table:
    def pct(part: int) -> str:
        return f"{100 * part / figures.households:.0f}%" if figures.households else "–"

    part_text = f"doet mee ({figures.takes_part})"
    if figures.initiators:
        part_text = f"doet mee ({figures.takes_part}, incl. {figures.initiators} initiatiefnemers)"
    cells = [
        (_count(figures.households), "huishoudens"),
        (pct(figures.visited), f"bezocht ({figures.visited})"),
        (pct(figures.interested), f"geïnteresseerd ({figures.interested})"),
        (pct(figures.takes_part), part_text),
        (f"{info.goal_pct}%", "doel"),
    ]
    row = [[Paragraph(big, st["big"]), Paragraph(small, st["small"])] for big, small in cells]
    table = Table([row], colWidths=[CONTENT_W / 5] * 5)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SOFT),
                ("BACKGROUND", (3, 0), (3, 0), ACCENT_SOFT),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


MAX_BARS = 15


def _count(n: int) -> str:
    """10000 -> 10.000, as Dutch readers write it."""
    return f"{n:,}".replace(",", ".")


def _chart_streets(figures: ReportFigures) -> list[StreetFigures]:
    """All streets, or the largest ones (in name order) when there are too many for one chart."""
    if len(figures.streets) <= MAX_BARS:
        return list(figures.streets)
    largest = sorted(figures.streets, key=lambda s: -s.households)[:MAX_BARS]
    return [s for s in figures.streets if s in largest]


def _street_chart(figures: ReportFigures, goal: int) -> Drawing:
    streets = _chart_streets(figures)
    bar_h = 18
    height = max(90, bar_h * len(streets) + 50)
    drawing = Drawing(CONTENT_W, height)
    chart = HorizontalBarChart()
    chart.x = 150
    chart.y = 30
    chart.width = CONTENT_W - 190
    chart.height = bar_h * len(streets) if streets else 40
    chart.data = [[s.participation_pct for s in reversed(streets)] or [0]]
    chart.categoryAxis.categoryNames = [safe_text(s.label) for s in reversed(streets)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 10
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 10
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = SOFT
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 10
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    gx = chart.x + chart.width * goal / 100
    drawing.add(
        Line(
            gx,
            chart.y - 4,
            gx,
            chart.y + chart.height + 6,
            strokeColor=INK,
            strokeWidth=1.2,
            strokeDashArray=[4, 3],
        )
    )
    drawing.add(
        String(
            gx + 3,
            chart.y + chart.height + 8,
            f"doel {goal}%",
            fontName=BOLD,
            fontSize=10,
            fillColor=INK,
        )
    )
    return drawing


def _week_chart(figures: ReportFigures, info: ReportInfo) -> Drawing:
    drawing = Drawing(CONTENT_W, 210)
    plot = LinePlot()
    plot.x, plot.y = 50, 40
    plot.width, plot.height = CONTENT_W - 80, 145
    total = figures.households or 1
    reached = [(w.week, 100 * w.reached / total) for w in figures.weeks] or [(1, 0)]
    part = [(w.week, 100 * w.takes_part / total) for w in figures.weeks] or [(1, 0)]
    goal = [(1, info.goal_pct), (info.weeks, info.goal_pct)]
    plot.data = [reached, part, goal]
    colours = [MUTED, ACCENT, INK]
    for i, colour in enumerate(colours):
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 2.2 if i < 2 else 1.2
    plot.lines[2].strokeDashArray = [4, 3]
    for i in (0, 1):
        from reportlab.graphics.widgets.markers import makeMarker

        plot.lines[i].symbol = makeMarker("FilledCircle", size=5, fillColor=colours[i])
    plot.xValueAxis.valueMin = 1
    plot.xValueAxis.valueMax = max(info.weeks, 2)
    plot.xValueAxis.valueSteps = list(range(1, info.weeks + 1))
    plot.xValueAxis.labelTextFormat = "wk %d"
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = 100
    plot.yValueAxis.valueStep = 25
    plot.yValueAxis.labelTextFormat = "%d%%"
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = SOFT
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 10
        axis.strokeColor = RULE
    drawing.add(plot)
    x = plot.x
    for label, colour, dash in (
        ("bezocht", MUTED, None),
        ("doet mee", ACCENT, None),
        (f"doel {info.goal_pct}%", INK, [4, 3]),
    ):
        drawing.add(
            Line(x, 12, x + 18, 12, strokeColor=colour, strokeWidth=2, strokeDashArray=dash)
        )
        drawing.add(String(x + 22, 8, label, fontName=FONT, fontSize=10, fillColor=INK))
        x += 110
    return drawing


def _table(rows: Sequence[Sequence[Any]], widths: Sequence[float], numeric_from: int) -> Table:
    table = Table([list(r) for r in rows], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("FONT", (0, 0), (-1, 0), BOLD, 10),
                ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _ideas(figures: ReportFigures, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Residents' ideas per theme: how many, never what or from whom (issue 12)."""
    part: list[Flowable] = [Paragraph("Ideeën van bewoners", st["h2"])]
    if not figures.ideas:
        part.append(Paragraph("Er zijn nog geen ideeën van bewoners bewaard.", st["muted"]))
        return part
    rows: list[list[Any]] = [["thema", "ideeën"]]
    rows += [[Paragraph(_esc(theme), st["cell"]), count] for theme, count in figures.ideas]
    rows.append([Paragraph("<b>totaal</b>", st["cell"]), sum(n for _, n in figures.ideas)])
    part.append(_table(rows, [CONTENT_W - 180, 80], 1))
    part.append(Spacer(1, 6))
    part.append(
        Paragraph(
            "Wat bewoners aan de deur of op een bijeenkomst voorstelden, geteld per thema: "
            "de ideeën zelf, namen en adressen staan niet in dit verslag.",
            st["muted"],
        )
    )
    return part


def _questions(figures: ReportFigures, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """How the door questions were answered: households per answer, in total and per group of
    at least the minimum size (issue 12); counts only."""
    if not figures.questions:
        return []
    part: list[Flowable] = [Paragraph("Antwoorden op de deurvragen", st["h2"])]
    for question in figures.questions:
        answers = list(question.answers)
        rows: list[list[Any]] = [[Paragraph(f"<b>{_esc(question.text)}</b>", st["cell"])]]
        rows[0] += answers
        rows += [[Paragraph(_esc(label), st["cell"]), *(c[a] for a in answers)]
                 for label, c in question.groups]  # fmt: skip
        rows.append([Paragraph("<b>totaal</b>", st["cell"]), *(question.total[a] for a in answers)])
        other = min(70.0, (CONTENT_W - 200) / max(1, len(answers)))
        part.append(_table(rows, [CONTENT_W - other * len(answers), *[other] * len(answers)], 1))
        part.append(Spacer(1, 8))
    part.append(
        Paragraph(
            "Huishoudens per antwoord, elk huishouden één keer per vraag (het antwoord bij het "
            "laatste bezoek). Alleen aantallen, per groep van minstens "
            f"{figures.min_group} huishoudens.",
            st["muted"],
        )
    )
    return part


def _number(value: float) -> str:
    return f"{round(value):,}".replace(",", ".")  # 12.600, the Dutch way


def _savings(figures: ReportFigures, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """What the measures taken save a year, clearly an estimate, with its sources (issue 12)."""
    savings = figures.savings
    if savings is None:
        return []
    part: list[Flowable] = [
        Paragraph("Wat het project bereikte: besparing per jaar (schatting)", st["h2"])
    ]
    rows: list[list[Any]] = [["maatregel", "huishoudens", "gas (m³)", "stroom (kWh)",
                              "CO₂ (kg)"]]  # fmt: skip
    rows += [
        [Paragraph(_esc(r.measure.title), st["cell"]), r.households, _number(r.gas_m3),
         _number(r.kwh), _number(r.co2_kg)]
        for r in savings.rows
    ]  # fmt: skip
    total = Paragraph("<b>totaal</b>", st["cell"])
    rows.append([total, savings.households, _number(savings.gas_m3), _number(savings.kwh),
                 _number(savings.co2_kg)])  # fmt: skip
    part.append(_table(rows, [CONTENT_W - 320, 70, 80, 90, 80], 1))
    part.append(Spacer(1, 4))
    part.append(
        Paragraph(
            "<b>Een schatting, geen meting.</b> Geteld worden de huishoudens die meedoen en aan de "
            "deur voor deze maatregel kozen, maal een vuistregel per huishouden per jaar "
            "(negatief: meer verbruik). Bron: "
            + _esc((savings.source or "het stappenplan van het thema").rstrip(". "))
            + "; CO₂: "
            + _esc(CO2_SOURCE)
            + ".",
            st["muted"],
        )
    )
    return [KeepTogether(part)]


def write_report(target: str | Path, figures: ReportFigures, info: ReportInfo) -> int:
    register_fonts()
    st = _styles()
    story: list[Flowable] = []
    story.append(Paragraph("Voortgangsverslag voor de gemeente", st["h1"]))
    period = f"{info.start:%d-%m-%Y}, {info.weeks} weken"
    where = f"{_esc(info.neighbourhood)} · " if info.neighbourhood else ""
    theme = _theme_apart(info)
    story.append(
        Paragraph(
            f"{where}project <b>{_esc(info.project)}</b> · "
            + (f"{_esc(theme)} · " if theme else "")
            + f"gestart {period} · stand op {info.made_on:%d-%m-%Y}",
            st["muted"],
        )
    )
    story.append(Spacer(1, 12))
    story.append(_tiles(figures, info, st))
    story.append(Paragraph("Deelname per straat", st["h2"]))
    story.append(
        Paragraph(
            f"Aandeel huishoudens dat meedoet, per straat, tegen het doel van {info.goal_pct}%."
            + (
                f" De {MAX_BARS} straten met de meeste huishoudens; alle"
                f" {len(figures.streets)} staan in de tabel verderop."
                if len(figures.streets) > MAX_BARS
                else ""
            ),
            st["muted"],
        )
    )
    if figures.streets:
        story.append(_street_chart(figures, info.goal_pct))
    else:
        story.append(
            Paragraph(
                f"Geen straat heeft {figures.min_group} huishoudens of meer; alleen het totaal"
                " wordt getoond.",
                st["body"],
            )
        )
    story.append(
        KeepTogether(
            [
                Paragraph("Week voor week", st["h2"]),
                Paragraph(
                    "Aandeel huishoudens dat bezocht is en dat meedoet, opgeteld tot en met elke"
                    " week.",
                    st["muted"],
                ),
                _week_chart(figures, info),
            ]
        )
    )
    rows: list[list[Any]] = [
        ["straat", "huishoudens", "bezocht", "geïnteresseerd", "doet mee", "%"]
    ]
    for s in figures.streets:
        label = s.label if s.streets == 1 else f"{s.label} ({s.streets})"
        rows.append(
            [
                Paragraph(_esc(label), st["cell"]),
                s.households,
                s.visited,
                s.interested,
                s.takes_part,
                f"{s.participation_pct:.0f}%",
            ]
        )
    rows.append(
        [
            Paragraph("<b>totaal</b>", st["cell"]),
            figures.households,
            figures.visited,
            figures.interested,
            figures.takes_part,
            f"{figures.participation_pct:.0f}%",
        ]
    )
    story.append(
        KeepTogether(
            [
                Paragraph("Cijfers per straat", st["h2"]),
                _table(rows, [CONTENT_W - 5 * 70 - 14, 74, 62, 90, 70, 54], 1),
            ]
        )
    )
    weeks: list[list[Any]] = [
        ["week", "begint", "bezoeken", "bezocht (totaal)", "doet mee (totaal)"]
    ]
    for w in figures.weeks:
        weeks.append([f"{w.week}", f"{w.start:%d-%m}", w.visits, w.reached, w.takes_part])
    if figures.weeks:
        story.append(
            KeepTogether(
                [Paragraph("Bezoeken per week", st["h2"]), _table(weeks, [60, 80, 90, 130, 130], 2)]
            )
        )
    # team
    team: list[list[Any]] = [["rol", "aantal"]]
    for role in Role:
        team.append([role.dutch, figures.roles.get(role, 0)])
    team.append(["teamleden", figures.members])
    names = (
        "Genoemd met hun toestemming: " + ", ".join(_esc(n) for n in figures.named_members)
        if figures.named_members
        else "Teamleden worden alleen met naam genoemd als ze toestemming gaven om in verslagen"
        " genoemd te worden; dat heeft nog niemand gedaan."
    )
    story.append(
        KeepTogether(
            [
                Paragraph("Het team", st["h2"]),
                _table(team, [160, 80], 1),
                Spacer(1, 6),
                Paragraph(names, st["muted"]),
            ]
        )
    )
    # milestones and activities
    milestones: list[Flowable] = [Paragraph("Mijlpalen van het plan", st["h2"])]
    if figures.milestones_done or figures.milestones_open:
        for title in figures.milestones_done:
            milestones.append(Paragraph(f"✓ {_esc(title)}", st["body"]))
        for title in figures.milestones_open:
            milestones.append(
                Paragraph(f"<font color='#5A6270'>○ {_esc(title)}</font>", st["body"])
            )
    else:
        milestones.append(Paragraph("Er staan nog geen mijlpalen in het plan.", st["muted"]))
    story.append(KeepTogether(milestones))
    held: list[Flowable] = [Paragraph("Gehouden activiteiten", st["h2"])]
    if figures.activities:
        acts: list[list[Any]] = [["activiteit", "datum", "aanmeldingen", "aanwezig"]]
        for a in figures.activities:
            acts.append(
                [
                    Paragraph(_esc(a.title), st["cell"]),
                    f"{a.date:%d-%m-%Y}",
                    a.signed_up,
                    a.attended,
                ]
            )
        held.append(_table(acts, [CONTENT_W - 240, 80, 90, 70], 2))
    else:
        held.append(Paragraph("Nog geen activiteiten gehouden.", st["muted"]))
    story.append(KeepTogether(held))
    story.append(KeepTogether(_ideas(figures, st)))
    story.extend(_questions(figures, st))
    story.extend(_savings(figures, st))
    story.append(Spacer(1, 14))
    story.append(
        Paragraph(
            "Dit verslag bevat alleen aantallen: geen adressen, namen of antwoorden van "
            "huishoudens. “Doet mee” telt de initiatiefnemers en de huishoudens die bij hun "
            "laatste bezoek ja zeiden, elk huishouden één keer. Elke groep die het toont telt "
            f"minstens {figures.min_group} "
            "huishoudens: kleinere straten zijn samengevoegd onder “overige straten”, en is "
            "ook die groep te klein, dan tellen ze alleen in het totaal mee. Zo is geen enkel "
            "huishouden herkenbaar.",
            st["muted"],
        )
    )
    furniture = Furniture(
        f"Verslag · {info.project}",
        " · ".join(p for p in (theme, f"{info.made_on:%d-%m-%Y}") if p),
        "voor de gemeente",
        "BuurtDesk · alleen cijfers, geen persoonsgegevens",
    )
    pages = 0
    with atomic_pdf(target) as temp:
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 44,
            bottomMargin=MARGIN + 26,
            title=f"Verslag {info.project}",
            author="BuurtDesk",
        )
        doc.build(story, canvasmaker=_NumberedCanvas.make(furniture))
        pages = doc.page
    return int(pages)
