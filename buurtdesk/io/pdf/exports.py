"""From the neighbourhood file to a printable: the jobs the command line and the GUI share.

Each ``export_*`` function reads what it needs through the store, builds the PDF and returns an
:class:`ExportResult`. They run on the GUI's database worker (``fn(db, progress)``) as well as on
the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from ...domain.address import format_postcode
from ...domain.plan import PlanError, find_theme
from ...domain.walklist import DEFAULT_TALKING_POINTS, list_id, to_do
from ...errors import QT_TRANSLATE_NOOP, UserError
from ...ops.printing import remember_walklist
from ...store.activities import Activity
from ...store.plan import list_tasks, plans_dir
from ...store.printing import (
    activity_when,
    connector_streets,
    connectors_of_streets,
    format_day,
    neighbourhood_name,
    next_activity,
    not_home_twice,
    report_figures,
    street_ids_named,
    team_names,
    walk_entries,
)
from ...store.projects import Project
from ...store.questions import list_questions
from ...store.store_errors import StoreError
from .common import ProgressFn, no_progress
from .doorcards import DoorCardInfo, qr_for_link, qr_for_phone, write_doorcards
from .letter import Addressee, load_template, write_letters
from .plan import PlanInfo, PlanTask, write_plan
from .report import ReportInfo, write_report
from .walklist import WalkListInfo, write_walklist
from .walklist_compact import write_compact_walklist


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    items: int  # households, cards or letters in the file

    def as_dict(self) -> dict[str, object]:
        return {"path": str(self.path), "pages": self.pages, "items": self.items}


def _streets(
    db: Database, connector: str | None, streets: Sequence[str]
) -> tuple[str, list[int] | None]:
    """(connector name, street ids) for a selection; None means every street."""
    name = ""
    ids: list[int] | None = None
    try:
        if connector:
            name, ids = connector_streets(db, connector)
        named = street_ids_named(db, streets) if streets else None
    except StoreError as exc:  # an unknown street or member is the user's to fix
        raise UserError.wrap(exc) from None
    if connector and not ids:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "{name} heeft nog geen straten; wijs eerst straten toe (team)"
            ),
            name=name,
        )
    if named is not None:
        ids = named if ids is None else [i for i in ids if i in named]
        if not ids:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "{name} loopt niet in {streets}"),
                name=name,
                streets=", ".join(streets),
            )
    return name, ids


def export_walklist(
    db: Database,
    project: Project,
    out: Path,
    *,
    connector: str | None = None,
    streets: Sequence[str] = (),
    todo: bool = False,
    compact: bool = False,
    today: date | None = None,
    progress: ProgressFn = no_progress,
) -> ExportResult:
    """A walk list (``compact``: one line a door); ``todo``: only the doors still worth a knock
    (:func:`~buurtdesk.domain.walklist.still_to_do`), numbered 1..N as printed."""
    today = today or date.today()
    name, ids = _streets(db, connector, streets)
    entries = walk_entries(db, project.id, ids)
    if todo:
        entries = to_do(entries)
        if not entries:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "in deze keuze is niets meer te doen: elke deur doet mee, zei nee of wil "
                    "geen bezoek",
                )
            )
    if not name and ids is not None:
        names = connectors_of_streets(db, ids)
        name = ", ".join(names[:3])
    title, points = _theme(project.theme)
    info = WalkListInfo(
        project=project.title,
        theme=title,
        message=project.message,
        connector=name,
        talking_points=points,
        made_on=today,
        contact=project.contact,
        todo=todo,
        questions=[(q.short, q.text) for q in list_questions(db, project.id)],
    )
    write = write_compact_walklist if compact else write_walklist
    pages = write(out, entries, info, progress)
    # remembered, so that re-entry of this paper credits its rows to the connector on it
    household_ids = [e.household_id for e in entries]
    remember_walklist(
        db,
        ident=list_id(household_ids, today),
        household_ids=household_ids,
        project_id=project.id,
        connector=name if connector else "",
        streets=", ".join(dict.fromkeys(e.street for e in entries)),
    )
    return ExportResult(out, pages, len(entries))


def _theme(theme: str) -> tuple[str, list[str]]:
    """The theme's title and its three talking points; defaults when the plan is missing."""
    try:
        plan = find_theme(plans_dir(), theme)
    except PlanError:
        return theme, list(DEFAULT_TALKING_POINTS)
    points = [p for p in plan.talking_points if p.strip()][:3]
    return plan.title, points + list(DEFAULT_TALKING_POINTS)[len(points) :]


def theme_title(theme: str) -> str:
    return _theme(theme)[0]


def _activity_text(activity: Activity | None) -> str:
    if activity is None:
        return ""
    parts = [activity.title, activity_when(activity)]
    if activity.place:
        parts.append(activity.place)
    return " · ".join(parts)


def _require_contact(project: Project) -> None:
    """Letters and door cards are how residents reach the team: not without a way to."""
    if not project.contact.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "zet eerst hoe bewoners het team bereiken (telefoon of e-mail): op de pagina "
                'Team, of met: buurtdesk project set --contact "..."',
            )
        )


