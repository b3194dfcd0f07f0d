"""Commands over projects, themes, the step plan and progress: project new/list/use/set, themes,
plan, progress."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ..domain.plan import list_themes, week_labels
from ..domain.privacy import DEFAULT_MIN_GROUP, FLOOR_MIN_GROUP
from ..domain.savings import Savings
from ..ops import projects as ops
from ..ops.questions import figures as question_figures
from ..store.plan import list_tasks, plans_dir, visits_per_week
from ..store.printing import project_savings
from ..store.progress import list_initiators, project_progress
from ..store.projects import current_project, list_projects, report_min_group
from .common import open_store, parse_date, print_json, print_table, project_for
from .privacy import register_project_close


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    project = subparsers.add_parser("project", help="projecten: een nieuw project op een thema")
    sub = project.add_subparsers(dest="project_command", metavar="ACTIE", required=True)
    new = sub.add_parser(
        "new", parents=[common], help="een project beginnen met het stappenplan van een thema"
    )
    new.add_argument("--theme", required=True, metavar="THEMA", help="zie: buurtdesk themes")
    new.add_argument("--start", required=True, metavar="JJJJ-MM-DD", help="de eerste dag")
    new.add_argument("--weeks", type=_int("weken"), default=None, metavar="N")
    new.add_argument("--goal", type=_int("doel"), default=50, metavar="PCT")
    new.add_argument("--message", default=None, metavar="TEKST", help="de kernboodschap")
    new.add_argument("--title", default=None, metavar="TEKST")
    new.set_defaults(func=cmd_project_new)
    listing = sub.add_parser("list", parents=[common], help="alle projecten")
    listing.set_defaults(func=cmd_project_list)
    use = sub.add_parser("use", parents=[common], help="met een ander project verder werken")
    use.add_argument("project", metavar="PROJECT", help="id, thema of titel")
    use.set_defaults(func=cmd_project_use)
    change = sub.add_parser(
        "set", parents=[common], help="het contact van het team en de privacygrens van verslagen"
    )
    change.add_argument(
        "--contact",
        default=None,
        metavar="TEKST",
        help='hoe bewoners het team bereiken, op brieven en deurkaarten, bijv. "06 1234 5678"',
    )
    change.add_argument(
        "--min-group",
        type=_int("kleinste groep"),
        default=None,
        metavar="N",
        help=f"kleinste groep huishoudens in een verslag (standaard {DEFAULT_MIN_GROUP}, "
        f"minstens {FLOOR_MIN_GROUP})",
    )
    change.add_argument("--project", metavar="PROJECT")
    change.set_defaults(func=cmd_project_set)
    register_project_close(sub, common)

    themes = subparsers.add_parser("themes", parents=[common], help="de thema's met stappenplan")
    themes.set_defaults(func=cmd_themes)

    plan = subparsers.add_parser("plan", parents=[common], help="het stappenplan, week voor week")
    plan.add_argument("--project", metavar="PROJECT")
    plan.set_defaults(func=cmd_plan)

    initiator = subparsers.add_parser(
        "initiator",
        parents=[common],
        help="een huishouden als initiatiefnemer markeren (meldde zich zelf, kwam naar de aftrap)",
    )
    initiator.add_argument("address", metavar='"STRAAT NUMMER"', nargs="?")
    initiator.add_argument("--off", action="store_true", help="de markering weghalen")
    initiator.add_argument("--project", metavar="PROJECT")
    initiator.set_defaults(func=cmd_initiator)

    progress = subparsers.add_parser(
        "progress", parents=[common], help="deelname tegenover het doel"
    )
    progress.add_argument("--project", metavar="PROJECT")
    progress.add_argument("--today", metavar="JJJJ-MM-DD", help=argparse.SUPPRESS)
    progress.set_defaults(func=cmd_progress)


def _int(what: str) -> Any:
    def parse(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f'{what} "{text}" is geen geheel getal') from None

    return parse


def cmd_project_new(args: argparse.Namespace) -> int:
    start = parse_date(args.start, "startdatum")
    # a broken or unknown theme, a bad goal or length: no file is even created
    ops.check_new_project(args.theme, args.weeks, args.goal)
    db = open_store(args, create=True)
    started = ops.start_project(
        db,
        args.theme,
        start,
        weeks=args.weeks,
        goal_pct=args.goal,
        message=args.message,
        title=args.title,
    )
    project, tasks = started.project, started.tasks
    if args.json:
        print_json({**project.as_dict(), "tasks": tasks})
    else:
        end = week_labels(project.start_date, project.weeks)[-1][2]
        print(
            f'Project "{project.title}" gestart: {project.start_date} tot en met {end}, '
            f"{project.weeks} weken, doel {project.goal_pct} %, {tasks} taken in het plan."
        )
    return 0


def cmd_project_list(args: argparse.Namespace) -> int:
    db = open_store(args)
    projects = list_projects(db)
    current = current_project(db)
    if args.json:
        print_json([{**p.as_dict(), "current": p == current} for p in projects])
    else:
        print_table(
            ["", "id", "thema", "titel", "start", "weken", "doel"],
            [
                (
                    "*" if p == current else "",
                    p.id,
                    p.theme,
                    p.title,
                    p.start_date,
                    p.weeks,
                    f"{p.goal_pct} %",
                )
                for p in projects
            ],
        )
    return 0


def cmd_project_use(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = ops.use_project(db, args.project)
    if args.json:
        print_json(project.as_dict())
    else:
        print(f'Het huidige project is nu "{project.title}" (id {project.id}).')
    return 0


def cmd_project_set(args: argparse.Namespace) -> int:
    """Set the team's contact and the report's smallest group; without options, show them."""
    db = open_store(args)
    project = project_for(db, args.project)
    if args.contact is not None or args.min_group is not None:
        settings = ops.set_project(db, project.id, contact=args.contact, min_group=args.min_group)
        project, minimum = settings.project, settings.min_group
    else:
        minimum = report_min_group(db)
    if args.json:
        print_json({**project.as_dict(), "report_min_group": minimum})
        return 0
    print(f"{project.title}")
    contact = project.contact or "(nog geen: zet het met --contact)"
    print(f"  contact voor bewoners:       {contact}")
    print(f"  kleinste groep in verslagen: {minimum} huishoudens")
    return 0


def cmd_themes(args: argparse.Namespace) -> int:
    themes = list_themes(plans_dir())
    if args.json:
        print_json([t.as_dict() for t in themes])
        return 0
    print_table(
        ["thema", "titel", "weken", "taken"],
        [(t.id, t.title, t.plan.weeks, len(t.plan.tasks)) for t in themes if t.plan is not None],
    )
    broken = [t for t in themes if t.plan is None]
    if broken:
        print("\nNiet beschikbaar:")
        for t in broken:
            print(f"  {t.id}: {t.error}")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = project_for(db, args.project)
    tasks = list_tasks(db, project.id)
    visits = visits_per_week(db, project.id)
    labels = {w: (first, iso) for w, first, _last, iso in week_labels(project.start_date, 104)}
    if args.json:
        rows = []
        for t in tasks:
            row = t.as_dict()
            row["week_start"] = labels[t.week][0].isoformat()
            row["iso_week"] = labels[t.week][1]
            if t.kind.value == "door_round":
                row["visits"] = visits.get(t.week, 0)
            rows.append(row)
        print_json({"project": project.as_dict(), "tasks": rows})
        return 0
    print(f"{project.title} — start {project.start_date}, {project.weeks} weken")
    print_table(
        ["week", "ISO", "rol", "soort", "status", "taak", "wie"],
        [
            (
                f"{t.week} ({labels[t.week][0]:%d-%m})",
                labels[t.week][1],
                t.role.dutch,
                t.kind.dutch
                + (f" ({visits.get(t.week, 0)} bezoeken)" if t.kind.value == "door_round" else ""),
                t.status.dutch,
                t.title,
                t.member,
            )
            for t in tasks
        ],
    )
    return 0


def _nl(value: float) -> str:
    """A figure as Dutch text: one decimal, decimal comma (36,9)."""
    return f"{value:.1f}".replace(".", ",")


def _savings_dict(savings: Savings | None) -> dict[str, object] | None:
    """The estimate of what the measures taken save a year (None: the theme has no measures)."""
    if savings is None:
        return None
    return {
        "estimate": True,
        "source": savings.source,
        "measures": [
            {"title": r.measure.title, "when": f"{r.measure.question}={r.measure.answer}",
             "households": r.households, "gas_m3": r.gas_m3, "kwh": r.kwh,
             "co2_kg": round(r.co2_kg, 1)}
            for r in savings.rows
        ],
        "total": {"gas_m3": savings.gas_m3, "kwh": savings.kwh,
                  "co2_kg": round(savings.co2_kg, 1)},
    }  # fmt: skip


def cmd_progress(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = project_for(db, args.project)
    today = parse_date(args.today, "vandaag") if args.today else date.today()
    result = project_progress(db, project, today)
    questions = question_figures(db, project.id)
    if args.json:
        print_json(
            {
                "project": project.as_dict(),
                **result.as_dict(),
                "questions": [f.as_dict() for f in questions],
                "savings": _savings_dict(project_savings(db, project)),
            }
        )
        return 0
    t = result.total
    data = result.as_dict()
    pace = result.pace_needed
    print(
        f"{project.title}: doel {project.goal_pct} % = {result.goal} van {t.households} huishoudens"
    )
    print(f"  bezocht          {t.visited:>7}  {_nl(data['visited_pct']):>5} %")
    print(f"  geïnteresseerd   {t.interested:>7}  {_nl(data['interested_pct']):>5} %")
    print(f"  doet mee         {t.participants:>7}  {_nl(data['takes_part_pct']):>5} %")
    print(f"    incl. initiatiefnemers   {t.initiators} ({_nl(data['initiators_pct'])} %)")
    print(f"    via de deurrondes        {result.from_doors}")
    print(
        f"  de deurrondes moeten {result.doors_share_of_goal} deelnemers brengen; "
        f"nog nodig: {result.still_needed}"
    )
    print(f"  week {result.current_week} van {project.weeks}, nog {result.weeks_left} weken")
    if result.still_needed == 0:
        print("  het doel is gehaald")
    elif pace is None:
        print("  het project is voorbij; het doel is niet gehaald")
    else:
        print(f"  nodig: {_nl(pace)} deelnemers per week")
    print()
    print_table(
        ["straat", "huishoudens", "bezocht", "interesse", "doet mee", "%"],
        [
            (
                s,
                v.households,
                v.visited,
                v.interested,
                v.participants,
                _nl(v.as_dict()["takes_part_pct"]),
            )
            for s, v in result.streets.items()
        ],
    )
    if result.connectors:
        print()
        print_table(
            ["verbinder", "deuren", "bezocht", "nog te gaan", "interesse", "doet mee", "%"],
            [
                (
                    c or "straten zonder verbinder",
                    v.households,
                    v.visited,
                    v.doors_left,
                    v.interested,
                    v.participants,
                    _nl(v.as_dict()["takes_part_pct"]),
                )
                for c, v in result.connectors.items()
            ],
        )
    print()
    print_table(
        ["week", "ISO", "bezoeken", "bezocht totaal", "doet mee totaal"],
        [
            (w.week, w.iso_week, w.visits, w.visited_total, w.participants_total)
            for w in result.by_week
        ],
    )
    if questions:
        print()
        print_table(
            ["deurvraag", "beantwoord", "antwoorden"],
            [
                (
                    f.short + (" (verborgen)" if f.removed else ""),
                    f.answered,
                    ", ".join(f"{k} {n}" for k, n in f.total.items()),
                )
                for f in questions
            ],
        )
    return 0


def cmd_initiator(args: argparse.Namespace) -> int:
    """Mark (or with --off unmark) a household as initiator; without an address, list them."""
    db = open_store(args)
    project = project_for(db, args.project)
    if args.address:
        marked = ops.mark_initiator(db, project.id, args.address, not args.off)
        if not args.json:
            what = "geen initiatiefnemer meer" if args.off else "initiatiefnemer"
            print(f"{marked.address} is {what} van {project.title}.")
    initiators = list_initiators(db, project.id)
    if args.json:
        print_json([{"household_id": h, "address": a} for h, a in initiators])
    elif not args.address:
        for _h, address in initiators:
            print(address)
        print(f"{len(initiators)} initiatiefnemers")
    return 0
