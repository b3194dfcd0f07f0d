"""Commands over the team: team (list and what the team lacks), team add, team set, team roles,
team remove, team assign."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.progress import weeks_left
from ..domain.team import ROLE_DUTCH, Role, TeamGap, team_gaps
from ..errors import UserError
from ..ops import assignment as assignment_ops
from ..ops import team as ops
from ..store.households import find_streets
from ..store.progress import doors_left, doors_per_week
from ..store.projects import current_project
from ..store.team import Member, list_members, streets_of
from .common import open_store, parse_date, print_json, print_table


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    team = subparsers.add_parser(
        "team", parents=[common], help="het team, de rollen en wat het team nog mist"
    )
    team.set_defaults(func=cmd_team)
    sub = team.add_subparsers(dest="team_command", metavar="ACTIE")

    add = sub.add_parser("add", parents=[common], help="een teamlid toevoegen")
    add.add_argument("name", metavar="NAAM")
    add.add_argument(
        "--role",
        action="append",
        default=[],
        metavar="ROL",
        help="expert/deskundige, connector/verbinder, entrepreneur/ondernemer (mag vaker)",
    )
    add.add_argument("--phone", default="", help="alleen met toestemming")
    add.add_argument("--email", default="", help="alleen met toestemming")
    add.add_argument(
        "--consent-date",
        default=None,
        metavar="JJJJ-MM-DD",
        help="datum van de toestemming om telefoon en e-mail te bewaren",
    )
    add.add_argument("--named", type=_yes_no, default=False, metavar="ja|nee", help=NAMED_HELP)
    add.set_defaults(func=cmd_team_add)

    change = sub.add_parser(
        "set", parents=[common], help="contactgegevens en toestemmingen van een teamlid wijzigen"
    )
    change.add_argument("name", metavar="NAAM")
    change.add_argument("--named", type=_yes_no, default=None, metavar="ja|nee", help=NAMED_HELP)
    change.add_argument("--phone", default=None, help="alleen met toestemming")
    change.add_argument("--email", default=None, help="alleen met toestemming")
    change.add_argument(
        "--consent-date",
        default=None,
        metavar="JJJJ-MM-DD",
        help="datum van de toestemming om telefoon en e-mail te bewaren",
    )
    change.add_argument(
        "--no-consent",
        action="store_true",
        help="de toestemming voor telefoon en e-mail intrekken (wist ze)",
    )
    change.set_defaults(func=cmd_team_set)

    listing = sub.add_parser("list", parents=[common], help="de teamleden (zelfde als: team)")
    listing.set_defaults(func=cmd_team)

    roles = sub.add_parser("roles", parents=[common], help="het rollenbord: wie heeft welke rol")
    roles.set_defaults(func=cmd_team_roles)

    remove = sub.add_parser("remove", parents=[common], help="een teamlid verwijderen")
    remove.add_argument("name", metavar="NAAM")
    remove.set_defaults(func=cmd_team_remove)

    assign = sub.add_parser("assign", parents=[common], help="straten aan een verbinder geven")
    assign.add_argument("name", metavar="NAAM")
    assign.add_argument("streets", nargs="+", metavar="STRAAT")
    assign.set_defaults(func=cmd_team_assign)

    propose = sub.add_parser(
        "propose",
        parents=[common],
        help="straten zonder verbinder voorstellen: elke straat heel, deuren eerlijk verdeeld",
    )
    propose.add_argument("--apply", action="store_true", help="het voorstel ook uitvoeren")
    propose.set_defaults(func=cmd_team_propose)


NAMED_HELP = "mag met naam in verslagen staan (een eigen toestemming, los van telefoon en e-mail)"


def _yes_no(text: str) -> bool:
    answer = text.strip().casefold()
    if answer in ("ja", "yes", "j", "y", "1", "true"):
        return True
    if answer in ("nee", "no", "n", "0", "false"):
        return False
    raise argparse.ArgumentTypeError(f'"{text}" is geen ja of nee')


def _member(db: Database, name: str) -> Member:
    return ops.member_named(db, name)


def gaps_for(db: Database, today: date | None = None) -> list[TeamGap]:
    """What the team lacks, for the current project (or without one: members and roles only)."""
    members = list_members(db)
    project = current_project(db)
    if project is None:
        return team_gaps([m.roles for m in members], {}, weeks_left=1)
    per_connector, unassigned = doors_left(db, project.id)
    return team_gaps(
        [m.roles for m in members],
        per_connector,
        weeks_left=weeks_left(project.start_date, project.weeks, today or date.today()),
        doors_per_week=doors_per_week(db),
        unassigned=unassigned,
    )


def cmd_team(args: argparse.Namespace) -> int:
    db = open_store(args)
    members = list_members(db)
    gaps = gaps_for(db)
    if args.json:
        print_json(
            {
                "members": [{**m.as_dict(), "streets": len(streets_of(db, m.id))} for m in members],
                "gaps": [g.as_dict() for g in gaps],
            }
        )
        return 0
    print_table(
        ["naam", "rollen", "telefoon", "e-mail", "toestemming", "in verslagen"],
        [
            (
                m.name,
                ", ".join(r.dutch for r in m.roles) or "-",
                m.phone,
                m.email,
                m.consent_at or "",
                "ja" if m.named else "nee",
            )
            for m in members
        ],
    )
    _print_gaps(gaps)
    return 0


def _print_gaps(gaps: list[TeamGap]) -> None:
    if gaps:
        print("\nWat het team nog mist:")
        for gap in gaps:
            print(f"  - {gap.dutch}")
    else:
        print("\nHet team is compleet.")


def cmd_team_add(args: argparse.Namespace) -> int:
    db = open_store(args, create=True)
    try:
        roles = [Role.parse(r) for r in args.role]
    except ValueError as exc:
        raise UserError(str(exc)) from None
    consent = parse_date(args.consent_date, "datum van toestemming") if args.consent_date else None
    member = ops.add_member(
        db,
        args.name,
        roles,
        phone=args.phone,
        email=args.email,
        consent_at=consent.isoformat() if consent else None,
        named=args.named,
    )
    if args.json:
        print_json(member.as_dict())
    else:
        roles_text = ", ".join(r.dutch for r in member.roles) or "nog geen rol"
        print(f"{member.name} toegevoegd ({roles_text}).")
    return 0


def cmd_team_set(args: argparse.Namespace) -> int:
    """Change a member's contact details and consents; what is not given stays as it is."""
    consent = parse_date(args.consent_date, "datum van toestemming") if args.consent_date else None
    db = open_store(args)
    member = ops.update_member(
        db,
        _member(db, args.name).id,
        phone=args.phone,
        email=args.email,
        consent_at=consent.isoformat() if consent else None,
        withdraw_consent=args.no_consent,
        named=args.named,
    )
    if args.json:
        print_json(member.as_dict())
        return 0
    named = "mag met naam in verslagen" if member.named else "staat niet met naam in verslagen"
    contact = (
        f"toestemming voor telefoon en e-mail sinds {member.consent_at}"
        if member.consent_at
        else "geen toestemming voor telefoon en e-mail"
    )
    print(f"{member.name}: {named}; {contact}.")
    return 0


