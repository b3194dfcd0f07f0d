"""Commands over streets, households and visits: street add, street set, households, visit,
visits."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from itertools import islice
from typing import Any

from ..domain.address import Numbering
from ..domain.outcomes import Status
from ..domain.progress import takes_part
from ..errors import UserError
from ..ops import households as ops
from ..store.households import (
    find_streets,
    household_dict,
    iter_household_rows,
    list_households,
)
from ..store.progress import initiator_ids
from ..store.projects import current_project
from .common import open_store, print_json, print_table, project_for
from .visits import cmd_visit, cmd_visits, register_reentry


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    street = subparsers.add_parser(
        "street", help="straten met de hand toevoegen, hun nummering wijzigen"
    )
    street_sub = street.add_subparsers(dest="street_command", metavar="ACTIE", required=True)
    add = street_sub.add_parser(
        "add", parents=[common], help='een straat met een reeks nummers, bijv. "Dorpsstraat 1-59"'
    )
    add.add_argument("name", metavar="NAAM", help="de straatnaam, bijv. Dorpsstraat")
    add.add_argument("range", metavar="VAN-TOT", help="de huisnummers, bijv. 1-59")
    add.add_argument(
        "--side",
        choices=["odd", "even", "all", "oneven", "alle"],
        default="all",
        help="alleen oneven (odd, oneven), even (even) of alle nummers (all, alle)",
    )
    add.add_argument(
        "--straight",
        action="store_true",
        help="de straat is doorlopend genummerd (één kant, bijv. een plein)",
    )
    add.add_argument("--postcode", default="")
    add.add_argument("--place", default="")
    add.set_defaults(func=cmd_street_add)
    change = street_sub.add_parser(
        "set",
        parents=[common],
        help="de nummering van een straat wijzigen (doorlopend of oneven/even)",
    )
    change.add_argument("name", metavar="NAAM", help="de straatnaam, bijv. Zandhoek")
    change.add_argument(
        "--numbering",
        required=True,
        choices=["straight", "odd-even", "doorlopend", "oneven-even"],
        help="straight (doorlopend: 1, 2, 3 … langs de straat) of odd-even "
        "(oneven-even: eerst de oneven kant, dan de even kant)",
    )
    change.add_argument(
        "--place", default="", help="de plaats, als de straat in meer plaatsen ligt"
    )
    change.set_defaults(func=cmd_street_set)

    hh = subparsers.add_parser(
        "households", parents=[common], help="huishoudens in looproute-volgorde"
    )
    hh.add_argument("--street", metavar="NAAM")
    hh.add_argument("--project", metavar="PROJECT", help="status voor dit project")
    hh.set_defaults(func=cmd_households)

    visit = subparsers.add_parser("visit", parents=[common], help="een bezoek vastleggen")
    visit.add_argument("address", metavar='"STRAAT NUMMER"')
    visit.add_argument(
        "outcome",
        metavar="UITKOMST",
        help="not_home|spoke|interested|takes_part|not_interested|do_not_visit "
        "(of 1-6, of in het Nederlands)",
    )
    visit.add_argument(
        "--by",
        default=None,
        metavar="NAAM",
        help="het teamlid dat langsging (begin van de naam is genoeg; standaard: de enige "
        "verbinder)",
    )
    visit.add_argument("--date", default=None, metavar="JJJJ-MM-DD", help="standaard vandaag")
    visit.add_argument("--note", default="")
    visit.add_argument(
        "--answer",
        action="append",
        default=[],
        metavar="VRAAG=ANTWOORD",
        help="antwoord op een deurvraag: KORTE-NAAM=ja, =nee of =KEUZE (herhaalbaar; zie: "
        "buurtdesk questions)",
    )
    visit.add_argument("--project", metavar="PROJECT")
    visit.add_argument(
        "--force", action="store_true", help="ook vastleggen als het adres op niet aanbellen staat"
    )
    visit.set_defaults(func=cmd_visit)

    visits = subparsers.add_parser("visits", parents=[common], help="bezoeken tonen")
    visits.add_argument("--street", metavar="NAAM")
    visits.add_argument("--project", metavar="PROJECT")
    visits.add_argument("--all", action="store_true", help="ook ongedaan gemaakte bezoeken")
    visits.set_defaults(func=cmd_visits)
    register_reentry(subparsers, common)


def cmd_street_add(args: argparse.Namespace) -> int:
    # checked before the file is opened: a mistake never creates or touches it
    new = ops.new_street(
        args.name,
        args.range,
        side={"oneven": "odd", "alle": "all"}.get(args.side, args.side),
        straight=args.straight,
        postcode=args.postcode,
        place=args.place,
    )
    db = open_store(args, create=True)
    added = ops.add_street(db, new)
    result = added.result
    if args.json:
        print_json(result.as_dict())
    else:
        print(
            f"{added.street.name}: {_count(result.added, 'adres', 'adressen')} toegevoegd, "
            f"{result.unchanged} {'was' if result.unchanged == 1 else 'waren'} er al"
            + ("; nu doorlopend genummerd" if added.renumbered else "")
        )
    return 0


_NUMBERINGS = {
    "straight": Numbering.STRAIGHT,
    "doorlopend": Numbering.STRAIGHT,
    "odd-even": Numbering.ODD_EVEN,
    "oneven-even": Numbering.ODD_EVEN,
}


def cmd_street_set(args: argparse.Namespace) -> int:
    numbering = _NUMBERINGS[args.numbering]
    db = open_store(args)
    done = ops.set_numbering_by_name(db, args.name, numbering, place=args.place)
    street = done.streets[0]
    if args.json:
        print_json({"street": street.name, "place": street.place, "numbering": numbering.value})
    else:
        how = "doorlopend" if numbering is Numbering.STRAIGHT else "oneven/even"
        print(f"{street.name}: nummering {how}; de looproute volgt die nu")
    return 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def cmd_households(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = project_for(db, args.project) if args.project else current_project(db)
    project_id = project.id if project else None
    if args.street and not find_streets(db, args.street):
        raise UserError(f'straat "{args.street}" bestaat niet')
    if args.json:
        _stream_json(
            iter_household_rows(db, project_id=project_id, street=args.street),
            _participation(db, project_id),
        )
        return 0
    rows = list_households(db, project_id=project_id, street=args.street)
    print_table(
        ["id", "adres", "postcode", "plaats", "status"],
        [
            (
                h["id"],
                h["address"] + (" (niet aanbellen)" if h["do_not_visit"] else ""),
                h["postcode"],
                h["place"],
                Status(h["status"]).dutch,
            )
            for h in rows
        ],
    )
    return 0


# One encoder for every row: json.dumps with an option builds a new encoder per call.
_JSON = json.JSONEncoder(ensure_ascii=False)
_CHUNK = 1000


def _participation(db: Any, project_id: int | None) -> Callable[[Any], dict[str, Any]]:
    """A row's public form with whether it is an initiator and whether it takes part, by the
    one definition the progress figures count with (so the rows add up to `progress`)."""
    initiators = initiator_ids(db, project_id) if project_id is not None else set()

    def row_dict(row: Any) -> dict[str, Any]:
        item = household_dict(row)
        initiator = item["id"] in initiators
        item["initiator"] = initiator
        item["takes_part"] = takes_part(Status(item["status"]), initiator)
        return item

    return row_dict


def _stream_json(rows: Any, to_dict: Callable[[Any], dict[str, Any]] = household_dict) -> None:
    """Write a JSON array row by row: 100,000 households never sit in memory as one string.

    Rows are encoded one by one (as ``json.dumps(..., ensure_ascii=False)`` would) and written
    a thousand at a time.
    """
    out = sys.stdout
    encode = _JSON.encode
    rows = iter(rows)
    out.write("[")
    first = True
    while chunk := list(islice(rows, _CHUNK)):
        out.write(
            ("\n  " if first else ",\n  ") + ",\n  ".join([encode(to_dict(row)) for row in chunk])
        )
        first = False
    out.write("\n]\n" if not first else "]\n")
