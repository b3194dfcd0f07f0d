"""Command group 'export': the printables as PDF files.

``buurtdesk export walklist|doorcards|letter|report|plan --out FILE.pdf [...]``. Each writes the
file in one go (a temporary file moved into place) and prints what it wrote; ``--json`` prints
``{"path", "pages", "items"}``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import resource

if TYPE_CHECKING:
    from ..io.pdf.exports import ExportResult

# reportlab takes about half a second to import: the PDF modules are imported by the command that
# writes a PDF, not by every `buurtdesk` start.
from .common import open_store, parse_date, print_json, project_for


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's commands to the parser."""
    export = subparsers.add_parser(
        "export", help="looplijsten, deurkaarten, brieven, verslag en plan als PDF"
    )
    sub = export.add_subparsers(dest="export_command", metavar="SOORT", required=True)

    shared = argparse.ArgumentParser(add_help=False, parents=[common])
    shared.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="BESTAND.pdf",
        help="waar de PDF komt (eerst een tijdelijk bestand ernaast, dan op zijn plaats)",
    )
    shared.add_argument(
        "--overwrite",
        action="store_true",
        help="een bestaande PDF vervangen (nooit het buurtbestand zelf)",
    )
    shared.add_argument("--project", metavar="PROJECT", help="standaard het huidige project")
    shared.add_argument(
        "--date", metavar="JJJJ-MM-DD", help="de datum op het papier (standaard vandaag)"
    )

    walk = sub.add_parser(
        "walklist", parents=[shared], help="looplijst in looproute-volgorde, met voorblad"
    )
    walk.add_argument("--connector", metavar="NAAM", help="de straten van deze verbinder")
    walk.add_argument(
        "--street", action="append", default=[], metavar="NAAM", help="een straat (herhaalbaar)"
    )
    walk.add_argument(
        "--todo",
        action="store_true",
        help="alleen nog te doen: nog niet bezocht, niet thuis, gesproken, geïnteresseerd "
        "(niet wie meedoet, nee zei of geen bezoek wil)",
    )
    walk.add_argument(
        "--compact",
        action="store_true",
        help="één regel per deur (minstens 20 deuren per pagina), zonder voorblad",
    )
    walk.set_defaults(func=cmd_walklist)

    cards = sub.add_parser(
        "doorcards", parents=[shared], help="deurkaarten (4 per A4) voor wie niet thuis was"
    )
    qr = cards.add_mutually_exclusive_group()
    qr.add_argument("--link", metavar="URL", help="QR-code naar deze website")
    qr.add_argument("--phone", metavar="NUMMER", help="QR-code die dit nummer belt")
    cards.add_argument(
        "--not-home-twice",
        action="store_true",
        help="één kaart per huishouden dat twee keer niet thuis was",
    )
    cards.add_argument(
        "--street", action="append", default=[], metavar="NAAM", help="één kaart per adres"
    )
    cards.add_argument(
        "--sheets", type=int, default=1, metavar="N", help="lege kaarten: aantal vellen"
    )
    cards.set_defaults(func=cmd_doorcards)

    letter = sub.add_parser(
        "letter", parents=[shared], help="buurtbrief of uitnodiging, één per huishouden"
    )
    letter.add_argument("--street", action="append", default=[], metavar="NAAM")
    letter.add_argument(
        "--not-home-twice",
        action="store_true",
        help="alleen huishoudens die twee keer niet thuis waren",
    )
    letter.add_argument(
        "--template",
        default="brief",
        metavar="NAAM",
        help=f"sjabloon uit resources/templates ({', '.join(_template_names())}) of een .txt",
    )
    letter.set_defaults(func=cmd_letter)

    report = sub.add_parser(
        "report", parents=[shared], help="voortgangsverslag voor de gemeente (alleen cijfers)"
    )
    report.set_defaults(func=cmd_report)

    plan = sub.add_parser("plan", parents=[shared], help="het stappenplan op één A4")
    plan.set_defaults(func=cmd_plan)

    followup = sub.add_parser(
        "followup",
        parents=[shared],
        help="de opvolglijst: terugbellen, deurkaarten, bezoeken van deskundigen, met vinkvakje",
    )
    followup.set_defaults(func=cmd_followup)


def _template_names() -> list[str]:
    return sorted(p.stem for p in resource("templates").glob("*.txt"))


def _done(args: argparse.Namespace, result: ExportResult, what: str) -> int:
    if args.json:
        print_json(result.as_dict())
    else:
        pages = f"{result.pages} pagina" if result.pages == 1 else f"{result.pages} pagina's"
        print(f"{what} geschreven: {result.path} ({pages})")
    return 0


def _open(args: argparse.Namespace) -> Any:
    """Check where the PDF goes (never over the neighbourhood file or its -wal/-shm, never over
    an existing file without --overwrite), then open the file."""
    from ..io.pdf.common import check_target

    check_target(args.out, overwrite=args.overwrite, protect=Path(args.db))
    return open_store(args)


def _today(args: argparse.Namespace) -> Any:
    return parse_date(args.date) if args.date else None


def cmd_walklist(args: argparse.Namespace) -> int:
    db = _open(args)
    project = project_for(db, args.project)
    from ..io.pdf.exports import export_walklist

    result = export_walklist(
        db,
        project,
        args.out,
        connector=args.connector,
        streets=args.street,
        todo=args.todo,
        compact=args.compact,
        today=_today(args),
    )
    what = "looplijst nog te doen" if args.todo else "looplijst"
    return _done(args, result, f"{what} met {result.items} adressen")


def cmd_doorcards(args: argparse.Namespace) -> int:
    db = _open(args)
    project = project_for(db, args.project)
    from ..io.pdf.exports import export_doorcards

    result = export_doorcards(
        db,
        project,
        args.out,
        link=args.link,
        phone=args.phone,
        not_home=args.not_home_twice,
        streets=args.street,
        sheets=args.sheets,
        today=_today(args),
    )
    return _done(args, result, f"{result.items} deurkaarten")


def cmd_letter(args: argparse.Namespace) -> int:
    db = _open(args)
    project = project_for(db, args.project)
    from ..io.pdf.exports import export_letter

    result = export_letter(
        db,
        project,
        args.out,
        streets=args.street,
        not_home=args.not_home_twice,
        template=args.template,
        today=_today(args),
    )
    return _done(args, result, f"{result.items} brieven")


def cmd_report(args: argparse.Namespace) -> int:
    db = _open(args)
    project = project_for(db, args.project)
    from ..io.pdf.exports import export_report

    result = export_report(db, project, args.out, today=_today(args))
    return _done(args, result, "verslag voor de gemeente")


def cmd_plan(args: argparse.Namespace) -> int:
    db = _open(args)
    project = project_for(db, args.project)
    from ..io.pdf.exports import export_plan

    result = export_plan(db, project, args.out, today=_today(args))
    return _done(args, result, "plan")


def cmd_followup(args: argparse.Namespace) -> int:
    db = _open(args)
    project = project_for(db, args.project)
    from ..io.pdf.exports import export_followup

    result = export_followup(db, project, args.out, today=_today(args))
    return _done(args, result, "opvolglijst")