def cmd_team_roles(args: argparse.Namespace) -> int:
    db = open_store(args)
    members = list_members(db)
    board = {role.value: [m.name for m in members if role in m.roles] for role in Role}
    board["none"] = [m.name for m in members if not m.roles]
    gaps = gaps_for(db)
    if args.json:
        print_json({"board": board, "gaps": [g.as_dict() for g in gaps]})
        return 0
    for role in Role:
        names = ", ".join(board[role.value]) or "(niemand)"
        print(f"{ROLE_DUTCH[role]:<12} {names}")
    if board["none"]:
        print(f"{'zonder rol':<12} {', '.join(board['none'])}")
    _print_gaps(gaps)
    return 0


def cmd_team_remove(args: argparse.Namespace) -> int:
    db = open_store(args)
    member = ops.remove_member(db, _member(db, args.name).id)
    print(f"{member.name} is uit het team verwijderd.")
    return 0


def cmd_team_assign(args: argparse.Namespace) -> int:
    db = open_store(args)
    member = _member(db, args.name)
    ids: list[int] = []
    for name in args.streets:
        found = find_streets(db, name)
        if not found:
            raise UserError(f'straat "{name}" bestaat niet')
        ids.extend(s.id for s in found)
    assigned = ops.assign_streets(db, member.id, ids)
    print(f"{member.name} heeft nu {assigned.streets} straten.")
    return 0


def cmd_team_propose(args: argparse.Namespace) -> int:
    db = open_store(args)
    proposal = assignment_ops.propose(db)
    if not proposal.connectors:
        raise UserError("er is nog geen verbinder: team add NAAM --role verbinder")
    names = {s.street_id: s.name for s in proposal.streets}
    rows = [
        {
            "connector": m.name,
            "proposed": [names[i] for i in proposal.proposed.get(m.id, [])],
            "walks": [names[i] for i in proposal.walked.get(m.id, [])],
            "doors": proposal.doors(m.id),
        }
        for m in proposal.connectors
    ]
    given = 0
    if args.apply:
        given = assignment_ops.apply_proposal(db, proposal.proposed).streets
    if args.json:
        print_json({"connectors": rows, "applied": given})
        return 0
    print_table(
        ["verbinder", "deuren", "nieuwe straten", "had al"],
        [
            [
                r["connector"],
                r["doors"],
                ", ".join(r["proposed"]) or "-",
                ", ".join(r["walks"]) or "-",
            ]
            for r in rows
        ],
    )
    if args.apply:
        print(f"{given} straten toegewezen (ongedaan maken: buurtdesk undo)")
    elif any(r["proposed"] for r in rows):
        print("Dit is een voorstel; met --apply wordt het uitgevoerd.")
    else:
        print("Elke straat heeft al een verbinder.")
    return 0
