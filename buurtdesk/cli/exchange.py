"""`buurtdesk exchange …`: working as a team without internet (docs/exchange.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..ops import exchange as ops
from ..store.exchange import MergeReport
from .common import open_store, print_json, print_table

CODE_ENV = "BUURTDESK_CODE"
DUTCH = {
    "neighbourhood": "buurt",
    "streets": "straten",
    "households": "huishoudens",
    "projects": "projecten",
    "members": "teamleden",
    "member_roles": "rollen",
    "street_assignments": "straattoewijzingen",
    "initiators": "initiatiefnemers",
    "plan_tasks": "taken",
    "activities": "activiteiten",
    "activity_signups": "aanmeldingen",
    "visits": "bezoeken",
    "visit_events": "ongedaan/opnieuw",
    "erasures": "wissingen",
    "closed_projects": "afgesloten projecten",
    "printed_lists": "looplijsten",
    "ideas": "ideeën",
    "questions": "deurvragen",
    "answers": "antwoorden",
}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    top = subparsers.add_parser(
        "exchange", help="uitwisselen met andere laptops van het team (startpakket, bestanden)"
    )
    sub = top.add_subparsers(dest="exchange_command", metavar="OPDRACHT", required=True)
    code = argparse.ArgumentParser(add_help=False)
    code.add_argument(
        "--code",
        metavar="TEAMCODE",
        help=f"de teamcode (anders {CODE_ENV}, of de vraag erom); minstens 8 tekens",
    )

    package = sub.add_parser(
        "package", parents=[common, code], help="een startpakket voor een nieuwe laptop maken"
    )
    package.add_argument("--out", required=True, metavar="BESTAND")
    package.add_argument("--connector", metavar="NAAM", help="alleen de straten van deze verbinder")
    package.add_argument("--overwrite", action="store_true", help="een bestaand bestand vervangen")
    package.set_defaults(func=cmd_package)

    join = sub.add_parser(
        "join", parents=[common, code], help="met een startpakket deze laptop aan de buurt koppelen"
    )
    join.add_argument("file", metavar="BESTAND")
    join.set_defaults(func=cmd_join)

    write = sub.add_parser(
        "write",
        parents=[common, code],
        help="een uitwisselbestand schrijven met wat deze laptop weet",
    )
    write.add_argument("--out", required=True, metavar="BESTAND")
    write.add_argument("--overwrite", action="store_true", help="een bestaand bestand vervangen")
    write.set_defaults(func=cmd_write)

    read = sub.add_parser(
        "read", parents=[common, code], help="een uitwisselbestand van een andere laptop inlezen"
    )
    read.add_argument("file", metavar="BESTAND")
    read.set_defaults(func=cmd_read)

    conflicts = sub.add_parser(
        "conflicts", parents=[common], help="wat twee laptops verschillend veranderden"
    )
    conflicts.add_argument("--all", action="store_true", help="ook de afgehandelde")
    conflicts.set_defaults(func=cmd_conflicts)
    take = sub.add_parser("take", parents=[common], help="bij een conflict de andere waarde nemen")
    take.add_argument("id", type=int, metavar="NUMMER")
    take.set_defaults(func=cmd_take)
    keep = sub.add_parser(
        "keep", parents=[common], help="bij een conflict de gekozen waarde houden"
    )
    keep.add_argument("id", type=int, metavar="NUMMER")
    keep.set_defaults(func=cmd_keep)

    laptops = sub.add_parser(
        "laptops", parents=[common], help="de laptops van het team en wanneer ze iets stuurden"
    )
    laptops.set_defaults(func=cmd_laptops)
    name = sub.add_parser("name", parents=[common], help="deze laptop een naam geven")
    name.add_argument("name", metavar="NAAM")
    name.set_defaults(func=cmd_name)


def team_code(args: argparse.Namespace) -> str:
    """--code, then the environment, then a question on the terminal; never stored."""
    if args.code:
        return str(args.code)
    if os.environ.get(CODE_ENV):
        return os.environ[CODE_ENV]
    if sys.stdin.isatty():
        return getpass.getpass("Teamcode: ")
    raise UserError(f"geef de teamcode met --code of {CODE_ENV}")


def _report(args: argparse.Namespace, written: ops.Written) -> int:
    if args.json:
        print_json({"file": str(written.path), "kind": written.kind,
                    "households": written.households, "visits": written.visits})  # fmt: skip
    else:
        what = "startpakket" if written.kind == ops.KIND_PACKAGE else "uitwisselbestand"
        print(f"{what} geschreven: {written.path} ({written.households} huishoudens, "
              f"{written.visits} bezoeken)")  # fmt: skip
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    db = open_store(args)
    written = ops.write_file(db, Path(args.out), team_code(args), package=True,
                             connector=args.connector, overwrite=args.overwrite)  # fmt: skip
    return _report(args, written)


def cmd_write(args: argparse.Namespace) -> int:
    db = open_store(args)
    written = ops.write_file(db, Path(args.out), team_code(args), overwrite=args.overwrite)
    return _report(args, written)


def _merged(args: argparse.Namespace, report: MergeReport, what: str) -> int:
    if args.json:
        print_json({"created": report.created, "updated": report.updated,
                    "deleted": report.deleted, "conflicts": report.conflicts,
                    "skipped": report.skipped})  # fmt: skip
        return 0
    if not report.changed:
        print(f"{what}: niets nieuws")
    else:
        parts = [f"{n} {DUTCH.get(t, t)} nieuw" for t, n in report.created.items()]
        parts += [f"{n} {DUTCH.get(t, t)} bijgewerkt" for t, n in report.updated.items()]
        parts += [f"{n} {DUTCH.get(t, t)} verwijderd" for t, n in report.deleted.items()]
        print(f"{what}: " + ", ".join(parts))
    if report.conflicts:
        print(f"{report.conflicts} conflict(en): bekijk ze met 'buurtdesk exchange conflicts'")
    for line in report.skipped[:5]:
        print(f"overgeslagen: {line}")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    path = Path(args.db)
    report = ops.join_new_file(path, Path(args.file), team_code(args))
    return _merged(args, report, f"{path} is nu een laptop van de buurt")


def cmd_read(args: argparse.Namespace) -> int:
    db = open_store(args)
    report = ops.read_file(db, Path(args.file), team_code(args))
    return _merged(args, report, str(args.file))


def cmd_conflicts(args: argparse.Namespace) -> int:
    found = ops.conflicts(open_store(args), resolved=args.all)
    if args.json:
        print_json([c.as_dict() for c in found])
    elif not found:
        print("geen conflicten")
    else:
        print_table(
            ["nr", "wat", "veld", "gekozen", "door", "andere waarde", "door"],
            [[c.id, c.what, c.field, c.kept, c.kept_by, c.other, c.other_by] for c in found],
        )
    return 0


def cmd_take(args: argparse.Namespace) -> int:
    ops.take_other(open_store(args), args.id)
    print(f"conflict {args.id}: de andere waarde genomen")
    return 0


def cmd_keep(args: argparse.Namespace) -> int:
    ops.dismiss(open_store(args), args.id)
    print(f"conflict {args.id}: de gekozen waarde gehouden")
    return 0


def cmd_laptops(args: argparse.Namespace) -> int:
    found = ops.laptops(open_store(args))
    if args.json:
        print_json([laptop.as_dict() for laptop in found])
    else:
        print_table(
            ["laptop", "naam", "laatst gehoord"],
            [[lt.id, (lt.name or "-") + (" (deze)" if lt.me else ""), lt.heard_at or "-"]
             for lt in found],
        )  # fmt: skip
    return 0


def cmd_name(args: argparse.Namespace) -> int:
    ops.set_laptop_name(open_store(args), args.name)
    print(f"deze laptop heet nu {args.name.strip()}")
    return 0