def export_doorcards(
    db: Database,
    project: Project,
    out: Path,
    *,
    link: str | None = None,
    phone: str | None = None,
    not_home: bool = False,
    streets: Sequence[str] = (),
    sheets: int = 1,
    today: date | None = None,
    progress: ProgressFn = no_progress,
) -> ExportResult:
    today = today or date.today()
    _require_contact(project)
    if link and phone:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "kies een link of een telefoonnummer voor de QR-code, niet allebei"
            )
        )
    qr = qr_for_link(link) if link else qr_for_phone(phone) if phone else ""
    caption = "meer info" if link else "bel ons" if phone else ""
    info = DoorCardInfo(
        project=project.title,
        message=project.message,
        contact=project.contact,
        next_activity=_activity_text(next_activity(db, project.id, today)),
        qr_data=qr,
        qr_caption=caption,
    )
    addresses: list[str] = []
    if not_home or streets:
        _, ids = _streets(db, None, streets)
        entries = (
            not_home_twice(db, project.id, ids) if not_home else walk_entries(db, project.id, ids)
        )
        addresses = [e.address for e in entries if not e.do_not_visit]
        if not addresses:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", "geen huishoudens in deze keuze; er zijn geen deurkaarten te maken"
                )
            )
    pages = write_doorcards(out, info, addresses, sheets=sheets, progress=progress)
    return ExportResult(out, pages, len(addresses) or 4 * sheets)


def export_letter(
    db: Database,
    project: Project,
    out: Path,
    *,
    streets: Sequence[str] = (),
    not_home: bool = False,
    template: str = "brief",
    today: date | None = None,
    progress: ProgressFn = no_progress,
) -> ExportResult:
    today = today or date.today()
    _require_contact(project)
    chosen = load_template(template)
    _, ids = _streets(db, None, streets)
    entries = not_home_twice(db, project.id, ids) if not_home else walk_entries(db, project.id, ids)
    entries = [e for e in entries if not e.do_not_visit]
    activity = next_activity(db, project.id, today)
    names = team_names(db)
    neighbourhood = neighbourhood_name(db)
    common = {
        "project": project.title,
        "thema": theme_title(project.theme),
        "boodschap": project.message,
        "activiteit": activity.title if activity else "de volgende buurtbijeenkomst",
        "activiteit_datum": (
            activity_when(activity) if activity else "een datum die we nog laten weten"
        ),
        "activiteit_plaats": activity.place if activity and activity.place else "de buurt",
        "contact": project.contact,
        "team": f"{', '.join(names)}\nnamens het buurtteam" if names else "Het buurtteam",
        "buurt": neighbourhood or "onze buurt",
        "datum": format_day(today, weekday=False),
        "doel": f"{project.goal_pct}%",
    }
    addressees = [
        Addressee(
            e.address,
            f"{format_postcode(e.postcode)}  {e.place}".strip(),
            e.street,
        )
        for e in entries
    ]
    sender = [project.title, *([neighbourhood] if neighbourhood else []), project.contact]
    pages = write_letters(
        out, chosen, common, addressees, sender=[s for s in sender if s], progress=progress
    )
    return ExportResult(out, pages, len(addressees))


def export_report(
    db: Database, project: Project, out: Path, *, today: date | None = None
) -> ExportResult:
    today = today or date.today()
    figures = report_figures(db, project, today)
    if figures.households == 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "de buurt heeft nog geen huishoudens; er is nog niets te melden"
            )
        )
    if figures.households < figures.min_group:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "de buurt heeft {households} huishoudens; een verslag toont alleen groepen van "
                "minstens {min_group}, anders zijn huishoudens herkenbaar",
            ),
            households=figures.households,
            min_group=figures.min_group,
        )
    info = ReportInfo(
        project=project.title,
        theme=theme_title(project.theme),
        neighbourhood=neighbourhood_name(db),
        start=project.start_date,
        weeks=project.weeks,
        goal_pct=project.goal_pct,
        made_on=today,
    )
    pages = write_report(out, figures, info)
    return ExportResult(out, pages, figures.households)


def export_plan(
    db: Database, project: Project, out: Path, *, today: date | None = None
) -> ExportResult:
    today = today or date.today()
    items = list_tasks(db, project.id)
    tasks = [PlanTask(t.week, t.role, t.title, t.kind.value, t.status.value) for t in items]
    info = PlanInfo(
        project=project.title,
        theme=theme_title(project.theme),
        start=project.start_date,
        weeks=project.weeks,
        goal_pct=project.goal_pct,
        message=project.message,
        today=today,
    )
    pages = write_plan(out, tasks, info)
    return ExportResult(out, pages, len(tasks))


def export_followup(
    db: Database, project: Project, out: Path, *, today: date | None = None
) -> ExportResult:
    """The follow-up list (call back, door cards, expert visits) with a box to tick."""
    from ...store.followup import follow_ups
    from .followup import write_followup

    items = follow_ups(db, project.id)
    pages = write_followup(out, items, project.title, today or date.today())
    return ExportResult(out, pages, len(items))
